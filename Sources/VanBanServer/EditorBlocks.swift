import Foundation
import VanBan

/// One editable piece of a body, in reading order: a heading (Phần, Chương, Mục) with its title,
/// or an article with its title and its text in the canonical layout ("1. …", "a) …", "- …").
/// The editor shows a document as a flat list of these; numbers come from position.
struct EditorBlock: Sendable, Hashable {
    /// What the block is.
    enum Kind: String, Sendable, CaseIterable {
        case part, chapter, section, article
        /// A chapter heading without a number ("TỔ CHỨC THỰC HIỆN").
        case freeChapter = "chapter-free"
    }

    /// The kind of block.
    var kind: Kind
    /// 0 for the decision itself, 1… for its attachments.
    var doc: Int
    /// The heading's or the article's title.
    var title: String
    /// The article's canonical text (empty for headings).
    var text: String = ""
}

/// A block with the names it has once numbered: the editor's field id and the preview's anchor.
struct NumberedBlock {
    var block: EditorBlock
    /// Position within its document (Điều N, Chương N, Mục N); nil for an unnumbered chapter.
    var number: Int?
    /// The editor's id, unique on the page ("qc-1-dieu-5", "qc-1-chuong-2-muc-1").
    var id: String
    /// The HTML writer's anchor of the same unit (`UnitPath.anchor`), for scrolling the preview.
    var anchor: String
    /// "Điều 5.", "Chương II", "Mục 1".
    var label: String
}

/// Flattening a document into blocks and building bodies back from them.
enum EditorBlocks {
    /// The documents a page edits: the decision and its attachments, in order.
    static func documents(_ document: Document) -> [Document] { [document] + document.attachments }

    /// The id prefix of a document: "" for the decision, "qc-1-" for the first attached Quy chế.
    static func prefix(_ documents: [Document], _ doc: Int) -> String {
        guard doc > 0, doc < documents.count else { return "" }
        return UnitPath.Attachment(kind: documents[doc].kind, index: doc).anchorPrefix
    }

    /// Every block of the decision and its attachments.
    static func blocks(of document: Document) -> [EditorBlock] {
        documents(document).enumerated().flatMap { index, part in blocks(of: part.body, doc: index, kind: part.kind) }
    }

    /// The blocks of one body, in the walker's reading order.
    static func blocks(of body: Body, doc: Int, kind: DocumentKind) -> [EditorBlock] {
        var result: [EditorBlock] = []
        func articles(_ list: [Article]) {
            result += list.map { EditorBlock(kind: .article, doc: doc, title: $0.title ?? "", text: articleText($0, kind: kind)) }
        }
        func sections(_ list: [Section]) {
            for section in list {
                result.append(EditorBlock(kind: .section, doc: doc, title: section.title ?? ""))
                articles(section.articles)
            }
        }
        func chapters(_ list: [Chapter]) {
            for chapter in list {
                result.append(EditorBlock(kind: chapter.number == nil ? .freeChapter : .chapter, doc: doc, title: chapter.title ?? ""))
                articles(chapter.articles)
                sections(chapter.sections)
            }
        }
        articles(body.articles)
        sections(body.sections)
        chapters(body.chapters)
        for part in body.parts {
            result.append(EditorBlock(kind: .part, doc: doc, title: part.title ?? ""))
            articles(part.articles)
            chapters(part.chapters)
        }
        return result
    }

    /// The placeholder title the editor writes before an article's text so the reader sees a
    /// titled heading; the real title travels in its own field.
    static let placeholderTitle = "Tiêu đề"

