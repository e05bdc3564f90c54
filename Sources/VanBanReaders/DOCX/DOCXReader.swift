import Foundation
import VanBanModel
import VanBanOOXML
import XMLKit

/// Reads Word files (.docx) into a `Document`: the paragraphs Word shows, with the labels its
/// automatic numbering computes and legacy-font text decoded, fed to the same structure builder
/// as the text importer. Diagnostics point at "paragraph N" of the Word file.
public struct DOCXReader: Sendable {
    /// Limits on the package (entries, part sizes) against zip bombs.
    public var limits: InputLimits

    /// Creates a reader; the limits default to the program's (`InputLimits.current`).
    public init(limits: InputLimits = .current) {
        self.limits = limits
    }

    /// True when the bytes start like a ZIP archive (a .docx), whatever the file is called.
    public static func looksLikePackage(_ data: Data) -> Bool {
        data.count >= 4 && data.prefix(4).elementsEqual([0x50, 0x4B, 0x03, 0x04])
    }

    /// Reads a .docx; throws when the package cannot be opened or its main part is not XML.
    public func read(_ data: Data, file: String? = nil) throws(DiagnosticError) -> ImportResult {
        Self.assemble(try walk(data, file: file), file: file)
    }

    /// The paragraphs as Word shows them, one string each: numbering labels computed, fields by
    /// their result, legacy fonts not decoded (for checking labels against another reader).
    public func paragraphTexts(_ data: Data, file: String? = nil) throws(DiagnosticError) -> [String] {
        try walk(data, file: file).paragraphs.map { paragraph in
            let text = paragraph.pieces.map(\.text).joined()
            return paragraph.label.map { $0 + paragraph.labelSeparator + text } ?? text
        }
    }

    func walk(_ data: Data, file: String?) throws(DiagnosticError) -> WordBodyWalker {
        let name = file ?? "<stdin>"
        func fail(_ detail: String) -> DiagnosticError { DiagnosticError(Message.wordUnreadable(file: name, detail: detail)) }
        let package: OOXMLPackage
        let body: XMLElement
        var styles = WordStyles()
        var numbering = WordNumbering()
        let trees: [XMLTree]
        do {
            package = try OOXMLPackage(data: data, limits: PackageLimits(
                fileBytes: limits.inputBytes, entries: limits.zipEntries, partBytes: limits.partBytes, totalBytes: limits.packageBytes))
            let main = try package.mainDocumentPart()
            let document = try package.xml(of: main)
            guard let root = document.root, root.name == "document", let found = root.child("body") else {
                throw PackageError("\(main) is not a WordprocessingML document (no w:document/w:body)")
            }
            body = found
            var kept = [document]
            if let part = try package.relatedPart(from: main, type: "styles") {
                let tree = try package.xml(of: part)
                styles = WordStyles(tree.root)
                kept.append(tree)
            }
            if let part = try package.relatedPart(from: main, type: "numbering") {
                let tree = try package.xml(of: part)
                numbering = WordNumbering(tree.root)
                kept.append(tree)
            }
            trees = kept
        } catch {
            throw fail((error as? PackageError)?.message ?? String(describing: error))
        }
        var walker = WordBodyWalker(styles: styles, numbering: numbering)
        walker.walk(body: body)
        withExtendedLifetime(trees) {}
        return walker
    }

