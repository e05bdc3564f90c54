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
        /// The unit concerned: the article, or its clause.
        public var path: UnitPath

        /// "khoản 1 Điều 6" or "Điều 9", as Vietnamese texts cite.
        public var place: String { UnitPath(steps: path.steps).citation }
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
        // One walk over the decision and its attachments: an article's explicit roles and a
        // title naming a role concern the whole article; a text naming a role as its subject
        // concerns the clause it is in (or the article, outside any clause).
        var current: Article?
        document.forEachUnit { unit, path in
            let label = path.attachments.last?.kind.name ?? document.kind.name
            if case let .article(article) = unit { current = article }
            guard path.article != nil, let article = current else { return }
            func duty(_ text: String, clause: String?) -> Duty {
                Duty(document: label, article: article.number, articleTitle: article.title, clause: clause, text: text,
                     path: clause == nil ? UnitPath(attachments: path.attachments, steps: [.article(article.number)])
                         : UnitPath(attachments: path.attachments, steps: [.article(article.number), .clause(clause!)]))
            }
            switch unit {
            case .article:
                for id in article.roles { add(id, duty(article.title ?? "", clause: nil)) }
                for id in article.title.map(mentioned) ?? [] where !article.roles.contains(id) { add(id, duty(article.title ?? "", clause: nil)) }
                for text in article.paragraphs {
                    for id in mentioned(text) where !article.roles.contains(id) { add(id, duty(text, clause: nil)) }
                }
            case let .clause(clause):
                for text in [clause.title, clause.text].compactMap({ $0 }) + clause.paragraphs {
                    for id in mentioned(text) where !article.roles.contains(id) { add(id, duty(text, clause: clause.number)) }
                }
            case let .point(point):
                for id in mentioned(point.text) where !article.roles.contains(id) { add(id, duty(point.text, clause: path.clause)) }
            case let .item(item):
                // Bullets directly under an article or a clause; deeper ones belong to their point.
                guard path.steps.count >= 2 else { return }
                switch path.steps[path.steps.count - 2] {
                case .article, .clause:
                    for id in mentioned(item.text) where !article.roles.contains(id) { add(id, duty(item.text, clause: path.clause)) }
                default: break
                }
            case .part, .chapter, .section:
                break
            }
        }
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
