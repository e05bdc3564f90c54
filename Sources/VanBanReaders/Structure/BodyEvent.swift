import VanBanModel

/// A piece of the normative body in reading order; `BodyAssembly` nests them into the tree.
enum BodyEvent {
    case part(number: Int?, title: String?, at: SourceLocation)
    case chapter(number: Int?, title: String?, at: SourceLocation)
    case section(number: Int?, title: String?, at: SourceLocation)
    case article(number: String, title: String?, text: String?, at: SourceLocation)
    case clause(number: String, title: String?, text: String, at: SourceLocation)
    case point(label: String, text: String, at: SourceLocation)
    case bullet(level: Int, text: String, at: SourceLocation)
    case paragraph(String, at: SourceLocation)

    var isHeading: Bool {
        switch self {
        case .part, .chapter, .section: true
        default: false
        }
    }

    /// Appends wrapped text (a line that continues the sentence above it).
    mutating func append(_ more: String) {
        func join(_ text: String?) -> String { [text, more].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ") }
        switch self {
        case let .part(number, title, at): self = .part(number: number, title: join(title), at: at)
        case let .chapter(number, title, at): self = .chapter(number: number, title: join(title), at: at)
        case let .section(number, title, at): self = .section(number: number, title: join(title), at: at)
        case let .article(number, title, text, at):
            if text == nil, let title { self = .article(number: number, title: join(title), text: nil, at: at) } else {
                self = .article(number: number, title: title, text: join(text), at: at)
            }
        case let .clause(number, title, text, at): self = .clause(number: number, title: title, text: join(text), at: at)
        case let .point(label, text, at): self = .point(label: label, text: join(text), at: at)
        case let .bullet(level, text, at): self = .bullet(level: level, text: join(text), at: at)
        case let .paragraph(text, at): self = .paragraph(join(text), at: at)
        }
    }

    /// The text that a final "./." would end.
    var trailingText: String? {
        switch self {
        case let .article(_, title, text, _): text ?? title
        case let .clause(_, _, text, _): text
        case let .point(_, text, _), let .bullet(_, text, _), let .paragraph(text, _): text
        default: nil
        }
    }

    mutating func replaceTrailingText(_ new: String) {
        switch self {
        case let .article(number, title, text, at):
            if text != nil { self = .article(number: number, title: title, text: new, at: at) } else {
                self = .article(number: number, title: new, text: nil, at: at)
            }
        case let .clause(number, title, _, at): self = .clause(number: number, title: title, text: new, at: at)
        case let .point(label, _, at): self = .point(label: label, text: new, at: at)
        case let .bullet(level, _, at): self = .bullet(level: level, text: new, at: at)
        case let .paragraph(_, at): self = .paragraph(new, at: at)
        default: break
        }
    }
}

/// Nests body events: parts hold chapters, chapters sections, sections articles; inside an
/// article, text goes to the deepest open point, clause or the article itself.
enum BodyAssembly {
    static func assemble(_ events: [BodyEvent]) -> Body {
        var body = Body()
        var partIndex: Int?
        var chapterIndex: Int?
        var sectionIndex: Int?

        func withChapters(_ change: (inout [Chapter]) -> Void) {
            if let partIndex { change(&body.parts[partIndex].chapters) } else { change(&body.chapters) }
        }
        func withArticles(_ change: (inout [Article]) -> Void) {
            if let sectionIndex {
                if let chapterIndex {
                    withChapters { change(&$0[chapterIndex].sections[sectionIndex].articles) }
                } else {
                    change(&body.sections[sectionIndex].articles)
                }
            } else if let chapterIndex {
                withChapters { change(&$0[chapterIndex].articles) }
            } else if let partIndex {
                change(&body.parts[partIndex].articles)
            } else {
                change(&body.articles)
            }
        }
        var hasArticle = false
        func withLastArticle(_ change: (inout Article) -> Void) {
            withArticles { articles in
                if articles.isEmpty { return }
                change(&articles[articles.count - 1])
            }
        }
        func headingParagraph(_ text: String) {
            if let sectionIndex {
                if let chapterIndex { withChapters { $0[chapterIndex].sections[sectionIndex].paragraphs.append(text) } } else {
                    body.sections[sectionIndex].paragraphs.append(text)
                }
            } else if let chapterIndex {
                withChapters { $0[chapterIndex].paragraphs.append(text) }
            } else if let partIndex {
                body.parts[partIndex].paragraphs.append(text)
            } else {
                body.paragraphs.append(text)
            }
        }

        for event in events {
            switch event {
            case let .part(number, title, at):
                body.parts.append(Part(number: number, title: title, location: at))
                partIndex = body.parts.count - 1
                chapterIndex = nil; sectionIndex = nil; hasArticle = false
            case let .chapter(number, title, at):
                withChapters { $0.append(Chapter(number: number, title: title, location: at)) }
                chapterIndex = (partIndex.map { body.parts[$0].chapters.count } ?? body.chapters.count) - 1
                sectionIndex = nil; hasArticle = false
            case let .section(number, title, at):
                let section = Section(number: number, title: title, location: at)
                if let chapterIndex {
                    withChapters { $0[chapterIndex].sections.append(section) }
                    withChapters { sectionIndex = $0[chapterIndex].sections.count - 1 }
                } else {
                    body.sections.append(section)
                    sectionIndex = body.sections.count - 1
                }
                hasArticle = false
            case let .article(number, title, text, at):
                withArticles { $0.append(Article(number: number, title: title, paragraphs: text.map { [$0] } ?? [], location: at)) }
                hasArticle = true
            case let .clause(number, title, text, at):
                guard hasArticle else { headingParagraph("\(number). \(text)"); continue }
                withLastArticle { $0.clauses.append(Clause(number: number, title: title, text: text.isEmpty ? nil : text, location: at)) }
            case let .point(label, text, at):
                guard hasArticle else { headingParagraph("\(label)) \(text)"); continue }
                let point = Point(letter: label, text: text, location: at)
                withLastArticle { article in
                    if article.clauses.isEmpty { article.points.append(point) } else { article.clauses[article.clauses.count - 1].points.append(point) }
                }
            case let .bullet(level, text, _):
                guard hasArticle else { headingParagraph("- \(text)"); continue }
                withLastArticle { article in addBullet(level: level, text: text, to: &article) }
            case let .paragraph(text, _):
                guard hasArticle else { headingParagraph(text); continue }
                withLastArticle { article in
                    if var clause = article.clauses.popLast() {
                        // A titled khoản's text is the line under its heading.
                        if clause.title != nil, clause.text == nil, clause.points.isEmpty, clause.items.isEmpty, clause.paragraphs.isEmpty {
                            clause.text = text
                        } else if var point = clause.points.popLast() {
                            point.paragraphs.append(text)
                            clause.points.append(point)
                        } else {
                            clause.paragraphs.append(text)
                        }
                        article.clauses.append(clause)
                    } else if var point = article.points.popLast() {
                        point.paragraphs.append(text)
                        article.points.append(point)
                    } else {
                        article.paragraphs.append(text)
                    }
                }
            }
        }
        return body
    }

    /// A bullet goes to the deepest open point or clause; "+" nests under the last "-".
    private static func addBullet(level: Int, text: String, to article: inout Article) {
        func add(_ items: inout [Item]) {
            if level == 2, !items.isEmpty { items[items.count - 1].items.append(Item(text)) } else { items.append(Item(text)) }
        }
        if var clause = article.clauses.popLast() {
            if var point = clause.points.popLast() {
                add(&point.items)
                clause.points.append(point)
            } else {
                add(&clause.items)
            }
            article.clauses.append(clause)
        } else if var point = article.points.popLast() {
            add(&point.items)
            article.points.append(point)
        } else {
            add(&article.items)
        }
    }
}
