/// One node of a body's structure, as the walker hands it over: Phần, Chương, Mục, Điều, khoản,
/// điểm or a bullet.
public enum BodyUnit: Sendable, Hashable {
    case part(Part)
    case chapter(Chapter)
    case section(Section)
    case article(Article)
    case clause(Clause)
    case point(Point)
    case item(Item)

    /// The unit's own texts in reading order (title, lead text, paragraphs), not its children's.
    public var ownTexts: [String] {
        switch self {
        case let .part(part): [part.title].compactMap { $0 } + part.paragraphs
        case let .chapter(chapter): [chapter.title].compactMap { $0 } + chapter.paragraphs
        case let .section(section): [section.title].compactMap { $0 } + section.paragraphs
        case let .article(article): [article.title].compactMap { $0 } + article.paragraphs
        case let .clause(clause): [clause.title, clause.text].compactMap { $0 } + clause.paragraphs
        case let .point(point): [point.text] + point.paragraphs
        case let .item(item): [item.text]
        }
    }

    /// Where the unit was read, when it keeps a location.
    public var location: SourceLocation {
        switch self {
        case let .part(part): part.location
        case let .chapter(chapter): chapter.location
        case let .section(section): section.location
        case let .article(article): article.location
        case let .clause(clause): clause.location
        case let .point(point): point.location
        case .item: .unknown
        }
    }
}

/// What a visitor wants after seeing a unit.
public enum Descent: Sendable {
    /// Visit the unit's children next.
    case children
    /// Go on with the unit's next sibling.
    case skipChildren
}
