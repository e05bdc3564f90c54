/// The keys of one node type in the data format. Decoder, encoder and the JSON Schema all use
/// these lists (a test compares the schema's properties with them), so a key is spelled once.
public protocol DataKey: RawRepresentable<String>, CaseIterable, Sendable {
    /// The node type's name in the schema's `$defs`.
    static var schemaName: String { get }
}

/// Keys of a document (`$defs/document`).
public enum DocumentKey: String, DataKey {
    case kind, issuer, number, symbol, place, date, year, title, authority, bases, preamble, paragraphs
    case parts, chapters, sections, articles, recipients, signature, attachments, appendices, roles
    case issuedWith = "issued_with"
    case inferred, unplaced
    public static let schemaName = "document"
}

/// Keys of the issuing body (`$defs/issuer`).
public enum IssuerKey: String, DataKey {
    case parent, name, abbreviation
    public static let schemaName = "issuer"
}

/// Keys of a reference to another document (`$defs/reference`).
public enum ReferenceKey: String, DataKey {
    case kind, number, symbol, date, by
    public static let schemaName = "reference"
}

/// Keys of the signature block (`$defs/signature`).
public enum SignatureKey: String, DataKey {
    case authority, onBehalfOf = "on_behalf_of", position, name
    public static let schemaName = "signature"
}

/// Keys of a Phần (`$defs/part`).
public enum PartKey: String, DataKey {
    case number, title, paragraphs, chapters, articles
    public static let schemaName = "part"
}

/// Keys of a Chương (`$defs/chapter`).
public enum ChapterKey: String, DataKey {
    case number, title, paragraphs, sections, articles
    public static let schemaName = "chapter"
}

/// Keys of a Mục (`$defs/section`).
public enum SectionKey: String, DataKey {
    case number, title, paragraphs, articles
    public static let schemaName = "section"
}

/// Keys of an Điều (`$defs/article`).
public enum ArticleKey: String, DataKey {
    case number, title, roles, paragraphs, points, items, clauses
    public static let schemaName = "article"
}

/// Keys of a khoản (`$defs/clause`).
public enum ClauseKey: String, DataKey {
    case number, title, text, roles, paragraphs, points, items
    public static let schemaName = "clause"
}

/// Keys of a điểm (`$defs/point`); `label` holds the bare letter.
public enum PointKey: String, DataKey {
    case label, text, paragraphs, items
    public static let schemaName = "point"
}

/// Keys of a bullet written as a mapping (`$defs/item`, its object form).
public enum ItemKey: String, DataKey {
    case text, items
    public static let schemaName = "item"
}

/// Keys of a role (`$defs/role`).
public enum RoleKey: String, DataKey {
    case id, title, holders, units
    public static let schemaName = "role"
}

/// Keys of a unit that concerns a role (`$defs/roleUnit`): its anchor id and how it was found.
public enum RoleUnitKey: String, DataKey {
    case unit, foundBy = "found_by"
    public static let schemaName = "roleUnit"
}

/// Keys of an appendix (`$defs/appendix`).
public enum AppendixKey: String, DataKey {
    case label, title, lines, rows
    public static let schemaName = "appendix"
}

/// Keys of a piece of text the importer could not place (`$defs/unplaced`).
public enum UnplacedKey: String, DataKey {
    case line, text
    public static let schemaName = "unplaced"
}

/// Every node type's key list, for the schema test.
public let allDataKeyTables: [(name: String, keys: [String])] = [
    table(DocumentKey.self), table(IssuerKey.self), table(ReferenceKey.self), table(SignatureKey.self),
    table(PartKey.self), table(ChapterKey.self), table(SectionKey.self), table(ArticleKey.self),
    table(ClauseKey.self), table(PointKey.self), table(ItemKey.self), table(RoleKey.self), table(RoleUnitKey.self), table(AppendixKey.self),
    table(UnplacedKey.self),
]

private func table<Key: DataKey>(_ type: Key.Type) -> (name: String, keys: [String]) {
    (Key.schemaName, Key.allCases.map(\.rawValue))
}
