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
        var keys: [(key: String, label: String)] = []
        for entry in matrix.entries {
            for duty in entry.duties where !keys.contains(where: { $0.key == "\(duty.document)/\(duty.article)" }) {
                keys.append(("\(duty.document)/\(duty.article)", "\(duty.document), Điều \(duty.article)" + (duty.articleTitle.map { ". \($0)" } ?? "")))
            }
        }
        rows = keys.map { row in
            Row(label: HTMLContext.clean(row.label), cells: matrix.entries.map { entry in
                let duties = entry.duties.filter { "\($0.document)/\($0.article)" == row.key }
                return duties.contains { $0.clause == nil } ? "cả điều"
                    : duties.compactMap(\.clause).map { "khoản \($0)" }.joined(separator: ", ")
            })
        }
    }
}
