import Foundation
import VanBanChecks
import VanBanModel

/// Turns the states the parser filled into documents, then checks what was read.
enum DocumentAssembly {
    static func finish(_ states: [DocumentState], file: String?, diagnostics found: [Diagnostic]) -> ImportResult {
        var diagnostics = found
        // A state that never got content (a stray header after the last signature) is dropped.
        let kept = states.enumerated().filter { $0.offset == 0 || !$0.element.events.isEmpty || !$0.element.titleLines.isEmpty }.map(\.element)
        var documents = kept.map { document(from: $0, diagnostics: &diagnostics) }
        var main = documents.removeFirst()
        let mainState = kept[0]

        for (offset, var attachment) in documents.enumerated() {
            let state = kept[offset + 1]
            if attachment.issuer == main.issuer || Self.sameBody(attachment.issuer, main.issuer) { attachment.issuer = nil }
            if let (reference, at) = state.reference {
                reconcile(&main, with: reference, at: at, isDecision: mainState.isDecision, diagnostics: &diagnostics)
            }
            attachment.issuedWith = nil
            main.attachments.append(attachment)
        }
        HeaderInference.inferIssuer(&main, file: file, into: &diagnostics)
        if main.kind == .quyetDinh, mainState.number == nil {
            diagnostics.append(Diagnostic(Message.missingHeader("\"Số: …\""), at: SourceLocation(file: file, line: 1)))
        }
        if main.kind == .quyetDinh, !mainState.sawKindHeading {
            diagnostics.append(Diagnostic(Message.missingHeader("\"QUYẾT ĐỊNH\""), at: SourceLocation(file: file, line: 1)))
        }
        // The numbering rules of the check catalogue, so `vanban import` and `vanban check` agree.
        diagnostics += RuleCatalogue.structureDiagnostics(main)
        diagnostics = diagnostics.enumerated().sorted { a, b in
            (a.element.location?.line ?? 0, a.offset) < (b.element.location?.line ?? 0, b.offset)
        }.map(\.element)
        return ImportResult(document: main, diagnostics: diagnostics)
    }

    static func document(from state: DocumentState, diagnostics: inout [Diagnostic]) -> Document {
        let kind = state.kind ?? (state.hasArticles ? .quyChe : .quyetDinh)
        var document = Document(kind: kind, location: state.location)
        if let name = state.headerCaps.last {
            let parent = state.headerCaps.dropLast().joined(separator: " ")
            document.issuer = IssuingBody(parent: parent.isEmpty ? nil : parent, name: name)
        }
        if let number = state.number {
            document.number = number.number
            // "Số: 05/QĐ" with no issuer abbreviation says nothing the kind does not.
            if let symbol = number.symbol, symbol != kind.abbreviation {
                let kindPrefix = (kind.abbreviation ?? "") + "-"
                if document.issuer != nil, kind.abbreviation != nil, symbol.hasPrefix(kindPrefix), symbol.count > kindPrefix.count,
                   !symbol.dropFirst(kindPrefix.count).contains("/") {
                    document.issuer?.abbreviation = String(symbol.dropFirst(kindPrefix.count))
                } else {
                    document.symbol = symbol
                }
            }
        }
        document.place = state.place
        document.date = state.date
        document.draftYear = state.year
        document.title = state.titleLines.isEmpty ? nil : state.titleLines.joined(separator: "\n")
        document.issuingAuthority = state.authority
        document.bases = state.bases.filter { !$0.isEmpty }
        document.preamble = state.preamble
        document.unplaced = state.unplaced
        var events = state.events
        stripFinalMark(&events)
        ArticleTitles.settle(&events, inDecision: state.isDecision, into: &diagnostics)
        document.body = BodyAssembly.assemble(events)
        document.recipients = state.recipients.map { VietnameseText.strippingTrailingPunctuation($0.trimmingCharacters(in: CharacterSet(charactersIn: "-–• "))) }
            .filter { !$0.isEmpty }
        document.signature = signature(state.signatureLines, name: state.signerName)
        if let (reference, _) = state.reference { document.issuedWith = reference }
        return document
    }

