import Foundation
import VanBanModel

/// Renumbers a document after optional parts were left out, so chapters, sections, articles,
/// clauses and points run without gaps, and rewrites the cross-references in its text
/// ("Điều 7", "khoản 2 Điều 5", "điểm a khoản 2 Điều 5", "khoản 3 Điều này") to follow them.
struct Renumbering {
    /// Old article number → new.
    private(set) var articles: [String: String] = [:]
    /// (old article, old clause) → new clause.
    private(set) var clauses: [String: String] = [:]
    /// (old article, old clause, old letter) → new letter.
    private(set) var points: [String: String] = [:]
    var errors: [Diagnostic] = []
    /// Profile texts inside which nothing is rewritten: user data is never renumbered.
    var protected: Set<String> = []

    /// Gives new numbers in reading order and records old → new; a rewriter over the body.
    private struct Numberer: UnitRewriter {
        var renumbering: Renumbering
        var nextArticle = 1
        var nextChapter = 0
        var nextPart = 0
        /// Mục count per container (the body, or a chapter).
        var nextSection: [Int: Int] = [:]
        var currentChapter = -1
        /// Counts every chapter, numbered or not, so each has its own Mục count.
        var chapterSerial = 0
        /// The old number of the article being numbered.
        var oldArticle = ""
        var oldClause = ""

        mutating func rewrite(_ part: inout Part, at path: UnitPath) {
            nextPart += 1
            part.number = nextPart
        }

        mutating func rewrite(_ chapter: inout Chapter, at path: UnitPath) {
            chapterSerial += 1
            currentChapter = chapterSerial
            guard chapter.number != nil else { return }
            nextChapter += 1
            chapter.number = nextChapter
        }

        mutating func rewrite(_ section: inout Section, at path: UnitPath) {
            // Mục restart in each chapter; those directly under the body share one count.
            let container = path.steps.contains { if case .chapter = $0 { true } else { false } } ? currentChapter : -1
            nextSection[container, default: 0] += 1
            section.number = nextSection[container]
        }

        mutating func rewrite(_ article: inout Article, at path: UnitPath) {
            oldArticle = article.number
            let new = String(nextArticle)
            nextArticle += 1
            renumbering.articles[oldArticle] = new
            article.number = new
            // Clause numbers and point letters are given here, where their old values are still known.
            for index in article.clauses.indices {
                let old = article.clauses[index].number
                let newClause = String(index + 1)
                renumbering.clauses["\(oldArticle)/\(old)"] = newClause
                article.clauses[index].number = newClause
                relabel(&article.clauses[index].points, key: "\(oldArticle)/\(old)")
            }
            relabel(&article.points, key: "\(oldArticle)/")
        }

        private mutating func relabel(_ list: inout [Point], key: String) {
            for index in list.indices {
                let new = PointLetters.letter(at: index)
                renumbering.points["\(key)/\(list[index].letter)"] = new
                list[index].letter = new
            }
        }
    }

    /// Renumbers the document's own body in place and records the old → new maps.
    mutating func renumber(_ document: inout Document) {
        var numberer = Numberer(renumbering: self)
        document.body.rewrite(&numberer)
        self = numberer.renumbering
    }

    // MARK: - References

    /// "điểm a khoản 2 Điều 5", "khoản 2 Điều 5", "khoản 2 Điều này", "Điều 5"; not when "của …"
    /// names another document right after.
    nonisolated(unsafe) private static let pattern = try! NSRegularExpression(
        pattern: #"(?:điểm\s+([a-zđ]{1,2})\s+)?(?:khoản\s+(\d+)\s+)?Điều\s+(\d+[a-zđ]?|này)(?!\s+(?:của|Luật|Nghị định|Thông tư|Điều lệ|Bộ luật))"#)

    /// Rewrites the references in a text; `here` is the old number of the article the text is in.
    mutating func rewrite(_ text: String, here: String?, place: String) -> String {
        let ns = text as NSString
        var result = text
        let matches = Self.pattern.matches(in: text, range: NSRange(location: 0, length: ns.length))
        let shielded = protected.filter { text.contains($0) }.flatMap { value in
            var ranges: [NSRange] = []
            var search = NSRange(location: 0, length: ns.length)
            while case let found = ns.range(of: value, options: [], range: search), found.location != NSNotFound {
                ranges.append(found)
                search = NSRange(location: found.location + max(found.length, 1), length: ns.length - found.location - max(found.length, 1))
            }
            return ranges
        }
        for match in matches.reversed() where !shielded.contains(where: { NSIntersectionRange($0, match.range).length > 0 }) {
            func group(_ index: Int) -> String? {
                let range = match.range(at: index)
                return range.location == NSNotFound ? nil : ns.substring(with: range)
            }
            let letter = group(1), clause = group(2), articleText = group(3)
            guard let articleText else { continue }
            let oldArticle = articleText == "này" ? here : articleText
            guard let oldArticle else { continue }
            let broken = Diagnostic(Message.brokenReference(reference: ns.substring(with: match.range), place: place))
            // "Điều này" alone needs nothing; a numbered article must still exist.
            var replacement = ""
            if articleText == "này" {
                guard clause != nil else { continue }
            } else {
                guard let newArticle = articles[oldArticle] else {
                    errors.append(broken)
                    continue
                }
                replacement = "Điều \(newArticle)"
            }
            if let clause {
                guard let newClause = clauses["\(oldArticle)/\(clause)"] else {
                    errors.append(broken)
                    continue
                }
                replacement = "khoản \(newClause) " + (articleText == "này" ? "Điều này" : replacement)
                if let letter {
                    guard let newLetter = points["\(oldArticle)/\(clause)/\(letter)"] else {
                        errors.append(broken)
                        continue
                    }
                    replacement = "điểm \(newLetter) " + replacement
                }
            } else if let letter {
                replacement = "điểm \(letter) " + replacement
            }
            guard let range = Range(match.range, in: result) else { continue }
            result.replaceSubrange(range, with: replacement)
        }
        return result
    }

    /// Rewrites every text of a document; the article numbers passed are the old ones, in reading order.
    mutating func rewriteReferences(in document: inout Document, oldNumbers: [String]) {
        // New article number → old, so a text's "Điều này" resolves against the numbering it was written in.
        let oldByNew = Dictionary(zip(document.body.allArticles.map(\.number), oldNumbers), uniquingKeysWith: { first, _ in first })
        var copy = self
        var rewriter = TextRewriter { text, path in
            // The place is cited by the unit's new path, down to its clause.
            let place = UnitPath(steps: path.steps.filter {
                switch $0 {
                case .article, .clause: true
                default: false
                }
            }).citation
            return copy.rewrite(text, here: path.article.flatMap { oldByNew[$0] }, place: place)
        }
        document.body.rewrite(&rewriter)
        document.recipients = document.recipients.map { copy.rewrite($0, here: nil, place: "nơi nhận") }
        self = copy
    }

    /// Renumbers and rewrites one document (the decision, or one attached regulation).
    static func apply(to document: inout Document, protecting profileTexts: Set<String> = []) -> [Diagnostic] {
        var renumbering = Renumbering()
        renumbering.protected = profileTexts
        let oldNumbers = document.allArticles.map(\.number)
        renumbering.renumber(&document)
        renumbering.rewriteReferences(in: &document, oldNumbers: oldNumbers)
        return renumbering.errors
    }
}
