import Foundation

/// `vanban check` and `vanban fix` as a library: a data file or a Word file in, findings of the
/// Nghị định 30 rule set out, each with its location, clause and mend.
public enum DocumentChecking {
    /// The findings of a file and what it read as.
    public struct Report: Sendable {
        /// The document read (imported, for a Word or text file).
        public var document: Document
        /// What loading or importing reported (warnings of the data reader, import notes) that the
        /// catalogue does not produce itself.
        public var readerDiagnostics: [Diagnostic]
        /// The rule findings.
        public var findings: [Finding]
        /// The Word file's layout facts, when the input was Word (for "¶N" locations).
        public var layout: LayoutFacts?
    }

    /// Today's date in Vietnam (UTC+7), for the rule on dates in the future.
    public static func today(_ now: Date = Date()) -> CivilDate? {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 7 * 3600) ?? .gmt
        let parts = calendar.dateComponents([.year, .month, .day], from: now)
        return parts.year.flatMap { year in parts.month.flatMap { month in parts.day.flatMap { CivilDate(year: year, month: month, day: $0) } } }
    }

    /// Checks a data file's text (YAML or JSON). Throws when it does not load.
    public static func checkData(_ data: Data, format: DataFormat, file: String?, today: CivilDate?) throws(DiagnosticError) -> Report {
        guard let text = String(data: data, encoding: .utf8) else {
            throw DiagnosticError(Message.fileUnreadable(file: file ?? "<stdin>", .notUTF8))
        }
        let tree = try DocumentData.parse(text, format: format, file: file)
        let loaded = try DocumentData.document(from: tree)
        let findings = RuleCatalogue.check(loaded.document, locations: locations(of: tree), today: today)
        return Report(document: loaded.document, readerDiagnostics: loaded.warnings, findings: findings, layout: nil)
    }

    /// Checks a Word or text file by importing it: the import's own findings (numbering, leading
    /// zeros …) join the catalogue's content rules and, for Word, its layout rules.
    public static func checkImported(_ data: Data, file: String?, today: CivilDate?) throws(DiagnosticError) -> Report {
        var bytes = data
        // A Word 97–2003 file is converted once, then read and measured as the DOCX it became.
        if LegacyImport.kind(of: data, file: file) == .doc {
            switch LibreOfficeConverter().convertWord97(data, name: file ?? "<stdin>") {
            case let .success(docx): bytes = docx
            case let .failure(diagnostic): throw DiagnosticError([diagnostic])
            }
        }
        let result = try LegacyImport.read(bytes, file: file)
        var layout: LayoutFacts?
        if LegacyImport.kind(of: bytes, file: file) == .docx { layout = try? DOCXReader().layoutFacts(bytes, file: file) }
        // The importer already ran the rules it shares with the catalogue (numbering, the
        // attachment line, leading zeros as typed); its findings are taken as they are, once.
        let shared = RuleCatalogue.importerCodes
        // A text file: its lines stand in for Word's paragraphs (numbered as the importer numbers
        // them), so the rules on typed text (căn cứ and nơi nhận marks, the Quốc hiệu, the date) run too.
        let typed = layout ?? String(data: bytes, encoding: .utf8).map { text in
            LayoutFacts(file: file ?? "<stdin>", paragraphs: text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { index, line in
                LayoutFacts.Paragraph(number: index + 1, text: String(line.hasSuffix("\r") ? line.dropLast() : line))
            })
        }
        let locations = typed.map { wordLocations(result.document, $0) } ?? FieldLocations()
        var findings = RuleCatalogue.check(result.document, locations: locations, today: today, layout: typed,
                                           rules: RuleCatalogue.rules.filter { !shared.contains($0.code) })
        var reader: [Diagnostic] = []
        for diagnostic in result.diagnostics where diagnostic.code != .wordParagraph {
            if let rule = RuleCatalogue.rule(diagnostic.code) {
                findings.append(Finding(diagnostic, clause: rule.clause, fix: mend(of: diagnostic)))
            } else {
                reader.append(diagnostic)
            }
        }
        return Report(document: result.document, readerDiagnostics: reader, findings: RuleCatalogue.ordered(findings), layout: layout)
    }

    /// What the importer's own findings say to write instead, for the JSON `fix` field.
    static func mend(of diagnostic: Diagnostic) -> String? {
        switch diagnostic.libraryMessage {
        case let .dateLeadingZero(_, expected)?, let .numberLeadingZero(_, expected)?: expected
        case let .attachmentNumberMismatch(_, decision)?, let .attachmentDateMismatch(_, decision)?: decision
        default: nil
        }
    }

    /// Where the fields of an imported Word file are: the paragraph that holds the text of each
    /// căn cứ and recipient, the number line and the signer's name (the model keeps no location for them).
    static func wordLocations(_ document: Document, _ layout: LayoutFacts) -> FieldLocations {
        var table: [String: SourceLocation] = [:]
        func paragraph(after start: Int = 0, _ matches: (String) -> Bool) -> Int? {
            guard start < layout.paragraphs.count else { return nil }
            return layout.paragraphs[start...].firstIndex { matches($0.text) }
        }
        func key(_ text: String) -> String { String(VietnameseText.strippingTrailingPunctuation(text).prefix(40)) }
        for (index, basis) in document.bases.enumerated() {
            if let found = paragraph({ $0.contains(key(basis)) }) { table["bases.\(index)"] = layout.location(of: layout.paragraphs[found]) }
        }
        let start = paragraph { $0.trimmingCharacters(in: .whitespaces).hasPrefix("Nơi nhận") } ?? 0
        for (index, recipient) in document.recipients.enumerated() {
            if let found = paragraph(after: start, { $0.contains(key(recipient)) }) {
                table["recipients.\(index)"] = layout.location(of: layout.paragraphs[found])
            }
        }
        if let found = paragraph({ $0.trimmingCharacters(in: .whitespaces).hasPrefix("Số") }) {
            table["symbol"] = layout.location(of: layout.paragraphs[found])
            table["number"] = table["symbol"]
        }
        if let name = document.signature?.name, let found = paragraph(after: start, { $0.contains(name) }) {
            table["signature"] = layout.location(of: layout.paragraphs[found])
        }
        return FieldLocations(table)
    }

    /// Where each field of a data file is, by dotted path ("recipients.1", "attachments.0.date").
    public static func locations(of tree: DataNode) -> FieldLocations {
        var table: [String: SourceLocation] = [:]
        func visit(_ node: DataNode, _ path: String, depth: Int) {
            guard depth < 12 else { return }
            if !path.isEmpty { table[path] = table[path] ?? node.location }
            switch node {
            case let .mapping(pairs, _):
                for pair in pairs {
                    let key = path.isEmpty ? pair.key : "\(path).\(pair.key)"
                    table[key] = pair.keyLocation
                    if case .scalar = pair.value { table[key] = pair.value.location }
                    visit(pair.value, key, depth: depth + 1)
                }
            case let .sequence(items, _):
                for (index, item) in items.enumerated() { visit(item, "\(path).\(index)", depth: depth + 1) }
            case .scalar, .null:
                break
            }
        }
        visit(tree, "", depth: 0)
        return FieldLocations(table)
    }
}
