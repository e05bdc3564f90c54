import Foundation
import VanBanModel

/// The second stage of every line-based reader: a state machine over cleaned lines — header,
/// opening, body and closing of each document, a new document whenever an attached regulation
/// begins. The first stage is the source of lines: `LineCleaner` for text, Word paragraphs with
/// their computed numbering labels for DOCX.
struct StructureBuilder {
    let lines: [SourceLine]
    let kinds: [LineKind]
    let file: String?
    var diagnostics: [Diagnostic] = []
    var documents: [DocumentState] = []

    init(lines: [SourceLine], file: String?) {
        self.lines = lines
        var kinds = lines.map { $0.isTableRow ? LineKind.text : LineClassifier.classify($0.text) }
        var found: [Diagnostic] = []
        LostChapterWords.mark(lines, &kinds, file: file, into: &found)
        self.kinds = kinds
        self.file = file
        self.diagnostics = found
    }

    var current: DocumentState { documents[documents.count - 1] }

    func location(_ index: Int) -> SourceLocation {
        SourceLocation(file: file, line: lines[index].number, column: lines[index].column)
    }

    /// The next non-blank line after `index`, if any.
    func next(after index: Int) -> Int? {
        var position = index + 1
        while position < lines.count {
            if !lines[position].isBlank { return position }
            position += 1
        }
        return nil
    }

    mutating func run() -> ImportResult {
        documents = [DocumentState(phase: .header, kind: nil, at: SourceLocation(file: file, line: 1))]
        var index = 0
        while index < lines.count {
            if !lines[index].isBlank { index = handle(index) }
            index += 1
        }
        var result = DocumentAssembly.finish(documents, file: file, diagnostics: diagnostics)
        // Who must do what: found once the whole tree is known.
        result.document = RoleFinder.withRoles(result.document)
        return result
    }

    /// Handles one line; returns the index of the last line it consumed.
    mutating func handle(_ index: Int) -> Int {
        let line = lines[index]
        let kind = kinds[index]
        let here = location(index)

        // Lines that mean the same wherever they appear.
        switch kind {
        case let .numberLine(raw):
            if current.number == nil {
                current.number = HeaderParsing.number(raw, at: here, into: &diagnostics)
                current.numberLocation = here
            }
            if current.phase == .body { current.inTrailer = true }
            return index
        case let .dateLine(place, day, month, year):
            if !current.sawDateLine {
                current.sawDateLine = true
                current.place = place.isEmpty ? nil : place
                current.date = HeaderParsing.date(day: day, month: month, year: year, written: line.text, at: here, into: &diagnostics)
                if current.date == nil { current.year = Int(year) }
            }
            return index
        case .nationalTitle, .motto:
            if current.phase == .header { return index }
            if upcomingKindHeading(after: index) {
                startDocument(phase: .header, at: here)
            } else {
                current.inTrailer = true
            }
            return index
        default:
            break
        }

        switch current.phase {
        case .header: return header(index, kind, here)
        case .opening: return opening(index, kind, here)
        case .body: return body(index, kind, here)
        case .closing: return closing(index, kind, here)
        }
    }

    /// True when a kind heading ("QUY CHẾ") comes within the next few lines: a new document's header.
    func upcomingKindHeading(after index: Int) -> Bool {
        var position = index
        for _ in 0..<8 {
            guard let next = next(after: position) else { return false }
            if case .kindHeading = kinds[next] { return true }
            if case .article = kinds[next] { return false }
            position = next
        }
        return false
    }

    mutating func startDocument(phase: DocumentState.Phase, kind: DocumentKind? = nil, at location: SourceLocation) {
        let state = DocumentState(phase: phase, kind: kind, at: location)
        state.sawKindHeading = kind != nil
        documents.append(state)
    }

    // MARK: - Header

