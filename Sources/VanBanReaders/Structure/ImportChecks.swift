import VanBanModel

/// Numbering checks over a read document: gaps, duplicates and wrong order of chapters,
/// sections, articles, clauses and points; điểm letters outside the Vietnamese order;
/// articles mixing bullets with numbered clauses. One walk gathers every sequence.
enum ImportChecks {
    static func run(_ document: Document, into diagnostics: inout [Diagnostic]) {
        var gatherer = SequenceGatherer()
        document.body.walk(&gatherer)
        sequence(gatherer.parts, label: "Phần", roman: true, into: &diagnostics)
        sequence(gatherer.chapters, label: "Chương", roman: true, into: &diagnostics)
        for sections in gatherer.sectionsPerChapter { sequence(sections, label: "Mục", roman: false, into: &diagnostics) }
        sequence(gatherer.articles, label: "Điều", roman: false, into: &diagnostics)
        for article in document.body.allArticles {
            let clauseNumbers = article.clauses.compactMap { clause in
                (clause.number.split(separator: ".").last.flatMap { Int($0) }).map { ($0, clause.location) }
            }
            sequence(clauseNumbers, label: "khoản", roman: false, into: &diagnostics)
            points(article.points, into: &diagnostics)
            for clause in article.clauses { points(clause.points, into: &diagnostics) }
            if !article.items.isEmpty, !article.clauses.isEmpty {
                diagnostics.append(Diagnostic(Message.mixedBulletsAndClauses(article: article.number), at: article.location))
            }
        }
    }

    /// Collects the numbered sequences of a body in reading order.
    private struct SequenceGatherer: UnitVisitor {
        var parts: [(Int, SourceLocation)] = []
        var chapters: [(Int, SourceLocation)] = []
        var sectionsPerChapter: [[(Int, SourceLocation)]] = []
        var articles: [(Int, SourceLocation)] = []

        mutating func visit(_ unit: BodyUnit, at path: UnitPath) -> Descent {
            switch unit {
            case let .part(part):
                if let number = part.number { parts.append((number, part.location)) }
            case let .chapter(chapter):
                if let number = chapter.number { chapters.append((number, chapter.location)) }
                sectionsPerChapter.append(chapter.sections.compactMap { section in section.number.map { ($0, section.location) } })
            case let .article(article):
                if let number = Int(article.number) { articles.append((number, article.location)) }
                return .skipChildren
            case .section, .clause, .point, .item:
                break
            }
            return .children
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
                diagnostics.append(Diagnostic(Message.numberingDuplicate(level: label, number: show(number)), at: place))
            } else if let previous, number < previous {
                diagnostics.append(Diagnostic(Message.numberingOrder(level: label, number: show(number), previous: show(previous)), at: place))
            } else if let previous, number > previous + 1 {
                let missing = number - previous == 2 ? "\(label) \(show(previous + 1))" : "\(label) \(show(previous + 1))–\(show(number - 1))"
                diagnostics.append(Diagnostic(Message.numberingGap(level: label, number: show(number), previous: show(previous), missing: missing), at: place))
            } else if previous == nil, number != 1 {
                let missing = number == 2 ? "\(label) \(show(1))" : "\(label) \(show(1))–\(show(number - 1))"
                diagnostics.append(Diagnostic(Message.numberingStart(level: label, number: show(number), missing: missing), at: place))
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
            guard let index = PointLetters.index(of: point.letter) else {
                diagnostics.append(Diagnostic(Message.pointLetter(letter: point.letter, .notInSequence), at: place))
                continue
            }
            if index != expected {
                let problem: Message.PointLetterProblem = index > expected ? .expected(PointLetters.letter(at: expected)) : .repeatedOrBackwards
                diagnostics.append(Diagnostic(Message.pointLetter(letter: point.letter, problem), at: place))
            }
            expected = index + 1
        }
    }
}
