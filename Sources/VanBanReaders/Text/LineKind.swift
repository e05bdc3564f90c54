import Foundation
import VanBanModel

/// What a cleaned line looks like, before the builder decides where it belongs.
enum LineKind: Equatable {
    case blank
    case nationalTitle(motto: Bool)
    case motto
    case numberLine(String)
    case dateLine(place: String, day: String, month: String, year: String)
    case kindHeading(DocumentKind)
    case decides
    case basis
    case attachmentLine
    case part(number: Int?, title: String?)
    case chapter(number: Int?, title: String?, arabic: Bool)
    case section(number: Int?, title: String?)
    case article(number: String, rest: String)
    case quotedArticle
    case clause(number: String, text: String)
    case point(label: String, text: String)
    case bullet(level: Int, text: String)
    case recipientsHeading(rest: String)
    case text
}

/// Recognises headings and labels the way Vietnamese documents and their exports write them.
enum LineClassifier {
    static func classify(_ line: String) -> LineKind {
        if line.isEmpty { return .blank }
        let upper = VietnameseText.uppercased(line)
        if upper.hasPrefix("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") || upper.hasPrefix("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM") {
            return .nationalTitle(motto: upper.contains("ĐỘC LẬP"))
        }
        if upper.hasPrefix("ĐỘC LẬP") && upper.contains("TỰ DO") { return .motto }
        if let number = numberLine(line) { return .numberLine(number) }
        if let date = dateLine(line) { return .dateLine(place: date.0, day: date.1, month: date.2, year: date.3) }
        if upper.hasPrefix("NƠI NHẬN") {
            let rest = line.drop { $0 != ":" }.dropFirst().trimmingCharacters(in: .whitespaces)
            return .recipientsHeading(rest: rest)
        }
        let bare = upper.trimmingCharacters(in: CharacterSet(charactersIn: " .:"))
        if bare == "QUYẾT ĐỊNH", line.hasSuffix(":") { return .decides }
        if VietnameseText.isAllCaps(line), let kind = headingKinds[bare] { return .kindHeading(kind) }
        if line.hasPrefix("(Ban hành kèm theo") || line.hasPrefix("(Kèm theo") || line.hasPrefix("(ban hành kèm theo") {
            return .attachmentLine
        }
        for prefix in ["Căn cứ", "Theo đề nghị", "Xét đề nghị", "Xét yêu cầu", "Xét tình hình", "Xét "] where line.hasPrefix(prefix) {
            return .basis
        }
        if let first = line.first, "“\"'‘«".contains(first) {
            let inner = line.dropFirst().trimmingCharacters(in: .whitespaces)
            if case .article = classify(inner) { return .quotedArticle }
        }
        if let kind = structural(line) { return kind }
        return .text
    }

    /// Kind headings a document opens with, as printed in capitals.
    static let headingKinds: [String: DocumentKind] = {
        var table: [String: DocumentKind] = [:]
        for kind in DocumentKind.allCases where ![.congVan, .thuCong, .bienBan].contains(kind) {
            table[kind.heading] = kind
        }
        table["QUYẾT ĐỊNH"] = .quyetDinh
        table["ĐIỀU LỆ"] = .dieuLe
        table["LUẬT"] = .luat
        return table
    }()

    // MARK: - Header lines

    /// "Số: 257/QĐ-MNTT", "Luật số: 46/2019/QH14" → the text after the colon.
    static func numberLine(_ line: String) -> String? {
        guard let range = line.range(of: #"^(Luật\s+|Lệnh\s+)?[Ss]ố\s*:\s*"#, options: .regularExpression) else { return nil }
        let rest = line[range.upperBound...].trimmingCharacters(in: .whitespaces)
        guard let first = rest.first, first.isNumber || first == "/" || first == "." || first == "…" else { return nil }
        return rest
    }

    /// "Hoa Lư, ngày 07 tháng 10 năm 2025" → place and the three numbers as written.
    static func dateLine(_ line: String) -> (String, String, String, String)? {
        let pattern = #"^(?:(.{1,60}?),\s*)?ngày\s+(\d{1,2}|\.+|…+|\s*)\s*tháng\s+(\d{1,2}|\.+|…+|\s*)\s*năm\s+(\d{4})\.?$"#
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return nil }
        let range = NSRange(line.startIndex..., in: line)
        guard let match = regex.firstMatch(in: line, range: range) else { return nil }
        func group(_ index: Int) -> String {
            Range(match.range(at: index), in: line).map { String(line[$0]).trimmingCharacters(in: .whitespaces) } ?? ""
        }
        let place = group(1)
        // A basis or sentence that happens to contain a date is not the date line.
        guard place.split(separator: " ").count <= 8, !place.hasPrefix("Căn cứ") else { return nil }
        return (place, group(2), group(3), group(4))
    }

    // MARK: - Structure

    static func structural(_ line: String) -> LineKind? {
        let words = line.split(separator: " ", maxSplits: 1)
        guard let first = words.first else { return nil }
        let head = VietnameseText.uppercased(String(first))
        let rest = words.count > 1 ? String(words[1]) : ""
        switch head {
        case "ĐIỀU": return article(rest)
        case "CHƯƠNG": return chapter(rest)
        case "MỤC": return section(rest)
        case "PHẦN": return part(rest)
        default: break
        }
        if let clause = clause(line) { return clause }
        if let point = point(line) { return point }
        if let bullet = bullet(line) { return bullet }
        return nil
    }

