import VanBanModel

/// Lays out the body: labels ("Chương I", "Điều 5.", "1.", "a)", "-", "+"), anchors, and the
/// "./." after the last article.
struct BodyLayout {
    let prefix: String
    private(set) var blocks: [Block] = []
    /// Index of the last block written for an article, where "./." goes.
    private var lastArticleBlock: Int?

    init(prefix: String) { self.prefix = prefix }

    mutating func layout(_ body: Body) {
        blocks += body.paragraphs.map { Block(.paragraph, $0) }
        body.walk(&self)
    }

    /// The blocks, with the final mark appended to the last article's last text.
    func finishedBlocks() -> [Block] {
        guard let index = lastArticleBlock else { return blocks }
        var result = blocks
        var block = result[index]
        if var last = block.runs.popLast() {
            last.text = VietnameseText.strippingTrailingPunctuation(last.text) + DocumentLayout.finalMark
            block.runs.append(last)
        }
        result[index] = block
        return result
    }

}

/// The layout is a walk: each unit adds its own blocks on the way down, so children follow in
/// reading order; leaving an article marks where "./." may go.
extension BodyLayout: UnitVisitor {
    mutating func visit(_ unit: BodyUnit, at path: UnitPath) -> Descent {
        let anchor = prefix + path.anchor
        switch unit {
        case let .part(part):
            blocks.append(Block(.partLabel, part.number.map { "Phần \(RomanNumeral.string($0))" } ?? "Phần", anchor: part.number == nil ? nil : anchor, level: 1))
            if let title = part.title { blocks.append(Block(.partTitle, VietnameseText.uppercased(title), level: 1)) }
            blocks += part.paragraphs.map { Block(.paragraph, $0) }
        case let .chapter(chapter):
            if let number = chapter.number {
                blocks.append(Block(.chapterLabel, "Chương \(RomanNumeral.string(number))", anchor: anchor, level: 2))
                if let title = chapter.title { blocks.append(Block(.chapterTitle, VietnameseText.uppercased(title), level: 2)) }
            } else if let title = chapter.title {
                // An unnumbered heading that still groups articles: the title alone, in the chapter's place.
                blocks.append(Block(.chapterTitle, VietnameseText.uppercased(title), anchor: anchor, level: 2))
            }
            blocks += chapter.paragraphs.map { Block(.paragraph, $0) }
        case let .section(section):
            blocks.append(Block(.sectionLabel, section.number.map { "Mục \($0)" } ?? "Mục", anchor: section.number == nil ? nil : anchor, level: 3))
            if let title = section.title { blocks.append(Block(.sectionTitle, VietnameseText.uppercased(title), level: 3)) }
            blocks += section.paragraphs.map { Block(.paragraph, $0) }
        case let .article(article):
            var paragraphs = article.paragraphs[...]
            var runs = [Run(article.label, emphasised: true)]
            // A titled article's heading stays with what follows; an untitled one carries its own text.
            var role = BlockRole.articleHeading
            if let title = article.title {
                runs.append(Run(" " + title, emphasised: true))
            } else if let first = paragraphs.popFirst() {
                runs.append(Run(" " + first))
                role = .articleText
            }
            blocks.append(Block(role, runs, anchor: anchor, level: 4))
            blocks += paragraphs.map { Block(.paragraph, $0) }
        case let .clause(clause):
            if let title = clause.title {
                blocks.append(Block(.clauseHeading, [Run("\(clause.label) \(title)", emphasised: true)], anchor: anchor, level: 5))
                if let text = clause.text { blocks.append(Block(.paragraph, text)) }
            } else {
                blocks.append(Block(.clause, "\(clause.label) \(clause.text ?? "")".trimmingSuffixSpaces, anchor: anchor, level: 5))
            }
            blocks += clause.paragraphs.map { Block(.paragraph, $0) }
        case let .point(point):
            blocks.append(Block(.point, "\(point.label) \(point.text)".trimmingSuffixSpaces, anchor: anchor, level: 6))
            blocks += point.paragraphs.map { Block(.paragraph, $0) }
        case let .item(item):
            // Two bullet levels are printed: "-" and "+" below it.
            let depth = path.steps.reduce(0) { count, step in if case .item = step { count + 1 } else { count } }
            blocks.append(Block(depth == 1 ? .item : .subItem, (depth == 1 ? "- " : "+ ") + item.text))
            return depth == 1 ? .children : .skipChildren
        }
        return .children
    }

    mutating func leave(_ unit: BodyUnit, at path: UnitPath) {
        if case .article = unit { lastArticleBlock = blocks.count - 1 }
    }
}

extension String {
    var trimmingSuffixSpaces: String {
        var result = self
        while result.last == " " { result.removeLast() }
        return result
    }
}
