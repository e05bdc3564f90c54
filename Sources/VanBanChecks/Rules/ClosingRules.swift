import VanBanModel

/// Căn cứ, nơi nhận, the signature block and the attachment line, over the model. Data holds
/// căn cứ and recipients without their punctuation (the writers add it), so a mark typed into
/// the data is a suggestion with a certain fix.
enum ClosingRules {
    static let rules: [Rule] = [
        Rule(.basisPunctuation, .suggestion, clause: "PL1 II.6.a", example: .basisPunctuation(written: "Căn cứ Luật Giáo dục;", expected: "Căn cứ Luật Giáo dục"),
             check: basisMarks, fix: mendBasisMarks),
        Rule(.basesOnOneLine, .warning, clause: "PL1 II.6.a", example: .basesOnOneLine(excerpt: "Căn cứ Luật Giáo dục; Căn cứ …"), check: joinedBases),
        Rule(.recipientPunctuation, .suggestion, clause: "PL1 II.9.d", example: .recipientPunctuation(written: "- Như Điều 3;", expected: "Như Điều 3"),
             check: recipientMarks, fix: mendRecipientMarks),
        Rule(.archiveForm, .warning, clause: "PL1 II.9.d", example: .archiveForm(written: "Lưu VT", expected: "Lưu: VT"), check: archiveForm, fix: mendArchive),
        Rule(.archiveMissing, .warning, clause: "PL1 II.9.d", example: .archiveMissing, check: archiveMissing),
        Rule(.recipientArticle, .warning, clause: "PL3 Mẫu 1.2", example: .recipientArticle(article: "5", .noSuchArticle), check: asArticle),
        Rule(.asAboveInDecision, .suggestion, clause: "PL3 Mẫu 1.2", example: .asAboveInDecision(article: "3"), check: asAbove, fix: mendAsAbove),
        Rule(.signatureIncomplete, .error, clause: "ND 13; PL1 II.7", example: .signatureIncomplete(authority: "KT.", missing: .position), check: { signature($0).filter { $0.code == .signatureIncomplete } }),
        Rule(.deputyWithoutKT, .warning, clause: "ND 13.1.c", example: .deputyWithoutKT(position: "Phó Hiệu trưởng"), check: { signature($0).filter { $0.code == .deputyWithoutKT } }),
        Rule(.academicTitle, .warning, clause: "PL1 II.7.c", example: .academicTitle(name: "TS. Nguyễn Văn An", title: "TS."), check: academic),
        Rule(.attachmentNumberMismatch, .warning, clause: "PL3 Mẫu 1.2", example: .attachmentNumberMismatch(stated: "275/QĐ-MNTT", decision: "257/QĐ-MNTT"),
             check: { attachmentLine($0).filter { $0.code == .attachmentNumberMismatch } }, fix: mendAttachmentLine),
        Rule(.attachmentDateMismatch, .warning, clause: "PL3 Mẫu 1.2", example: .attachmentDateMismatch(stated: "2025-10-08", decision: "2025-10-07"),
             check: { attachmentLine($0).filter { $0.code == .attachmentDateMismatch } }, fix: mendAttachmentLine),
    ]

    // MARK: Căn cứ

    static func hasMarks(_ text: String) -> Bool { VietnameseText.strippingTrailingPunctuation(text) != text.trimmingCharacters(in: .whitespaces) }

    static func basisMarks(_ subject: CheckSubject) -> [Finding] {
        subject.document.bases.enumerated().filter { hasMarks($0.element) }.map { index, basis in
            let clean = VietnameseText.strippingTrailingPunctuation(basis)
            return Finding(.basisPunctuation(written: basis, expected: clean), at: subject.location("bases.\(index)"), fix: clean)
        }
    }

    @Sendable static func mendBasisMarks(_ document: inout Document, _ subject: CheckSubject) -> [Message] {
        var changes: [Message] = []
        for index in document.bases.indices where hasMarks(document.bases[index]) {
            let old = document.bases[index]
            document.bases[index] = VietnameseText.strippingTrailingPunctuation(old)
            changes.append(.fixApplied(what: "căn cứ \(index + 1)", from: old, to: document.bases[index]))
        }
        return changes
    }

    static func joinedBases(_ subject: CheckSubject) -> [Finding] {
        subject.document.bases.enumerated().compactMap { index, basis in
            guard basis.range(of: "; Căn cứ ") != nil || basis.range(of: ";Căn cứ ") != nil else { return nil }
            return Finding(.basesOnOneLine(excerpt: excerpt(basis)), at: subject.location("bases.\(index)"))
        }
    }

    static func excerpt(_ text: String) -> String { text.count > 60 ? String(text.prefix(59)) + "…" : text }

    // MARK: Nơi nhận