    /// "Điều 5. Title", "Điều 5: …", "Điều 39a." → number and the rest of the line.
    static func article(_ rest: String) -> LineKind? {
        guard let range = rest.range(of: #"^(\d{1,4}[a-zđ]?)(\s*[.:]\s*|\s+|$)"#, options: .regularExpression) else { return nil }
        let head = rest[range]
        let number = head.prefix { $0.isNumber || $0.isLetter }
        return .article(number: String(number), rest: String(rest[range.upperBound...]).trimmingCharacters(in: .whitespaces))
    }

    /// "Chương I", "CHƯƠNG I", "Chương I: QUY ĐỊNH CHUNG", "Chương 1", "Chương IVLẬP …".
    static func chapter(_ rest: String) -> LineKind? {
        guard let (number, title, arabic) = headingNumber(rest, roman: true) else { return nil }
        return .chapter(number: number, title: title, arabic: arabic)
    }

    static func section(_ rest: String) -> LineKind? {
        guard let (number, title, _) = headingNumber(rest, roman: false) else { return nil }
        // "Mục 1 Chương II của Luật …" in running text: a real heading's title is in capitals.
        if let title, !VietnameseText.isAllCaps(title) { return nil }
        return .section(number: number, title: title)
    }

    static func part(_ rest: String) -> LineKind? {
        if let (number, title, _) = headingNumber(rest, roman: true) {
            if let title, !VietnameseText.isAllCaps(title) { return nil }
            return .part(number: number, title: title)
        }
        let ordinals = ["THỨ NHẤT": 1, "THỨ HAI": 2, "THỨ BA": 3, "THỨ TƯ": 4, "THỨ NĂM": 5, "THỨ SÁU": 6, "THỨ BẢY": 7, "THỨ TÁM": 8]
        let upper = VietnameseText.uppercased(rest)
        for (word, value) in ordinals where upper.hasPrefix(word) {
            let title = rest.dropFirst(word.count).trimmingCharacters(in: CharacterSet(charactersIn: " .:"))
            return .part(number: value, title: title.isEmpty ? nil : title)
        }
        return nil
    }

    /// The number after Chương, Mục or Phần, then an optional title on the same line.
    private static func headingNumber(_ rest: String, roman: Bool) -> (Int, String?, Bool)? {
        let token = rest.prefix { !$0.isWhitespace && $0 != ":" && $0 != "." && $0 != "-" && $0 != "–" }
        var after = rest.dropFirst(token.count)
        var number: Int?
        var arabic = false
        if let value = Int(token), value > 0 {
            number = value
            arabic = roman
        } else if roman {
            number = RomanNumeral.parse(String(token))
            if number == nil {
                // Glued: "IVLẬP" → IV + "LẬP"; the longest Roman prefix followed by a capital.
                for length in stride(from: min(token.count - 1, 8), through: 1, by: -1) {
                    let prefix = String(token.prefix(length))
                    let remainder = token.dropFirst(length)
                    if let value = RomanNumeral.parse(prefix), let next = remainder.first, next.isUppercase {
                        number = value
                        after = remainder + after
                        break
                    }
                }
            }
        }
        guard let number else { return nil }
        let title = after.trimmingCharacters(in: CharacterSet(charactersIn: " .:-–"))
        return (number, title.isEmpty ? nil : title, arabic)
    }

    /// "1. text", "1) text", "3.1. text", "1.Text" → clause number and text.
    static func clause(_ line: String) -> LineKind? {
        guard let range = line.range(of: #"^(\d{1,3}(\.\d{1,3})?)([.)])(\s+|(?=[^\d\s]))"#, options: .regularExpression) else { return nil }
        let head = line[range]
        let number = head.prefix { $0.isNumber || $0 == "." }.trimmingCharacters(in: CharacterSet(charactersIn: "."))
        let text = line[range.upperBound...].trimmingCharacters(in: .whitespaces)
        // "2025." or "1.000 đồng" at a line start are not clauses.
        guard !number.isEmpty, !(text.first?.isNumber ?? false) else { return nil }
        return .clause(number: String(number), text: text)
    }

    /// "a) text", "- a) text", "đ) text".
    static func point(_ line: String) -> LineKind? {
        var body = Substring(line)
        if let first = body.first, "-–+•".contains(first) { body = body.dropFirst().drop { $0 == " " } }
        guard let range = body.range(of: #"^([a-zđ]{1,2})\)\s*"#, options: .regularExpression) else { return nil }
        let label = body[range].prefix { $0 != ")" }
        return .point(label: String(label), text: String(body[range.upperBound...]).trimmingCharacters(in: .whitespaces))
    }

    /// "- text" (also –, —, *, •, ·, ) at level 1, "+ text" at level 2.
    static func bullet(_ line: String) -> LineKind? {
        guard let first = line.first else { return nil }
        let level: Int
        switch first {
        case "+": level = 2
        case "-", "–", "—", "*", "•", "·", "\u{F0B7}", "\u{F0A7}": level = 1
        default: return nil
        }
        let text = line.dropFirst().trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty, !(text.first == "-") else { return nil }
        return .bullet(level: level, text: text)
    }
}
