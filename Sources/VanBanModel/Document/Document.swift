/// A Vietnamese official document (văn bản): a decision, the regulation it issues, or an imported law.
///
/// Data holds content only; writers add the punctuation Nghị định 30 prescribes, so the same
/// document renders identically to every format.
public struct Document: Sendable, Hashable {
    /// The document type (tên loại), e.g. Quyết định.
    public var kind: DocumentKind
    /// The issuing body (cơ quan ban hành) and its parent body (cơ quan chủ quản).
    public var issuer: IssuingBody?
    /// The sequence number (số); absent in a draft.
    public var number: Int?
    /// The ký hiệu, when it must differ from the one derived from kind and issuer.
    public var symbol: String?
    /// The place name (địa danh) of the date line.
    public var place: String?
    /// The signing date; absent in a draft.
    public var date: CivilDate?
    /// The year printed in a draft's blank date line ("ngày    tháng    năm 2025"); the data
    /// key is `year`.
    public var draftYear: Int?
    /// The trích yếu, e.g. "Về việc ban hành Quy chế …".
    public var title: String?
    /// The issuing-authority line (thẩm quyền ban hành), in normal case: "Hiệu trưởng Trường
    /// Mầm non Thiên Tôn"; the data key is `authority`. Not the signing authority (TM., KT.),
    /// which is `SignatureBlock.authority`.
    public var issuingAuthority: String?
    /// The căn cứ ban hành, without their trailing ";" or ".".
    public var bases: [String]
    /// Paragraphs between the căn cứ and the body, or the preamble of a law.
    public var preamble: [String]
    /// The normative body: parts, chapters, sections and articles.
    public var body: Body
    /// Nơi nhận, without the leading "-" or trailing ";".
    public var recipients: [String]
    /// The signature block.
    public var signature: SignatureBlock?
    /// Documents issued with this one (the Quy chế a Quyết định issues).
    public var attachments: [Document]
    /// Appendices (Phụ lục), kept as blocks of text.
    public var appendices: [Appendix]
    /// The actors the document gives duties to.
    public var roles: [Role]
    /// For a regulation kept apart from its decision: the decision that issued it, printed as
    /// the "(Ban hành kèm theo …)" line. An attachment takes that line from its parent instead.
    public var issuedWith: DocumentReference?
    /// Where the document starts in its source, for diagnostics.
    public var location: SourceLocation
    /// Fields the importer inferred instead of reading them ("issuer.name"), for a clerk to confirm.
    public var inferred: [String] = []
    /// Text the importer could not place; kept with its source line, never printed.
    public var unplaced: [UnplacedText] = []

    /// Creates a document; every part but the kind is optional.
    public init(
        kind: DocumentKind, issuer: IssuingBody? = nil, number: Int? = nil, symbol: String? = nil,
        place: String? = nil, date: CivilDate? = nil, draftYear: Int? = nil, title: String? = nil,
        issuingAuthority: String? = nil, bases: [String] = [], preamble: [String] = [], body: Body = Body(),
        recipients: [String] = [], signature: SignatureBlock? = nil, attachments: [Document] = [],
        appendices: [Appendix] = [], roles: [Role] = [], issuedWith: DocumentReference? = nil, location: SourceLocation = .unknown
    ) {
        self.kind = kind
        self.issuer = issuer
        self.number = number
        self.symbol = symbol
        self.place = place
        self.date = date
        self.draftYear = draftYear
        self.title = title
        self.issuingAuthority = issuingAuthority
        self.bases = bases
        self.preamble = preamble
        self.body = body
        self.recipients = recipients
        self.signature = signature
        self.attachments = attachments
        self.appendices = appendices
        self.roles = roles
        self.issuedWith = issuedWith
        self.location = location
    }
}

extension Document {
    /// The ký hiệu: the given symbol, or kind abbreviation + "-" + issuer abbreviation ("QĐ-MNTT").
    public var effectiveSymbol: String? {
        if let symbol, !symbol.isEmpty { return symbol }
        let issuerPart = issuer?.abbreviation.flatMap { $0.isEmpty ? nil : $0 }
        switch (kind.abbreviation, issuerPart) {
        case let (kindPart?, issuerPart?): return "\(kindPart)-\(issuerPart)"
        case let (kindPart?, nil): return kindPart
        case let (nil, issuerPart?): return issuerPart
        case (nil, nil): return nil
        }
    }

    /// True when the document has neither number nor date yet (a dự thảo).
    public var isDraft: Bool { number == nil && date == nil }

    /// The "Số: 257/QĐ-MNTT" line, with blanks for a draft.
    public var numberLine: String {
        NumberFormatting.numberLine(number: number, symbol: effectiveSymbol)
    }

    /// The place and date line, "Hoa Lư, ngày 07 tháng 10 năm 2025", with blanks for a draft.
    public var dateLine: String {
        DateFormatting.dateLine(place: place, date: date, draftYear: draftYear)
    }

    /// Every article in reading order, wherever it sits in parts, chapters and sections.
    public var allArticles: [Article] { body.allArticles }
}
