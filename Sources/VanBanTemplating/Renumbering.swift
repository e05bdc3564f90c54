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

    /// Renumbers the document in place and records the old → new maps.
    mutating func renumber(_ document: inout Document) {
        var nextArticle = 1
        var chapterNumber = 0
        func renumberArticles(_ list: inout [Article]) {
            for index in list.indices {
                let old = list[index].number
                let new = String(nextArticle)
                nextArticle += 1
                articles[old] = new
                list[index].number = new
                for clauseIndex in list[index].clauses.indices {
                    let oldClause = list[index].clauses[clauseIndex].number
                    let newClause = String(clauseIndex + 1)
                    clauses["\(old)/\(oldClause)"] = newClause
                    list[index].clauses[clauseIndex].number = newClause
                    relabel(&list[index].clauses[clauseIndex].points, key: "\(old)/\(oldClause)")
                }
                relabel(&list[index].points, key: "\(old)/")
            }
        }
        func relabel(_ list: inout [Point], key: String) {
            for index in list.indices {
                let new = PointLetters.letter(at: index)
                points["\(key)/\(list[index].label)"] = new
                list[index].label = new
            }
        }
        func renumberChapters(_ list: inout [Chapter]) {
            for index in list.indices {
                if list[index].number != nil {
                    chapterNumber += 1
                    list[index].number = chapterNumber
                }
                renumberArticles(&list[index].articles)
                for sectionIndex in list[index].sections.indices {
                    list[index].sections[sectionIndex].number = sectionIndex + 1
                    renumberArticles(&list[index].sections[sectionIndex].articles)
                }
            }
        }
        renumberArticles(&document.body.articles)
        for index in document.body.sections.indices {
            document.body.sections[index].number = index + 1
            renumberArticles(&document.body.sections[index].articles)
        }
        renumberChapters(&document.body.chapters)
        for index in document.body.parts.indices {
            document.body.parts[index].number = index + 1
            renumberArticles(&document.body.parts[index].articles)
            renumberChapters(&document.body.parts[index].chapters)
        }
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
            // "Điều này" alone needs nothing; a numbered article must still exist.
            var replacement = ""
            if articleText == "này" {
                guard clause != nil else { continue }
            } else {
                guard let newArticle = articles[oldArticle] else {
                    errors.append(Diagnostic(.error, .brokenReference, [ns.substring(with: match.range), place]))
                    continue
                }
                replacement = "Điều \(newArticle)"
            }
            if let clause {
                guard let newClause = clauses["\(oldArticle)/\(clause)"] else {
                    errors.append(Diagnostic(.error, .brokenReference, [ns.substring(with: match.range), place]))
                    continue
                }
                replacement = "khoản \(newClause) " + (articleText == "này" ? "Điều này" : replacement)
                if let letter {
                    guard let newLetter = points["\(oldArticle)/\(clause)/\(letter)"] else {
                        errors.append(Diagnostic(.error, .brokenReference, [ns.substring(with: match.range), place]))
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

    /// Rewrites every text of a document; the article numbers passed are the old ones.
    mutating func rewriteReferences(in document: inout Document, oldNumbers: [String]) {
        var position = 0
        func visit(_ article: inout Article) {
            let old = position < oldNumbers.count ? oldNumbers[position] : article.number
            position += 1
            let place = "Điều \(article.number)"
            article.title = article.title.map { rewrite($0, here: old, place: place) }
            article.paragraphs = article.paragraphs.map { rewrite($0, here: old, place: place) }
            for index in article.points.indices { rewritePoint(&article.points[index], old, place) }
            article.items = article.items.map { rewriteItem($0, old, place) }
            for index in article.clauses.indices {
                let clausePlace = "khoản \(article.clauses[index].number) \(place)"
                article.clauses[index].title = article.clauses[index].title.map { rewrite($0, here: old, place: clausePlace) }
                article.clauses[index].text = article.clauses[index].text.map { rewrite($0, here: old, place: clausePlace) }
                article.clauses[index].paragraphs = article.clauses[index].paragraphs.map { rewrite($0, here: old, place: clausePlace) }
                for point in article.clauses[index].points.indices { rewritePoint(&article.clauses[index].points[point], old, clausePlace) }
                article.clauses[index].items = article.clauses[index].items.map { rewriteItem($0, old, clausePlace) }
            }
        }
        func visitArticles(_ list: inout [Article]) { for index in list.indices { visit(&list[index]) } }
        visitArticles(&document.body.articles)
        for index in document.body.sections.indices { visitArticles(&document.body.sections[index].articles) }
        func visitChapters(_ list: inout [Chapter]) {
            for index in list.indices {
                visitArticles(&list[index].articles)
                for section in list[index].sections.indices { visitArticles(&list[index].sections[section].articles) }
            }
        }
        visitChapters(&document.body.chapters)
        for index in document.body.parts.indices {
            visitArticles(&document.body.parts[index].articles)
            visitChapters(&document.body.parts[index].chapters)
        }
        document.recipients = document.recipients.map { rewrite($0, here: nil, place: "nơi nhận") }
    }

    private mutating func rewritePoint(_ point: inout Point, _ old: String, _ place: String) {
        point.text = rewrite(point.text, here: old, place: place)
        point.paragraphs = point.paragraphs.map { rewrite($0, here: old, place: place) }
        point.items = point.items.map { rewriteItem($0, old, place) }
    }

    private mutating func rewriteItem(_ item: Item, _ old: String, _ place: String) -> Item {
        Item(rewrite(item.text, here: old, place: place), items: item.items.map { rewriteItem($0, old, place) })
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
