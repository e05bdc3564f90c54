import VanBanModel

/// Chapters whose word "Chương" was lost in extraction: "II NHIỆM VỤ VÀ QUYỀN HẠN".
///
/// A Roman numeral and a title in capitals is also how an appendix numbers its parts, so a line
/// is read as a chapter only when an article follows it (directly, or after one more line of the
/// title) and its number continues the chapters before it: the reading with continuous numbering.
enum LostChapterWords {
    static func mark(_ lines: [SourceLine], _ kinds: inout [LineKind], file: String?, into diagnostics: inout [Diagnostic]) {
        var lastChapter = 0
        var previous: LineKind?
        for index in lines.indices where !lines[index].isBlank {
            defer { previous = kinds[index] }
            if case let .chapter(number, _, _) = kinds[index] {
                if let number { lastChapter = number }
                continue
            }
            // A new document (an attached regulation) numbers its chapters afresh; a kind name
            // right under "Chương IX" is that chapter's title.
            if case .kindHeading = kinds[index] {
                if case .chapter = previous {} else { lastChapter = 0 }
                continue
            }
            guard kinds[index] == .text, let (number, title) = candidate(lines[index].text), number == lastChapter + 1,
                  articleFollows(index, lines, kinds, titleOnNextLine: title == nil) else { continue }
            kinds[index] = .chapter(number: number, title: title, arabic: false)
            lastChapter = number
            let line = lines[index]
            diagnostics.append(Diagnostic(Message.chapterWordMissing(written: excerpt(line.text), chapter: RomanNumeral.string(number)),
                                          at: SourceLocation(file: file, line: line.number, column: line.column)))
        }
    }

    /// "II NHIỆM VỤ …", "II. NHIỆM VỤ …" → 2 and the title; a bare "II" → 2 and no title (the
    /// title must then be the next line).
    static func candidate(_ text: String) -> (Int, String?)? {
        let token = text.prefix { $0 != " " && $0 != "." && $0 != ":" }
        guard (1...6).contains(token.count), token.allSatisfy({ "IVXLC".contains($0) }),
              let number = RomanNumeral.parse(String(token)), number <= 50 else { return nil }
        let title = text.dropFirst(token.count).drop { $0 == " " || $0 == "." || $0 == ":" || $0 == "-" || $0 == "–" }
        if title.isEmpty { return (number, nil) }
        guard title.count >= 3, title.contains(where: \.isLetter), VietnameseText.isAllCaps(String(title)) else { return nil }
        return (number, String(title))
    }

    /// True when the next non-blank line is an article, or the title's (second) line and then an article.
    static func articleFollows(_ index: Int, _ lines: [SourceLine], _ kinds: [LineKind], titleOnNextLine: Bool) -> Bool {
        var seenTitleLine = false
        if titleOnNextLine {
            // A bare numeral needs its title in capitals on the next line, then the article.
            guard let next = lines.indices.dropFirst(index + 1).first(where: { !lines[$0].isBlank }),
                  kinds[next] == .text, VietnameseText.isAllCaps(lines[next].text) else { return false }
        }
        var position = index + 1
        while position < lines.count {
            if !lines[position].isBlank {
                if case .article = kinds[position] { return true }
                guard !seenTitleLine, kinds[position] == .text, VietnameseText.isAllCaps(lines[position].text) else { return false }
                seenTitleLine = true
            }
            position += 1
        }
        return false
    }

    static func excerpt(_ text: String) -> String {
        text.count > 60 ? String(text.prefix(60)) + "…" : text
    }
}
