import ArgumentParser
import Foundation
import VanBan

struct FixCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fix",
        abstract: "Mend what the Nghị định 30 rules can mend for certain, and show each change.",
        discussion: """
            Renumbers khoản and reletters điểm (a b c d đ e …), drops the marks data must not hold \
            (";" after a căn cứ, "-" before a recipient), writes "Lưu: VT, …" and "Như Điều N", \
            mends the look-alike "Ð" and spaces in the ký hiệu, and drops an attachment line that \
            disagrees with its decision. Nothing else in the wording changes.
            Prints one line per change. Without -o it only shows them and writes nothing; an \
            existing OUT is replaced only with --force. A Word or text file is imported first, \
            so OUT may be data (.yaml, .json) or a document (.docx …), which pads numbers and dates.

            Examples:
              vanban fix qd.yaml
              vanban fix qd.yaml -o qd-sua.yaml
              vanban fix draft.docx -o draft-sua.docx --reference-doc truong.docx
            """
    )

    @Argument(help: ArgumentHelp("The file to mend (.yaml, .yml, .json, .docx, .doc, .txt); - reads data from standard input.", valueName: "IN"))
    var input: String

    @OptionGroup var out: OutputOptions

    @Option(name: .long, help: ArgumentHelp("DOCX output only: take styles and page setup from this .docx.", valueName: "FILE.docx"))
    var referenceDoc: String?

    @OptionGroup var today: TodayOption

    @OptionGroup var common: CommonOptions

    func validate() throws {
        try out.requireKnownFormat(nil as OutputFormat?)
    }

    func run() throws {
        let console = Console(language: common.language)
        try console.run {
            let target = out.target
            let format = out.format(nil, default: CheckInput.isData(input) && input.lowercased().hasSuffix(".json") ? .json : .yaml)
            if out.output != nil { try target.checkWritable(binary: format) }
            let report = try CheckInput.report(input, today: today.date)
            let (fixed, changes) = RuleCatalogue.fix(report.document, today: today.date)
            let name = input == "-" ? "<stdin>" : input
            var lines = changes.map { "\(name): [\($0.code.rawValue)] \($0.text(in: common.language))" }
            if let path = out.output {
                let options = RenderOptions(referenceDocument: referenceDoc.map { URL(fileURLWithPath: $0) })
                try target.write(try RenderEnvironment.load(parts: .needed(for: [format])).render(fixed, as: format, options: options))
                lines.append(CommandMessage.fixSummary(changes: changes.count, written: path).text(in: common.language))
            } else {
                lines.append(CommandMessage.fixSummary(changes: changes.count, written: nil).text(in: common.language))
            }
            try console.writeStandardOutput(Data((lines.joined(separator: "\n") + "\n").utf8))
        }
    }
}
