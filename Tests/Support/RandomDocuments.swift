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
public struct RandomDocuments {
    var rng: SeededGenerator

    public init(seed: UInt64) { rng = SeededGenerator(seed: seed) }

    static let words = [
        "quản", "lý", "trường", "học", "giáo", "viên", "nhân", "viên", "phụ", "huynh", "đảm", "bảo",
        "an", "toàn", "thông", "tin", "dữ", "liệu", "Hiệu", "trưởng", "ứng", "dụng", "phần", "mềm",
        "kế", "hoạch", "Điều", "khoản", "năm", "2025", "A&B", "<x>", "\"trích\"", "ĐẶC", "BIỆT",
    ]

    mutating func sentence(_ range: ClosedRange<Int> = 2...12) -> String {
        let count = Int.random(in: range, using: &rng)
        return (0..<count).map { _ in Self.words.randomElement(using: &rng)! }.joined(separator: " ")
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
            Point(label: PointLetters.letter(at: index), text: generator.sentence(), items: generator.items())
        }
    }

    mutating func article(_ number: Int) -> Article {
        Article(
            number: Bool.random(using: &rng) || number < 2 ? String(number) : "\(number)a",
            title: maybe { $0.sentence(1...6) },
            paragraphs: many(0...2) { g, _ in g.sentence() },
            points: points(), items: items(),
            clauses: many(0...3) { generator, index in
                Clause(number: String(index + 1), title: generator.maybe { $0.sentence(1...4) }, text: generator.sentence(),
                       points: generator.points(), items: generator.items())
            })
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
                Chapter(number: index + 1, title: generator.sentence(1...5),
                        sections: generator.many(0...2) { g, s in Section(number: s + 1, title: g.sentence(1...4), articles: nextArticles(&g)) },
                        articles: nextArticles(&generator))
            }
        default:
            body.parts = many(1...2) { generator, index in
                Part(number: index + 1, title: generator.sentence(1...4),
                     chapters: generator.many(1...2) { g, c in Chapter(number: c + 1, title: g.sentence(1...4), articles: nextArticles(&g)) })
            }
        }
        return Document(
            kind: DocumentKind.allCases.randomElement(using: &rng)!,
            issuer: maybe { IssuingBody(parent: $0.maybe { $0.sentence(2...5) }, name: $0.sentence(2...5), abbreviation: "MNTT") },
            number: maybe { Int.random(in: 1...999, using: &$0.rng) },
            place: maybe { $0.sentence(1...2) },
            date: maybe { CivilDate(year: Int.random(in: 1990...2030, using: &$0.rng), month: Int.random(in: 1...12, using: &$0.rng), day: Int.random(in: 1...28, using: &$0.rng)) } ?? nil,
            title: maybe { $0.sentence() },
            authority: maybe { $0.sentence(2...6) },
            bases: many(0...3) { g, _ in g.sentence() },
            body: body,
            recipients: many(0...3) { g, _ in g.sentence(1...4) },
            signature: maybe { SignatureBlock(authority: SigningAuthority.allCases.randomElement(using: &$0.rng), onBehalfOf: $0.sentence(1...3), position: $0.sentence(1...3), name: $0.sentence(2...3)) },
            roles: many(0...2) { g, index in Role(id: "role-\(index)", title: g.sentence(1...3), holders: g.many(0...2) { h, _ in h.sentence(2...3) }) })
    }
}
