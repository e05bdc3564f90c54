/// One line as the structure builder sees it, whatever it was read from: a cleaned text line,
/// or (for a Word file) a paragraph with its computed numbering label in front.
struct SourceLine {
    /// The cleaned text, NFC, single-spaced, trimmed.
    var text: String
    /// The 1-based line number in the input.
    var number: Int
    /// The 1-based column where the cleaned text starts in the raw line.
    var column: Int
    /// True when the whole line was bold in Markdown (`**1. Title**`): a titled khoản.
    var wasBold: Bool
    /// Character references that name no allowed character (`&#0;`), removed from the text.
    var invalidReferences: [String] = []
    /// A row of an HTML `<table>` (cells joined by " | "): content, never a heading.
    var isTableRow = false

    var isBlank: Bool { text.isEmpty }
}
