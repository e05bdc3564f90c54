import VanBanModel

/// Lays a document out as Nghị định 30 prescribes: adds the fixed lines, labels and punctuation
/// that data leaves out, so every writer prints the same words.
public enum DocumentLayout {
    /// Quốc hiệu.
    public static let nationalTitle = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    /// Tiêu ngữ, with spaced hyphens.
    public static let motto = "Độc lập - Tự do - Hạnh phúc"
    /// The ending of the last article.
    public static let finalMark = "./."

    /// Lays out a document and its attachments.
    public static func layout(_ document: Document) -> LaidOutDocument {
        layout(document, parent: nil, anchorPrefix: "")
    }

    static func layout(_ document: Document, parent: Document?, anchorPrefix: String) -> LaidOutDocument {
        let issuer = document.issuer ?? parent?.issuer
        var left: [Block] = []
        if let parentBody = issuer?.parent { left.append(Block(.parentBody, VietnameseText.uppercased(parentBody))) }
        if let name = issuer?.name {
            left.append(Block(.issuerName, VietnameseText.uppercased(name)))
            left.append(Block(.issuerRule, ""))
        }
        var right = [Block(.nationalTitle, nationalTitle), Block(.motto, motto), Block(.mottoRule, "")]
        // An attached regulation is identified through its decision: no number and no date of
        // its own. A document with no number to give (an Điều lệ) shows no "Số:" line; a draft
        // shows its blanks.
        if parent == nil, document.issuedWith == nil {
            if document.number != nil || document.effectiveSymbol != nil { left.append(Block(.numberLine, document.numberLine)) }
            if document.date != nil || document.draftYear != nil || document.place != nil { right.append(Block(.dateLine, document.dateLine)) }
        }

        var blocks: [Block] = [Block(.kindHeading, document.kind.heading)]
        for line in (document.title ?? "").split(separator: "\n") { blocks.append(Block(.title, String(line))) }
        if let parent {
            blocks.append(Block(.attachmentLine, AttachmentLine.text(for: parent)))
        } else if let reference = document.issuedWith {
            blocks.append(Block(.attachmentLine, AttachmentLine.text(for: reference)))
        }
        blocks.append(Block(.titleRule, ""))
        if let authority = document.issuingAuthority { blocks.append(Block(.authority, VietnameseText.uppercased(authority))) }
        blocks += punctuatedList(document.bases, role: .basis)
        blocks += document.preamble.map { Block(.preamble, $0) }
        if document.kind == .quyetDinh, !document.body.allArticles.isEmpty {
            blocks.append(Block(.decides, "\(document.kind.heading):"))
        } else if document.kind == .nghiQuyet, !document.body.allArticles.isEmpty {
            // A council's resolution decides with "QUYẾT NGHỊ:" (mẫu 1.1, Nghị định 30).
            blocks.append(Block(.decides, "QUYẾT NGHỊ:"))
        }
        var body = BodyLayout(prefix: anchorPrefix)
        body.layout(document.body)
        blocks += body.finishedBlocks()

        let closingLeft = recipientBlocks(document.recipients)
        let closingRight = signatureBlocks(document.signature)
        var appendixBlocks: [Block] = []
        let appendixTables = document.appendices.map(\.rows).filter { !$0.isEmpty }.map { rows in
            rows.map { $0.map { VietnameseText.normalized($0) } }
        }
        for appendix in document.appendices {
            if let label = appendix.label { appendixBlocks.append(Block(.appendixLabel, label)) }
            if let title = appendix.title { appendixBlocks.append(Block(.appendixTitle, VietnameseText.uppercased(title))) }
            appendixBlocks += appendix.lines.map { Block(.appendixLine, $0) }
        }
        let attachments = document.attachments.enumerated().map { index, attachment in
            let slug = attachment.kind.abbreviation.map { VietnameseText.asciiSlug($0) } ?? "vb"
            return layout(attachment, parent: document, anchorPrefix: "\(anchorPrefix)\(slug)-\(index + 1)-")
        }
        var laidOut = LaidOutDocument(
            headerLeft: left, headerRight: right, blocks: blocks, closingLeft: closingLeft,
            closingRight: closingRight, appendixBlocks: appendixBlocks, attachments: attachments,
            anchorPrefix: anchorPrefix, document: document)
        laidOut.appendixTables = appendixTables
        return laidOut
    }

    /// One block per entry, each ending ";" and the last ".".
    static func punctuatedList(_ entries: [String], role: BlockRole, bullet: String = "") -> [Block] {
        entries.enumerated().map { index, entry in
            let ending = index == entries.count - 1 ? "." : ";"
            return Block(role, bullet + VietnameseText.strippingTrailingPunctuation(entry) + ending)
        }
    }

    static func recipientBlocks(_ recipients: [String]) -> [Block] {
        guard !recipients.isEmpty else { return [] }
        return [Block(.recipientsHeading, "Nơi nhận:")] + punctuatedList(recipients, role: .recipient, bullet: "- ")
    }

    static func signatureBlocks(_ signature: SignatureBlock?) -> [Block] {
        guard let signature else { return [] }
        let heading = signature.headingLines
        var blocks: [Block] = []
        for (index, line) in heading.enumerated() {
            blocks.append(Block(index == 0 ? .signatureAuthority : .signaturePosition, line))
        }
        blocks.append(Block(.signatureSpace, ""))
        if let name = signature.name { blocks.append(Block(.signerName, name)) }
        return blocks
    }
}
