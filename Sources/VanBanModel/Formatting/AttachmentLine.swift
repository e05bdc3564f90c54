/// The line under an attached regulation's title that ties it to the decision issuing it.
public enum AttachmentLine {
    /// "(Ban hành kèm theo Quyết định số 257/QĐ-MNTT ngày 07 tháng 10 năm 2025 của Hiệu trưởng Trường Mầm non Thiên Tôn)".
    ///
    /// Built from the decision itself so the two can never disagree.
    public static func text(for decision: Document) -> String {
        text(for: DocumentReference(decision))
    }

    /// The same line for a cited decision.
    public static func text(for reference: DocumentReference) -> String {
        var line = "(Ban hành kèm theo \(reference.kind.name) số \(NumberFormatting.reference(number: reference.number, symbol: reference.symbol))"
        line += " \(DateFormatting.longDate(reference.date, draftYear: reference.draftYear))"
        if let issuedBy = reference.issuedBy, !issuedBy.isEmpty { line += " của \(issuedBy)" }
        return line + ")"
    }

    /// Who issued the decision, in running-text case: its authority line, or the issuing body.
    ///
    /// An authority kept in capitals ("HIỆU TRƯỞNG TRƯỜNG TIỂU HỌC TRẦN DƯƠNG", as imported) is
    /// re-cased only where the issuer's name shows the case of its proper nouns; otherwise it is
    /// kept as written rather than guessed.
    static func issuedBy(_ decision: Document) -> String? {
        guard let authority = decision.issuingAuthority, !authority.isEmpty else { return decision.issuer?.name }
        guard VietnameseText.isAllCaps(authority) else { return authority }
        if let name = decision.issuer?.name, !VietnameseText.isAllCaps(name) {
            let upperName = VietnameseText.uppercased(name)
            if authority == upperName { return name }
            if authority.hasSuffix(" " + upperName) {
                let role = String(authority.dropLast(upperName.count + 1))
                return VietnameseText.sentenceCased(role) + " " + name
            }
        }
        return authority
    }
}
