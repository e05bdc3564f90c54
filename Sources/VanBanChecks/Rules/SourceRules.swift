import VanBanModel

/// Rules decided on the text as typed, which the model no longer holds: the model keeps the
/// number and the date as values and the writers pad them. The importer checks them while it
/// reads a number line or a date line (`HeaderParsing`); they are listed here so the rule set is
/// one, and rendering the imported data is their mend.
enum SourceRules {
    static let rules: [Rule] = [
        Rule(.numberLeadingZero, .warning, clause: "PL1 II.3.c", example: .numberLeadingZero(written: "Số: 5/QĐ-MNHS", expected: "Số: 05/QĐ-MNHS"),
             check: { _ in [] }),
        Rule(.dateLeadingZero, .warning, clause: "PL1 II.4.b",
             example: .dateLeadingZero(written: "Hà Nội, ngày 7 tháng 2 năm 2025", expected: "ngày 07 tháng 02 năm 2025"), check: { _ in [] }),
    ]
}
