/// The values the HTML templates read, as types: each property is a name a `.mustache` file
/// uses, so a template and its context are checked against one list instead of string keys.
/// Optional properties that are nil behave like absent keys.

/// `page.mustache`.
struct HTMLPage: Sendable {
    var pageTitle: String
    var document: HTMLDocument
}

/// `document.mustache`, `header.mustache`, `closing.mustache` and their partials.
struct HTMLDocument: Sendable {
    var isAttachment: Bool
    var id: String?
    var titleId: String
    var headerLeft: [HTMLLine]
    var headerRight: [HTMLLine]
    var hasNumberRow: Bool
    var numberLine: String
    var dateLine: String
    var opening: [HTMLBlock]
    var blocks: [HTMLBlock]
    var hasClosing: Bool
    /// The body's last block, printed with the closing so the signature page holds body text;
    /// `leadingBlocks` are the others (`blocks` keeps them all for templates that print them together).
    var keptBlocks: [HTMLBlock] = []
    var leadingBlocks: [HTMLBlock] = []
    var appendix: [HTMLBlock]
    var appendixTables: [HTMLGrid]
    var attachments: [HTMLDocument]
    var toc: HTMLTableOfContents?
    var hasRecipients: Bool
    var recipients: [String]
    var recipientsHeading: String
    var signature: HTMLSignature?
}

/// One header line (`header-line.mustache`).
struct HTMLLine: Sendable {
    var role: String
    var text: String
}

/// A stretch of text, bold or not (`runs.mustache`).
struct HTMLRun: Sendable {
    var text: String
    var emphasised: Bool
}

/// One rendered element; the `is…` flag tells `block.mustache` which partial draws it.
struct HTMLBlock: Sendable {
    var role: String
    var text: String
    var runs: [HTMLRun]
    var anchor: String?
    var label: String?
    var title: String?
    var lines: [String]?
    var attachmentLine: String?
    var level: Int?
    var titled = false
    var isDocumentTitle = false
    var isHeading = false
    var isArticle = false
    var isClause = false
    var isPoint = false
    var isBasis = false
    var isOther = false
}

/// `toc.mustache`.
struct HTMLTableOfContents: Sendable {
    var entries: [HTMLTableOfContentsEntry]
}

/// A chapter (or part) with its titled articles.
struct HTMLTableOfContentsEntry: Sendable {
    var anchor: String?
    var label: String?
    var title: String?
    /// Stored, not computed: templates see stored properties only (they are read by reflection).
    var articles: [HTMLBlock] { didSet { hasArticles = !articles.isEmpty } }
    var hasArticles = false
}

/// `signature.mustache`.
struct HTMLSignature: Sendable {
    var lines: [String]
    var name: String?
}

// Named lookups instead of reflection: Mustache asks each context for its children by name
// thousands of times per page, and a switch is far cheaper than a Mirror. The names are the
// stored properties above, so the types stay the one list of what templates may read.
import Mustache

extension HTMLPage: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "pageTitle": pageTitle
        case "document": document
        default: nil
        }
    }
}

extension HTMLDocument: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "isAttachment": isAttachment
        case "id": id
        case "titleId": titleId
        case "headerLeft": headerLeft
        case "headerRight": headerRight
        case "hasNumberRow": hasNumberRow
        case "numberLine": numberLine
        case "dateLine": dateLine
        case "opening": opening
        case "blocks": blocks
        case "hasClosing": hasClosing
        case "keptBlocks": keptBlocks
        case "leadingBlocks": leadingBlocks
        case "appendix": appendix
        case "appendixTables": appendixTables
        case "attachments": attachments
        case "toc": toc
        case "hasRecipients": hasRecipients
        case "recipients": recipients
        case "recipientsHeading": recipientsHeading
        case "signature": signature
        default: nil
        }
    }
}

extension HTMLLine: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "role": role
        case "text": text
        default: nil
        }
    }
}

extension HTMLRun: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "text": text
        case "emphasised": emphasised
        default: nil
        }
    }
}

extension HTMLBlock: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "role": role
        case "text": text
        case "runs": runs
        case "anchor": anchor
        case "label": label
        case "title": title
        case "lines": lines
        case "attachmentLine": attachmentLine
        case "level": level
        case "titled": titled
        case "isDocumentTitle": isDocumentTitle
        case "isHeading": isHeading
        case "isArticle": isArticle
        case "isClause": isClause
        case "isPoint": isPoint
        case "isBasis": isBasis
        case "isOther": isOther
        default: nil
        }
    }
}

extension HTMLTableOfContents: MustacheParent {
    func child(named name: String) -> Any? { name == "entries" ? entries : nil }
}

extension HTMLTableOfContentsEntry: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "anchor": anchor
        case "label": label
        case "title": title
        case "articles": articles
        case "hasArticles": hasArticles
        default: nil
        }
    }
}

extension HTMLSignature: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "lines": lines
        case "name": self.name
        default: nil
        }
    }
}

/// A ruled table of an appendix (`document.mustache`): a header row, then rows of cells.
struct HTMLGrid: Sendable, MustacheParent {
    var header: [String]
    var rows: [HTMLGridRow]

    func child(named name: String) -> Any? {
        switch name {
        case "header": header
        case "rows": rows
        default: nil
        }
    }
}

/// One row of an appendix table.
struct HTMLGridRow: Sendable, MustacheParent {
    var cells: [String]

    func child(named name: String) -> Any? { name == "cells" ? cells : nil }
}
