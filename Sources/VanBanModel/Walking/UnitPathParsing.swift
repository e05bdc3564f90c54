import Foundation

extension UnitPath {
    /// Reads an anchor id back: "qc-1-dieu-5-khoan-2-diem-dd" → Quy chế 1, Điều 5, khoản 2, điểm đ.
    /// Nil for anything that is not an id this type writes.
    public init?(anchor: String) {
        var words = anchor.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        var attachments: [Attachment] = []
        let stepWords: Set<String> = ["phan", "chuong", "muc", "dieu", "khoan", "diem", "y"]
        // Attachment prefixes: "<kind slug>-<index>-" before the first step word.
        while words.count >= 3, !stepWords.contains(words[0]), let index = Int(words[1]), index > 0 {
            guard let kind = DocumentKind.allCases.first(where: { ($0.abbreviation.map { VietnameseText.asciiSlug($0) } ?? "vb") == words[0] }) else { return nil }
            attachments.append(Attachment(kind: kind, index: index))
            words.removeFirst(2)
        }
        var steps: [Step] = []
        while !words.isEmpty {
            let word = words.removeFirst()
            guard stepWords.contains(word), !words.isEmpty else { return nil }
            // A value is one word ("5", "39a", "3.1", "dd"); an unnumbered chapter's slug may hold
            // dashes and runs up to the next step word.
            var valueWords = [words.removeFirst()]
            while word == "chuong", let next = words.first, !stepWords.contains(next) { valueWords.append(words.removeFirst()) }
            let value = valueWords.joined(separator: "-")
            guard !value.isEmpty else { return nil }
            switch word {
            case "phan": guard let number = Int(value) else { return nil }; steps.append(.part(number))
            case "chuong": steps.append(Int(value).map { .chapter($0) } ?? .chapter(nil, title: value))
            case "muc": guard let number = Int(value) else { return nil }; steps.append(.section(number))
            case "dieu": steps.append(.article(value))
            case "khoan": steps.append(.clause(value))
            case "diem": steps.append(.point(value == "dd" ? "đ" : value))
            default: guard let number = Int(value) else { return nil }; steps.append(.item(number))
            }
        }
        guard !steps.isEmpty else { return nil }
        self.init(attachments: attachments, steps: steps)
    }

    /// Reads a citation back: "điểm a khoản 2 Điều 5", "khoản 3 Điều 39a Quy chế", "Chương II".
    /// Nil for text that is not a citation of a unit. A trailing kind name places the unit in the
    /// first attachment of that kind.
    public init?(citation: String) {
        var words = VietnameseText.normalized(citation).split(whereSeparator: \.isWhitespace).map(String.init)
        guard !words.isEmpty else { return nil }
        var attachments: [Attachment] = []
        // A trailing kind name ("Quy chế", "Quy định") names the attached document.
        for kind in DocumentKind.allCases {
            let nameWords = kind.name.split(separator: " ").map(String.init)
            if words.count > nameWords.count, Array(words.suffix(nameWords.count)).map(VietnameseText.lowercased) == nameWords.map(VietnameseText.lowercased) {
                attachments = [Attachment(kind: kind, index: 1)]
                words.removeLast(nameWords.count)
                break
            }
        }
        guard words.count % 2 == 0 else { return nil }
        var steps: [Step] = []
        for pair in stride(from: 0, to: words.count, by: 2) {
            let word = VietnameseText.lowercased(words[pair]), value = words[pair + 1]
            switch word {
            case "điểm": steps.append(.point(VietnameseText.lowercased(value)))
            case "khoản": steps.append(.clause(value))
            case "điều": steps.append(.article(value))
            case "mục": guard let number = Int(value) else { return nil }; steps.append(.section(number))
            case "chương": guard let number = RomanNumeral.parse(value) ?? Int(value) else { return nil }; steps.append(.chapter(number))
            case "phần": guard let number = RomanNumeral.parse(value) ?? Int(value) else { return nil }; steps.append(.part(number))
            default: return nil
            }
        }
        // Citations run innermost first; paths run from the body down.
        self.init(attachments: attachments, steps: steps.reversed())
    }
}
