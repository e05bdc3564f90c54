import ArgumentParser
import Foundation
import VanBan

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Read a legacy text or Word file (.docx, .doc) into structured data.",
        discussion: """
            Reads decisions with their attached regulations, regulations alone, laws and decrees, in \
            plain text or Markdown-ish form, UTF-8 (NFC or NFD) or a legacy code page. Whatever the \
            input, the result is a document; what looked wrong (gaps in numbering, a number or date \
            that differs between the decision and its attachment, a date without its leading zero …) \
            is reported on standard error as file:line:col warnings, which never stop the import.

            Word files (.docx, or .doc through LibreOffice) are read as Word shows them: automatic \
            numbering computed ("Điều 5.", "a)"), tables and text boxes, fields by their result, \
            tracked insertions kept and deletions dropped, .VnTime/VNI fonts decoded. Their \
            warnings name the paragraph number in Word and its first words.

            Examples:
              vanban import old.txt -o qd.yaml
              vanban import old.txt | vanban render - -o new.docx
              vanban import old.txt --to json --lang en
              vanban import old.docx -o qd.yaml
            """
    )

    @Argument(help: ArgumentHelp("The text or Word file to read; - reads standard input.", valueName: "IN"))
    var input: String

    @OptionGroup var out: OutputOptions

    @Option(name: .long, help: ArgumentHelp("The output format: yaml (default), json or text.", valueName: "format"))
    var to: OutputFormat?

    @Flag(name: .long, help: "Print warnings only, not notes.")
    var quiet = false

    @OptionGroup var common: CommonOptions

    func validate() throws {
        if let to, ![.yaml, .json, .text].contains(to) {
            throw ValidationError("--to takes yaml, json or text, not \"\(to.rawValue)\"")
        }
    }

    func run() throws {
        let console = Console(language: common.language)
        try console.run {
            let format = out.format(to, default: .yaml)
            guard [.yaml, .json, .text].contains(format) else {
                throw Diagnostic(CommandMessage.unknownFormat(format.rawValue, allowed: "yaml, json, text"))
            }
            let target = out.target
            try target.checkWritable()
            let data = try InputFile.read(input)
            let result = try LegacyImport.read(data, file: input == "-" ? nil : input)
            console.report(result.diagnostics.filter { !quiet || $0.severity != .note })
            let rendered = try RenderEnvironment.load(parts: .needed(for: [format])).render(result.document, as: format)
            try target.write(rendered)
        }
    }
}
