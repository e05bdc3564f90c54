import Foundation
import VanBanModel

/// Who has which duties: for each role of a document (written in the data or found by
/// `RoleFinder`), the units that concern it, in reading order.
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
        /// The unit's own text (the article title for a whole article).
        public var text: String
        /// The unit concerned: the article, or its clause or point.
        public var path: UnitPath
        /// How the unit was found to concern the role.
        public var foundBy: RoleSource

        /// "khoản 1 Điều 6" or "Điều 9", as Vietnamese texts cite.
        public var place: String { UnitPath(steps: path.steps).citation }
        /// The unit within its article: "khoản 1", "điểm a khoản 2"; nil for the whole article.
        public var withinArticle: String? {
            guard path.steps.count > 1 else { return nil }
            return UnitPath(steps: Array(path.steps.dropFirst())).citation
        }
    }

    /// A role and its duties.
    public struct Entry: Sendable {
        public var role: Role
        public var duties: [Duty]
    }

    /// Roles: those written in the data first, then those found, by their first duty.
    public var entries: [Entry]
    /// Every article that concerns some role, in reading order, as "document/article" keys.
    public var articleOrder: [String]

    /// Builds the matrix over a decision and its attachments.
    public init(_ document: Document) {
        var units: [UnitPath: BodyUnit] = [:]
        var articles: [UnitPath: Article] = [:]
        var order: [String] = []
        func label(_ path: UnitPath) -> String { path.attachments.last?.kind.name ?? document.kind.name }
        document.forEachUnit { unit, path in
            units[path] = unit
            if case let .article(article) = unit {
                articles[path] = article
                order.append("\(label(path))/\(article.number)")
            }
        }
        entries = RoleFinder.roles(of: document).map { role in
            Entry(role: role, duties: role.units.compactMap { unit in
                guard let number = unit.path.article else { return nil }
                let articlePath = UnitPath(attachments: unit.path.attachments, steps: [.article(number)])
                let article = articles.first { $0.key.attachments == articlePath.attachments && $0.key.article == number }?.value
                let own = units[unit.path].map { $0.ownTexts.first ?? "" } ?? ""
                return Duty(document: label(unit.path), article: number, articleTitle: article?.title, clause: unit.path.clause,
                            text: unit.path.steps.count == 1 ? (article?.title ?? own) : own, path: Self.trimmed(unit.path), foundBy: unit.foundBy)
            })
        }
        let used = Set(entries.flatMap { $0.duties.map { "\($0.document)/\($0.article)" } })
        articleOrder = order.filter { used.contains($0) }
    }

    /// The path from its article down (Chương and Mục are not part of a citation).
    private static func trimmed(_ path: UnitPath) -> UnitPath {
        guard let index = path.steps.firstIndex(where: { if case .article = $0 { true } else { false } }) else { return path }
        return UnitPath(attachments: path.attachments, steps: Array(path.steps[index...]))
    }

    /// The matrix as indented text: each role, its holders, then its duties in reading order.
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