    /// The same issuing body written in another case or without its abbreviation: an attachment's
    /// header repeating its decision's.
    static func sameBody(_ a: IssuingBody?, _ b: IssuingBody?) -> Bool {
        guard let a, let b else { return false }
        func upper(_ text: String?) -> String? { text.map(VietnameseText.uppercased) }
        return upper(a.name) == upper(b.name) && upper(a.parent) == upper(b.parent)
    }

    /// "./." closes the last article; the data keeps the sentence's own full stop.
    static func stripFinalMark(_ events: inout [BodyEvent]) {
        guard let index = events.lastIndex(where: { $0.trailingText != nil }), let text = events[index].trailingText else { return }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        for mark in ["./.", "/."] where trimmed.hasSuffix(mark) {
            var base = String(trimmed.dropLast(mark.count)).trimmingCharacters(in: .whitespaces)
            if !base.isEmpty, !".;:".contains(base.last!) { base += "." }
            events[index].replaceTrailingText(base)
            return
        }
    }

    static func signature(_ lines: [String], name: String?) -> SignatureBlock? {
        guard !lines.isEmpty || name != nil else { return nil }
        var block = SignatureBlock(name: name)
        guard let first = lines.first else { return block }
        if let authority = SigningAuthority.allCases.first(where: { first.hasPrefix($0.rawValue) }) {
            block.authority = authority
            block.onBehalfOf = first.dropFirst(authority.rawValue.count).trimmingCharacters(in: .whitespaces)
            block.position = lines.dropFirst().first
        } else {
            block.position = lines.joined(separator: " ")
        }
        return block
    }

    /// Checks the decision against its attachment's "Ban hành kèm theo" line, fills what the
    /// decision lacks from it, and takes the proper-cased names the line gives.
    static func reconcile(_ decision: inout Document, with reference: DocumentReference, at location: SourceLocation, isDecision: Bool,
                          diagnostics: inout [Diagnostic]) {
        let stated = NumberFormatting.reference(number: reference.number, symbol: reference.symbol)
        if decision.number == nil, let number = reference.number {
            decision.number = number
            if decision.symbol == nil, decision.issuer?.abbreviation == nil, let symbol = reference.symbol { decision.symbol = symbol }
            diagnostics.append(Diagnostic(Message.numberFromAttachment(.number, value: stated), at: location))
        } else if reference.number != nil || reference.symbol != nil {
            let own = NumberFormatting.reference(number: decision.number, symbol: decision.effectiveSymbol)
            if own.replacingOccurrences(of: " ", with: "") != stated.replacingOccurrences(of: " ", with: "") {
                diagnostics.append(Diagnostic(Message.attachmentNumberMismatch(stated: stated, decision: own), at: location))
            }
        }
        if decision.date == nil, let date = reference.date {
            decision.date = date
            diagnostics.append(Diagnostic(Message.numberFromAttachment(.date, value: DateFormatting.longDate(date)), at: location))
        } else if let date = reference.date, let own = decision.date, date != own {
            diagnostics.append(Diagnostic(Message.attachmentDateMismatch(stated: DateFormatting.longDate(date), decision: DateFormatting.longDate(own)), at: location))
        }
        guard let issuedBy = reference.issuedBy else { return }
        // "của Hiệu trưởng Trường Mầm non Thiên Tôn" gives the case the capitals hide.
        if let authority = decision.issuingAuthority, VietnameseText.isAllCaps(authority), !VietnameseText.isAllCaps(issuedBy),
           VietnameseText.uppercased(issuedBy) == authority {
            decision.issuingAuthority = issuedBy
        }
        if let name = decision.issuer?.name, VietnameseText.isAllCaps(name) {
            let words = issuedBy.split(separator: " ")
            let count = name.split(separator: " ").count
            if words.count >= count {
                let tail = words.suffix(count).joined(separator: " ")
                if VietnameseText.uppercased(tail) == name, !VietnameseText.isAllCaps(tail) { decision.issuer?.name = tail }
            }
        }
    }
}
