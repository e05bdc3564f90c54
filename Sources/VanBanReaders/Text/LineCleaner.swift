import Foundation
import VanBanModel

/// Cleans raw lines: NBSP, tabs, runs of spaces, Markdown headings and emphasis, HTML tags and
/// entities, pipe tables (each cell becomes a line), rules drawn with dashes or underscores,
/// page numbers and form feeds from PDF extraction.
enum LineCleaner {
    static func lines(of text: String) -> [SourceLine] {
        var result: [SourceLine] = []
        var table: HTMLTableRows?
        for (number, raw) in LineSplitter.lines(text) {
            // An HTML <table> inside Markdown is kept as a block of rows, never read as headings.
            if table != nil || HTMLTableRows.opens(raw) {
                var rows = table ?? HTMLTableRows()
                let closed = rows.add(raw, number: number)
                if closed {
                    result += rows.rows.map { row in
                        var line = clean(row.text, number: row.number)
                        line.isTableRow = true
                        return line
                    }
                    table = nil
                } else {
                    table = rows
                }
                continue
            }
            for cell in cells(raw) {
                result.append(clean(cell, number: number))
            }
        }
        // An unclosed table keeps what it read.
        if let rows = table?.rows {
            result += rows.map { row in
                var line = clean(row.text, number: row.number)
                line.isTableRow = true
                return line
            }
        }
        return result
    }

    /// A Markdown table row gives one line per cell; separator rows (`| --- |`) give nothing.
    private static func cells(_ raw: String) -> [String] {
        guard raw.containsByte(UInt8(ascii: "|")) else { return [raw] }
        let trimmed = raw.trimmingCharacters(in: .whitespaces)
        let parts = trimmed.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        if parts.allSatisfy({ $0.isEmpty || $0.allSatisfy { "-: ".contains($0) } }) { return [""] }
        return parts.filter { !$0.isEmpty }.flatMap(splitHeaderCell)
    }

