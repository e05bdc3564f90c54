import VanBanModel

/// The role of a laid-out paragraph. Every writer maps a role to its own look (a DOCX style id,
/// an HTML class), so the look lives in templates and the wording lives here, once.
public enum BlockRole: String, Sendable, CaseIterable {
    case parentBody, issuerName, issuerRule, numberLine
    case nationalTitle, motto, mottoRule, dateLine
    case kindHeading, title, titleRule, attachmentLine, authority
    case basis, preamble, decides
    case partLabel, partTitle, chapterLabel, chapterTitle, sectionLabel, sectionTitle
    case articleHeading, articleText, clauseHeading, clause, point, item, subItem, paragraph
    case recipientsHeading, recipient
    case signatureAuthority, signaturePosition, signatureSpace, signerName
    case appendixLabel, appendixTitle, appendixLine
}

/// A stretch of text with one emphasis; a label such as "Điều 1." is emphasised, the text after it not.
public struct Run: Sendable, Hashable {
    /// The text.
    public var text: String
    /// True for a bold label inside otherwise plain text.
    public var emphasised: Bool

    /// Creates a run.
    public init(_ text: String, emphasised: Bool = false) {
        self.text = text
        self.emphasised = emphasised
    }
}

/// One laid-out paragraph: its role, its runs, and a stable anchor when it starts a citable unit.
public struct Block: Sendable, Hashable {
    /// What the paragraph is.
    public var role: BlockRole
    /// Its text, in runs.
    public var runs: [Run]
    /// A stable id such as "dieu-5-khoan-2-diem-a", for links.
    public var anchor: String?
    /// The structural depth for screen readers and outlines (1 = part or chapter …).
    public var level: Int

    /// Creates a block.
    public init(_ role: BlockRole, _ runs: [Run], anchor: String? = nil, level: Int = 0) {
        self.role = role
        self.runs = runs
        self.anchor = anchor
        self.level = level
    }

    /// Creates a block of one plain run.
    public init(_ role: BlockRole, _ text: String, anchor: String? = nil, level: Int = 0) {
        self.init(role, [Run(text)], anchor: anchor, level: level)
    }

    /// All runs joined.
    public var text: String { runs.map(\.text).joined() }
}

/// A document laid out for writing: the header's two columns, the flowing blocks, the closing's
/// two columns, then attached documents, each starting on a new page.
public struct LaidOutDocument: Sendable {
    /// Left header column: parent body, issuing body, rule, number.
    public var headerLeft: [Block]
    /// Right header column: Quốc hiệu, Tiêu ngữ, rule, place and date.
    public var headerRight: [Block]
    /// Tên loại, trích yếu, căn cứ and the body, in reading order.
    public var blocks: [Block]
    /// Left closing column: "Nơi nhận:" and the recipients; empty when there are none.
    public var closingLeft: [Block]
    /// Right closing column: quyền hạn, chức vụ, room to sign, name; empty when unsigned.
    public var closingRight: [Block]
    /// Appendices, after the closing.
    public var appendixBlocks: [Block]
    /// Tables of the appendices, after their lines; each table's first row is its header.
    public var appendixTables: [[[String]]] = []
    /// Attached documents.
    public var attachments: [LaidOutDocument]
    /// Prefix for anchors, unique per attached document ("" for the main one, "qc-1-" …).
    public var anchorPrefix: String
    /// The source document.
    public var document: Document

    /// True when the closing table has anything to show.
    public var hasClosing: Bool { !closingLeft.isEmpty || !closingRight.isEmpty }
}
