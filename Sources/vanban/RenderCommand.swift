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

    @Option(name: .shortAndLong, help: ArgumentHelp("The file to write; standard output when left out.", valueName: "OUT"))
    var output: String?

    @Option(name: .long, help: ArgumentHelp("The output format: \(OutputFormat.names).", valueName: "format"))
    var to: String?

    @Option(name: .long, help: ArgumentHelp("Read IN as this format (yaml or json) whatever its extension.", valueName: "format"))
    var from: String?

    @Flag(name: .long, help: "Replace OUT if it exists.")
    var force = false

    @Option(name: .long, help: ArgumentHelp("DOCX only: take styles and page setup from this .docx (as pandoc does).", valueName: "FILE.docx"))
    var referenceDoc: String?

    @Option(name: .long, help: ArgumentHelp("A folder whose templates override the built-in ones, file by file (docx/…, html/…).", valueName: "DIR"))
    var templates: String?

    @Option(name: .long, help: ArgumentHelp("DOCX only: body text size in points, 13 or 14 (default 14).", valueName: "pt"))
    var fontSize: Double?

    @OptionGroup var common: CommonOptions

    func validate() throws {
        if let to, OutputFormat(rawValue: to.lowercased()) == nil {
            throw ValidationError("--to takes one of \(OutputFormat.names), not \"\(to)\"")
        }
        if let fontSize, fontSize != 13, fontSize != 14 {
            throw ValidationError("--font-size takes 13 or 14 (Nghị định 30 allows no other body size)")
        }
        if let from, DataFormat(rawValue: from.lowercased()) == nil {
            throw ValidationError("--from takes yaml or json, not \"\(from)\"")
        }
        if to == nil, let output, OutputFormat(path: output) == nil {
            throw ValidationError("cannot tell the format from \"\(output)\": give --to (\(OutputFormat.names))")
        }
    }

    func run() throws {
        let console = Console(language: common.language)
        try console.run {
            let format = to.flatMap { OutputFormat(rawValue: $0.lowercased()) } ?? output.flatMap(OutputFormat.init(path:)) ?? .text
            let target = OutputTarget(path: output, force: force)
            try target.checkWritable(binary: format)
            let document = try console.load(input, format: from.flatMap { DataFormat(rawValue: $0.lowercased()) })
            let options = RenderOptions(
                referenceDocument: referenceDoc.map { URL(fileURLWithPath: $0) },
                templatesDirectory: templates.map { URL(fileURLWithPath: $0, isDirectory: true) }, bodySize: fontSize)
            let data = try Renderer.render(document, as: format, options: options)
            try target.write(data)
        }
    }
}
