import VanBanModel

/// What a Word file's layout looks like, as far as the rules need it: the page setup of its
/// first section, its headers and footers, and each paragraph's text with its main font and size.
/// The DOCX reader fills it (`DOCXReader.layoutFacts`); it never holds the document's content model.
public struct LayoutFacts: Sendable, Hashable {
    /// Page setup in twentieths of a point (twips), as `w:sectPr` writes it.
    public struct Page: Sendable, Hashable {
        public var width: Int?
        public var height: Int?
        public var top: Int?
        public var bottom: Int?
        public var left: Int?
        public var right: Int?
        /// `w:titlePg`: page 1 has its own header and footer.
        public var titlePage = false

        /// Creates a page setup.
        public init(width: Int? = nil, height: Int? = nil, top: Int? = nil, bottom: Int? = nil, left: Int? = nil, right: Int? = nil, titlePage: Bool = false) {
            self.width = width
            self.height = height
            self.top = top
            self.bottom = bottom
            self.left = left
            self.right = right
            self.titlePage = titlePage
        }
    }

    /// Where a page-number field sits.
    public struct PageNumbers: Sendable, Hashable {
        /// A PAGE field in a header used from page 2 (the default header).
        public var inHeader = false
        /// A PAGE field in any footer.
        public var inFooter = false
        /// A PAGE field that shows on page 1 (default header/footer without `w:titlePg`, or the first-page one).
        public var onFirstPage = false

        /// Creates the facts.
        public init(inHeader: Bool = false, inFooter: Bool = false, onFirstPage: Bool = false) {
            self.inHeader = inHeader
            self.inFooter = inFooter
            self.onFirstPage = onFirstPage
        }
    }

    /// One paragraph: its number as the importer counts it, its text and its main run properties.
    public struct Paragraph: Sendable, Hashable {
        /// 1-based, counted as the importer counts (body, table cells, text boxes).
        public var number: Int
        /// The text Word shows, numbering label included.
        public var text: String
        /// The font of most of its characters.
        public var font: String?
        /// The size of most of its characters, in half-points.
        public var halfPoints: Int?
        /// True when in a table cell.
        public var inTable: Bool
        /// Whether nearly all its visible characters are bold, italic; nil when unknown (text files).
        public var bold: Bool?
        public var italic: Bool?

        /// Creates a paragraph.
        public init(number: Int, text: String, font: String? = nil, halfPoints: Int? = nil, inTable: Bool = false,
                    bold: Bool? = nil, italic: Bool? = nil) {
            self.number = number
            self.text = text
            self.font = font
            self.halfPoints = halfPoints
            self.inTable = inTable
            self.bold = bold
            self.italic = italic
        }
    }

    /// The file name, for locations.
    public var file: String?
    /// The first section's page setup.
    public var page: Page
    /// Where page numbers are.
    public var pageNumbers: PageNumbers
    /// Every paragraph in reading order.
    public var paragraphs: [Paragraph]

    /// Creates layout facts.
    public init(file: String? = nil, page: Page = Page(), pageNumbers: PageNumbers = PageNumbers(), paragraphs: [Paragraph] = []) {
        self.file = file
        self.page = page
        self.pageNumbers = pageNumbers
        self.paragraphs = paragraphs
    }

    /// The location of a paragraph ("line" is the paragraph number, as for imported Word files).
    public func location(of paragraph: Paragraph) -> SourceLocation {
        SourceLocation(file: file, line: paragraph.number, column: 1)
    }
}
