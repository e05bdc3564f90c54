import ArgumentParser
import Foundation
import VanBan

struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Render a data file (YAML or JSON) to YAML, JSON, text, DOCX or HTML.",
        discussion: """
            The format comes from --to, else from the extension of OUT; without either, canonical \
            text goes to standard output. An existing OUT is never replaced without --force, and \
            OUT is written atomically: a failed run leaves any old file as it was.

            Examples:
              vanban render qd.yaml --to text
              vanban render qd.yaml -o qd.docx
              vanban render qd.yaml -o qd.docx --reference-doc truong.docx --font-size 13
              vanban render qd.yaml -o qd.json
              cat qd.json | vanban render - --to yaml
            """
    )

    @Argument(help: ArgumentHelp("The data file to read (.yaml, .yml or .json); - reads standard input.", valueName: "IN"))
    var input: String

    @OptionGroup var out: OutputOptions

    @Option(name: .long, help: ArgumentHelp("The output format: \(OutputFormat.names).", valueName: "format"))
    var to: OutputFormat?

    @Option(name: .long, help: ArgumentHelp("Read IN as this format (yaml or json) whatever its extension.", valueName: "format"))
    var from: DataFormat?

    @Option(name: .long, help: ArgumentHelp("DOCX only: take styles and page setup from this .docx (as pandoc does).", valueName: "FILE.docx"))
    var referenceDoc: String?

    @OptionGroup var templates: TemplateOptions

    @Option(name: .long, help: ArgumentHelp("DOCX only: body text size in points, 13 or 14 (default 14).", valueName: "pt"))
    var fontSize: Double?

    @OptionGroup var common: CommonOptions

    func validate() throws {
        if let fontSize, fontSize != 13, fontSize != 14 {
            throw ValidationError("--font-size takes 13 or 14 (Nghị định 30 allows no other body size)")
        }
        try out.requireKnownFormat(to)
    }

    func run() throws {
        let console = Console(language: common.language)
        try console.run {
            let format = out.format(to, default: .text)
            let target = out.target
            try target.checkWritable(binary: format)
            let document = try console.load(input, format: from)
            let options = RenderOptions(referenceDocument: referenceDoc.map { URL(fileURLWithPath: $0) }, bodySize: fontSize)
            let data = try templates.environment().render(document, as: format, options: options)
            try target.write(data)
        }
    }
}
