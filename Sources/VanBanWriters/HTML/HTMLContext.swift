import VanBanModel
import XMLKit

/// Turns a laid-out document into the values the Mustache templates read. The wording and
/// punctuation come from the layout, so the HTML says exactly what the DOCX says.
enum HTMLContext {
    static func page(_ laidOut: LaidOutDocument) -> [String: Any] {
        let document = laidOut.document
        var title = document.kind.name
        if document.number != nil { title += " " + NumberFormatting.reference(number: document.number, symbol: document.effectiveSymbol) }
        if let trichYeu = document.title { title += ": " + trichYeu.replacingOccurrences(of: "\n", with: " ") }
        return ["pageTitle": clean(title), "document": self.document(laidOut, isAttachment: false)]
    }

    static func document(_ laidOut: LaidOutDocument, isAttachment: Bool) -> [String: Any] {
        let header = laidOut.headerLeft + laidOut.headerRight
        let numberLine = header.first { $0.role == .numberLine }?.text
        let dateLine = header.first { $0.role == .dateLine }?.text
        let opening = laidOut.blocks.prefix { !startsBody($0.role) }
        let body = laidOut.blocks.dropFirst(opening.count)
        var context: [String: Any] = [
            "isAttachment": isAttachment,
            "titleId": laidOut.anchorPrefix + "tieu-de",
            "headerLeft": laidOut.headerLeft.filter { !$0.isRule && $0.role != .numberLine }.map(line),
            "headerRight": laidOut.headerRight.filter { !$0.isRule && $0.role != .dateLine }.map(line),
            "hasNumberRow": numberLine != nil || dateLine != nil,
            "numberLine": clean(numberLine ?? ""),
            "dateLine": clean(dateLine ?? ""),
            "opening": items(Array(opening), prefix: laidOut.anchorPrefix),
            "blocks": items(Array(body), prefix: laidOut.anchorPrefix),
            "hasClosing": laidOut.hasClosing,
            "appendix": items(laidOut.appendixBlocks, prefix: laidOut.anchorPrefix),
            "attachments": laidOut.attachments.map { self.document($0, isAttachment: true) },
        ]
        if isAttachment { context["id"] = String(laidOut.anchorPrefix.dropLast()) }
        if let toc = toc(Array(body)) { context["toc"] = toc }
        let recipients = laidOut.closingLeft.filter { $0.role == .recipient }.map { clean(String($0.text.dropFirst(2))) }
        context["hasRecipients"] = !recipients.isEmpty
        context["recipients"] = recipients
        context["recipientsHeading"] = clean(laidOut.closingLeft.first { $0.role == .recipientsHeading }?.text ?? "Nơi nhận:")
        if !laidOut.closingRight.isEmpty {
            var signature: [String: Any] = [
                "lines": laidOut.closingRight.filter { $0.role == .signatureAuthority || $0.role == .signaturePosition }.map { clean($0.text) },
            ]
            if let name = laidOut.closingRight.first(where: { $0.role == .signerName }) { signature["name"] = clean(name.text) }
            context["signature"] = signature
        }
        return context
    }

    /// The opening ends where the normative body starts.
    private static func startsBody(_ role: BlockRole) -> Bool {
        switch role {
        case .partLabel, .chapterLabel, .chapterTitle, .sectionLabel, .articleHeading, .articleText, .paragraph: true
        default: false
        }
    }

    private static func line(_ block: Block) -> [String: Any] {
        ["role": block.role.rawValue, "text": clean(block.text)]
    }

    private static func runs(_ block: Block) -> [[String: Any]] {
        block.runs.map { ["text": clean($0.text), "emphasised": $0.emphasised] }
    }

    /// Text safe for any template: NFC, without the control characters no document may hold.
    /// Escaping `&`, `<` and quotes is Mustache's job (`{{…}}` escapes).
    static func clean(_ text: String) -> String {
        XMLText.clean(VietnameseText.normalized(text))
    }

    /// One value per rendered element, with a flag telling `block.mustache` which partial to use.
    /// Label and title lines of a heading are joined; heading levels follow the nesting, so a
    /// screen reader meets h1 (document), h2 (chapter), h3 (section or article) … in order.
    static func items(_ blocks: [Block], prefix: String) -> [[String: Any]] {
        var result: [[String: Any]] = []
        var levels = HeadingLevels()
        var index = 0
        while index < blocks.count {
            let block = blocks[index]
            let next = index + 1 < blocks.count ? blocks[index + 1] : nil
            var item: [String: Any] = ["role": block.role.rawValue, "text": clean(block.text), "runs": runs(block)]
            if let anchor = block.anchor { item["anchor"] = anchor }
            switch block.role {
            case .kindHeading:
                var lines: [String] = []
                var attachmentLine: String?
                while index + 1 < blocks.count, [.title, .attachmentLine, .titleRule].contains(blocks[index + 1].role) {
                    index += 1
                    if blocks[index].role == .title { lines.append(clean(blocks[index].text)) }
                    if blocks[index].role == .attachmentLine { attachmentLine = clean(blocks[index].text) }
                }
                item["isDocumentTitle"] = true
                item["label"] = clean(block.text)
                item["lines"] = lines
                item["anchor"] = prefix + "tieu-de"
                if let attachmentLine { item["attachmentLine"] = attachmentLine }
            case .partLabel, .chapterLabel, .sectionLabel, .chapterTitle, .appendixLabel:
                let titleRole: BlockRole? = [.partLabel: .partTitle, .chapterLabel: .chapterTitle, .sectionLabel: .sectionTitle,
                                             .appendixLabel: .appendixTitle][block.role]
                item["isHeading"] = true
                item["label"] = clean(block.text)
                if let titleRole, next?.role == titleRole {
                    item["title"] = clean(next!.text)
                    index += 1
                }
                item["level"] = levels.enter(block.role)
            case .articleHeading, .articleText:
                item["isArticle"] = true
                item["titled"] = block.role == .articleHeading
                item["level"] = levels.article
            case .clause, .clauseHeading: item["isClause"] = true
            case .point: item["isPoint"] = true
            case .basis: item["isBasis"] = true
            case .titleRule, .issuerRule, .mottoRule: index += 1; continue
            default: item["isOther"] = true
            }
            result.append(item)
            index += 1
        }
        return result
    }

    /// Chapters (or parts, or sections) and their articles, for documents long enough to need one.
    static func toc(_ blocks: [Block]) -> [String: Any]? {
        var entries: [[String: Any]] = []
        for item in items(blocks, prefix: "") {
            if item["isHeading"] as? Bool == true, let role = item["role"] as? String,
               role == BlockRole.chapterLabel.rawValue || role == BlockRole.chapterTitle.rawValue || role == BlockRole.partLabel.rawValue {
                var entry = item
                entry["articles"] = [[String: Any]]()
                entries.append(entry)
            } else if item["isArticle"] as? Bool == true, item["titled"] as? Bool == true, !entries.isEmpty {
                var articles = entries[entries.count - 1]["articles"] as? [[String: Any]] ?? []
                articles.append(item)
                entries[entries.count - 1]["articles"] = articles
                entries[entries.count - 1]["hasArticles"] = true
            }
        }
        return entries.isEmpty ? nil : ["entries": entries]
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