    static func cleanRecipient(_ text: String) -> String {
        var value = Substring(text.trimmingCharacters(in: .whitespaces))
        while let first = value.first, first == "-" || first == "+" || first == "–" || first == "•" { value = value.dropFirst().drop { $0 == " " } }
        return VietnameseText.strippingTrailingPunctuation(String(value))
    }

    static func recipientMarks(_ subject: CheckSubject) -> [Finding] {
        subject.document.recipients.enumerated().filter { cleanRecipient($0.element) != $0.element }.map { index, recipient in
            let clean = cleanRecipient(recipient)
            return Finding(.recipientPunctuation(written: recipient, expected: clean), at: subject.location("recipients.\(index)"), fix: clean)
        }
    }

    @Sendable static func mendRecipientMarks(_ document: inout Document, _ subject: CheckSubject) -> [Message] {
        var changes: [Message] = []
        for index in document.recipients.indices where cleanRecipient(document.recipients[index]) != document.recipients[index] {
            let old = document.recipients[index]
            document.recipients[index] = cleanRecipient(old)
            changes.append(.fixApplied(what: "nơi nhận \(index + 1)", from: old, to: document.recipients[index]))
        }
        return changes
    }

    /// "Lưu VT, HC", "Lưu : VT", "lưu: VT" → "Lưu: VT, HC"; nil when already right or not an archive line.
    static func archiveMended(_ recipient: String) -> String? {
        let text = cleanRecipient(recipient)
        let lower = VietnameseText.lowercased(text)
        guard lower.hasPrefix("lưu"), lower.count == 3 || !(lower.dropFirst(3).first?.isLetter ?? false) else { return nil }
        var rest = text.dropFirst(3).drop { $0 == " " }
        if rest.first == ":" { rest = rest.dropFirst().drop { $0 == " " } }
        let mended = rest.isEmpty ? "Lưu: VT" : "Lưu: \(rest)"
        return mended == text ? nil : mended
    }

    static func archiveForm(_ subject: CheckSubject) -> [Finding] {
        subject.document.recipients.enumerated().compactMap { index, recipient in
            archiveMended(recipient).map {
                Finding(.archiveForm(written: recipient, expected: $0), at: subject.location("recipients.\(index)"), fix: $0)
            }
        }
    }

    @Sendable static func mendArchive(_ document: inout Document, _ subject: CheckSubject) -> [Message] {
        var changes: [Message] = []
        for index in document.recipients.indices {
            guard let mended = archiveMended(document.recipients[index]) else { continue }
            changes.append(.fixApplied(what: "nơi nhận \(index + 1)", from: document.recipients[index], to: mended))
            document.recipients[index] = mended
        }
        return changes
    }

    static func archiveMissing(_ subject: CheckSubject) -> [Finding] {
        let recipients = subject.document.recipients
        guard let last = recipients.last, !VietnameseText.lowercased(cleanRecipient(last)).hasPrefix("lưu") else { return [] }
        return [Finding(.archiveMissing, at: subject.location("recipients.\(recipients.count - 1)"))]
    }

    /// The article N of a "Như Điều N" recipient.
    static func citedArticle(_ recipient: String) -> String? {
        let text = cleanRecipient(recipient)
        let lower = VietnameseText.lowercased(text)
        guard lower.hasPrefix("như điều ") else { return nil }
        let number = text.dropFirst("như điều ".count).prefix { $0.isNumber || $0.isLetter }
        return number.isEmpty ? nil : String(number)
    }

    /// True when an article names who carries the document out ("… chịu trách nhiệm thi hành").
    static func namesExecutors(_ article: Article) -> Bool {
        let texts = article.paragraphs + article.clauses.flatMap { [$0.text ?? ""] + $0.paragraphs } + article.points.map(\.text)
        return texts.contains { RoleFinder.executors(in: $0) != nil }
    }

    static func asArticle(_ subject: CheckSubject) -> [Finding] {
        subject.document.recipients.enumerated().compactMap { index, recipient in
            guard let number = citedArticle(recipient) else { return nil }
            let location = subject.location("recipients.\(index)")
            guard let article = subject.document.allArticles.first(where: { $0.number == number }) else {
                return Finding(.recipientArticle(article: number, .noSuchArticle), at: location)
            }
            return namesExecutors(article) ? nil : Finding(.recipientArticle(article: number, .namesNoExecutor), at: location)
        }
    }

    /// The one article of a decision that names its executors, when exactly one does.
    static func executingArticle(_ document: Document) -> String? {
        let executing = document.allArticles.filter(namesExecutors)
        return executing.count == 1 ? executing[0].number : nil
    }

    static func isAsAbove(_ recipient: String) -> Bool { VietnameseText.lowercased(cleanRecipient(recipient)) == "như trên" }

