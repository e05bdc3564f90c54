/// Changes the units of a body in reading order and returns the changed tree, in the spirit of
/// swift-markdown's MarkupRewriter.
///
/// Each method sees a unit before its children (pre-order) and may change it in place; the
/// children are then visited under the path of the changed unit. Defaults change nothing.
public protocol UnitRewriter {
    /// Rewrites a Phần.
    mutating func rewrite(_ part: inout Part, at path: UnitPath)
    /// Rewrites a Chương.
    mutating func rewrite(_ chapter: inout Chapter, at path: UnitPath)
    /// Rewrites a Mục.
    mutating func rewrite(_ section: inout Section, at path: UnitPath)
    /// Rewrites an Điều.
    mutating func rewrite(_ article: inout Article, at path: UnitPath)
    /// Rewrites a khoản.
    mutating func rewrite(_ clause: inout Clause, at path: UnitPath)
    /// Rewrites a điểm.
    mutating func rewrite(_ point: inout Point, at path: UnitPath)
    /// Rewrites a bullet.
    mutating func rewrite(_ item: inout Item, at path: UnitPath)
}

extension UnitRewriter {
    public mutating func rewrite(_ part: inout Part, at path: UnitPath) {}
    public mutating func rewrite(_ chapter: inout Chapter, at path: UnitPath) {}
    public mutating func rewrite(_ section: inout Section, at path: UnitPath) {}
    public mutating func rewrite(_ article: inout Article, at path: UnitPath) {}
    public mutating func rewrite(_ clause: inout Clause, at path: UnitPath) {}
    public mutating func rewrite(_ point: inout Point, at path: UnitPath) {}
    public mutating func rewrite(_ item: inout Item, at path: UnitPath) {}
}

extension Body {
    /// Applies a rewriter to every unit in reading order, in place.
    public mutating func rewrite<Rewriter: UnitRewriter>(_ rewriter: inout Rewriter, from path: UnitPath = UnitPath()) {
        for index in articles.indices { UnitRewrite.article(&articles[index], path, &rewriter) }
        for index in sections.indices { UnitRewrite.section(&sections[index], path, &rewriter) }
        for index in chapters.indices { UnitRewrite.chapter(&chapters[index], path, &rewriter) }
        for index in parts.indices { UnitRewrite.part(&parts[index], path, &rewriter) }
    }

    /// The body with a rewriter applied.
    public func rewritten<Rewriter: UnitRewriter>(_ rewriter: inout Rewriter) -> Body {
        var copy = self
        copy.rewrite(&rewriter)
        return copy
    }
}

extension Document {
    /// Applies a rewriter to the body and to each attached document's body.
    public mutating func rewrite<Rewriter: UnitRewriter>(_ rewriter: inout Rewriter, from path: UnitPath = UnitPath()) {
        body.rewrite(&rewriter, from: path)
        for index in attachments.indices {
            let step = UnitPath.Attachment(kind: attachments[index].kind, index: index + 1)
            attachments[index].rewrite(&rewriter, from: path.entering(step))
        }
    }
}

/// The descent of a rewrite: one function per level.
enum UnitRewrite {
    static func part<R: UnitRewriter>(_ part: inout Part, _ base: UnitPath, _ rewriter: inout R) {
        rewriter.rewrite(&part, at: base.appending(.part(part.number)))
        let path = base.appending(.part(part.number))
        for index in part.articles.indices { article(&part.articles[index], path, &rewriter) }
        for index in part.chapters.indices { chapter(&part.chapters[index], path, &rewriter) }
    }

    static func chapter<R: UnitRewriter>(_ chapter: inout Chapter, _ base: UnitPath, _ rewriter: inout R) {
        rewriter.rewrite(&chapter, at: base.appending(.chapter(chapter.number, title: chapter.number == nil ? chapter.title : nil)))
        let path = base.appending(.chapter(chapter.number, title: chapter.number == nil ? chapter.title : nil))
        for index in chapter.articles.indices { article(&chapter.articles[index], path, &rewriter) }
        for index in chapter.sections.indices { section(&chapter.sections[index], path, &rewriter) }
    }

    static func section<R: UnitRewriter>(_ section: inout Section, _ base: UnitPath, _ rewriter: inout R) {
        rewriter.rewrite(&section, at: base.appending(.section(section.number)))
        let path = base.appending(.section(section.number))
        for index in section.articles.indices { article(&section.articles[index], path, &rewriter) }
    }

    static func article<R: UnitRewriter>(_ article: inout Article, _ base: UnitPath, _ rewriter: inout R) {
        rewriter.rewrite(&article, at: base.appending(.article(article.number)))
        let path = base.appending(.article(article.number))
        for index in article.points.indices { point(&article.points[index], path, &rewriter) }
        items(&article.items, path, &rewriter)
        for index in article.clauses.indices { clause(&article.clauses[index], path, &rewriter) }
    }

    static func clause<R: UnitRewriter>(_ clause: inout Clause, _ base: UnitPath, _ rewriter: inout R) {
        rewriter.rewrite(&clause, at: base.appending(.clause(clause.number)))
        let path = base.appending(.clause(clause.number))
        for index in clause.points.indices { point(&clause.points[index], path, &rewriter) }
        items(&clause.items, path, &rewriter)
    }

    static func point<R: UnitRewriter>(_ point: inout Point, _ base: UnitPath, _ rewriter: inout R) {
        rewriter.rewrite(&point, at: base.appending(.point(point.letter)))
        items(&point.items, base.appending(.point(point.letter)), &rewriter)
    }

    static func items<R: UnitRewriter>(_ items: inout [Item], _ base: UnitPath, _ rewriter: inout R) {
        for index in items.indices {
            let path = base.appending(.item(index + 1))
            rewriter.rewrite(&items[index], at: path)
            Self.items(&items[index].items, path, &rewriter)
        }
    }
}
