/// Visits the units of a body in reading order, in the spirit of swift-markdown's MarkupWalker.
///
/// Reading order is the one the text writer prints and the reader reads: a container's articles
/// first, then its Mục, Chương and Phần; inside an article its điểm, bullets, then khoản.
public protocol UnitVisitor {
    /// Called before a unit's children; the answer says whether to descend.
    mutating func visit(_ unit: BodyUnit, at path: UnitPath) -> Descent
    /// Called after a unit's children (or right after `visit` when they were skipped).
    mutating func leave(_ unit: BodyUnit, at path: UnitPath)
}

extension UnitVisitor {
    /// Does nothing: most visitors only look at units on the way down.
    public mutating func leave(_ unit: BodyUnit, at path: UnitPath) {}
}

extension Body {
    /// Walks every unit of the body in reading order.
    public func walk<Visitor: UnitVisitor>(_ visitor: inout Visitor, from path: UnitPath = UnitPath()) {
        for article in articles { UnitWalk.article(article, path, &visitor) }
        for section in sections { UnitWalk.section(section, path, &visitor) }
        for chapter in chapters { UnitWalk.chapter(chapter, path, &visitor) }
        for part in parts { UnitWalk.part(part, path, &visitor) }
    }

    /// Calls `body` for every unit in reading order.
    public func forEachUnit(_ body: (BodyUnit, UnitPath) -> Void) {
        withoutActuallyEscaping(body) { action in
            var visitor = ClosureVisitor(action: action)
            walk(&visitor)
        }
    }

    /// Every article in reading order, wherever it sits in parts, chapters and sections.
    public var allArticles: [Article] {
        var collector = ArticleCollector()
        walk(&collector)
        return collector.articles
    }

    /// Every chapter in reading order, including those inside parts.
    public var allChapters: [Chapter] {
        var chapters: [Chapter] = []
        forEachUnit { unit, _ in if case let .chapter(chapter) = unit { chapters.append(chapter) } }
        return chapters
    }
}

extension Document {
    /// Walks the body, then each attached document's body with its attachment in the path.
    public func walk<Visitor: UnitVisitor>(_ visitor: inout Visitor, from path: UnitPath = UnitPath()) {
        body.walk(&visitor, from: path)
        for (index, attachment) in attachments.enumerated() {
            attachment.walk(&visitor, from: path.entering(UnitPath.Attachment(kind: attachment.kind, index: index + 1)))
        }
    }

    /// Calls `body` for every unit of the document and its attachments in reading order.
    public func forEachUnit(_ body: (BodyUnit, UnitPath) -> Void) {
        withoutActuallyEscaping(body) { action in
            var visitor = ClosureVisitor(action: action)
            walk(&visitor)
        }
    }

    /// The unit a path names, searched in this document and its attachments.
    public func unit(at wanted: UnitPath) -> BodyUnit? {
        var found: BodyUnit?
        forEachUnit { unit, path in if found == nil, path == wanted { found = unit } }
        return found
    }
}

/// The descent itself: one function per level, each visiting, descending, leaving.
enum UnitWalk {
    static func part<V: UnitVisitor>(_ part: Part, _ base: UnitPath, _ visitor: inout V) {
        let path = base.appending(.part(part.number)), unit = BodyUnit.part(part)
        if visitor.visit(unit, at: path) == .children {
            for article in part.articles { Self.article(article, path, &visitor) }
            for chapter in part.chapters { Self.chapter(chapter, path, &visitor) }
        }
        visitor.leave(unit, at: path)
    }

    static func chapter<V: UnitVisitor>(_ chapter: Chapter, _ base: UnitPath, _ visitor: inout V) {
        let path = base.appending(.chapter(chapter.number, title: chapter.number == nil ? chapter.title : nil)), unit = BodyUnit.chapter(chapter)
        if visitor.visit(unit, at: path) == .children {
            for article in chapter.articles { Self.article(article, path, &visitor) }
            for section in chapter.sections { Self.section(section, path, &visitor) }
        }
        visitor.leave(unit, at: path)
    }

    static func section<V: UnitVisitor>(_ section: Section, _ base: UnitPath, _ visitor: inout V) {
        let path = base.appending(.section(section.number)), unit = BodyUnit.section(section)
        if visitor.visit(unit, at: path) == .children {
            for article in section.articles { Self.article(article, path, &visitor) }
        }
        visitor.leave(unit, at: path)
    }

    static func article<V: UnitVisitor>(_ article: Article, _ base: UnitPath, _ visitor: inout V) {
        let path = base.appending(.article(article.number)), unit = BodyUnit.article(article)
        if visitor.visit(unit, at: path) == .children {
            for point in article.points { Self.point(point, path, &visitor) }
            items(article.items, path, &visitor)
            for clause in article.clauses { Self.clause(clause, path, &visitor) }
        }
        visitor.leave(unit, at: path)
    }

    static func clause<V: UnitVisitor>(_ clause: Clause, _ base: UnitPath, _ visitor: inout V) {
        let path = base.appending(.clause(clause.number)), unit = BodyUnit.clause(clause)
        if visitor.visit(unit, at: path) == .children {
            for point in clause.points { Self.point(point, path, &visitor) }
            items(clause.items, path, &visitor)
        }
        visitor.leave(unit, at: path)
    }

    static func point<V: UnitVisitor>(_ point: Point, _ base: UnitPath, _ visitor: inout V) {
        let path = base.appending(.point(point.letter)), unit = BodyUnit.point(point)
        if visitor.visit(unit, at: path) == .children { items(point.items, path, &visitor) }
        visitor.leave(unit, at: path)
    }

    static func items<V: UnitVisitor>(_ items: [Item], _ base: UnitPath, _ visitor: inout V) {
        for (index, item) in items.enumerated() {
            let path = base.appending(.item(index + 1)), unit = BodyUnit.item(item)
            if visitor.visit(unit, at: path) == .children { Self.items(item.items, path, &visitor) }
            visitor.leave(unit, at: path)
        }
    }
}

/// Adapts a closure to a visitor that sees every unit.
struct ClosureVisitor: UnitVisitor {
    let action: (BodyUnit, UnitPath) -> Void
    mutating func visit(_ unit: BodyUnit, at path: UnitPath) -> Descent {
        action(unit, path)
        return .children
    }
}

/// Collects articles without descending into them.
struct ArticleCollector: UnitVisitor {
    var articles: [Article] = []
    mutating func visit(_ unit: BodyUnit, at path: UnitPath) -> Descent {
        guard case let .article(article) = unit else { return .children }
        articles.append(article)
        return .skipChildren
    }
}
