/// The line under an attached regulation's title that ties it to the decision issuing it.
public enum AttachmentLine {
    /// "(Ban hành kèm theo Quyết định số 257/QĐ-MNTT ngày 07 tháng 10 năm 2025 của Hiệu trưởng Trường Mầm non Thiên Tôn)".
    ///
    /// Built from the decision itself so the two can never disagree.
    public static func text(for decision: Document) -> String {
        var line = "(Ban hành kèm theo \(decision.kind.name) số \(NumberFormatting.reference(number: decision.number, symbol: decision.effectiveSymbol))"
        line += " \(DateFormatting.longDate(decision.date, draftYear: decision.year))"
        if let issuedBy = issuedBy(decision) { line += " của \(issuedBy)" }
        return line + ")"
    }

    /// Who issued the decision, in running-text case: its authority line, or the issuing body.
    static func issuedBy(_ decision: Document) -> String? {
        if let authority = decision.authority, !authority.isEmpty {
            return VietnameseText.isAllCaps(authority) ? VietnameseText.sentenceCased(authority) : authority
        }
        return decision.issuer?.name
    }
}
