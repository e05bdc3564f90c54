import VanBanModel

/// Rules over what the DOCX reader sees of a Word file: page setup, fonts and sizes, the Quốc
/// hiệu and Tiêu ngữ as typed, page-number fields, and the punctuation of căn cứ and nơi nhận
/// as typed (the model keeps neither).
enum LayoutRules {
    static let rules: [Rule] = [
        Rule(.pageSize, .error, clause: "PL1 I.1", scope: .layout, example: .pageSize(width: "148", height: "210"), check: pageSize),
        Rule(.pageMargin, .warning, clause: "PL1 I.4", scope: .layout, example: .pageMargin(side: .left, millimetres: "25", range: "30–35"), check: margins),
        Rule(.bodyFont, .warning, clause: "PL1 I.2", scope: .layout, example: .bodyFont(font: "Arial"), check: bodyFont),
        Rule(.bodySize, .warning, clause: "PL1 II.6", scope: .layout, example: .bodySize(points: "12"), check: bodySize),
        Rule(.nationalTitleText, .error, clause: "PL1 II.1", scope: .layout, example: .nationalTitleText(written: "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
             check: nationalTitle),
        Rule(.mottoText, .error, clause: "PL1 II.1.b", scope: .layout, example: .mottoText(written: "Độc lập-Tự do-Hạnh phúc"), check: motto),
        Rule(.nationalTitleSize, .warning, clause: "PL1 II.1.a", scope: .layout, example: .nationalTitleSize(points: "14"), check: nationalTitleSize),
        Rule(.pageNumberInFooter, .warning, clause: "PL1 I.7", scope: .layout, example: .pageNumberInFooter, check: footerNumbers),
        Rule(.pageNumberOnFirstPage, .warning, clause: "PL1 I.7", scope: .layout, example: .pageNumberOnFirstPage, check: firstPageNumbers),
        Rule(.basisEnding, .warning, clause: "PL1 II.6.a", scope: .layout, example: .basisEnding(written: "Căn cứ Luật Giáo dục", expected: ";"), check: basisEndings),
        Rule(.recipientLine, .warning, clause: "PL1 II.9.d", scope: .layout, example: .recipientLine(written: "Nơi nhận", expected: "Nơi nhận:"), check: recipientLines),
        Rule(.endMarkMissing, .warning, clause: "PL3 Mẫu 1.2", scope: .layout, example: .endMarkMissing(excerpt: "…chịu trách nhiệm thi hành Quyết định này."),
             check: endMark),
        Rule(.elementSize, .warning, clause: "PL1 II; PL1 V", scope: .layout, example: .elementSize(element: "Nơi nhận", points: "14", range: "12"),
             check: elementSizes),
        Rule(.elementStyle, .warning, clause: "PL1 II", scope: .layout, example: .elementStyle(element: "Địa danh, ngày tháng", expected: .italic),
             check: elementStyles),
        Rule(.dateDoesNotExist, .error, clause: "PL1 II.4", scope: .layout, example: .dateDoesNotExist(written: "ngày 31 tháng 4 năm 2025"), check: typedDate),
    ]

    /// Bold and italic where Nghị định 30 sets them: Quốc hiệu and Tiêu ngữ bold, the place and
    /// date italic, the căn cứ italic, "Nơi nhận:" bold italic. Only paragraphs that hold the
    /// element alone are judged (a header cell with several lines mixes styles).
    static func elementStyles(_ subject: CheckSubject) -> [Finding] {
        guard let facts = subject.layout else { return [] }
        var found: [Finding] = []
        func alone(_ paragraph: LayoutFacts.Paragraph) -> Bool { !trimmed(paragraph.text).contains("\n") && !paragraph.text.contains("\t") }
        func expect(_ element: String, _ paragraph: LayoutFacts.Paragraph?, _ style: Message.TextStyle) {
            guard let paragraph, alone(paragraph), let bold = paragraph.bold, let italic = paragraph.italic else { return }
            let right = switch style {
            case .bold: bold
            case .italic: italic
            case .boldItalic: bold && italic
            case .upright: !bold && !italic
            }
            if !right { found.append(Finding(.elementStyle(element: element, expected: style), at: facts.location(of: paragraph))) }
        }
        let header = Array(facts.paragraphs.prefix(40))
        expect("Quốc hiệu", header.first { folded(trimmed($0.text)).hasPrefix("cộng hòa xã hội") }, .bold)
        expect("Tiêu ngữ", header.first { folded(trimmed($0.text)).hasPrefix("độc lập") }, .bold)
        expect("Địa danh, ngày tháng", header.first { text in
            let words = VietnameseText.lowercased(text.text)
            return words.contains(", ngày ") && words.contains(" tháng ") && words.contains(" năm ")
        }, .italic)
        for paragraph in facts.paragraphs.prefix(80) where starts(trimmed(paragraph.text), "căn cứ ") {
            expect("Căn cứ", paragraph, .italic)
        }
        expect("Nơi nhận", facts.paragraphs.first { starts(trimmed($0.text), "nơi nhận") }, .boldItalic)
        return found
    }

    /// The date line as typed: "ngày 31 tháng 4" names no day, and the importer then keeps no date at all.
    static func typedDate(_ subject: CheckSubject) -> [Finding] {
        guard let facts = subject.layout else { return [] }
        for paragraph in facts.paragraphs.prefix(40) {
            let words = paragraph.text.split(whereSeparator: \.isWhitespace).map(String.init)
            guard let day = words.firstIndex(of: "ngày"), day + 5 < words.count, words[day + 2] == "tháng", words[day + 4] == "năm",
                  let d = Int(words[day + 1]), let m = Int(words[day + 3]),
                  let y = Int(words[day + 5].prefix { $0.isNumber }) else { continue }
            guard CivilDate(year: y, month: m, day: d) == nil else { return [] }
            let written = words[day...(day + 5)].joined(separator: " ")
            return [Finding(.dateDoesNotExist(written: written), at: facts.location(of: paragraph))]
        }
        return []
    }

    /// Sizes of the elements Nghị định 30 fixes, besides the body and the Quốc hiệu: Tiêu ngữ
    /// 13–14, the number line 13, "Nơi nhận:" 12, the recipients 11 (half-points in the facts).
    static func elementSizes(_ subject: CheckSubject) -> [Finding] {
        guard let facts = subject.layout else { return [] }
        var found: [Finding] = []
        func check(_ element: String, _ paragraph: LayoutFacts.Paragraph?, _ range: ClosedRange<Int>) {
            guard let paragraph, let size = paragraph.halfPoints, !range.contains(size) else { return }
            let wanted = range.count == 1 ? shown(Double(range.lowerBound) / 2) : "\(shown(Double(range.lowerBound) / 2))–\(shown(Double(range.upperBound) / 2))"
            found.append(Finding(.elementSize(element: element, points: shown(Double(size) / 2), range: wanted), at: facts.location(of: paragraph)))
        }
        let header = facts.paragraphs.prefix(40)
        // Only paragraphs holding the element alone: a cell with several lines has one dominant size.
        check("Tiêu ngữ", header.first { folded(trimmed($0.text)).hasPrefix("độc lập") && !$0.text.contains("\n") }, 26...28)
        check("Số, ký hiệu", header.first { trimmed($0.text).hasPrefix("Số:") && !$0.text.contains("\n") && !$0.text.contains("ngày") }, 26...26)
        if let start = facts.paragraphs.firstIndex(where: { starts(trimmed($0.text), "nơi nhận") }) {
            let heading = facts.paragraphs[start]
            if !trimmed(heading.text).contains("\n") {
                check("Nơi nhận", heading, 24...24)
                let next = facts.paragraphs.indices.contains(start + 1) ? facts.paragraphs[start + 1] : nil
                if let next, trimmed(next.text).hasPrefix("-") { check("Danh sách nơi nhận", next, 22...22) }
            }
        }
        return found
    }

    /// The body ends with "./.": the last paragraph with text before "Nơi nhận" (or before the
    /// signature table, when the recipients come later).
    static func endMark(_ subject: CheckSubject) -> [Finding] {
        guard let facts = subject.layout,
              let end = facts.paragraphs.firstIndex(where: { starts(trimmed($0.text), "nơi nhận") }) else { return [] }
        guard let last = facts.paragraphs[..<end].last(where: { !trimmed($0.text).isEmpty && !$0.inTable }) else { return [] }
        let text = trimmed(last.text)
        guard !text.hasSuffix("./.") else { return [] }
        let shown = text.count > 50 ? "…" + String(text.suffix(40)) : text
        return [Finding(.endMarkMissing(excerpt: shown), at: facts.location(of: last), fix: VietnameseText.strippingTrailingPunctuation(text) + "./.")]
    }

    static let twipsPerMillimetre = 1440.0 / 25.4

    static func millimetres(_ twips: Int) -> Double { Double(twips) / twipsPerMillimetre }

    static func shown(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }

    static func fileLocation(_ facts: LayoutFacts) -> SourceLocation? { facts.file.map { SourceLocation(file: $0, line: 1) } }

    static func pageSize(_ subject: CheckSubject) -> [Finding] {
        guard let facts = subject.layout, let width = facts.page.width, let height = facts.page.height else { return [] }
        let sides = [millimetres(width), millimetres(height)].sorted()
        guard abs(sides[0] - 210) > 2 || abs(sides[1] - 297) > 2 else { return [] }
        return [Finding(.pageSize(width: shown(millimetres(width)), height: shown(millimetres(height))), at: fileLocation(facts))]
    }

    static func margins(_ subject: CheckSubject) -> [Finding] {
        guard let facts = subject.layout else { return [] }
        let page = facts.page
        let wanted: [(Message.MarginSide, Int?, ClosedRange<Double>)] = [
            (.top, page.top, 20...25), (.bottom, page.bottom, 20...25), (.left, page.left, 30...35), (.right, page.right, 15...20),
        ]
        return wanted.compactMap { side, twips, range in
            guard let twips else { return nil }
            let value = millimetres(abs(twips))
            guard value < range.lowerBound - 0.5 || value > range.upperBound + 0.5 else { return nil }
            return Finding(.pageMargin(side: side, millimetres: shown(value), range: "\(Int(range.lowerBound))–\(Int(range.upperBound))"),
                           at: fileLocation(facts))
        }
    }

    /// The value most of the body's characters have (outside tables, which hold the header and signature).
    static func dominant<T: Hashable>(_ facts: LayoutFacts, _ pick: (LayoutFacts.Paragraph) -> T?) -> T? {
        var weights: [T: Int] = [:]
        for paragraph in facts.paragraphs where !paragraph.inTable {
            if let value = pick(paragraph) { weights[value, default: 0] += paragraph.text.count }
        }
        return weights.max { ($0.value, "\($1.key)") < ($1.value, "\($0.key)") }?.key
    }

    static func bodyFont(_ subject: CheckSubject) -> [Finding] {
        guard let facts = subject.layout, let font = dominant(facts, \.font) else { return [] }
        guard VietnameseText.lowercased(font) != "times new roman" else { return [] }
        return [Finding(.bodyFont(font: font), at: fileLocation(facts))]
    }

    static func bodySize(_ subject: CheckSubject) -> [Finding] {
        guard let facts = subject.layout, let size = dominant(facts, \.halfPoints), !(26...28).contains(size) else { return [] }
        return [Finding(.bodySize(points: shown(Double(size) / 2)), at: fileLocation(facts))]
    }

    /// The paragraph and line that hold a header text, found among the first paragraphs.
    static func headerLine(_ facts: LayoutFacts, where matches: (String) -> Bool) -> (LayoutFacts.Paragraph, String)? {
        for paragraph in facts.paragraphs.prefix(40) {
            for line in paragraph.text.split(whereSeparator: { $0 == "\n" || $0 == "\t" }) {
                let text = line.split(whereSeparator: \.isWhitespace).joined(separator: " ")
                if matches(text) { return (paragraph, text) }
            }
        }
        return nil
    }

    static let nationalTitleWords = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    static let mottoWords = "Độc lập - Tự do - Hạnh phúc"

    static func folded(_ text: String) -> String { VietnameseText.lowercased(text).replacingOccurrences(of: "hoà", with: "hòa") }

    static func nationalTitle(_ subject: CheckSubject) -> [Finding] {
        guard let facts = subject.layout,
              let (paragraph, text) = headerLine(facts, where: { folded($0).hasPrefix("cộng hòa xã hội") }), text != nationalTitleWords else { return [] }
        return [Finding(.nationalTitleText(written: text), at: facts.location(of: paragraph), fix: nationalTitleWords)]
    }

    static func motto(_ subject: CheckSubject) -> [Finding] {
        guard let facts = subject.layout,
              let (paragraph, text) = headerLine(facts, where: { folded($0).hasPrefix("độc lập") && folded($0).contains("hạnh phúc") }),
              text != mottoWords else { return [] }
        return [Finding(.mottoText(written: text), at: facts.location(of: paragraph), fix: mottoWords)]
    }

    static func nationalTitleSize(_ subject: CheckSubject) -> [Finding] {
        guard let facts = subject.layout, let (paragraph, _) = headerLine(facts, where: { folded($0).hasPrefix("cộng hòa xã hội") }),
              let size = paragraph.halfPoints, !(24...26).contains(size) else { return [] }
        return [Finding(.nationalTitleSize(points: shown(Double(size) / 2)), at: facts.location(of: paragraph))]
    }

    static func footerNumbers(_ subject: CheckSubject) -> [Finding] {
        guard let facts = subject.layout, facts.pageNumbers.inFooter else { return [] }
        return [Finding(.pageNumberInFooter, at: fileLocation(facts))]
    }

    static func firstPageNumbers(_ subject: CheckSubject) -> [Finding] {
        guard let facts = subject.layout, facts.pageNumbers.onFirstPage else { return [] }
        return [Finding(.pageNumberOnFirstPage, at: fileLocation(facts))]
    }

    static func trimmed(_ text: String) -> String { text.trimmingCharacters(in: .whitespacesAndNewlines) }

    static func starts(_ text: String, _ words: String) -> Bool { VietnameseText.lowercased(text).hasPrefix(words) }

    /// The căn cứ block: paragraphs starting "Căn cứ", "Theo đề nghị", "Xét" before the first "Điều"
    /// or the "QUYẾT ĐỊNH:" line, as typed.
    static func basisEndings(_ subject: CheckSubject) -> [Finding] {
        guard let facts = subject.layout else { return [] }
        var block: [LayoutFacts.Paragraph] = []
        for paragraph in facts.paragraphs {
            let text = trimmed(paragraph.text)
            if starts(text, "điều ") || text.hasPrefix("QUYẾT ĐỊNH") && !block.isEmpty || text.hasPrefix("NƠI NHẬN") { break }
            if starts(text, "căn cứ") || starts(text, "theo đề nghị") || starts(text, "xét ") {
                block.append(paragraph)
            } else if !block.isEmpty, VietnameseText.lowercased(text).contains(" ban hành "), text.first?.isUppercase == true,
                      text != VietnameseText.uppercased(text) {
                // "Chính phủ ban hành Nghị định …." closes the căn cứ of a decree: it takes the final ".".
                block.append(paragraph)
                break
            }
        }
        return block.enumerated().compactMap { index, paragraph in
            let text = trimmed(paragraph.text)
            let expected = index == block.count - 1 ? "." : ";"
            guard !text.hasSuffix(expected) else { return nil }
            let shown = text.count > 50 ? "…" + String(text.suffix(40)) : text
            return Finding(.basisEnding(written: shown, expected: expected), at: facts.location(of: paragraph),
                           fix: VietnameseText.strippingTrailingPunctuation(text) + expected)
        }
    }

    /// "Nơi nhận:" and the lines after it: "- …;" each, the last "- Lưu: VT, ….".
    static func recipientLines(_ subject: CheckSubject) -> [Finding] {
        guard let facts = subject.layout,
              let start = facts.paragraphs.firstIndex(where: { starts(trimmed($0.text), "nơi nhận") }) else { return [] }
        let heading = facts.paragraphs[start]
        var found: [Finding] = []
        var lines = trimmed(heading.text).split(separator: "\n").map { trimmed(String($0)) }
        let title = lines.removeFirst()
        let headingWords = title.prefix("Nơi nhận".count + 1)
        if !headingWords.hasPrefix("Nơi nhận:") {
            found.append(Finding(.recipientLine(written: String(title.prefix(30)), expected: "Nơi nhận:"), at: facts.location(of: heading), fix: "Nơi nhận:"))
        }
        var entries: [(String, LayoutFacts.Paragraph)] = lines.filter { !$0.isEmpty }.map { ($0, heading) }
        // A long recipient wraps onto a line of its own that starts in lower case: it continues the entry.
        paragraphs: for paragraph in facts.paragraphs[(start + 1)...] {
            let pieces = trimmed(paragraph.text).split(separator: "\n").map { trimmed(String($0)) }.filter { !$0.isEmpty }
            guard !pieces.isEmpty else { break }
            for piece in pieces {
                if piece.hasPrefix("-") || piece.hasPrefix("+") || starts(piece, "lưu") {
                    entries.append((piece, paragraph))
                } else if let last = entries.last, piece.first?.isLowercase == true {
                    entries[entries.count - 1] = (last.0 + " " + piece, last.1)
                } else {
                    break paragraphs
                }
            }
        }
        for (index, (line, paragraph)) in entries.enumerated() {
            let last = index == entries.count - 1
            let body = ClosingRules.cleanRecipient(line)
            let expected = "- " + body + (last ? "." : ";")
            if line.hasPrefix("+") { continue }
            if line != expected, !(last && line.hasSuffix(".") && line.hasPrefix("- ")) {
                found.append(Finding(.recipientLine(written: line, expected: expected), at: facts.location(of: paragraph), fix: expected))
            }
        }
        return found
    }
}
