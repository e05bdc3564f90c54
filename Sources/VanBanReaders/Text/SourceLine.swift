import Foundation
import VanBanModel

/// One line of the input after the noise of Word, PDF and Markdown exports is removed.
struct SourceLine {
    /// The cleaned text, NFC, single-spaced, trimmed.
    var text: String
    /// The 1-based line number in the input.
    var number: Int
    /// The 1-based column where the cleaned text starts in the raw line.
    var column: Int
    /// True when the whole line was bold in Markdown (`**1. Title**`): a titled khoản.
    var wasBold: Bool

    var isBlank: Bool { text.isEmpty }
}

/// Cleans raw lines: NBSP, tabs, runs of spaces, Markdown headings and emphasis, HTML tags and
/// entities, pipe tables (each cell becomes a line), rules drawn with dashes or underscores,
/// page numbers and form feeds from PDF extraction.
enum LineCleaner {
    static func lines(of text: String) -> [SourceLine] {
        var result: [SourceLine] = []
        let normalized = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        for (index, raw) in normalized.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            for piece in raw.split(separator: "\u{0C}", omittingEmptySubsequences: false) {
                for cell in cells(String(piece)) {
                    result.append(clean(cell, number: index + 1))
                }
            }
        }
        return result
    }

    /// A Markdown table row gives one line per cell; separator rows (`| --- |`) give nothing.
    private static func cells(_ raw: String) -> [String] {
        let trimmed = raw.trimmingCharacters(in: .whitespaces)
        guard trimmed.contains("|") else { return [raw] }
        let parts = trimmed.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        if parts.allSatisfy({ $0.isEmpty || $0.allSatisfy { "-: ".contains($0) } }) { return [""] }
        return parts.filter { !$0.isEmpty }.flatMap(splitHeaderCell)
    }

    /// A header cell flattened to one line ("BAN CHẤP HÀNH TRUNG ƯƠNG Số: 142/QĐ-…") is split
    /// where the number or the place-and-date begins.
    private static func splitHeaderCell(_ cell: String) -> [String] {
        var pieces = [cell]
        for marker in ["Số:", "Số :", "CỘNG HÒA XÃ HỘI", "CỘNG HOÀ XÃ HỘI", "Độc lập", "Nơi nhận:"] {
            pieces = pieces.flatMap { piece -> [String] in
                guard let range = piece.range(of: marker), range.lowerBound != piece.startIndex else { return [piece] }
                return [String(piece[..<range.lowerBound]), String(piece[range.lowerBound...])]
            }
        }
        // "ĐOÀN TNCS HỒ CHÍ MINH Hà Nội, ngày 19 …": the capitals end where the place name begins.
        pieces = pieces.flatMap { piece -> [String] in
            guard piece.range(of: ", ngày") != nil else { return [piece] }
            let words = piece.split(separator: " ")
            guard let firstPlaceWord = words.firstIndex(where: { !VietnameseText.isAllCaps(String($0)) }), firstPlaceWord > 0,
                  words[..<firstPlaceWord].contains(where: { $0.count > 2 }) else { return [piece] }
            return [words[..<firstPlaceWord].joined(separator: " "), words[firstPlaceWord...].joined(separator: " ")]
        }
        // "Nơi nhận: - A; - B;" flattened into one cell.
        pieces = pieces.flatMap { piece -> [String] in
            guard piece.hasPrefix("Nơi nhận:") else { return [piece] }
            let body = piece.dropFirst("Nơi nhận:".count)
            let separator = body.contains(" - ") ? " - " : ";"
            let items = body.components(separatedBy: separator).map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " -;")) }
            return ["Nơi nhận:"] + items.filter { !$0.isEmpty }.map { $0.hasPrefix("-") ? $0 : "- " + $0 }
        }
        return pieces
    }

    static func clean(_ raw: String, number: Int) -> SourceLine {
        var text = VietnameseText.normalized(raw)
        text = decodeEntities(text)
        text = stripTags(text)
        text = text.replacingOccurrences(of: "\u{00A0}", with: " ").replacingOccurrences(of: "\t", with: " ")
            .replacingOccurrences(of: "\u{200B}", with: "").replacingOccurrences(of: "\u{FEFF}", with: "")
        text = text.replacingOccurrences(of: "\\", with: " ")
        let leading = text.prefix { $0 == " " }.count
        text = collapseSpaces(text)
        // Markdown heading marks.
        while text.hasPrefix("#") { text.removeFirst() }
        text = text.trimmingCharacters(in: .whitespaces)
        let (unemphasised, wasBold) = stripEmphasis(text)
        text = unemphasised
        // Rules drawn with characters ("_______", "-----") and lone page numbers carry no content.
        if !text.isEmpty, text.allSatisfy({ "-_=–—*~.".contains($0) || $0 == " " }) { text = "" }
        if text.count <= 3, text.allSatisfy(\.isNumber) { text = "" }
        // A rule glued after a header line: "QUỐC HỘI -------".
        if let range = text.range(of: #"\s[-_]{3,}$"#, options: .regularExpression) { text = String(text[..<range.lowerBound]) }
        return SourceLine(text: text, number: number, column: leading + 1, wasBold: wasBold)
    }

    private static func collapseSpaces(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.count)
        var lastWasSpace = true
        for character in text {
            if character == " " {
                if !lastWasSpace { result.append(" ") }
                lastWasSpace = true
            } else {
                result.append(character)
                lastWasSpace = false
            }
        }
        while result.last == " " { result.removeLast() }
        return result
    }

    /// Removes `**`, `__` and `_…_`/`*…*` emphasis; reports whether the whole line was bold.
    private static func stripEmphasis(_ text: String) -> (String, Bool) {
        var result = text
        let wasBold = (result.hasPrefix("**") && result.hasSuffix("**") && result.count > 4)
            || (result.hasPrefix("__") && result.hasSuffix("__") && result.count > 4)
        result = result.replacingOccurrences(of: "**", with: "").replacingOccurrences(of: "__", with: "")
        if result.hasPrefix("_") { result.removeFirst() }
        if result.hasSuffix("_") { result.removeLast() }
        if result.hasPrefix("*"), !result.hasPrefix("* ") { result.removeFirst() }
        if result.hasSuffix("*") { result.removeLast() }
        result = result.replacingOccurrences(of: " _", with: " ").replacingOccurrences(of: "_ ", with: " ")
        return (collapseSpaces(result.trimmingCharacters(in: .whitespaces)), wasBold)
    }

    private static func stripTags(_ text: String) -> String {
        guard text.contains("<") else { return text }
        // Only the tags web exports leave; "<x>" in a sentence is text.
        let tags = "center|b|i|u|s|strong|em|span|div|p|br|hr|sup|sub|font|a|table|tbody|thead|tr|td|th|h[1-6]|ul|ol|li|blockquote"
        return text.replacingOccurrences(of: "</?(?i:\(tags))(\\s[^<>]*)?/?>", with: " ", options: .regularExpression)
    }

    private static let entities: [String: String] = [
        "&nbsp;": " ", "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": "\"", "&apos;": "'", "&#39;": "'",
        "&ndash;": "–", "&mdash;": "—", "&ldquo;": "“", "&rdquo;": "”", "&hellip;": "…",
    ]

    private static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var result = text
        for (entity, value) in entities { result = result.replacingOccurrences(of: entity, with: value) }
        while let range = result.range(of: #"&#(x[0-9A-Fa-f]+|[0-9]+);"#, options: .regularExpression) {
            let body = result[range].dropFirst(2).dropLast()
            let value = body.hasPrefix("x") ? UInt32(body.dropFirst(), radix: 16) : UInt32(body)
            result.replaceSubrange(range, with: value.flatMap(Unicode.Scalar.init).map { String($0) } ?? "")
        }
        return result
    }
}
