import VanBanModel

/// One document being read: the decision, or a regulation attached to it.
final class DocumentState {
    enum Phase { case header, opening, body, closing }

    var phase: Phase
    var kind: DocumentKind?
    var sawKindHeading = false
    var location: SourceLocation
    var headerCaps: [String] = []
    var number: HeaderParsing.ParsedNumber?
    var numberLocation: SourceLocation?
    var place: String?
    var date: CivilDate?
    var year: Int?
    var sawDateLine = false
    var titleLines: [String] = []
    var titleDone = false
    var authority: String?
    var bases: [String] = []
    var preamble: [String] = []
    var decided = false
    var events: [BodyEvent] = []
    var recipients: [String] = []
    var inRecipients = false
    var signatureLines: [String] = []
    var signerName: String?
    var reference: (DocumentReference, SourceLocation)?
    /// Header lines met after the body (an export that put the header table last).
    var inTrailer = false
    /// Text the reader could not place, kept for the data's `unplaced` list.
    var unplaced: [UnplacedText] = []
    /// Inside the text an amending article quotes ("… như sau:" then the new article).
    var inQuote = false
    /// The number of the last article of this document's own structure, and of its last khoản.
    var lastArticleNumber: String?
    var lastClauseNumber: String?

    init(phase: Phase, kind: DocumentKind?, at location: SourceLocation) {
        self.phase = phase
        self.kind = kind
        self.location = location
    }

    var isDecision: Bool { kind == .quyetDinh }
    /// Kinds whose title is followed by the issuing authority in capitals.
    var hasAuthorityLine: Bool { kind == .quyetDinh || kind == .nghiQuyet }
    /// The number the next article of this document's own structure would carry.
    var expectedArticle: String {
        guard let last = lastArticleNumber else { return "1" }
        let digits = last.prefix { $0.isASCII && $0.isNumber }
        return Int(digits).map { String($0 + 1) } ?? last
    }
    var hasArticles: Bool { events.contains { if case .article = $0 { true } else { false } } }

    /// The body event a wrapped line continues, if any.
    var lastEventIndex: Int? { events.isEmpty ? nil : events.count - 1 }
}