    mutating func header(_ index: Int, _ kind: LineKind, _ here: SourceLocation) -> Int {
        let text = lines[index].text
        switch kind {
        case let .kindHeading(documentKind):
            current.kind = documentKind
            current.sawKindHeading = true
            current.phase = .opening
            current.location = here
            return index
        case .decides, .basis, .attachmentLine:
            current.kind = current.kind ?? .quyetDinh
            current.phase = .opening
            return opening(index, kind, here)
        case .article, .chapter, .part, .section:
            current.phase = .body
            return body(index, kind, here)
        default:
            if text.hasPrefix("Về việc") {
                current.kind = current.kind ?? .quyetDinh
                current.phase = .opening
                return opening(index, kind, here)
            }
            if VietnameseText.isAllCaps(text), text.split(separator: " ").count <= 12, current.headerCaps.count < 4 {
                current.headerCaps.append(text)
            } else {
                diagnostics.append(Diagnostic(Message.unplacedText(Self.excerpt(text)), at: here))
                current.unplaced.append(UnplacedText(text, line: lines[index].number))
            }
            return index
        }
    }

    // MARK: - Opening

    mutating func opening(_ index: Int, _ kind: LineKind, _ here: SourceLocation) -> Int {
        let text = lines[index].text
        switch kind {
        case let .kindHeading(documentKind):
            if current.isDecision, documentKind == .quyetDinh, !current.titleLines.isEmpty {
                current.decided = true
                current.phase = .body
            } else if !current.titleLines.isEmpty || current.authority != nil {
                current.titleLines.append(text)
            }
            return index
        case .decides:
            current.decided = true
            current.phase = .body
            return index
        case .basis:
            current.titleDone = true
            current.bases += BasisSplitting.split(text)
            return index
        case .attachmentLine:
            current.titleDone = true
            return attachmentLine(index, here)
        case .article, .chapter, .part, .section, .clause, .point, .bullet, .recipientsHeading:
            current.phase = .body
            return body(index, kind, here)
        default:
            let caps = VietnameseText.isAllCaps(text)
            if current.hasAuthorityLine, caps, current.authority != nil, current.bases.isEmpty, current.preamble.isEmpty {
                // The authority line wrapped ("HỘI ĐỒNG NHÂN DÂN TỈNH …" / "KHÓA XV, KỲ HỌP THỨ 14").
                current.authority! += " " + text
            } else if !current.titleDone, current.titleLines.count < 4 {
                if current.hasAuthorityLine, caps, !current.titleLines.isEmpty {
                    current.authority = text
                    current.titleDone = true
                } else if text.hasPrefix("("), !current.titleLines.isEmpty {
                    current.titleDone = true
                    current.preamble.append(text)
                } else {
                    current.titleLines.append(text)
                }
            } else if current.hasAuthorityLine, caps, current.authority == nil, current.bases.isEmpty {
                current.authority = text
            } else {
                current.titleDone = true
                current.preamble.append(text)
            }
            return index
        }
    }

    /// Reads "(Ban hành kèm theo … )", joining the lines it wraps over.
    mutating func attachmentLine(_ index: Int, _ here: SourceLocation) -> Int {
        var text = lines[index].text
        var last = index
        while !text.contains(")"), let next = next(after: last), next - last <= 2, case .text = kinds[next] {
            text += " " + lines[next].text
            last = next
        }
        if current.reference == nil {
            current.reference = (HeaderParsing.reference(text, at: here, into: &diagnostics), here)
        }
        return last
    }

    // MARK: - Body

