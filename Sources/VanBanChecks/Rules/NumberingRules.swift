import VanBanModel

/// Numbering of chapters, sections, articles, clauses and points: gaps, repeats, order, the
/// first number, điểm letters in Vietnamese order, bullets mixed with khoản. The importer runs
/// the same rules on what it read (`RuleCatalogue.structureDiagnostics`).
enum NumberingRules {
    static let rules: [Rule] = [
        Rule(.numberingGap, .warning, clause: "PL1 II.6.đ", example: .numberingGap(level: "Điều", number: "3", previous: "1", missing: "Điều 2"),
             check: { only(.numberingGap, $0) }, fix: renumber),
        Rule(.numberingDuplicate, .warning, clause: "PL1 II.6.đ", example: .numberingDuplicate(level: "Điều", number: "2"),
             check: { only(.numberingDuplicate, $0) }, fix: renumber),
        Rule(.numberingOrder, .warning, clause: "PL1 II.6.đ", example: .numberingOrder(level: "khoản", number: "2", previous: "3"),
             check: { only(.numberingOrder, $0) }, fix: renumber),
        Rule(.numberingStart, .warning, clause: "PL1 II.6.đ", example: .numberingStart(level: "Điều", number: "2", missing: "Điều 1"),
             check: { only(.numberingStart, $0) }, fix: renumber),
        Rule(.pointLetter, .warning, clause: "PL1 II.6.đ", example: .pointLetter(letter: "f", .notInSequence),
             check: { only(.pointLetter, $0) }, fix: renumber),
        Rule(.mixedBulletsAndClauses, .warning, clause: "PL1 II.6.đ", example: .mixedBulletsAndClauses(article: "4"),
             check: { only(.mixedBulletsAndClauses, $0) }),
    ]

    private static func only(_ code: MessageCode, _ subject: CheckSubject) -> [Finding] {
        findings(subject.document).filter { $0.code == code }
    }

    /// Every numbering finding of a document (not of its attachments), in reading order.
    static func findings(_ document: Document) -> [Finding] {
        var found: [Finding] = []
        var gatherer = SequenceGatherer()
        document.body.walk(&gatherer)
        sequence(gatherer.parts, label: "Phần", roman: true, into: &found)
        sequence(gatherer.chapters, label: "Chương", roman: true, into: &found)
        for sections in gatherer.sectionsPerChapter { sequence(sections, label: "Mục", roman: false, into: &found) }
        sequence(gatherer.articles, label: "Điều", roman: false, into: &found)
        for article in document.body.allArticles {
            let clauseNumbers = article.clauses.compactMap { clause in
                (clause.number.split(separator: ".").last.flatMap { Int($0) }).map { ($0, clause.location) }
            }
            sequence(clauseNumbers, label: "khoản", roman: false, into: &found)
            points(article.points, into: &found)
            for clause in article.clauses { points(clause.points, into: &found) }
            if !article.items.isEmpty, !article.clauses.isEmpty {
                found.append(Finding(.mixedBulletsAndClauses(article: article.number), at: known(article.location)))
            }
        }
        return found
    }

    private static func known(_ location: SourceLocation) -> SourceLocation? { location.isKnown ? location : nil }

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
    static func sequence(_ numbers: [(Int, SourceLocation)], label: String, roman: Bool, into found: inout [Finding]) {
        func show(_ value: Int) -> String { roman ? RomanNumeral.string(value) : String(value) }
        var seen: Set<Int> = []
        var previous: Int?
        let fix: (Int) -> String? = { label == "khoản" ? "\($0)." : nil }
        for (index, (number, location)) in numbers.enumerated() {
            let place = known(location)
            if seen.contains(number) {
                found.append(Finding(.numberingDuplicate(level: label, number: show(number)), at: place, fix: fix(index + 1)))
            } else if let previous, number < previous {
                found.append(Finding(.numberingOrder(level: label, number: show(number), previous: show(previous)), at: place, fix: fix(index + 1)))
            } else if let previous, number > previous + 1 {
                let missing = number - previous == 2 ? "\(label) \(show(previous + 1))" : "\(label) \(show(previous + 1))–\(show(number - 1))"
                found.append(Finding(.numberingGap(level: label, number: show(number), previous: show(previous), missing: missing), at: place, fix: fix(index + 1)))
            } else if previous == nil, number != 1 {
                let missing = number == 2 ? "\(label) \(show(1))" : "\(label) \(show(1))–\(show(number - 1))"
                found.append(Finding(.numberingStart(level: label, number: show(number), missing: missing), at: place, fix: fix(index + 1)))
            }
            seen.insert(number)
            previous = max(previous ?? number, number)
        }
    }

    /// Điểm letters must run a, b, c, d, đ, e, g, h …
    static func points(_ points: [Point], into found: inout [Finding]) {
        var expected = 0
        for (position, point) in points.enumerated() {
            let place = known(point.location)
            let mend = PointLetters.letter(at: position) + ")"
            guard let index = PointLetters.index(of: point.letter) else {
                found.append(Finding(.pointLetter(letter: point.letter, .notInSequence), at: place, fix: mend))
                continue
            }
            if index != expected {
                let problem: Message.PointLetterProblem = index > expected ? .expected(PointLetters.letter(at: expected)) : .repeatedOrBackwards
                found.append(Finding(.pointLetter(letter: point.letter, problem), at: place, fix: mend))
            }
            expected = index + 1
        }
    }

    /// Renumbers khoản 1, 2, 3 … (plain numbers only) and reletters điểm a, b, c, d, đ …; article
    /// numbers are left alone, since other texts cite them.
    @Sendable static func renumber(_ document: inout Document, _ subject: CheckSubject) -> [Message] {
        var rewriter = Renumberer()
        document.body.rewrite(&rewriter)
        return rewriter.changes
    }

    private struct Renumberer: UnitRewriter {
        var changes: [Message] = []

        mutating func rewrite(_ article: inout Article, at path: UnitPath) {
            let plain = article.clauses.allSatisfy { Int($0.number) != nil }
            if plain {
                for index in article.clauses.indices where article.clauses[index].number != String(index + 1) {
                    let old = article.clauses[index].number
                    article.clauses[index].number = String(index + 1)
                    changes.append(.fixApplied(what: path.appending(.clause(old)).citation, from: old + ".", to: "\(index + 1)."))
                }
            }
            reletter(&article.points, at: path)
            for index in article.clauses.indices {
                reletter(&article.clauses[index].points, at: path.appending(.clause(article.clauses[index].number)))
            }
        }

        private mutating func reletter(_ points: inout [Point], at path: UnitPath) {
            for index in points.indices {
                let letter = PointLetters.letter(at: index)
                if points[index].letter != letter {
                    changes.append(.fixApplied(what: path.appending(.point(points[index].letter)).citation, from: points[index].letter + ")", to: letter + ")"))
                    points[index].letter = letter
                }
            }
        }
    }
}