    /// A header cell flattened to one line ("BAN CHẤP HÀNH TRUNG ƯƠNG Số: 142/QĐ-…") is split
    /// where the number or the place-and-date begins.
    static func splitHeaderCell(_ cell: String) -> [String] {
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
        // One pass over the bytes: spaces of every kind to one space, zero-width marks and stray
        // backslashes out, and a note of what calls for the slower repairs below. Text that
        // holds a combining mark, Ð/ð or a scalar NFC may change is normalised afterwards;
        // precomposed Vietnamese (U+1E00–U+1EFF, Latin-1, Latin Extended) is left alone.
        var bytes: [UInt8] = []
        var leading = 0
        var pendingSpace = false
        var hasEntity = false, hasTag = false, hasEmphasis = false, needsNormalizing = false
        var raw = raw
        raw.withUTF8 { input in
            bytes.reserveCapacity(input.count)
            var index = 0
            while index < input.count {
                let byte = input[index]
                var isSpace = false
                var skip = 1
                var drop = false
                switch byte {
                case 0x20, 0x09, 0x5C: isSpace = true
                case 0x26: hasEntity = true
                case 0x3C: hasTag = true
                case 0x2A, 0x5F: hasEmphasis = true
                case 0xC3 where index + 1 < input.count && (input[index + 1] == 0x90 || input[index + 1] == 0xB0): needsNormalizing = true; skip = 2
                case 0x00...0x08, 0x0B, 0x0E...0x1F, 0x7F: drop = true
                case 0xC2 where index + 1 < input.count && input[index + 1] == 0xA0: isSpace = true; skip = 2
                case 0xC2 where index + 1 < input.count && (0x80...0x9F).contains(input[index + 1]): drop = true; skip = 2
                case 0xC2 where index + 1 < input.count && input[index + 1] == 0xAD: drop = true; skip = 2
                case 0xC0...0xCB: skip = 2
                case 0xCC, 0xCD: needsNormalizing = true; skip = 2
                case 0xCE...0xDF: needsNormalizing = true; skip = 2
                case 0xE2 where index + 2 < input.count && input[index + 1] == 0x80 && input[index + 2] == 0x8B: drop = true; skip = 3
                case 0xE2 where index + 2 < input.count && input[index + 1] == 0x80 && (input[index + 2] == 0xAF || input[index + 2] == 0x87):
                    isSpace = true; skip = 3
                case 0xE3 where index + 2 < input.count && input[index + 1] == 0x80 && input[index + 2] == 0x80: isSpace = true; skip = 3
                case 0xE2 where index + 2 < input.count && input[index + 1] == 0x80 && input[index + 2] <= 0x81: needsNormalizing = true; skip = 3
                case 0xE1 where index + 1 < input.count && (0xB8...0xBB).contains(input[index + 1]): skip = 3
                case 0xE2 where index + 1 < input.count && (0x80...0x82).contains(input[index + 1]): skip = 3
                case 0xEF where index + 2 < input.count && input[index + 1] == 0xBB && input[index + 2] == 0xBF: drop = true; skip = 3
                case 0xE0...0xEF: needsNormalizing = true; skip = 3
                case 0xF0...0xF7: needsNormalizing = true; skip = 4
                default: break
                }
                skip = min(skip, input.count - index)
                if isSpace {
                    if bytes.isEmpty { leading += 1 } else { pendingSpace = true }
                } else if !drop {
                    if pendingSpace { bytes.append(0x20) }
                    pendingSpace = false
                    if skip == 1 {
                        bytes.append(byte)
                    } else {
                        for offset in 0..<skip { bytes.append(input[index + offset]) }
                    }
                }
                index += skip
            }
        }
        var text = String(decoding: bytes, as: UTF8.self)
        if needsNormalizing { text = collapseSpaces(VietnameseText.normalized(text)) }
        var invalidReferences: [String] = []
        if hasEntity {
            let decoded = EntityDecoding.decode(text)
            invalidReferences = decoded.invalid
            text = collapseSpaces(VietnameseText.normalized(decoded.text).replacingOccurrences(of: "\u{00A0}", with: " "))
        }
        if hasTag { text = collapseSpaces(stripTags(text)).trimmedSpaces() }
        // Markdown heading marks.
        if text.hasPrefix("#") { text = String(text.drop { $0 == "#" || $0 == " " }) }
        var wasBold = false
        if hasEmphasis {
            text = withoutListMarkerBeforeArticle(text)
            (text, wasBold) = stripEmphasis(text)
        }
        // Rules drawn with characters ("_______", "-----") and lone page numbers carry no content.
        if let first = text.unicodeScalars.first, "-_=–—*~.".unicodeScalars.contains(first),
           text.unicodeScalars.allSatisfy({ "-_=–—*~. ".unicodeScalars.contains($0) }) {
            text = ""
        }
        if text.utf8.count <= 3, text.utf8.allSatisfy({ (0x30...0x39).contains($0) }) { text = "" }
        // A rule glued after a header line: "QUỐC HỘI -------".
        if let last = text.utf8.last, last == UInt8(ascii: "-") || last == UInt8(ascii: "_") {
            let tail = text.utf8.reversed().prefix { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") }.count
            if tail >= 3 {
                let rest = text.dropLast(tail)
                if rest.last == " " { text = String(rest.dropLast()) }
            }
        }
        return SourceLine(text: text, number: number, column: leading + 1, wasBold: wasBold, invalidReferences: invalidReferences)
    }

    /// "1. **Điều 1. …**", "- *Điều 3.* …": a list number or bullet carrying an emphasised
    /// article heading is the exporter's list, not a khoản.
    static func withoutListMarkerBeforeArticle(_ text: String) -> String {
        var rest = Substring(text)
        let digits = rest.prefix { $0.isASCII && $0.isNumber }
        if (1...3).contains(digits.count), let mark = rest.dropFirst(digits.count).first, mark == "." || mark == ")" {
            rest = rest.dropFirst(digits.count + 1)
        } else if let first = rest.first, "-+*•".contains(first), rest.dropFirst().first == " " {
            rest = rest.dropFirst()
        } else {
            return text
        }
        let body = rest.drop { $0 == " " }
        guard body.count < rest.count || digits.isEmpty else { return text }
        let unmarked = body.drop { $0 == "*" || $0 == "_" }
        guard unmarked.count < body.count, unmarked.hasPrefix("Điều "), unmarked.dropFirst(5).first?.isNumber ?? false else { return text }
        return String(body)
    }

    private static func collapseSpaces(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: " ")) else { return text }
        var result = String.UnicodeScalarView()
        var lastWasSpace = true
        for scalar in text.unicodeScalars {
            if scalar == " " {
                if !lastWasSpace { result.append(" ") }
                lastWasSpace = true
            } else {
                result.append(scalar)
                lastWasSpace = false
            }
        }
        if result.last == " " { result.removeLast() }
        return String(result)
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
        if result.utf8.contains(UInt8(ascii: "_")) {
            result = result.replacingOccurrences(of: " _", with: " ").replacingOccurrences(of: "_ ", with: " ")
        }
        return (collapseSpaces(result.trimmedSpaces()), wasBold)
    }

    private static func stripTags(_ text: String) -> String {
        guard text.contains("<") else { return text }
        // Only the tags web exports leave; "<x>" in a sentence is text.
        let tags = "center|b|i|u|s|strong|em|span|div|p|br|hr|sup|sub|font|a|table|tbody|thead|tr|td|th|h[1-6]|ul|ol|li|blockquote"
        return text.replacingOccurrences(of: "</?(?i:\(tags))(\\s[^<>]*)?/?>", with: " ", options: .regularExpression)
    }
}
