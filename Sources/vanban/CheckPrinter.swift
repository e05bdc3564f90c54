import Foundation
import VanBan

/// Gathers the findings of `vanban check` over several files and prints them as lines or JSON.
struct CheckPrinter {
    let language: Language
    let format: CheckFormat
    private(set) var errors = 0
    private var warnings = 0
    private var suggestions = 0
    private var lines: [String] = []
    private var records: [[String: Any]] = []

    init(language: Language, format: CheckFormat) {
        self.language = language
        self.format = format
    }

    /// The rule list, as a Markdown table, lines or JSON.
    static func rules(_ format: CheckFormat, language: Language) -> String {
        switch format {
        case .markdown: return RuleCatalogue.markdown(in: language)
        case .text:
            return RuleCatalogue.rules.map { rule in
                "\(rule.code.rawValue) \(rule.severity.rawValue) (\(rule.clause))\(rule.fix == nil ? "" : " [fix]"): \(rule.example.text(in: language))"
            }.joined(separator: "\n") + "\n"
        case .json:
            let list: [[String: Any]] = RuleCatalogue.rules.map { rule in
                ["code": rule.code.rawValue, "severity": rule.severity.rawValue, "rule": rule.clause, "scope": rule.scope.rawValue,
                 "fix": rule.fix != nil, "example": rule.example.text(in: language)]
            }
            return json(["rules": list])
        }
    }

    static func json(_ object: Any) -> String {
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// The label of a severity: error, warning, suggestion (lỗi, cảnh báo, gợi ý).
    func label(_ severity: Severity) -> String {
        switch (severity, language) {
        case (.error, .vi): "lỗi"
        case (.warning, .vi): "cảnh báo"
        case (.note, .vi): "gợi ý"
        case (.error, .en): "error"
        case (.warning, .en): "warning"
        case (.note, .en): "suggestion"
        }
    }

    func jsonSeverity(_ severity: Severity) -> String { severity == .note ? "suggestion" : severity.rawValue }

    mutating func count(_ severity: Severity) {
        switch severity {
        case .error: errors += 1
        case .warning: warnings += 1
        case .note: suggestions += 1
        }
    }

    /// Where a finding is: "file:line:col", or "file:¶N "first words…"" in a Word file.
    func place(_ location: SourceLocation?, file: String, layout: LayoutFacts?) -> (text: String, json: [String: Any]) {
        let name = location?.file ?? (file == "-" ? "<stdin>" : file)
        guard let location, location.isKnown else { return (name, ["file": name]) }
        if let layout {
            let words = layout.paragraphs.first { $0.number == location.line }.map { Self.firstWords($0.text) } ?? ""
            return ("\(name):¶\(location.line) \"\(words)\"", ["file": name, "paragraph": location.line, "excerpt": words])
        }
        return ("\(name):\(location.line):\(location.column)", ["file": name, "line": location.line, "column": location.column])
    }

    /// The first words of a paragraph, at most about 30 characters.
    static func firstWords(_ text: String) -> String {
        let flat = PrintableText.printable(text.split(whereSeparator: \.isWhitespace).joined(separator: " "))
        guard flat.count > 30 else { return flat }
        let cut = flat.prefix(30)
        return String(cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut) + "…"
    }

    mutating func add(_ report: DocumentChecking.Report, file: String) {
        // Reader notes and rule findings in one order, by place in the file.
        let all = report.readerDiagnostics.map { Finding($0, clause: "") } + report.findings
        let ordered = all.enumerated().sorted { a, b in
            (a.element.diagnostic.location?.line ?? 0, a.element.diagnostic.location?.column ?? 0, a.offset)
                < (b.element.diagnostic.location?.line ?? 0, b.element.diagnostic.location?.column ?? 0, b.offset)
        }.map(\.element)
        for finding in ordered {
            record(finding.diagnostic, clause: finding.clause.isEmpty ? nil : finding.clause, fix: finding.fix, file: file, layout: report.layout)
        }
    }

    mutating func failed(_ diagnostics: [Diagnostic], file: String) {
        for diagnostic in diagnostics { record(diagnostic, clause: nil, fix: nil, file: file, layout: nil) }
    }

    private mutating func record(_ diagnostic: Diagnostic, clause: String?, fix: String?, file: String, layout: LayoutFacts?) {
        count(diagnostic.severity)
        let where_ = place(diagnostic.location, file: file, layout: layout)
        let message = diagnostic.message(in: language)
        let rule = clause.map { " (\($0))" } ?? ""
        lines.append("\(where_.text): \(label(diagnostic.severity)): [\(diagnostic.code.rawValue)] \(message)\(rule)")
        var entry: [String: Any] = ["code": diagnostic.code.rawValue, "severity": jsonSeverity(diagnostic.severity),
                                    "location": where_.json, "message": message]
        entry["rule"] = clause ?? NSNull()
        entry["fix"] = fix ?? NSNull()
        records.append(entry)
    }

    /// Everything to print, summary last.
    func output(files: Int) -> String {
        let summary = CommandMessage.checkSummary(files: files, errors: errors, warnings: warnings, suggestions: suggestions)
        switch format {
        case .json:
            return Self.json(["findings": records, "summary": ["files": files, "errors": errors, "warnings": warnings, "suggestions": suggestions,
                                                               "text": summary.text(in: language)]])
        case .text, .markdown:
            return (lines + [summary.text(in: language)]).joined(separator: "\n") + "\n"
        }
    }
}
