import VanBanModel

/// What `roles-page.mustache` reads: a header row of roles with their holders, then a row per
/// article naming, in each role's column, whether the whole article or which clauses concern it.
struct RolesTableContext: Sendable {
    struct Column: Sendable {
        var title: String
        var holders: String?
    }

    struct Row: Sendable {
        var label: String
        var cells: [String]
    }

    var title: String
    var columns: [Column]
    var rows: [Row]

    init(_ matrix: RolesMatrix, title: String) {
        self.title = HTMLContext.clean(title.replacingOccurrences(of: "\n", with: " "))
        columns = matrix.entries.map {
            Column(title: HTMLContext.clean($0.role.title),
                   holders: $0.role.holders.isEmpty ? nil : HTMLContext.clean($0.role.holders.joined(separator: ", ")))
        }
        // Rows in reading order: the decision's articles, then each attachment's.
        let duties = matrix.entries.flatMap(\.duties)
        let keys: [(key: String, label: String)] = matrix.articleOrder.compactMap { key in
            guard let duty = duties.first(where: { "\($0.document)/\($0.article)" == key }) else { return nil }
            return (key, "\(duty.document), Điều \(duty.article)" + (duty.articleTitle.map { ". \($0)" } ?? ""))
        }
        rows = keys.map { row in
            Row(label: HTMLContext.clean(row.label), cells: matrix.entries.map { entry in
                let duties = entry.duties.filter { "\($0.document)/\($0.article)" == row.key }
                return duties.contains { $0.withinArticle == nil } ? "cả điều" : Self.cell(duties.compactMap(\.withinArticle))
            })
        }
    }

    /// "khoản 1, 3" for clauses alone; "khoản 1, điểm a khoản 2" when points are named too.
    static func cell(_ citations: [String]) -> String {
        let clauses = citations.compactMap { $0.hasPrefix("khoản ") && !$0.dropFirst(6).contains(" ") ? String($0.dropFirst(6)) : nil }
        if clauses.count == citations.count, !clauses.isEmpty { return "khoản " + clauses.joined(separator: ", ") }
        return citations.joined(separator: ", ")
    }
}
