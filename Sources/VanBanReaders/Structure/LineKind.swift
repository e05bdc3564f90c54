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
        guard let first = line.first else { return .blank }
        // Most lines are body text: look at the first letter before anything costly.
        if first == "C" || first == "c" {
            if line.hasPrefix("CỘNG HÒA XÃ HỘI CHỦ NGHĨA") || line.hasPrefix("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA") || line.hasPrefix("Cộng hòa xã hội chủ nghĩa") {
                return .nationalTitle(motto: line.containsBytes("Độc lập") || line.containsBytes("ĐỘC LẬP"))
            }
        }
        if first == "Đ" || first == "đ", line.hasPrefix("Độc lập") || line.hasPrefix("ĐỘC LẬP"), line.containsBytes("Tự do") || line.containsBytes("TỰ DO") {
            return .motto
        }
        if first == "S" || first == "L", let number = numberLine(line) { return .numberLine(number) }
        if line.utf8.count < 200, line.containsBytes("ngày"), line.containsBytes("năm"), let date = dateLine(line) { return .dateLine(place: date.0, day: date.1, month: date.2, year: date.3) }
        if first == "N", line.hasPrefix("Nơi nhận") || line.hasPrefix("NƠI NHẬN") {
            let rest = line.drop { $0 != ":" }.dropFirst().trimmingCharacters(in: .whitespaces)
            return .recipientsHeading(rest: rest)
        }
        if line.utf8.count <= 120, VietnameseText.isAllCaps(line) {
            let bare = String(line.reversed().drop { $0 == " " || $0 == "." || $0 == ":" }.reversed())
            if bare == "QUYẾT ĐỊNH" || bare == "QUYẾT NGHỊ", line.hasSuffix(":") { return .decides }
            if let kind = headingKinds[bare] { return .kindHeading(kind) }
            // "NGHỊ ĐỊNH CỦA CHÍNH PHỦ": older documents name the issuer in the heading.
            if let range = bare.range(of: " CỦA "), let kind = headingKinds[String(bare[..<range.lowerBound])], bare.split(separator: " ").count <= 10 {
                return .kindHeading(kind)
            }
        }
        if first == "(", line.hasPrefix("(Ban hành kèm theo") || line.hasPrefix("(Kèm theo") || line.hasPrefix("(ban hành kèm theo") {
            return .attachmentLine
        }
        if first == "C" || first == "T" || first == "X" {
            for prefix in ["Căn cứ", "Theo đề nghị", "Xét đề nghị", "Xét yêu cầu", "Xét tình hình", "Xét "] where line.hasPrefix(prefix) {
                return .basis
            }
        }
        if "“\"'‘«".contains(first) {
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

    /// Compiled once: compiling a pattern costs more than matching a whole file.
    nonisolated(unsafe) static let dateRegex = try? NSRegularExpression(
        pattern: #"^(?:(.{1,60}?),\s*)?ngày\s+(\d{1,2}|\.+|…+|\s*)\s*tháng\s*(\d{1,2}|\.+|…+|\s*)\s*năm\s+(\d{4})\.?$"#)

    /// "Số: 257/QĐ-MNTT", "Luật số: 46/2019/QH14" → the text after the colon.
    static func numberLine(_ line: String) -> String? {
        var rest = Substring(line)
        for prefix in ["Luật ", "Lệnh "] where rest.hasPrefix(prefix) { rest = rest.dropFirst(prefix.count).drop { $0 == " " } }
        guard rest.hasPrefix("Số") || rest.hasPrefix("số") || rest.hasPrefix("SỐ") else { return nil }
        rest = rest.dropFirst(2).drop { $0 == " " }
        guard rest.first == ":" else { return nil }
        let value = rest.dropFirst().trimmingCharacters(in: .whitespaces)
        guard let first = value.first, first.isNumber || first == "/" || first == "." || first == "…" else { return nil }
        return value
    }

    /// "Hoa Lư, ngày 07 tháng 10 năm 2025" → place and the three numbers as written.
    static func dateLine(_ line: String) -> (String, String, String, String)? {
        guard let regex = dateRegex else { return nil }
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
        if first.count <= 6, let initial = first.first, "ĐđCcMmPp".contains(initial) {
            let head = VietnameseText.uppercased(String(first))
            let rest = words.count > 1 ? String(words[1]) : ""
            switch head {
            case "ĐIỀU": return article(rest)
            case "CHƯƠNG": return chapter(rest)
            case "MỤC": return section(rest)
            case "PHẦN": return part(rest)
            default: break
            }
        }
        if let clause = clause(line) {
            // "1. Điều 1. Phạm vi …": a list number that repeats the article's own number.
            if case let .clause(number, text) = clause, text.hasPrefix("Điều \(number)."),
               case let .article(articleNumber, rest)? = structural(text), articleNumber == number {
                return .article(number: articleNumber, rest: rest)
            }
            return clause
        }
        if let point = point(line) { return point }
        if let bullet = bullet(line) { return bullet }
        return nil
    }

    /// "Điều 5. Title", "Điều 5: …", "Điều 39a." → number and the rest of the line.
    static func article(_ rest: String) -> LineKind? {
        let digits = rest.prefix { $0.isASCII && $0.isNumber }
        guard (1...4).contains(digits.count) else { return nil }
        var after = rest.dropFirst(digits.count)
        var number = String(digits)
        // "39a": one lowercase letter glued to the number, then a separator.
        if let letter = after.first, letter.isLowercase, letter.isLetter, after.dropFirst().first.map({ $0 == "." || $0 == ":" || $0 == " " }) ?? true {
            number.append(letter)
            after = after.dropFirst()
        }
        guard after.isEmpty || after.first == "." || after.first == ":" || after.first == " " else { return nil }
        let text = after.drop { $0 == "." || $0 == ":" || $0 == " " }
        return .article(number: number, rest: text.trimmedSpaces())
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
        guard let first = line.first, first.isASCII, first.isNumber else { return nil }
        let major = line.prefix { $0.isASCII && $0.isNumber }
        guard major.count <= 3 else { return nil }
        var after = line.dropFirst(major.count)
        var number = String(major)
        // "3.1." sub-numbered clauses.
        if after.first == ".", let digit = after.dropFirst().first, digit.isASCII, digit.isNumber {
            let minor = after.dropFirst().prefix { $0.isASCII && $0.isNumber }
            let rest = after.dropFirst(1 + minor.count)
            if minor.count <= 3, rest.first == "." || rest.first == ")" {
                number += "." + minor
                after = rest
            }
        }
        guard let mark = after.first, mark == "." || mark == ")" else { return nil }
        let text = after.dropFirst().trimmedSpaces()
        // "2025." or "1.000 đồng" at a line start are not clauses.
        guard !(text.first?.isNumber ?? false) else { return nil }
        return .clause(number: number, text: text)
    }

    /// "a) text", "- a) text", "đ) text".
    static func point(_ line: String) -> LineKind? {
        var body = Substring(line)
        if let first = body.first, "-–+•".contains(first) { body = body.dropFirst().drop { $0 == " " } }
        let letters = body.prefix { $0.isLowercase && $0.isLetter && ($0.isASCII || $0 == "đ") }
        guard (1...2).contains(letters.count), body.dropFirst(letters.count).first == ")" else { return nil }
        return .point(label: String(letters), text: body.dropFirst(letters.count + 1).trimmedSpaces())
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
        let text = line.dropFirst().trimmedSpaces()
        guard !text.isEmpty, !(text.first == "-") else { return nil }
        return .bullet(level: level, text: text)
    }
}