    /// Turns the walked paragraphs into source lines and runs the structure builder.
    static func assemble(_ walker: WordBodyWalker, file: String?) -> ImportResult {
        var paragraphs = walker.paragraphs
        var notes: [Diagnostic] = []
        // Legacy fonts: decode every run of a font only when the whole document's text in that
        // font decodes and reads more like Vietnamese afterwards (styles often name .VnTime
        // over text that is already Unicode).
        var byFont: [String: (encoding: LegacyFont, runs: Int, first: Int, raw: String, decoded: String, ok: Bool)] = [:]
        for paragraph in paragraphs {
            for piece in paragraph.pieces {
                guard let font = piece.font, let legacy = LegacyFont(fontName: font) else { continue }
                var entry = byFont[font] ?? (legacy, 0, paragraph.number, "", "", true)
                entry.runs += 1
                if entry.ok, let decoded = legacy.decode(piece.text) {
                    if entry.raw.utf8.count < 20_000 {
                        entry.raw += piece.text + " "
                        entry.decoded += decoded + " "
                    }
                } else {
                    entry.ok = false
                }
                byFont[font] = entry
            }
        }
        let converted = Set(byFont.filter { entry in
            entry.value.ok && LegacyEncodings.vietnameseScore(entry.value.decoded) > LegacyEncodings.vietnameseScore(entry.value.raw)
        }.keys)
        for (font, entry) in byFont.sorted(by: { $0.value.first < $1.value.first }) where converted.contains(font) {
            notes.append(Diagnostic(Message.legacyFontConverted(font: font, encoding: entry.encoding.encodingName, runs: entry.runs),
                                    at: SourceLocation(file: file, line: entry.first)))
        }
        if walker.droppedFootnotes > 0 { notes.append(Diagnostic(Message.wordContentDropped(.footnotes, count: walker.droppedFootnotes), at: nil)) }
        if walker.droppedComments > 0 { notes.append(Diagnostic(Message.wordContentDropped(.comments, count: walker.droppedComments), at: nil)) }
        if walker.droppedDeletions > 0 { notes.append(Diagnostic(Message.wordContentDropped(.deletions, count: walker.droppedDeletions), at: nil)) }

        var lines: [SourceLine] = []
        var texts: [Int: String] = [:]
        for index in paragraphs.indices {
            var text = ""
            // The bold text the paragraph starts with: "Điều 4." bold before a plain sentence is
            // an untitled article whose first sentence is its text, not its title.
            var boldPrefix = ""
            var prefixOpen = paragraphs[index].label == nil
            var boldAfterPrefix = false
            for piece in paragraphs[index].pieces {
                var value = piece.text
                if let font = piece.font, converted.contains(font), let legacy = LegacyFont(fontName: font), let decoded = legacy.decode(piece.text) {
                    value = decoded
                }
                let neutral = value.allSatisfy { $0.isWhitespace || $0.isPunctuation }
                if prefixOpen, piece.bold || neutral {
                    boldPrefix += value
                } else {
                    prefixOpen = false
                    if piece.bold, !neutral { boldAfterPrefix = true }
                }
                text += value
            }
            if let label = paragraphs[index].label { text = label + paragraphs[index].labelSeparator + text }
            let bold = paragraphs[index].isBold
            paragraphs[index].pieces = []
            let number = paragraphs[index].number
            if !bold, !boldAfterPrefix, !boldPrefix.isEmpty, !boldPrefix.contains("\n"), boldPrefix.utf8.count < text.utf8.count,
               case let .article(_, rest) = LineClassifier.classify(LineCleaner.clean(boldPrefix, number: number).text), rest.isEmpty {
                let remainder = String(text.dropFirst(boldPrefix.count))
                lines.append(LineCleaner.clean(boldPrefix, number: number))
                let produced = ParagraphLines.lines(of: remainder, number: number, inCell: paragraphs[index].cell != nil)
                texts[number] = LineCleaner.clean(text, number: number).text
                lines += produced
                continue
            }
            let produced = ParagraphLines.lines(of: text, number: number, inCell: paragraphs[index].cell != nil, bold: bold)
            if let first = produced.first(where: { !$0.isBlank }) { texts[number] = first.text }
            lines += produced
        }
        var builder = StructureBuilder(lines: lines, file: file)
        var result = builder.run()
        // After each finding at a paragraph, say once where a person finds it in Word.
        var cells: [Int: Message.TableCell] = [:]
        for paragraph in paragraphs { if let cell = paragraph.cell { cells[paragraph.number] = cell } }
        var located: [Diagnostic] = []
        var explained: Set<Int> = []
        for diagnostic in notes + result.diagnostics {
            located.append(diagnostic)
            guard let location = diagnostic.location, location.file == file, location.line > 0,
                  diagnostic.code != .legacyFontConverted, !explained.contains(location.line) else { continue }
            explained.insert(location.line)
            let excerpt = Self.excerpt(texts[location.line] ?? "")
            located.append(Diagnostic(Message.wordParagraph(number: location.line, excerpt: excerpt, cell: cells[location.line]), at: location))
        }
        result.diagnostics = located
        return result
    }

    /// The first words of a paragraph, as a person would search for them in Word.
    static func excerpt(_ text: String) -> String {
        let words = text.split(separator: " ")
        return words.count > 8 ? words.prefix(8).joined(separator: " ") + " …" : text
    }
}

/// Splits one Word paragraph into the lines the structure builder reads: at manual line
/// breaks, and at tabs (or wide runs of spaces) that place header items side by side ("Số: …"
/// and the date, the issuing body and the Quốc hiệu).
enum ParagraphLines {
    static func lines(of text: String, number: Int, inCell: Bool, bold: Bool = false) -> [SourceLine] {
        var result: [SourceLine] = []
        let segments = text.utf8.contains(0x0A) ? text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) : [text]
        for segment in segments {
            for piece in pieces(segment, inCell: inCell) {
                var line = LineCleaner.clean(piece, number: number)
                line.wasBold = line.wasBold || bold
                result.append(line)
            }
        }
        // A paragraph that is only breaks still counts as one blank line (spacing).
        if result.isEmpty { result.append(LineCleaner.clean("", number: number)) }
        return result
    }

    static func pieces(_ segment: String, inCell: Bool) -> [String] {
        // Byte scans: Foundation's substring search costs more than the rest of the import.
        var hasTab = false, hasWideSpace = false
        var spaces = 0
        for byte in segment.utf8 {
            if byte == 0x09 { hasTab = true; break }
            spaces = byte == 0x20 ? spaces + 1 : 0
            if spaces >= 3 { hasWideSpace = true }
        }
        guard hasTab || hasWideSpace || inCell else { return [segment] }
        var parts = [segment]
        if hasTab || hasWideSpace {
            let split = segment.replacingOccurrences(of: "\t", with: "   ")
                .components(separatedBy: "   ").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            let cleaned = split.map { LineCleaner.clean($0, number: 0).text }
            let header = cleaned.contains { piece in
                switch LineClassifier.classify(piece) {
                case .numberLine, .dateLine, .nationalTitle, .motto: true
                default: false
                }
            }
            if header, split.count > 1 { parts = split }
        }
        return inCell || parts.count > 1 ? parts.flatMap { LineCleaner.splitHeaderCell($0) } : parts
    }
}
