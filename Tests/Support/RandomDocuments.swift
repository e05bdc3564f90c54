import VanBan

/// A small deterministic generator (SplitMix64), so a failing property test can be replayed from its seed.
public struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64
    public init(seed: UInt64) { state = seed }
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Random but well-formed documents for round-trip properties.
///
/// With `canonical`, only data the canonical text can carry (see `CanonicalText`): sentences
/// start with a capital and end with a full stop, headings and header lines are in capitals as
/// printed, a level holds either points or bullets, and nothing lives only in data (roles).
public struct RandomDocuments {
    var rng: SeededGenerator
    let canonical: Bool

    public init(seed: UInt64, canonical: Bool = false) {
        rng = SeededGenerator(seed: seed)
        self.canonical = canonical
    }

    static let words = [
        "quản", "lý", "trường", "học", "giáo", "viên", "nhân", "viên", "phụ", "huynh", "đảm", "bảo",
        "an", "toàn", "thông", "tin", "dữ", "liệu", "Hiệu", "trưởng", "ứng", "dụng", "phần", "mềm",
        "kế", "hoạch", "Điều", "khoản", "năm", "2025", "A&B", "<x>", "\"trích\"", "ĐẶC", "BIỆT",
    ]
    /// Words that cannot start a canonical line or that would read as a label after "Điều".
    static let plainWords = words.filter { $0.first?.isLetter == true && $0 != "Điều" && $0 != "ĐẶC" && $0 != "BIỆT" }
    static let names = ["Trần Thị Hương Mai", "Nguyễn Văn An", "Phạm Thị Thanh Vân", "Lê Quốc Phong"]
    static let positions = ["HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG", "CHỦ TỊCH", "GIÁM ĐỐC"]
    static let canonicalKinds: [DocumentKind] = [.quyetDinh, .quyChe, .quyDinh, .keHoach, .huongDan, .thongBao, .baoCao, .chiThi]

    mutating func words(_ range: ClosedRange<Int>) -> String {
        let count = Int.random(in: range, using: &rng)
        let pool = canonical ? Self.plainWords : Self.words
        return (0..<count).map { index in (index == 0 ? pool : Self.words.filter { !canonical || $0 != "Điều" }).randomElement(using: &rng)! }
            .joined(separator: " ")
    }

    /// Body text: in canonical mode a capitalised sentence with its full stop.
    mutating func sentence(_ range: ClosedRange<Int> = 2...12) -> String {
        let text = words(range)
        guard canonical, let first = text.first else { return text }
        return first.uppercased() + text.dropFirst() + "."
    }

    /// A title or list entry: no final punctuation.
    mutating func phrase(_ range: ClosedRange<Int>) -> String {
        let text = words(range)
        guard canonical, let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }

    /// A heading title: in capitals when the canonical text is the target, as printed.
    mutating func heading(_ range: ClosedRange<Int>) -> String {
        let text = phrase(range)
        return canonical ? VietnameseText.uppercased(text) : text
    }

    mutating func maybe<T>(_ make: (inout RandomDocuments) -> T) -> T? {
        Bool.random(using: &rng) ? make(&self) : nil
    }

    mutating func many<T>(_ range: ClosedRange<Int>, _ make: (inout RandomDocuments, Int) -> T) -> [T] {
        (0..<Int.random(in: range, using: &rng)).map { make(&self, $0) }
    }

    mutating func items() -> [Item] {
        many(0...2) { generator, _ in Item(generator.sentence(), items: generator.many(0...2) { g, _ in Item(g.sentence()) }) }
    }

    mutating func points() -> [Point] {
        many(0...3) { generator, index in
            Point(letter: PointLetters.letter(at: index), text: generator.sentence(), items: generator.items())
        }
    }

    /// Points or bullets at one level; both only outside canonical mode.
    mutating func pointsAndItems() -> ([Point], [Item]) {
        let points = self.points()
        if canonical, !points.isEmpty { return (points, []) }
        return (points, items())
    }

