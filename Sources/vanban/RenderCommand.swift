import ArgumentParser
import Foundation
import VanBan

struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Render a data file (YAML or JSON) to YAML, JSON, text, DOCX, HTML or PDF.",
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
              vanban render qd.yaml -o qd.pdf --for-signing
              vanban render qd.yaml -o qd.pdf --for-signing --split-attachments
              vanban render truong/*.yaml -o out/ --to docx,pdf
            """
    )

    @Argument(help: ArgumentHelp("The data file to read (.yaml, .yml or .json); - reads standard input.", valueName: "IN"))
    var input: String

    @Argument(help: ArgumentHelp("More data files: a batch, written into the folder OUT.", valueName: "IN"))
    var moreInputs: [String] = []

    @OptionGroup var out: OutputOptions

    @Option(name: .long, help: ArgumentHelp("The output format: \(OutputFormat.names); a list such as docx,pdf for a batch.", valueName: "format"))
    var to: FormatList?

    @Option(name: .long, help: ArgumentHelp("Read IN as this format (yaml or json) whatever its extension.", valueName: "format"))
    var from: DataFormat?

    @Option(name: .long, help: ArgumentHelp("DOCX only: take styles and page setup from this .docx (as pandoc does).", valueName: "FILE.docx"))
    var referenceDoc: String?

    @OptionGroup var templates: TemplateOptions

    @Option(name: .long, help: ArgumentHelp("DOCX only: body text size in points, 13 or 14 (default 14).", valueName: "pt"))
    var fontSize: Double?

    @Flag(name: .long, help: "PDF: the electronic variant for digital signing, with an empty signature field \"nguoi-ky\" between the signer's position and name.")
    var forSigning = false

    @Flag(name: .long, help: "Write each attached document to a file of its own (OUT-qc-1.pdf …); with --for-signing it gets the organisation's field \"co-quan\".")
    var splitAttachments = false

    @OptionGroup var common: CommonOptions

    func validate() throws {
        try validateBatch()
        if let fontSize, fontSize != 13, fontSize != 14 {
            throw ValidationError("--font-size takes 13 or 14 (Nghị định 30 allows no other body size)")
        }
        try out.requireKnownFormat(to)
    }

    func run() throws {
        let console = Console(language: common.language)
        if usesBatch {
            try console.run { try batch().run() }
            return
        }
        try console.run {
            let format = requestedFormats[0]
            let target = out.target
            try target.checkWritable(binary: format)
            let document = try console.load(input, format: from)
            let unplaced = document.unplaced.count + document.attachments.reduce(0) { $0 + $1.unplaced.count }
            if unplaced > 0 { console.report([Diagnostic(CommandMessage.unplacedTextKept(file: input == "-" ? "<stdin>" : input, count: unplaced))]) }
            let options = RenderOptions(referenceDocument: referenceDoc.map { URL(fileURLWithPath: $0) }, bodySize: fontSize)
            let data = try templates.environment(for: [format]).render(document, as: format, options: options)
            try target.write(data)
        }
    }
}
