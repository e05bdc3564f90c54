import VanBanModel
import XMLKit

/// Turns a laid-out document into the values the Mustache templates read. The wording and
/// punctuation come from the layout, so the HTML says exactly what the DOCX says.
enum HTMLContext {
    static func page(_ laidOut: LaidOutDocument) -> HTMLPage {
        let document = laidOut.document
        var title = document.kind.name
        if document.number != nil { title += " " + NumberFormatting.reference(number: document.number, symbol: document.effectiveSymbol) }
        if let trichYeu = document.title { title += ": " + trichYeu.replacingOccurrences(of: "\n", with: " ") }
        return HTMLPage(pageTitle: clean(title), document: self.document(laidOut, isAttachment: false))
    }

    static func document(_ laidOut: LaidOutDocument, isAttachment: Bool) -> HTMLDocument {
        let header = laidOut.headerLeft + laidOut.headerRight
        let numberLine = header.first { $0.role == .numberLine }?.text
        let dateLine = header.first { $0.role == .dateLine }?.text
        let opening = laidOut.blocks.prefix { !startsBody($0.role) }
        let body = laidOut.blocks.dropFirst(opening.count)
        let recipients = laidOut.closingLeft.filter { $0.role == .recipient }.map { clean(String($0.text.dropFirst(2))) }
        var signature: HTMLSignature?
        if !laidOut.closingRight.isEmpty {
            signature = HTMLSignature(
                lines: laidOut.closingRight.filter { $0.role == .signatureAuthority || $0.role == .signaturePosition }.map { clean($0.text) },
                name: laidOut.closingRight.first(where: { $0.role == .signerName }).map { clean($0.text) })
        }
        var result = HTMLDocument(
            isAttachment: isAttachment,
            id: isAttachment ? String(laidOut.anchorPrefix.dropLast()) : nil,
            titleId: laidOut.anchorPrefix + "tieu-de",
            headerLeft: laidOut.headerLeft.filter { !$0.isRule && $0.role != .numberLine }.map(line),
            headerRight: laidOut.headerRight.filter { !$0.isRule && $0.role != .dateLine }.map(line),
            hasNumberRow: numberLine != nil || dateLine != nil,
            numberLine: clean(numberLine ?? ""),
            dateLine: clean(dateLine ?? ""),
            opening: items(Array(opening), prefix: laidOut.anchorPrefix),
            blocks: items(Array(body), prefix: laidOut.anchorPrefix),
            hasClosing: laidOut.hasClosing,
            appendix: items(laidOut.appendixBlocks, prefix: laidOut.anchorPrefix),
            appendixTables: laidOut.appendixTables.map { rows in
                HTMLGrid(header: (rows.first ?? []).map(clean), rows: rows.dropFirst().map { HTMLGridRow(cells: $0.map(clean)) })
            },
            attachments: laidOut.attachments.map { self.document($0, isAttachment: true) },
            toc: toc(Array(body)),
            hasRecipients: !recipients.isEmpty,
            recipients: recipients,
            recipientsHeading: clean(laidOut.closingLeft.first { $0.role == .recipientsHeading }?.text ?? "Nơi nhận:"),
            signature: signature)
        result.leadingBlocks = result.blocks
        if laidOut.hasClosing, let last = result.leadingBlocks.popLast() { result.keptBlocks = [last] }
        return result
    }

    /// The opening ends where the normative body starts.
    private static func startsBody(_ role: BlockRole) -> Bool {
        switch role {
        case .partLabel, .chapterLabel, .chapterTitle, .sectionLabel, .articleHeading, .articleText, .paragraph: true
        default: false
        }
    }

    private static func line(_ block: Block) -> HTMLLine {
        HTMLLine(role: block.role.rawValue, text: clean(block.text))
    }

    private static func runs(_ block: Block) -> [HTMLRun] {
        block.runs.map { HTMLRun(text: clean($0.text), emphasised: $0.emphasised) }
    }