    mutating func article(_ number: Int) -> Article {
        let (points, items) = pointsAndItems()
        var article = Article(
            number: Bool.random(using: &rng) || number < 2 ? String(number) : "\(number)a",
            title: maybe { $0.phrase(1...6) },
            paragraphs: many(0...2) { g, _ in g.sentence() },
            points: points, items: items,
            clauses: many(0...3) { generator, index in
                let (points, items) = generator.pointsAndItems()
                return Clause(number: String(index + 1), title: generator.maybe { $0.phrase(1...4) }, text: generator.sentence(),
                              points: points, items: items)
            })
        if canonical, article.paragraphs.isEmpty, article.points.isEmpty, article.items.isEmpty, article.clauses.isEmpty {
            article.paragraphs = [sentence()]
        }
        return article
    }

    public mutating func document() -> Document {
        var articleNumber = 0
        func nextArticles(_ generator: inout RandomDocuments) -> [Article] {
            generator.many(1...3) { g, _ in
                articleNumber += 1
                return g.article(articleNumber)
            }
        }
        var body = Body()
        switch Int.random(in: 0...2, using: &rng) {
        case 0: body.articles = nextArticles(&self)
        case 1:
            body.chapters = many(1...3) { generator, index in
                Chapter(number: index + 1, title: generator.heading(1...5),
                        sections: generator.many(0...2) { g, s in Section(number: s + 1, title: g.heading(1...4), articles: nextArticles(&g)) },
                        articles: nextArticles(&generator))
            }
        default:
            body.parts = many(1...2) { generator, index in
                Part(number: index + 1, title: generator.heading(1...4),
                     chapters: generator.many(1...2) { g, c in Chapter(number: c + 1, title: g.heading(1...4), articles: nextArticles(&g)) })
            }
        }
        // In canonical mode a chapter holding sections has its articles in them only.
        if canonical {
            body.chapters = body.chapters.map { chapter in
                var chapter = chapter
                if !chapter.sections.isEmpty { chapter.articles = [] }
                return chapter
            }
        }
        let kind = (canonical ? Self.canonicalKinds : DocumentKind.allCases).randomElement(using: &rng)!
        var document = Document(
            kind: kind,
            issuer: maybe { IssuingBody(parent: $0.maybe { $0.heading(2...5) }, name: $0.heading(2...5), abbreviation: "MNTT") },
            number: maybe { Int.random(in: 1...999, using: &$0.rng) },
            place: maybe { $0.phrase(1...2) },
            date: maybe { CivilDate(year: Int.random(in: 1990...2030, using: &$0.rng), month: Int.random(in: 1...12, using: &$0.rng), day: Int.random(in: 1...28, using: &$0.rng)) } ?? nil,
            title: maybe { $0.phrase(2...10) },
            issuingAuthority: maybe { $0.heading(2...6) },
            bases: many(0...3) { g, _ in "Căn cứ " + g.words(1...8) },
            body: body,
            recipients: many(0...3) { g, _ in g.phrase(1...4) },
            signature: maybe { g in
                let position = Self.positions.randomElement(using: &g.rng)!
                return Bool.random(using: &g.rng)
                    ? SignatureBlock(authority: SigningAuthority.allCases.randomElement(using: &g.rng), onBehalfOf: g.heading(1...3), position: position, name: Self.names.randomElement(using: &g.rng))
                    : SignatureBlock(position: position, name: Self.names.randomElement(using: &g.rng))
            },
            roles: canonical ? [] : many(0...2) { g, index in Role(id: "role-\(index)", title: g.sentence(1...3), holders: g.many(0...2) { h, _ in h.sentence(2...3) }) })
        if canonical {
            if kind != .quyetDinh { document.issuingAuthority = nil }
            if document.issuingAuthority != nil, document.title == nil { document.title = phrase(2...8) }
            if document.date == nil { document.draftYear = Int.random(in: 2000...2030, using: &rng) }
            if document.place == nil { document.place = "Hà Nội" }
            if document.issuer == nil { document.number = document.number ?? 1 }
        }
        return document
    }
}