    /// An article's text without its "Điều N. Title" line, as the reader reads it back.
    static func articleText(_ article: Article, kind: DocumentKind) -> String {
        var titled = article
        titled.title = placeholderTitle
        let text = DocumentForm.bodyText(Document(kind: kind, body: Body(articles: [titled])))
        let rest = text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false).dropFirst().first.map(String.init) ?? ""
        // The writer closes a document's last line with "./."; inside a body it is not the article's.
        return rest.hasSuffix("./.") ? String(rest.dropLast(2)) : rest
    }

    /// Numbers blocks by position and names them; `documents` gives the attachments' kinds.
    static func numbered(_ blocks: [EditorBlock], documents: [Document]) -> [NumberedBlock] {
        var result: [NumberedBlock] = []
        var counters: [Int: (part: Int, chapter: Int, section: Int, article: Int, chapterID: String?)] = [:]
        for block in blocks {
            var count = counters[block.doc] ?? (0, 0, 0, 0, nil)
            let prefix = prefix(documents, block.doc)
            switch block.kind {
            case .part:
                count.part += 1
                result.append(NumberedBlock(block: block, number: count.part, id: prefix + "phan-\(count.part)", anchor: prefix + "phan-\(count.part)",
                                            label: "Phần \(RomanNumeral.string(count.part))"))
            case .chapter:
                count.chapter += 1
                count.section = 0
                let id = prefix + "chuong-\(count.chapter)"
                count.chapterID = id
                result.append(NumberedBlock(block: block, number: count.chapter, id: id, anchor: id, label: "Chương \(RomanNumeral.string(count.chapter))"))
            case .freeChapter:
                count.section = 0
                let slug = VietnameseText.asciiSlug(block.title)
                let id = prefix + "chuong-" + (slug.isEmpty ? "x\(result.count + 1)" : slug)
                count.chapterID = id
                result.append(NumberedBlock(block: block, number: nil, id: id, anchor: id, label: "Chương"))
            case .section:
                count.section += 1
                // The preview's anchor (UnitPath) names the chapter too, as the id does.
                let id = (count.chapterID.map { $0 + "-" } ?? prefix) + "muc-\(count.section)"
                result.append(NumberedBlock(block: block, number: count.section, id: id, anchor: id, label: "Mục \(count.section)"))
            case .article:
                count.article += 1
                let id = prefix + "dieu-\(count.article)"
                result.append(NumberedBlock(block: block, number: count.article, id: id, anchor: id, label: "Điều \(count.article)."))
            }
            counters[block.doc] = count
        }
        // Two unnumbered chapters of one title would share an id; the second becomes "…-2".
        var seen: [String: Int] = [:]
        for index in result.indices {
            let id = result[index].id
            seen[id, default: 0] += 1
            if let times = seen[id], times > 1 { result[index].id = "\(id)-\(times)" }
        }
        return result
    }

    /// Builds the body of document `doc` from its blocks: each article's text re-read by the
    /// importer, numbers from position. An article whose title and text did not change keeps
    /// what the text cannot say (its roles). Diagnostics carry the field id as their file and
    /// the line within the article.
    static func body(_ blocks: [NumberedBlock], doc: Int, original: Document) -> (Body, [Diagnostic]) {
        var known: [String: Article] = [:]
        for article in original.body.allArticles {
            known[(article.title ?? "") + "\u{1}" + articleText(article, kind: original.kind)] = article
        }
        var diagnostics: [Diagnostic] = []
        var body = Body(paragraphs: original.body.paragraphs)
        var part: Part?, chapter: Chapter?, section: Section?
        var articleCount = 0
        func closeSection() {
            guard let open = section else { return }
            if chapter != nil { chapter?.sections.append(open) } else { body.sections.append(open) }
            section = nil
        }
        func closeChapter() {
            closeSection()
            guard let open = chapter else { return }
            if part != nil { part?.chapters.append(open) } else { body.chapters.append(open) }
            chapter = nil
        }
        func add(_ article: Article) {
            if section != nil { section?.articles.append(article) }
            else if chapter != nil { chapter?.articles.append(article) }
            else if part != nil { part?.articles.append(article) }
            else { body.articles.append(article) }
        }
        for numbered in blocks where numbered.block.doc == doc {
            let block = numbered.block
            let title = block.title.trimmingCharacters(in: .whitespacesAndNewlines)
            switch block.kind {
            case .part:
                closeChapter()
                if let open = part { body.parts.append(open) }
                part = Part(number: numbered.number, title: title.isEmpty ? nil : title)
            case .chapter, .freeChapter:
                closeChapter()
                chapter = Chapter(number: numbered.number, title: title.isEmpty ? nil : title)
            case .section:
                closeSection()
                section = Section(number: numbered.number, title: title.isEmpty ? nil : title)
            case .article:
                let text = block.text.replacingOccurrences(of: "\r\n", with: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
                if var same = known[title + "\u{1}" + text] {
                    articleCount += 1
                    same.number = String(articleCount)
                    add(same)
                    continue
                }
                let (read, found) = readArticle(text, title: title, number: articleCount + 1, kind: original.kind, field: "f-" + numbered.id)
                diagnostics += found
                for article in read {
                    articleCount += 1
                    var article = article
                    article.number = String(articleCount)
                    add(article)
                }
            }
        }
        closeChapter()
        if let open = part { body.parts.append(open) }
        return (body, diagnostics)
    }

    /// Reads one article's text (its heading is ours). Text that starts further articles
    /// ("Điều 7. …" typed inside) becomes further articles.
    static func readArticle(_ text: String, title: String, number: Int, kind: DocumentKind, field: String) -> ([Article], [Diagnostic]) {
        let (body, found) = DocumentForm.readBody("Điều \(number). \(placeholderTitle)\n" + text, kind: kind)
        var articles = body.allArticles
        if articles.isEmpty { articles = [Article(number: String(number))] }
        articles[0].title = title.isEmpty ? nil : title
        for index in articles.indices { articles[index].location = .unknown }
        let diagnostics = found.compactMap { diagnostic -> Diagnostic? in
            var moved = diagnostic
            let line = diagnostic.location.map(\.line) ?? 0
            // Line 1 is the heading the editor wrote; its numbering is the editor's own.
            if line == 1 { return nil }
            moved.location = SourceLocation(file: field, line: max(0, line - 1), column: diagnostic.location?.column ?? 1)
            return moved
        }
        return (articles, diagnostics)
    }

    /// A warning beside every article without text (one just added by its button, say).
    static func emptyArticles(_ document: Document) -> [Diagnostic] {
        numbered(blocks(of: document), documents: documents(document)).filter { numbered in
            numbered.block.kind == .article && numbered.block.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
        }.map { numbered in
            Diagnostic(ServerMessage.emptyArticle(article: String(numbered.label.dropLast())), at: SourceLocation(file: "f-" + numbered.id, line: 0, column: 0))
        }
    }
}