    mutating func body(_ index: Int, _ kind: LineKind, _ here: SourceLocation) -> Int {
        let line = lines[index]
        let text = line.text
        if !kind.isText { current.inTrailer = false }
        switch kind {
        case let .part(number, title):
            current.events.append(.part(number: number, title: title, at: here))
        case let .chapter(number, title, arabic):
            if arabic, let number {
                diagnostics.append(Diagnostic(Message.arabicChapterNumber(written: text, roman: RomanNumeral.string(number)), at: here))
            }
            current.events.append(.chapter(number: number, title: title, at: here))
        case let .section(number, title):
            current.events.append(.section(number: number, title: title, at: here))
        case let .article(number, _) where quotedByNumbering(index, number: number):
            current.inQuote = true
            diagnostics.append(Diagnostic(Message.quotedArticleByNumbering(Self.excerpt(text), expected: current.expectedArticle), at: here))
            current.events.append(.paragraph(text, at: here))
        case .clause where current.inQuote && !endsQuote(kind), .point where current.inQuote:
            current.events.append(.paragraph(text, at: here))
            if Self.closesQuote(text) { current.inQuote = false }
        case let .article(number, rest):
            current.inQuote = false
            current.lastArticleNumber = number
            current.lastClauseNumber = nil
            let titled = CanonicalText.isArticleTitle(rest, inDecision: current.isDecision)
            current.events.append(.article(number: number, title: titled ? rest : nil, text: titled || rest.isEmpty ? nil : rest, at: here))
        case let .clause(number, clauseText):
            current.inQuote = false
            current.lastClauseNumber = number
            if line.wasBold, !clauseText.isEmpty {
                current.events.append(.clause(number: number, title: clauseText, text: "", at: here))
            } else {
                current.events.append(.clause(number: number, title: nil, text: clauseText, at: here))
            }
        case let .point(label, pointText):
            current.events.append(.point(label: label, text: pointText, at: here))
        case let .bullet(level, bulletText):
            current.events.append(.bullet(level: level, text: bulletText, at: here))
        case .quotedArticle:
            diagnostics.append(Diagnostic(Message.quotedArticle(Self.excerpt(text)), at: here))
            current.events.append(.paragraph(text, at: here))
            current.inQuote = !Self.closesQuote(text)
        case let .recipientsHeading(rest):
            current.phase = .closing
            current.inRecipients = true
            if !rest.isEmpty { current.recipients.append(rest) }
        case let .kindHeading(documentKind):
            // "Chương IX / HỢP ĐỒNG": a heading's title that happens to be a document type's name.
            if let last = current.lastEventIndex, current.events[last].isHeading {
                current.events[last].append(text)
            } else if current.isDecision, current.hasArticles {
                startDocument(phase: .opening, kind: documentKind, at: here)
            } else {
                bodyText(index, here)
            }
        case .decides where current.isDecision && !current.decided:
            current.decided = true
        case .basis where current.events.isEmpty:
            current.bases += BasisSplitting.split(text)
        case .attachmentLine where current.events.isEmpty:
            return attachmentLine(index, here)
        default:
            bodyText(index, here)
            if current.inQuote, Self.closesQuote(text) { current.inQuote = false }
        }
        return index
    }

    /// An article heading right after "… như sau:" whose number breaks the document's own
    /// numbering is the article an amending text quotes (often written as a Markdown heading):
    /// the reading with continuous numbering wins.
    func quotedByNumbering(_ index: Int, number: String) -> Bool {
        guard current.lastArticleNumber != nil else { return false }
        if current.inQuote { return number != current.expectedArticle }
        var position = index - 1
        while position >= 0, lines[position].isBlank { position -= 1 }
        guard position >= 0 else { return false }
        let previous = lines[position].text
        guard previous.hasSuffix("như sau:") || previous.hasSuffix("như sau:\"") else { return false }
        return number != current.expectedArticle
    }

    /// Inside a quoted article, a khoản that continues the amending article's own numbering and
    /// reads as an amendment ("2. Sửa đổi Điều 17 như sau:") ends the quote.
    func endsQuote(_ kind: LineKind) -> Bool {
        guard case let .clause(number, text) = kind, let last = current.lastClauseNumber, let value = Int(last),
              number == String(value + 1), !Self.closesQuote(text) else { return false }
        return text.hasSuffix(":") || text.contains("Điều ") || text.contains("điều ")
            || ["Sửa đổi", "Bổ sung", "Bãi bỏ", "Thay thế", "Thay cụm", "Thêm"].contains { text.hasPrefix($0) }
    }

