import VanBanModel

/// Numbering checks over a read document: gaps, duplicates and wrong order of chapters,
/// sections, articles, clauses and points; điểm letters outside the Vietnamese order;
/// articles mixing bullets with numbered clauses.
enum ImportChecks {
    static func run(_ document: Document, into diagnostics: inout [Diagnostic]) {
        let body = document.body
        sequence(body.parts.compactMap { part in part.number.map { ($0, part.location) } }, label: "Phần", roman: true, into: &diagnostics)
        sequence(body.allChapters.compactMap { chapter in chapter.number.map { ($0, chapter.location) } }, label: "Chương", roman: true, into: &diagnostics)
        for chapter in body.allChapters {
            sequence(chapter.sections.compactMap { section in section.number.map { ($0, section.location) } }, label: "Mục", roman: false, into: &diagnostics)
        }
        let articles = body.allArticles
        sequence(articles.compactMap { article in Int(article.number).map { ($0, article.location) } }, label: "Điều", roman: false, into: &diagnostics)
        for article in articles {
            let clauseNumbers = article.clauses.compactMap { clause in
                (clause.number.split(separator: ".").last.flatMap { Int($0) }).map { ($0, clause.location) }
            }
            sequence(clauseNumbers, label: "khoản", roman: false, into: &diagnostics)
            points(article.points, into: &diagnostics)
            for clause in article.clauses { points(clause.points, into: &diagnostics) }
            if !article.items.isEmpty, !article.clauses.isEmpty {
                diagnostics.append(Diagnostic(.warning, .mixedBulletsAndClauses, [article.number], at: article.location))
            }
        }
    }

    /// Reports gaps, repeats and reversals in a numbered sequence.
    static func sequence(_ numbers: [(Int, SourceLocation)], label: String, roman: Bool, into diagnostics: inout [Diagnostic]) {
        func show(_ value: Int) -> String { roman ? RomanNumeral.string(value) : String(value) }
        var seen: Set<Int> = []
        var previous: Int?
        for (number, location) in numbers {
            let place: SourceLocation? = location.isKnown ? location : nil
            if seen.contains(number) {
                diagnostics.append(Diagnostic(.warning, .numberingDuplicate, [label, show(number)], at: place))
            } else if let previous, number < previous {
                diagnostics.append(Diagnostic(.warning, .numberingOrder, [label, show(number), show(previous)], at: place))
            } else if let previous, number > previous + 1 {
                let missing = number - previous == 2 ? "\(label) \(show(previous + 1))" : "\(label) \(show(previous + 1))–\(show(number - 1))"
                diagnostics.append(Diagnostic(.warning, .numberingGap, [label, show(number), show(previous), missing], at: place))
            } else if previous == nil, number != 1 {
                let missing = number == 2 ? "\(label) \(show(1))" : "\(label) \(show(1))–\(show(number - 1))"
                diagnostics.append(Diagnostic(.warning, .numberingStart, [label, show(number), missing], at: place))
            }
            seen.insert(number)
            previous = max(previous ?? number, number)
        }
    }

    /// Điểm letters must run a, b, c, d, đ, e, g, h …
    static func points(_ points: [Point], into diagnostics: inout [Diagnostic]) {
        var expected = 0
        for point in points {
            let place: SourceLocation? = point.location.isKnown ? point.location : nil
            guard let index = PointLetters.index(of: point.label) else {
                diagnostics.append(Diagnostic(.warning, .pointLetter, [point.label, ""], at: place))
                continue
            }
            if index != expected {
                let wanted = PointLetters.letter(at: expected)
                diagnostics.append(Diagnostic(.warning, .pointLetter, [point.label, index > expected ? "; expected \"\(wanted))\"" : "; \"\(point.label))\" again or out of order"], at: place))
            }
            expected = index + 1
        }
    }
}
