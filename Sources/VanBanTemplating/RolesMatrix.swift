import Foundation
import VanBanModel

/// Who has which duties: for each role a regulation names, the articles and clauses that concern it.
public struct RolesMatrix: Sendable {
    /// One duty: where it is and what it says.
    public struct Duty: Sendable, Hashable {
        /// "Quy chế" or "Quyết định".
        public var document: String
        /// The article number.
        public var article: String
        /// The article title, if any.
        public var articleTitle: String?
        /// The clause number, nil when the whole article concerns the role.
        public var clause: String?
        /// The text that names the role (or the article title).
        public var text: String

        /// "Điều 6 khoản 1" or "Điều 9".
        public var place: String { clause.map { "Điều \(article) khoản \($0)" } ?? "Điều \(article)" }
    }

    /// A role and its duties.
    public struct Entry: Sendable {
        public var role: Role
        public var duties: [Duty]
    }

    /// Roles in the order the document lists them.
    public var entries: [Entry]

    /// Builds the matrix: an article listing a role in `roles` concerns it as a whole; a clause,
    /// point or bullet whose subject is the role ("Phó Hiệu trưởng …") concerns it too. The
    /// longest title wins, so "Phó Hiệu trưởng" is not counted for "Hiệu trưởng".
    public init(_ document: Document) {
        var roles: [Role] = []
        for role in document.roles + document.attachments.flatMap(\.roles) where !roles.contains(where: { $0.id == role.id }) {
            roles.append(role)
        }
        let titles = roles.map { (id: $0.id, title: VietnameseText.lowercased($0.title)) }.sorted { $0.title.count > $1.title.count }
        var duties: [String: [Duty]] = [:]

        /// The roles a text makes its subject: the titles it opens with, as a list
        /// ("Phó Hiệu trưởng, tổ trưởng chuyên môn và giáo viên …"). A role named later in the
        /// sentence ("… báo cáo Hiệu trưởng") is someone else's duty towards it, not its own.
        func mentioned(_ text: String) -> [String] {
            var rest = Substring(VietnameseText.lowercased(text))
            for lead in ["các ông (bà) ", "các ông, bà ", "các ", "mỗi ", "từng "] where rest.hasPrefix(lead) { rest = rest.dropFirst(lead.count) }
            var found: [String] = []
            while true {
                guard let match = titles.first(where: { !$0.title.isEmpty && rest.hasPrefix($0.title) }) else { break }
                if !found.contains(match.id) { found.append(match.id) }
                rest = rest.dropFirst(match.title.count)
                // Past the role's own qualifier ("giáo viên chủ nhiệm") to the next list separator.
                guard let separator = rest.firstIndex(where: { $0 == "," || $0 == ";" }) ?? rest.range(of: " và ")?.lowerBound,
                      rest[..<separator].split(separator: " ").count <= 3 else { break }
                rest = rest[separator...].drop { $0 == "," || $0 == ";" || $0 == " " }
                if rest.hasPrefix("và ") { rest = rest.dropFirst(3) }
            }
            return found
        }
        func add(_ id: String, _ duty: Duty) {
            if !(duties[id] ?? []).contains(duty) { duties[id, default: []].append(duty) }
        }
        func scan(_ doc: Document, label: String) {
            for article in doc.allArticles {
                for id in article.roles {
                    add(id, Duty(document: label, article: article.number, articleTitle: article.title, clause: nil, text: article.title ?? ""))
                }
                for id in article.title.map(mentioned) ?? [] where !article.roles.contains(id) {
                    add(id, Duty(document: label, article: article.number, articleTitle: article.title, clause: nil, text: article.title ?? ""))
                }
                for clause in article.clauses {
                    let texts = [clause.title, clause.text].compactMap { $0 } + clause.paragraphs + clause.points.map(\.text) + clause.items.map(\.text)
                    for text in texts {
                        for id in mentioned(text) where !article.roles.contains(id) {
                            add(id, Duty(document: label, article: article.number, articleTitle: article.title, clause: clause.number, text: text))
                        }
                    }
                }
                for text in article.paragraphs + article.items.map(\.text) + article.points.map(\.text) {
                    for id in mentioned(text) where !article.roles.contains(id) {
                        add(id, Duty(document: label, article: article.number, articleTitle: article.title, clause: nil, text: text))
                    }
                }
            }
        }
        scan(document, label: document.kind.name)
        for attachment in document.attachments { scan(attachment, label: attachment.kind.name) }
        entries = roles.map { Entry(role: $0, duties: duties[$0.id] ?? []) }
    }

    /// The matrix as indented text: each role, its holders, then its duties.
    public func text() -> String {
        var lines: [String] = []
        for entry in entries {
            let holders = entry.role.holders.isEmpty ? "" : " — " + entry.role.holders.joined(separator: ", ")
            lines.append("\(entry.role.title)\(holders)")
            if entry.duties.isEmpty { lines.append("  (không có điều khoản nào nêu vai trò này)") }
            for duty in entry.duties {
                let excerpt = duty.text.count > 90 ? String(duty.text.prefix(90)) + "…" : duty.text
                lines.append("  \(duty.document), \(duty.place): \(excerpt)")
            }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }
}

extension RolesMatrix {
    /// The matrix as one self-contained HTML page: a row per article, a column per role.
    public func html(title: String) -> String {
        func escape(_ text: String) -> String {
            text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
        }
        var rows: [(key: String, label: String)] = []
        for entry in entries {
            for duty in entry.duties where !rows.contains(where: { $0.key == "\(duty.document)/\(duty.article)" }) {
                rows.append(("\(duty.document)/\(duty.article)", "\(duty.document), Điều \(duty.article)" + (duty.articleTitle.map { ". \($0)" } ?? "")))
            }
        }
        var html = """
            <!DOCTYPE html>
            <html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Phân công trách nhiệm: \(escape(title))</title>
            <style>body{font:12pt/1.35 "Times New Roman","Liberation Serif",serif;margin:16px}table{border-collapse:collapse}
            th,td{border:1px solid #999;padding:4px 6px;vertical-align:top}th{background:#f1f1ee}td.mark{text-align:center}</style>
            </head><body>
            <h1>Phân công trách nhiệm</h1><p>\(escape(title.replacingOccurrences(of: "\n", with: " ")))</p>
            <table><thead><tr><th scope="col">Điều</th>
            """
        for entry in entries {
            let holders = entry.role.holders.isEmpty ? "" : "<br><small>\(escape(entry.role.holders.joined(separator: ", ")))</small>"
            html += "<th scope=\"col\">\(escape(entry.role.title))\(holders)</th>"
        }
        html += "</tr></thead><tbody>\n"
        for row in rows {
            html += "<tr><th scope=\"row\">\(escape(row.label))</th>"
            for entry in entries {
                let duties = entry.duties.filter { "\($0.document)/\($0.article)" == row.key }
                let mark = duties.contains { $0.clause == nil } ? "cả điều"
                    : duties.compactMap(\.clause).map { "khoản \($0)" }.joined(separator: ", ")
                html += "<td class=\"mark\">\(escape(mark))</td>"
            }
            html += "</tr>\n"
        }
        return html + "</tbody></table></body></html>\n"
    }
}