    /// A closing quotation mark at the end of a line (before its punctuation) ends the quoted text.
    static func closesQuote(_ text: String) -> Bool {
        let trimmed = text.reversed().drop { ".;,:".contains($0) || $0 == " " }
        guard let last = trimmed.first else { return false }
        return last == "”" || last == "\"" || last == "»"
    }

    /// Plain text in the body: a wrapped line, a heading title, an unnumbered group heading,
    /// the signature, a late header block, or a paragraph.
    mutating func bodyText(_ index: Int, _ here: SourceLocation) {
        let text = lines[index].text
        let caps = VietnameseText.isAllCaps(text)
        if lines[index].isTableRow {
            current.events.append(.paragraph(text, at: here))
            return
        }
        if let last = current.lastEventIndex {
            let lastEvent = current.events[last]
            if lastEvent.isHeading, caps {
                current.events[last].append(text)
                return
            }
            if let first = text.first, first.isLowercase, !lastEvent.isHeading {
                current.events[last].append(text)
                return
            }
        }
        if caps {
            if Self.isSignatureLine(text), current.hasArticles {
                current.phase = .closing
                current.signatureLines.append(text)
                return
            }
            if let next = next(after: index), case .article = kinds[next] {
                current.events.append(.chapter(number: nil, title: text, at: here))
                return
            }
            if current.inTrailer || upcomingHeaderLine(after: index) {
                current.inTrailer = true
                if current.headerCaps.isEmpty || current.inTrailer { current.headerCaps.append(text) }
                return
            }
        }
        if current.inTrailer { return }
        current.events.append(.paragraph(text, at: here))
    }

    func upcomingHeaderLine(after index: Int) -> Bool {
        var position = index
        for _ in 0..<3 {
            guard let next = next(after: position) else { return false }
            switch kinds[next] {
            case .numberLine, .nationalTitle, .motto: return true
            default: position = next
            }
        }
        return false
    }

    static let signatureWords = ["HIỆU TRƯỞNG", "CHỦ TỊCH", "GIÁM ĐỐC", "THỦ TƯỚNG", "BỘ TRƯỞNG", "TRƯỞNG BAN", "BÍ THƯ", "TỔNG GIÁM ĐỐC", "CHỦ NHIỆM", "VIỆN TRƯỞNG"]

    static func isSignatureLine(_ text: String) -> Bool {
        guard text.split(separator: " ").count <= 10 else { return false }
        if ["TM.", "KT.", "Q.", "TL.", "TUQ."].contains(where: { text.hasPrefix($0) }) { return true }
        return signatureWords.contains { text.hasPrefix($0) || text.hasSuffix($0) }
    }

    // MARK: - Closing

    mutating func closing(_ index: Int, _ kind: LineKind, _ here: SourceLocation) -> Int {
        let text = lines[index].text
        let caps = VietnameseText.isAllCaps(text)
        switch kind {
        case let .kindHeading(documentKind):
            startDocument(phase: .opening, kind: documentKind, at: here)
            return index
        case .article, .chapter, .part, .section:
            current.phase = .body
            return body(index, kind, here)
        case let .bullet(_, item) where current.inRecipients:
            current.recipients.append(item)
            return index
        default:
            break
        }
        if current.inRecipients, !caps {
            current.recipients.append(text)
            return index
        }
        current.inRecipients = false
        if current.signerName == nil {
            if caps, current.signatureLines.count < 3 {
                current.signatureLines.append(text)
            } else if !caps, text.split(separator: " ").count <= 6, !current.signatureLines.isEmpty,
                      !text.hasPrefix("("), !text.contains(where: \.isNumber) {
                current.signerName = text
            }
            return index
        }
        if caps {
            // A header block after the signer: the attached document begins.
            startDocument(phase: .header, at: here)
            current.headerCaps.append(text)
        }
        return index
    }

    static func excerpt(_ text: String) -> String {
        text.count > 60 ? String(text.prefix(60)) + "…" : text
    }
}

extension LineKind {
    var isText: Bool {
        if case .text = self { return true }
        return false
    }
}
