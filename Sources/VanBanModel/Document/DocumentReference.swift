/// A citation of another document by type, number and date: what a regulation's
/// "(Ban hành kèm theo Quyết định số 135/QĐ-MNMT ngày 14 tháng 10 năm 2025 của …)" line names.
public struct DocumentReference: Sendable, Hashable {
    /// The cited document's type.
    public var kind: DocumentKind
    /// Its sequence number.
    public var number: Int?
    /// Its ký hiệu, e.g. "QĐ-MNMT".
    public var symbol: String?
    /// Its date.
    public var date: CivilDate?
    /// Who issued it, as the line says after "của".
    public var issuedBy: String?

    /// Creates a reference.
    public init(kind: DocumentKind = .quyetDinh, number: Int? = nil, symbol: String? = nil, date: CivilDate? = nil, issuedBy: String? = nil) {
        self.kind = kind
        self.number = number
        self.symbol = symbol
        self.date = date
        self.issuedBy = issuedBy
    }

    /// The reference a decision makes of itself for its attachments.
    public init(_ decision: Document) {
        self.init(kind: decision.kind, number: decision.number, symbol: decision.effectiveSymbol, date: decision.date,
                  issuedBy: AttachmentLine.issuedBy(decision))
        draftYear = decision.draftYear
    }

    /// The year shown in a draft's blank date.
    public var draftYear: Int?
}