    /// Text safe for any template: NFC, without the control characters no document may hold.
    /// Escaping `&`, `<` and quotes is Mustache's job (`{{…}}` escapes).
    static func clean(_ text: String) -> String {
        XMLText.clean(VietnameseText.normalized(text))
    }

    /// One value per rendered element, with a flag telling `block.mustache` which partial to use.
    /// Label and title lines of a heading are joined; heading levels follow the nesting, so a
    /// screen reader meets h1 (document), h2 (chapter), h3 (section or article) … in order.
    static func items(_ blocks: [Block], prefix: String) -> [HTMLBlock] {
        var result: [HTMLBlock] = []
        var levels = HeadingLevels()
        var index = 0
        while index < blocks.count {
            let block = blocks[index]
            let next = index + 1 < blocks.count ? blocks[index + 1] : nil
            var item = HTMLBlock(role: block.role.rawValue, text: clean(block.text), runs: runs(block), anchor: block.anchor)
            switch block.role {
            case .kindHeading:
                var lines: [String] = []
                var attachmentLine: String?
                while index + 1 < blocks.count, [.title, .attachmentLine, .titleRule].contains(blocks[index + 1].role) {
                    index += 1
                    if blocks[index].role == .title { lines.append(clean(blocks[index].text)) }
                    if blocks[index].role == .attachmentLine { attachmentLine = clean(blocks[index].text) }
                }
                item.isDocumentTitle = true
                item.label = clean(block.text)
                item.lines = lines
                item.anchor = prefix + "tieu-de"
                item.attachmentLine = attachmentLine
            case .partLabel, .chapterLabel, .sectionLabel, .chapterTitle, .appendixLabel:
                let titleRole: BlockRole? = [.partLabel: .partTitle, .chapterLabel: .chapterTitle, .sectionLabel: .sectionTitle,
                                             .appendixLabel: .appendixTitle][block.role]
                item.isHeading = true
                item.label = clean(block.text)
                if let titleRole, next?.role == titleRole {
                    item.title = clean(next!.text)
                    index += 1
                }
                item.level = levels.enter(block.role)
            case .articleHeading, .articleText:
                item.isArticle = true
                item.titled = block.role == .articleHeading
                item.level = levels.article
            case .clause, .clauseHeading: item.isClause = true
            case .point: item.isPoint = true
            case .basis: item.isBasis = true
            case .titleRule, .issuerRule, .mottoRule: index += 1; continue
            default: item.isOther = true
            }
            result.append(item)
            index += 1
        }
        return result
    }

    /// Chapters (or parts, or sections) and their articles, for documents long enough to need one.
    static func toc(_ blocks: [Block]) -> HTMLTableOfContents? {
        var entries: [HTMLTableOfContentsEntry] = []
        for item in items(blocks, prefix: "") {
            if item.isHeading, [BlockRole.chapterLabel, .chapterTitle, .partLabel].map(\.rawValue).contains(item.role) {
                entries.append(HTMLTableOfContentsEntry(anchor: item.anchor, label: item.label, title: item.title, articles: []))
            } else if item.isArticle, item.titled, !entries.isEmpty {
                entries[entries.count - 1].articles.append(item)
            }
        }
        return entries.isEmpty ? nil : HTMLTableOfContents(entries: entries)
    }
}

/// Tracks the heading level of each structural unit as the body nests.
struct HeadingLevels {
    private var part: Int?
    private var chapter: Int?
    private var section: Int?

    mutating func enter(_ role: BlockRole) -> Int {
        switch role {
        case .partLabel:
            part = 2; chapter = nil; section = nil
            return 2
        case .chapterLabel, .chapterTitle:
            chapter = (part ?? 1) + 1; section = nil
            return chapter!
        case .sectionLabel:
            section = (chapter ?? part ?? 1) + 1
            return section!
        default:
            return 2
        }
    }

    var article: Int { min(6, (section ?? chapter ?? part ?? 1) + 1) }
}