    static func asAbove(_ subject: CheckSubject) -> [Finding] {
        guard subject.document.kind == .quyetDinh, let article = executingArticle(subject.document) else { return [] }
        return subject.document.recipients.enumerated().filter { isAsAbove($0.element) }.map { index, _ in
            Finding(.asAboveInDecision(article: article), at: subject.location("recipients.\(index)"), fix: "Như Điều \(article)")
        }
    }

    @Sendable static func mendAsAbove(_ document: inout Document, _ subject: CheckSubject) -> [Message] {
        guard document.kind == .quyetDinh, let article = executingArticle(document) else { return [] }
        var changes: [Message] = []
        for index in document.recipients.indices where isAsAbove(document.recipients[index]) {
            changes.append(.fixApplied(what: "nơi nhận \(index + 1)", from: document.recipients[index], to: "Như Điều \(article)"))
            document.recipients[index] = "Như Điều \(article)"
        }
        return changes
    }

    // MARK: Signature

    static func blank(_ text: String?) -> Bool { text?.trimmingCharacters(in: .whitespaces).isEmpty ?? true }

    static func signature(_ subject: CheckSubject) -> [Finding] {
        guard let signature = subject.document.signature else { return [] }
        let location = subject.location("signature")
        var found: [Finding] = []
        if let authority = signature.authority {
            if authority == .q {
                // "Q. HIỆU TRƯỞNG": the acting head signs under the head's title alone.
                if blank(signature.onBehalfOf), blank(signature.position) {
                    found.append(Finding(.signatureIncomplete(authority: authority.rawValue, missing: .onBehalfOf), at: location))
                }
            } else {
                // TM. names the collective, KT., TL. and TUQ. the head; the line below is the signer's own position.
                if blank(signature.onBehalfOf) {
                    found.append(Finding(.signatureIncomplete(authority: authority.rawValue, missing: .onBehalfOf), at: location))
                }
                if blank(signature.position) {
                    found.append(Finding(.signatureIncomplete(authority: authority.rawValue, missing: .position), at: location))
                }
            }
        } else if let position = signature.position, VietnameseText.lowercased(position).hasPrefix("phó ") {
            // A deputy signs for the head: "KT. HIỆU TRƯỞNG" above "PHÓ HIỆU TRƯỞNG" [ND 13.1.c].
            found.append(Finding(.deputyWithoutKT(position: position), at: location))
        }
        if subject.document.number != nil, blank(signature.name) {
            let heading = signature.headingLines.first ?? signature.authority?.rawValue ?? ""
            found.append(Finding(.signatureIncomplete(authority: heading, missing: .name), at: location))
        }
        return found
    }

    /// Academic and honorary titles written before a name.
    static let titles = ["GS.TS.", "PGS.TS.", "GS.", "PGS.", "TS.", "ThS.", "BS.", "KS.", "CN.", "TSKH.", "NGƯT.", "NGND.", "NGƯT", "NGND"]

    static func academic(_ subject: CheckSubject) -> [Finding] {
        guard let name = subject.document.signature?.name?.trimmingCharacters(in: .whitespaces),
              let title = titles.first(where: { name.hasPrefix($0 + " ") || (name.hasPrefix($0) && $0.hasSuffix(".")) }) else { return [] }
        return [Finding(.academicTitle(name: name, title: title), at: subject.location("signature.name"))]
    }

    // MARK: Attachment line

    static func attachmentLine(_ subject: CheckSubject) -> [Finding] {
        guard let parent = subject.parent, let stated = subject.document.issuedWith else { return [] }
        var found: [Finding] = []
        let location = subject.location("issued_with")
        let own = NumberFormatting.reference(number: parent.number, symbol: parent.effectiveSymbol)
        let said = NumberFormatting.reference(number: stated.number, symbol: stated.symbol)
        if stated.number != nil, said != own {
            found.append(Finding(.attachmentNumberMismatch(stated: said, decision: own), at: location, fix: own))
        }
        if let date = stated.date, date != parent.date {
            found.append(Finding(.attachmentDateMismatch(stated: date.iso, decision: parent.date?.iso ?? "—"), at: location, fix: parent.date?.iso))
        }
        return found
    }

    /// An attachment takes its line from the decision: the stated reference is dropped.
    @Sendable static func mendAttachmentLine(_ document: inout Document, _ subject: CheckSubject) -> [Message] {
        guard subject.parent != nil, let stated = document.issuedWith, !attachmentLine(subject).isEmpty else { return [] }
        document.issuedWith = nil
        return [.fixApplied(what: "(Ban hành kèm theo …)", from: NumberFormatting.reference(number: stated.number, symbol: stated.symbol),
                            to: subject.parent.map { NumberFormatting.reference(number: $0.number, symbol: $0.effectiveSymbol) } ?? "")]
    }
}
