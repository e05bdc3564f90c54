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
        body.articles.forEach { article($0) }
        body.sections.forEach { section($0) }
        body.chapters.forEach { chapter($0) }
        body.parts.forEach { part($0) }
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

    private mutating func part(_ part: Part) {
        let anchor = part.number.map { "\(prefix)phan-\($0)" }
        blocks.append(Block(.partLabel, part.number.map { "Phần \(RomanNumeral.string($0))" } ?? "Phần", anchor: anchor, level: 1))
        if let title = part.title { blocks.append(Block(.partTitle, VietnameseText.uppercased(title), level: 1)) }
        blocks += part.paragraphs.map { Block(.paragraph, $0) }
        part.articles.forEach { article($0) }
        part.chapters.forEach { chapter($0) }
    }

    private mutating func chapter(_ chapter: Chapter) {
        if let number = chapter.number {
            blocks.append(Block(.chapterLabel, "Chương \(RomanNumeral.string(number))", anchor: "\(prefix)chuong-\(number)", level: 2))
            if let title = chapter.title { blocks.append(Block(.chapterTitle, VietnameseText.uppercased(title), level: 2)) }
        } else if let title = chapter.title {
            // An unnumbered heading that still groups articles: the title alone, in the chapter's place.
            blocks.append(Block(.chapterTitle, VietnameseText.uppercased(title), anchor: "\(prefix)chuong-\(VietnameseText.asciiSlug(title))", level: 2))
        }
        blocks += chapter.paragraphs.map { Block(.paragraph, $0) }
        chapter.articles.forEach { article($0) }
        chapter.sections.forEach { section($0) }
    }

    private mutating func section(_ section: Section) {
        let anchor = section.number.map { "\(prefix)muc-\($0)" }
        blocks.append(Block(.sectionLabel, section.number.map { "Mục \($0)" } ?? "Mục", anchor: anchor, level: 3))
        if let title = section.title { blocks.append(Block(.sectionTitle, VietnameseText.uppercased(title), level: 3)) }
        blocks += section.paragraphs.map { Block(.paragraph, $0) }
        section.articles.forEach { article($0) }
    }

    private mutating func article(_ article: Article) {
        let anchor = "\(prefix)dieu-\(article.number)"
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
        points(article.points, anchor: anchor)
        items(article.items)
        for clause in article.clauses { self.clause(clause, articleAnchor: anchor) }
        lastArticleBlock = blocks.count - 1
    }

    private mutating func clause(_ clause: Clause, articleAnchor: String) {
        let anchor = "\(articleAnchor)-khoan-\(clause.number)"
        if let title = clause.title {
            blocks.append(Block(.clauseHeading, [Run("\(clause.label) \(title)", emphasised: true)], anchor: anchor, level: 5))
            if let text = clause.text { blocks.append(Block(.paragraph, text)) }
        } else {
            blocks.append(Block(.clause, "\(clause.label) \(clause.text ?? "")".trimmingSuffixSpaces, anchor: anchor, level: 5))
        }
        blocks += clause.paragraphs.map { Block(.paragraph, $0) }
        points(clause.points, anchor: anchor)
        items(clause.items)
    }

    private mutating func points(_ points: [Point], anchor: String) {
        for point in points {
            blocks.append(Block(.point, "\(point.printedLabel) \(point.text)".trimmingSuffixSpaces, anchor: "\(anchor)-diem-\(Self.pointSlug(point.label))", level: 6))
            blocks += point.paragraphs.map { Block(.paragraph, $0) }
            items(point.items)
        }
    }

    /// "a" → "a", "đ" → "dd": đ must not share an id with d, which follows it in the same list.
    static func pointSlug(_ label: String) -> String {
        VietnameseText.asciiSlug(VietnameseText.lowercased(label).replacingOccurrences(of: "đ", with: "dd"))
    }

    private mutating func items(_ items: [Item]) {
        for item in items {
            blocks.append(Block(.item, "- \(item.text)"))
            for child in item.items {
                blocks.append(Block(.subItem, "+ \(child.text)"))
            }
        }
    }
}

extension String {
    var trimmingSuffixSpaces: String {
        var result = self
        while result.last == " " { result.removeLast() }
        return result
    }
}
