import ArgumentParser
import Foundation
import VanBan

/// How `vanban check` prints its findings.
enum CheckFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, markdown
}

/// `--today`: the day the date rules take as today, for reproducible runs.
struct TodayOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Take this day (yyyy-mm-dd) as today for the date rules (default: today in Vietnam).", valueName: "date"))
    var today: String?

    mutating func validate() throws {
        if let today, CivilDate(iso: today) == nil { throw ValidationError("--today takes a date such as 2025-10-07, not \"\(today)\"") }
    }

    /// The day to use.
    var date: CivilDate? { today.flatMap(CivilDate.init(iso:)) ?? DocumentChecking.today() }
}

/// Reads one input for check or fix: a data file by its extension, anything else through the importer.
enum CheckInput {
    static func isData(_ path: String) -> Bool {
        let lower = path.lowercased()
        return path == "-" || lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") || lower.hasSuffix(".json")
    }

    static func report(_ path: String, today: CivilDate?) throws(DiagnosticError) -> DocumentChecking.Report {
        let data: Data
        do { data = try InputFile.read(path) } catch { throw DiagnosticError([error]) }
        let file: String? = path == "-" ? nil : path
        if isData(path) {
            let lower = path.lowercased()
            let format: DataFormat = lower.hasSuffix(".json") || (path == "-" && data.first { !(Character(UnicodeScalar($0)).isWhitespace) } == UInt8(ascii: "{")) ? .json : .yaml
            return try DocumentChecking.checkData(data, format: format, file: file, today: today)
        }
        return try DocumentChecking.checkImported(data, file: file, today: today)
    }
}

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check data or Word files against the rules of Nghị định 30.",
        discussion: """
            Prints every finding as file:line:col: severity: [CODE] message (rule) for data files \
            (.yaml, .json) and text, and as file:¶N "first words…": … for Word files (.docx, .doc), \
            where N is the paragraph number in Word. A summary line ends the output.
            Exit codes: 0 no errors (warnings and suggestions allowed), 1 errors, 2 wrong usage.

            Examples:
              vanban check qd.yaml
              vanban check draft.docx --lang en
              vanban check qd.yaml --format json
              vanban check --list-rules --format markdown
            """
    )

    @Argument(help: ArgumentHelp("The files to check (.yaml, .yml, .json, .docx, .doc, .txt, .md); - reads data from standard input.", valueName: "FILE"))
    var inputs: [String] = []

    @Option(name: .long, help: ArgumentHelp("text (default) or json; markdown with --list-rules.", valueName: "format"))
    var format: CheckFormat = .text

    @Flag(name: .long, help: "List the rules instead of checking (with their codes, clauses and fixes).")
    var listRules = false

    @OptionGroup var today: TodayOption

    @OptionGroup var common: CommonOptions

    func run() throws {
        let language = common.language
        let console = Console(language: language)
        if listRules {
            try console.run { try console.writeStandardOutput(Data(CheckPrinter.rules(format, language: language).utf8)) }
            return
        }
        guard !inputs.isEmpty else {
            console.report([Diagnostic(CommandMessage.checkNeedsFile)])
            throw ExitCode(2)
        }
        var printer = CheckPrinter(language: language, format: format)
        for input in inputs {
            do {
                printer.add(try CheckInput.report(input, today: today.date), file: input)
            } catch {
                printer.failed(error.diagnostics, file: input)
            }
        }
        try console.run { try console.writeStandardOutput(Data(printer.output(files: inputs.count).utf8)) }
        if printer.errors > 0 { throw ExitCode(1) }
    }
}
