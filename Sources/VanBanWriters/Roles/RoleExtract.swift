import VanBanModel

/// The extract of a regulation for one role ("Trích Quy chế … — nhiệm vụ, quyền hạn của giáo
/// viên"): every unit that concerns the role, in reading order, with its number and full text,
/// under the line that says which decision issued the regulation; optionally a sheet for the
/// people who hold the role to sign that they have read it. It is a `Document`, so every writer
/// (text, HTML, DOCX) prints it in the Nghị định 30 layout.
public enum RoleExtract {
    /// The extract, or nil when the document has no role with this id.
    public static func document(for roleID: String, in document: Document, signSheet: Bool = false) -> Document? {
        let matrix = RolesMatrix(document)
        guard let entry = matrix.entries.first(where: { $0.role.id == roleID }) else { return nil }
        // The regulation the role's duties are in: the attachment holding most of them, else the document itself.
        let counts = Dictionary(grouping: entry.duties, by: { $0.path.attachments.first?.index ?? 0 }).mapValues(\.count)
        let sourceIndex = counts.filter { $0.key > 0 }.max { $0.value < $1.value }?.key
        let source = sourceIndex.map { document.attachments[$0 - 1] } ?? document
        let duties = entry.duties.filter { ($0.path.attachments.first?.index ?? 0) == (sourceIndex ?? 0) }

        var extract = Document(kind: source.kind, issuer: source.issuer ?? document.issuer)
        let name = VietnameseText.normalized(entry.role.title)
        let sourceTitle = (source.title ?? "").replacingOccurrences(of: "\n", with: " ")
        extract.title = "Trích \(source.kind.name) \(sourceTitle)\nNhiệm vụ, quyền hạn của \(name)"
        if sourceIndex != nil {
            extract.issuedWith = DocumentReference(document)
        } else {
            extract.issuedWith = source.issuedWith
        }
        extract.preamble = ["Gồm: " + duties.map(\.place).joined(separator: "; ") + "."]
        if !entry.role.holders.isEmpty { extract.preamble.append("Người giữ vai trò: " + entry.role.holders.joined(separator: ", ") + ".") }
        extract.body.articles = articles(for: duties.map(\.path), in: source)
        if signSheet { extract.appendices = [sheet(for: entry.role)] }
        return extract
    }

    /// Copies of the articles the paths name: a whole article, or its title with only the named
    /// clauses (and, inside them, only the named points).
    static func articles(for paths: [UnitPath], in source: Document) -> [Article] {
        var result: [Article] = []
        for article in source.body.allArticles {
            let here = paths.filter { $0.article == article.number }
            guard !here.isEmpty else { continue }
            if here.contains(where: { $0.steps.count == 1 }) {
                result.append(article)
                continue
            }
            var copy = article
            copy.paragraphs = []
            copy.items = []
            copy.points = article.points.filter { point in here.contains { $0.clause == nil && $0.point == point.letter } }
            copy.clauses = article.clauses.compactMap { clause in
                let named = here.filter { $0.clause == clause.number }
                guard !named.isEmpty else { return nil }
                if named.contains(where: { $0.point == nil }) { return clause }
                var partial = clause
                partial.points = clause.points.filter { point in named.contains { $0.point == point.letter } }
                partial.items = []
                return partial
            }
            result.append(copy)
        }
        return result
    }

    /// The sheet the holders sign: STT, họ và tên, chức vụ, ngày, chữ ký; blank rows to fill in
    /// by hand when no one is named.
    static func sheet(for role: Role) -> Appendix {
        let people = role.holders.isEmpty ? Array(repeating: "", count: 10) : role.holders
        let header = ["STT", "Họ và tên", "Chức vụ", "Ngày", "Chữ ký"]
        let rows = people.enumerated().map { index, person in
            [String(index + 1), person, person.isEmpty ? "" : VietnameseText.sentenceCased(role.title), "", ""]
        }
        return Appendix(label: "DANH SÁCH KÝ XÁC NHẬN ĐÃ ĐỌC", title: "Nhiệm vụ, quyền hạn của \(role.title)", rows: [header] + rows)
    }
}
