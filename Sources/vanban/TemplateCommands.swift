import ArgumentParser
import Foundation
import VanBan

struct TemplatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "templates",
        abstract: "List the template regulations a school can adapt with `vanban new`.",
        discussion: "Prints each template's id and what it is for, then its options and lists, which a profile sets.")

    @Flag(name: .long, help: "Show each template's options and lists.")
    var details = false

    @OptionGroup var common: CommonOptions

    func run() throws {
        let console = Console(language: common.language)
        try console.run {
            var lines: [String] = []
            for template in try RenderEnvironment.load(parts: []).regulations() {
                lines.append("\(template.id.padding(toLength: 28, withPad: " ", startingAt: 0)) \(template.description)")
                if details {
                    for option in template.options {
                        lines.append("    options.\(option.id): \(option.label) (mặc định: \(option.enabled ? "có" : "không"))")
                    }
                    for list in template.lists { lines.append("    \(list.id): \(list.label)") }
                }
            }
            try console.writeStandardOutput(Data((lines.joined(separator: "\n") + "\n").utf8))
        }
    }
}

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Make a school's decision and regulation from a template and the school's profile.",
        discussion: """
            The profile (YAML) gives the school's name, abbreviation and place, the school year, the \
            people and their roles, the options that switch parts of the regulation on or off, and \
            the lists it needs (see `vanban templates --details`). Articles, clauses and points are \
            renumbered without gaps and cross-references follow them. A profile that lacks fields \
            the template needs fails with the list of all of them, and nothing is written.

            Examples:
              vanban new ung-dung-cntt-mam-non --profile truong.yaml -o qd.yaml
              vanban new ung-dung-cntt-mam-non --profile truong.yaml -o qd.docx
              vanban new ung-dung-cntt-mam-non --profile truong.yaml -o qd.pdf --for-signing
              vanban new ung-dung-cntt-mam-non --profiles truong/ -o out/ --to docx,pdf
            """)

    @Argument(help: ArgumentHelp("The template id (see `vanban templates`) or a template file.", valueName: "TEMPLATE"))
    var template: String

    @Option(name: .long, help: ArgumentHelp("The school's profile (YAML).", valueName: "FILE"))
    var profile: String?

    @Option(name: .long, help: ArgumentHelp("A folder of profiles (*.yaml): one document per school, named after its profile, written into the folder OUT.", valueName: "DIR"))
    var profiles: String?

    @Flag(name: .long, help: "PDF: the electronic variant for digital signing, with an empty signature field \"nguoi-ky\".")
    var forSigning = false

    @Flag(name: .long, help: "Write the regulation to a file of its own (OUT-qc-1.pdf …); with --for-signing it gets the organisation's field \"co-quan\".")
    var splitAttachments = false

    @OptionGroup var out: OutputOptions

    @Option(name: .long, help: ArgumentHelp("The output format when OUT has no telling extension: \(OutputFormat.names); a list such as docx,pdf with --profiles.", valueName: "format"))
    var to: FormatList?

    @OptionGroup var templates: TemplateOptions

    @OptionGroup var common: CommonOptions

    func validate() throws { try validateBatch() }

    func run() throws {
        let console = Console(language: common.language)
        if usesBatch {
            try console.run { try batch().run() }
            return
        }
        guard let profile else { throw ValidationError("give --profile FILE or --profiles DIR") }
        try console.run {
            let format = requestedFormats[0]
            let target = out.target
            try target.checkWritable(binary: format)
            guard let text = String(data: try InputFile.read(profile), encoding: .utf8) else {
                throw Diagnostic(Message.fileUnreadable(file: profile, .notUTF8))
            }
            let loaded = try RegulationTemplate.named(template).instantiate(Profile(yaml: text, file: profile))
            console.report(loaded.warnings)
            let rendered = try templates.environment(for: [format]).render(loaded.document, as: format)
            try target.write(rendered)
        }
    }
}
