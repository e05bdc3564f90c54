import ArgumentParser
import Foundation
import VanBan
import VanBanStore

struct IssueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "issue",
        abstract: "Issue a draft: give it the next number from the register, stamp number and date, render it.",
        discussion: """
            The number comes from the outgoing register (sổ đăng ký văn bản đi): the next one in the \
            series of the document's kind and year (the year of the signing date in Vietnam, UTC+7). \
            The register entry, the issued data and its SHA-256 are written in one transaction, so a \
            failed or interrupted issue gives its number back. An issued document is frozen.

            Examples:
              vanban issue qd.yaml -o qd.docx
              vanban issue qd.yaml -o qd.docx -o qd.yaml --date 2025-10-07
              vanban issue mat.yaml -o mat.docx --secret
              vanban issue qd.yaml -o qd.docx --database postgres://van-thu@db.truong.local/vanban
            """
    )

    @Argument(help: ArgumentHelp("The draft data file (.yaml or .json), without a number; - reads standard input.", valueName: "DRAFT"))
    var input: String

    @Option(name: .shortAndLong, help: ArgumentHelp("A file to write the issued document to (format from the extension); repeatable.", valueName: "OUT"))
    var output: [String] = []

    @Option(name: .long, help: ArgumentHelp("The signing date: yyyy-mm-dd, or a time with a zone (2025-12-31T17:30Z); default today in Vietnam.", valueName: "date"))
    var date: String?

    @Flag(name: .long, help: "A secret document (văn bản mật): numbered in its own series.")
    var secret = false

    @Option(name: .long, help: ArgumentHelp("Take the number from this series instead (e.g. an advisory council's own).", valueName: "name"))
    var sequence: String?

    @Flag(name: .long, help: "Replace OUT if it exists.")
    var force = false

    @Option(name: .long, help: ArgumentHelp("DOCX only: take styles and page setup from this .docx.", valueName: "FILE.docx"))
    var referenceDoc: String?

    @Option(name: .long, help: ArgumentHelp("DOCX only: body text size in points, 13 or 14.", valueName: "pt"))
    var fontSize: Double?

    @OptionGroup var store: StoreOptions
    @OptionGroup var common: CommonOptions

    func validate() throws {
        for path in output where OutputFormat(path: path) == nil {
            throw ValidationError("cannot tell the format from \"\(path)\" (use .\(OutputFormat.allCases.flatMap(\.extensions).joined(separator: ", .")))")
        }
        if let fontSize, fontSize != 13, fontSize != 14 {
            throw ValidationError("--font-size takes 13 or 14 (Nghị định 30 allows no other body size)")
        }
    }

    func run() throws {
        let console = Console(language: common.language)
        try console.runStore {
            let targets = output.map { OutputTarget(path: $0, force: force) }
            for (target, path) in zip(targets, output) { try target.checkWritable(binary: OutputFormat(path: path)) }
            var day = DateText.civilDate(at: Date())
            if let date {
                guard let parsed = DateText.parse(date) else { throw Diagnostic(RegisterMessage.badDate(value: date)) }
                day = parsed
            }
            let draft = try console.load(input)
            let options = IssueOptions(date: day, secret: secret, sequence: sequence)
            let formats = output.compactMap(OutputFormat.init(path:))
            let renderOptions = RenderOptions(referenceDocument: referenceDoc.map { URL(fileURLWithPath: $0) }, bodySize: fontSize)
            let register = try store.open(language: common.language)
            let result = try runBlocking {
                do {
                    let result = try await DocumentIssuing.issue(draft, options: options, store: register) { issued in
                        try formats.map { try Renderer.render(issued, as: $0, options: renderOptions) }
                    }
                    await register.close()
                    return result
                } catch {
                    await register.close()
                    throw error
                }
            }
            console.report(result.warnings)
            let entry = result.entry
            do {
                for (target, data) in zip(targets, result.rendered) { try target.write(data) }
            } catch let failure as Diagnostic {
                console.say(failure)
                throw Diagnostic(RegisterMessage.outputLost(number: entry.numberAndSymbol, year: String(entry.year)))
            }
            if !result.alreadyRegistered {
                console.say(Diagnostic(RegisterMessage.issued(number: entry.numberAndSymbol, date: DateText.short(entry.date), sequence: entry.sequence, year: String(entry.year))))
            }
            FileHandle.standardOutput.write(Data((entry.numberAndSymbol + "\n").utf8))
        }
    }
}
