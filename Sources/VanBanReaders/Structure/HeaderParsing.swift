import Foundation
import VanBanModel

/// Reads the number, date and "Ban hành kèm theo" lines, and reports the leading zeros
/// Nghị định 30 asks for.
enum HeaderParsing {
    struct ParsedNumber {
        var number: Int?
        var symbol: String?
    }

    /// "257/QĐ-MNTT" → 257, "QĐ-MNTT"; "30/2020/NĐ-CP" → 30, "2020/NĐ-CP"; "142QĐ/TWĐ…" → 142 and the rest.
    static func number(_ raw: String, at location: SourceLocation, into diagnostics: inout [Diagnostic]) -> ParsedNumber {
        let compact = raw.replacingOccurrences(of: " ", with: "").trimmingCharacters(in: CharacterSet(charactersIn: "."))
        let digits = compact.prefix { $0.isNumber }
        guard let value = Int(digits) else { return ParsedNumber(number: nil, symbol: symbolPart(compact)) }
        var rest = compact.dropFirst(digits.count)
        if rest.hasPrefix("/") {
            rest = rest.dropFirst()
        } else if !rest.isEmpty {
            diagnostics.append(Diagnostic(Message.unparsedNumber(raw), at: location))
        }
        if digits.count == 1 {
            diagnostics.append(Diagnostic(Message.numberLeadingZero(written: "Số: \(raw)", expected: "Số: 0\(compact)"), at: location))
        }
        return ParsedNumber(number: value, symbol: rest.isEmpty ? nil : String(rest))
    }

    private static func symbolPart(_ compact: String) -> String? {
        let rest = compact.drop { $0 == "/" || $0 == "…" || $0 == "." }
        return rest.isEmpty ? nil : String(rest)
    }

    /// A date from day, month and year as written; warns about missing or extra leading zeros.
    static func date(day: String, month: String, year: String, written: String, at location: SourceLocation,
                     into diagnostics: inout [Diagnostic]) -> CivilDate? {
        guard let d = Int(day), let m = Int(month), let y = Int(year), let date = CivilDate(year: y, month: m, day: d) else { return nil }
        let expectedDay = DateFormatting.day(d)
        let expectedMonth = DateFormatting.month(m)
        if day != expectedDay || month != expectedMonth {
            diagnostics.append(Diagnostic(Message.dateLeadingZero(written: written, expected: "ngày \(expectedDay) tháng \(expectedMonth) năm \(y)"), at: location))
        }
        return date
    }

    /// What a "(Ban hành kèm theo Quyết định số 257/QĐ-MNTT ngày 07 tháng 10 năm 2025 của …)" line says.
    static func reference(_ line: String, at location: SourceLocation, into diagnostics: inout [Diagnostic]) -> DocumentReference {
        var reference = DocumentReference()
        let text = line.trimmingCharacters(in: CharacterSet(charactersIn: "() "))
        if let range = text.range(of: #"(?i)số\s*:?\s*([0-9…\.]*\s*/\s*[^\s,]+(\s*-\s*[^\s,]+)?)"#, options: .regularExpression) {
            let raw = text[range].replacingOccurrences(of: #"(?i)^số\s*:?\s*"#, with: "", options: .regularExpression)
            var ignored: [Diagnostic] = []
            let parsed = number(raw, at: location, into: &ignored)
            reference.number = parsed.number
            reference.symbol = parsed.symbol
        }
        if let range = text.range(of: #"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})"#, options: .regularExpression) {
            let numbers = text[range].split(whereSeparator: { !$0.isNumber }).map(String.init)
            if numbers.count == 3 {
                reference.date = date(day: numbers[0], month: numbers[1], year: numbers[2], written: String(text[range]), at: location, into: &diagnostics)
            }
        } else if let range = text.range(of: #"ngày\s+(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4})"#, options: .regularExpression) {
            let numbers = text[range].split(whereSeparator: { !$0.isNumber }).map(String.init)
            if numbers.count == 3, let d = Int(numbers[0]), let m = Int(numbers[1]), let y = Int(numbers[2]) {
                reference.date = CivilDate(year: y, month: m, day: d)
            }
        }
        if let range = text.range(of: " của ") {
            reference.issuedBy = String(text[range.upperBound...]).trimmingCharacters(in: .whitespaces)
        }
        let lower = text.lowercased()
        for kind in [DocumentKind.quyetDinh, .nghiQuyet, .nghiDinh, .thongTu] where lower.contains(VietnameseText.lowercased(kind.name) + " số") {
            reference.kind = kind
        }
        return reference
    }
}
