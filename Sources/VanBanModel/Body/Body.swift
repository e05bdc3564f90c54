/// The normative content of a document: Phần, Chương, Mục and Điều, plus free paragraphs.
///
/// A level is used only when the document has it: a short decision holds articles directly,
/// a law holds parts or chapters. When a container holds both articles and deeper groups,
/// the articles come first.
public struct Body: Sendable, Hashable {
    /// Free paragraphs before any structure (e.g. an unnumbered decision body).
    public var paragraphs: [String]
    /// Phần.
    public var parts: [Part]
    /// Chương.
    public var chapters: [Chapter]
    /// Mục directly under the document.
    public var sections: [Section]
    /// Điều directly under the document.
    public var articles: [Article]

    /// Creates a body.
    public init(paragraphs: [String] = [], parts: [Part] = [], chapters: [Chapter] = [], sections: [Section] = [], articles: [Article] = []) {
        self.paragraphs = paragraphs
        self.parts = parts
        self.chapters = chapters
        self.sections = sections
        self.articles = articles
    }

    /// True when there is nothing in the body.
    public var isEmpty: Bool {
        paragraphs.isEmpty && parts.isEmpty && chapters.isEmpty && sections.isEmpty && articles.isEmpty
    }

}

/// A Phần (part), numbered in Roman numerals.
public struct Part: Sendable, Hashable {
    /// The number; nil for an unnumbered part.
    public var number: Int?
    /// The title, printed in capitals.
    public var title: String?
    /// Paragraphs under the heading, before any article.
    public var paragraphs: [String]
    /// Chapters of the part.
    public var chapters: [Chapter]
    /// Articles directly under the part.
    public var articles: [Article]
    /// Where the heading was read.
    public var location: SourceLocation

    /// Creates a part.
    public init(number: Int?, title: String? = nil, paragraphs: [String] = [], chapters: [Chapter] = [], articles: [Article] = [], location: SourceLocation = .unknown) {
        self.number = number
        self.title = title
        self.paragraphs = paragraphs
        self.chapters = chapters
        self.articles = articles
        self.location = location
    }
}

/// A Chương (chapter), numbered in Roman numerals; an unnumbered heading still groups articles.
public struct Chapter: Sendable, Hashable {
    /// The number; nil for an unnumbered group such as "TỔ CHỨC THỰC HIỆN".
    public var number: Int?
    /// The title, printed in capitals.
    public var title: String?
    /// Paragraphs under the heading, before any article.
    public var paragraphs: [String]
    /// Mục of the chapter.
    public var sections: [Section]
    /// Articles directly under the chapter.
    public var articles: [Article]
    /// Where the heading was read.
    public var location: SourceLocation

    /// Creates a chapter.
    public init(number: Int?, title: String? = nil, paragraphs: [String] = [], sections: [Section] = [], articles: [Article] = [], location: SourceLocation = .unknown) {
        self.number = number
        self.title = title
        self.paragraphs = paragraphs
        self.sections = sections
        self.articles = articles
        self.location = location
    }
}

/// A Mục (section), numbered in Arabic numerals.
public struct Section: Sendable, Hashable {
    /// The number; nil when unnumbered.
    public var number: Int?
    /// The title, printed in capitals.
    public var title: String?
    /// Paragraphs under the heading, before any article.
    public var paragraphs: [String]
    /// Articles of the section.
    public var articles: [Article]
    /// Where the heading was read.
    public var location: SourceLocation

    /// Creates a section.
    public init(number: Int?, title: String? = nil, paragraphs: [String] = [], articles: [Article] = [], location: SourceLocation = .unknown) {
        self.number = number
        self.title = title
        self.paragraphs = paragraphs
        self.articles = articles
        self.location = location
    }
}
