/// An Điều (article): "Điều 5. Title", then its lead-in paragraphs, points, bullets and khoản.
///
/// Reading order inside an article is fixed: paragraphs, points, items, clauses. Text writers
/// and readers rely on that order to round-trip.
public struct Article: Sendable, Hashable {
    /// The number as printed: "5", or "39a" for an inserted article.
    public var number: String
    /// The title (tiêu đề); nil for an untitled article whose text follows the number.
    public var title: String?
    /// Paragraphs of the article's own text.
    public var paragraphs: [String]
    /// Điểm directly under the article.
    public var points: [Point]
    /// Bullets directly under the article.
    public var items: [Item]
    /// Khoản.
    public var clauses: [Clause]
    /// Ids of the roles this article gives duties to.
    public var roles: [String]
    /// Where the heading was read.
    public var location: SourceLocation

    /// Creates an article.
    public init(number: String, title: String? = nil, paragraphs: [String] = [], points: [Point] = [], items: [Item] = [], clauses: [Clause] = [], roles: [String] = [], location: SourceLocation = .unknown) {
        self.number = number
        self.title = title
        self.paragraphs = paragraphs
        self.points = points
        self.items = items
        self.clauses = clauses
        self.roles = roles
        self.location = location
    }

    /// "Điều 5."
    public var label: String { "Điều \(number)." }
}

/// A khoản (clause): "1. text", or a titled khoản "1. Title" with its text below.
public struct Clause: Sendable, Hashable {
    /// The number as printed without its dot: "1", or "3.1" for a sub-numbered clause.
    public var number: String
    /// The title of a titled khoản (printed bold on its own line).
    public var title: String?
    /// The clause text that follows the number.
    public var text: String?
    /// Further paragraphs of the clause.
    public var paragraphs: [String]
    /// Điểm of the clause.
    public var points: [Point]
    /// Bullets of the clause.
    public var items: [Item]
    /// Ids of the roles this clause gives duties to, when a template says so (wins over inference).
    public var roles: [String]
    /// Where the clause was read.
    public var location: SourceLocation

    /// Creates a clause.
    public init(number: String, title: String? = nil, text: String? = nil, paragraphs: [String] = [], points: [Point] = [], items: [Item] = [],
                roles: [String] = [], location: SourceLocation = .unknown) {
        self.number = number
        self.title = title
        self.text = text
        self.paragraphs = paragraphs
        self.points = points
        self.items = items
        self.roles = roles
        self.location = location
    }

    /// "1."
    public var label: String { "\(number)." }
}

/// A điểm (point): "a) text", lettered in Vietnamese order (a b c d đ e g h …).
public struct Point: Sendable, Hashable {
    /// The letter without its parenthesis: "a", "đ".
    public var letter: String
    /// The point's text.
    public var text: String
    /// Further paragraphs of the point.
    public var paragraphs: [String]
    /// Bullets of the point.
    public var items: [Item]
    /// Where the point was read.
    public var location: SourceLocation

    /// Creates a point.
    public init(letter: String, text: String, paragraphs: [String] = [], items: [Item] = [], location: SourceLocation = .unknown) {
        self.letter = letter
        self.text = text
        self.paragraphs = paragraphs
        self.items = items
        self.location = location
    }

    /// "a)", as printed (like `Article.label` "Điều 5." and `Clause.label` "1.").
    public var label: String { "\(letter))" }
}

/// A bullet: "- text" at the first level, "+ text" for its children.
public struct Item: Sendable, Hashable {
    /// The bullet's text.
    public var text: String
    /// Second-level bullets ("+").
    public var items: [Item]

    /// Creates a bullet.
    public init(_ text: String, items: [Item] = []) {
        self.text = text
        self.items = items
    }
}

/// A Phụ lục (appendix), kept as a titled block of lines.
public struct Appendix: Sendable, Hashable {
    /// The label, e.g. "Phụ lục I".
    public var label: String?
    /// The title.
    public var title: String?
    /// The content, line by line.
    public var lines: [String]
    /// A table after the lines (a list to sign, a form), its first row the header.
    public var rows: [[String]]

    /// Creates an appendix.
    public init(label: String? = nil, title: String? = nil, lines: [String] = [], rows: [[String]] = []) {
        self.label = label
        self.title = title
        self.lines = lines
        self.rows = rows
    }
}

/// An actor the regulation gives duties to (Hiệu trưởng, kế toán, tổ CNTT …).
public struct Role: Sendable, Hashable {
    /// A stable id used by articles, e.g. "hieu-truong".
    public var id: String
    /// The role as named in the text, e.g. "Phó Hiệu trưởng".
    public var title: String
    /// The people who hold the role, if named.
    public var holders: [String]
    /// The units that concern the role, in reading order, each with how it was found.
    public var units: [RoleUnit]

    /// Creates a role.
    public init(id: String, title: String, holders: [String] = [], units: [RoleUnit] = []) {
        self.id = id
        self.title = title
        self.holders = holders
        self.units = units
    }
}

/// A unit (article, clause or point) that concerns a role.
public struct RoleUnit: Sendable, Hashable {
    /// Where the unit is.
    public var path: UnitPath
    /// How it was found to concern the role.
    public var foundBy: RoleSource

    /// Creates a role unit.
    public init(path: UnitPath, foundBy: RoleSource) {
        self.path = path
        self.foundBy = foundBy
    }
}

/// How a unit was found to concern a role.
public enum RoleSource: String, Sendable, Hashable, CaseIterable {
    /// Written in the data (`roles:` on an article or clause).
    case explicit
    /// The article's title names the role ("Trách nhiệm của giáo viên", "Trưởng ban").
    case title
    /// The role is the subject of the text ("Giáo viên có trách nhiệm …", "Kế toán: …").
    case subject
    /// The decision's executing article lists the role ("… chịu trách nhiệm thi hành").
    case executingArticle = "executing_article"
}
