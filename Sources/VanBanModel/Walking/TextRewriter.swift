/// A rewriter that changes every text of every unit (titles, lead texts, paragraphs, bullets)
/// through one function, told where the text is. Renumbering uses it to make cross-references
/// follow the parts they point at.
public struct TextRewriter: UnitRewriter {
    /// The change: the text and the path of the unit holding it.
    public var transform: (String, UnitPath) -> String

    /// Creates a rewriter from a transform.
    public init(_ transform: @escaping (String, UnitPath) -> String) { self.transform = transform }

    public mutating func rewrite(_ part: inout Part, at path: UnitPath) {
        part.title = part.title.map { transform($0, path) }
        part.paragraphs = part.paragraphs.map { transform($0, path) }
    }
    public mutating func rewrite(_ chapter: inout Chapter, at path: UnitPath) {
        chapter.title = chapter.title.map { transform($0, path) }
        chapter.paragraphs = chapter.paragraphs.map { transform($0, path) }
    }
    public mutating func rewrite(_ section: inout Section, at path: UnitPath) {
        section.title = section.title.map { transform($0, path) }
        section.paragraphs = section.paragraphs.map { transform($0, path) }
    }
    public mutating func rewrite(_ article: inout Article, at path: UnitPath) {
        article.title = article.title.map { transform($0, path) }
        article.paragraphs = article.paragraphs.map { transform($0, path) }
    }
    public mutating func rewrite(_ clause: inout Clause, at path: UnitPath) {
        clause.title = clause.title.map { transform($0, path) }
        clause.text = clause.text.map { transform($0, path) }
        clause.paragraphs = clause.paragraphs.map { transform($0, path) }
    }
    public mutating func rewrite(_ point: inout Point, at path: UnitPath) {
        point.text = transform(point.text, path)
        point.paragraphs = point.paragraphs.map { transform($0, path) }
    }
    public mutating func rewrite(_ item: inout Item, at path: UnitPath) {
        item.text = transform(item.text, path)
    }
}

/// A rewriter that clears every unit's source location, so two trees can be compared for
/// structure alone.
struct LocationEraser: UnitRewriter {
    mutating func rewrite(_ part: inout Part, at path: UnitPath) { part.location = .unknown }
    mutating func rewrite(_ chapter: inout Chapter, at path: UnitPath) { chapter.location = .unknown }
    mutating func rewrite(_ section: inout Section, at path: UnitPath) { section.location = .unknown }
    mutating func rewrite(_ article: inout Article, at path: UnitPath) { article.location = .unknown }
    mutating func rewrite(_ clause: inout Clause, at path: UnitPath) { clause.location = .unknown }
    mutating func rewrite(_ point: inout Point, at path: UnitPath) { point.location = .unknown }
}

extension Document {
    /// The document with every source location cleared: what "the same content" means when a
    /// document read from one place is compared with one read from another.
    public var withoutLocations: Document {
        var copy = self
        copy.location = .unknown
        var eraser = LocationEraser()
        copy.body.rewrite(&eraser)
        copy.attachments = copy.attachments.map(\.withoutLocations)
        return copy
    }

    /// True when two documents hold the same content, wherever they were read from. What the
    /// importer noted but no writer prints (inferred fields, unplaced text) is not content.
    public func sameContent(as other: Document) -> Bool {
        withoutLocations.withoutImportNotes == other.withoutLocations.withoutImportNotes
    }

    /// The document without the importer's notes: `inferred` and `unplaced`, here and in attachments.
    var withoutImportNotes: Document {
        var copy = self
        copy.inferred = []
        copy.unplaced = []
        copy.attachments = copy.attachments.map(\.withoutImportNotes)
        return copy
    }
}
