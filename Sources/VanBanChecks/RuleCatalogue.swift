import VanBanModel

/// Every rule of Nghị định 30 that vanban checks, in one list: `vanban check` runs them on data
/// and Word files, the importer runs the structure rules on what it read, `vanban fix` applies
/// the certain mends.
public enum RuleCatalogue {
    /// All rules, content first, then layout; codes are unique.
    public static let rules: [Rule] = NumberingRules.rules + SourceRules.rules + HeaderRules.rules + ClosingRules.rules + LayoutRules.rules

    /// The rules the importer runs itself while reading text or Word (numbering, the attachment
    /// line, leading zeros as typed): on an imported file their findings come from the importer.
    public static let importerCodes: Set<MessageCode> = Set(NumberingRules.rules.map(\.code) + SourceRules.rules.map(\.code)
        + [.attachmentNumberMismatch, .attachmentDateMismatch])

    /// The rule with a code.
    public static func rule(_ code: MessageCode) -> Rule? { rules.first { $0.code == code } }

    /// The subjects of a file: the main document (with the layout facts), then each attachment.
    static func subjects(_ document: Document, locations: FieldLocations, today: CivilDate?, layout: LayoutFacts?) -> [CheckSubject] {
        [CheckSubject(document: document, locations: locations, today: today, layout: layout)]
            + document.attachments.enumerated().map { index, attachment in
                CheckSubject(document: attachment, parent: document, locations: locations, prefix: "attachments.\(index).", today: today)
            }
    }

    /// Runs every rule (or those given) over a document and its attachments; findings in reading order.
    public static func check(_ document: Document, locations: FieldLocations = FieldLocations(), today: CivilDate? = nil,
                             layout: LayoutFacts? = nil, rules chosen: [Rule] = rules) -> [Finding] {
        var found: [Finding] = []
        for subject in subjects(document, locations: locations, today: today, layout: layout) {
            for rule in chosen {
                found += rule.check(subject).map { finding in
                    var finding = finding
                    finding.clause = rule.clause
                    return finding
                }
            }
        }
        return ordered(found)
    }

    /// Sorts by line, keeping the catalogue's order within a line.
    public static func ordered(_ findings: [Finding]) -> [Finding] {
        findings.enumerated().sorted { a, b in
            (a.element.diagnostic.location?.line ?? 0, a.element.diagnostic.location?.column ?? 0, a.offset)
                < (b.element.diagnostic.location?.line ?? 0, b.element.diagnostic.location?.column ?? 0, b.offset)
        }.map(\.element)
    }

    /// The numbering findings of the importer, as diagnostics, for a document and its attachments.
    public static func structureDiagnostics(_ document: Document) -> [Diagnostic] {
        ([document] + document.attachments).flatMap { NumberingRules.findings($0).map(\.diagnostic) }
    }

    /// Applies every certain mend, main document first, then each attachment, until nothing
    /// changes (at most three rounds); returns the mended document and one message per change.
    public static func fix(_ document: Document, today: CivilDate? = nil) -> (document: Document, changes: [Message]) {
        var current = document
        var changes: [Message] = []
        for _ in 0..<3 {
            var round: [Message] = []
            let parent = current
            for rule in rules {
                guard let mend = rule.fix else { continue }
                round += mend(&current, CheckSubject(document: current, today: today))
            }
            for index in current.attachments.indices {
                for rule in rules {
                    guard let mend = rule.fix else { continue }
                    round += mend(&current.attachments[index], CheckSubject(document: current.attachments[index], parent: parent, today: today))
                }
            }
            changes += round
            if round.isEmpty { break }
        }
        return (current, changes)
    }

    /// The list of rules as a Markdown table, for the README.
    public static func markdown(in language: Language) -> String {
        var lines = language == .vi
            ? ["| Mã | Mức | Điều khoản | Xét | Sửa được | Ví dụ |", "|---|---|---|---|---|---|"]
            : ["| Code | Severity | Clause | Looks at | Fix | Example |", "|---|---|---|---|---|---|"]
        for rule in rules {
            let example = rule.example.text(in: language).replacingOccurrences(of: "|", with: "\\|")
            let fix = rule.fix == nil ? "" : (language == .vi ? "có" : "yes")
            let scope = language == .vi ? (rule.scope == .content ? "nội dung" : "trình bày") : rule.scope.rawValue
            lines.append("| \(rule.code.rawValue) | \(rule.severity.rawValue) | \(rule.clause) | \(scope) | \(fix) | \(example) |")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
