import ArgumentParser
import Foundation
import VanBan

struct RolesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "roles",
        abstract: "Who must do what: the responsibility matrix, or the extract for one role.",
        discussion: """
            Roles come from the data (`roles:` on the document, its articles and clauses) and from the \
            text: an article titled "Trách nhiệm của giáo viên", a clause whose subject is a role \
            ("Kế toán: …"), the decision's executing article. "Phó Hiệu trưởng" never counts as \
            "Hiệu trưởng".

            Without --role: the matrix, one row per article in reading order, one column per role \
            (text, --to html, or a landscape DOCX to print). With --role ID: the extract a teacher reads in a minute — every \
            unit that concerns the role with its full text, under the line naming the decision — \
            as text, HTML or DOCX; --sign-sheet adds a sheet for the role's holders to sign.

            Examples:
              vanban roles qd.yaml
              vanban roles qd.yaml --to html -o phan-cong.html
              vanban roles qd.yaml --role giao-vien -o giao-vien.docx --sign-sheet
              vanban roles qd.yaml --all-roles -o trich/ --to docx
              vanban import old.txt | vanban roles -
            """)

    @Argument(help: ArgumentHelp("The data file (.yaml or .json); - reads standard input.", valueName: "IN"))
    var input: String

    @Option(name: .long, help: ArgumentHelp("The output format: text (default) or html for the matrix; text, html, docx (or yaml, json, pdf) for an extract.", valueName: "format"))
    var to: OutputFormat?

    @Option(name: .long, help: ArgumentHelp("Write the extract for this role (its id, e.g. giao-vien).", valueName: "ID"))
    var role: String?

    @Flag(name: .long, help: "Write one extract per role into the folder OUT.")
    var allRoles = false

    @Flag(name: .long, help: "Add to each extract a sheet for the role's holders to sign that they have read it.")
    var signSheet = false

    @OptionGroup var out: OutputOptions

    @OptionGroup var templates: TemplateOptions

    @OptionGroup var common: CommonOptions

    func validate() throws {
        if role != nil, allRoles { throw ValidationError("give --role ID or --all-roles, not both") }
        if role == nil, !allRoles, let format = out.format(to, default: .text) as OutputFormat?, ![.text, .html, .docx].contains(format) {
            throw ValidationError("the matrix is written as text, html or docx, not \(format.rawValue)")
        }
    }

    func run() throws {
        let console = Console(language: common.language)
        try console.run {
            let document = try console.load(input)
            let environment = try templates.environment()
            if allRoles {
                try writeAllExtracts(document, environment: environment)
            } else if let role {
                let format = out.format(to, default: .text)
                let target = out.target
                try target.checkWritable(binary: format)
                guard let extract = RoleExtract.document(for: role, in: document, signSheet: signSheet) else {
                    throw Diagnostic(CommandMessage.unknownRole(role, available: RoleFinder.roles(of: document).map(\.id)))
                }
                try target.write(try environment.render(extract, as: format))
            } else {
                let format = out.format(to, default: .text)
                let target = out.target
                try target.checkWritable(binary: format)
                let matrix = RolesMatrix(document)
                let title = document.title ?? document.kind.name
                switch format {
                case .html: try target.write(Data(try environment.htmlWriter().write(matrix, title: title).utf8))
                case .docx: try target.write(try matrix.docx(title: title))
                default: try target.write(Data(matrix.text().utf8))
                }
            }
        }
    }

    /// One extract per role, named after the role's id, into the folder OUT.
    private func writeAllExtracts(_ document: Document, environment: RenderEnvironment) throws {
        guard let folder = out.output else { throw Diagnostic(CommandMessage.rolesNeedFolder) }
        let format = to ?? .docx
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for role in RoleFinder.roles(of: document) {
            guard let extract = RoleExtract.document(for: role.id, in: document, signSheet: signSheet) else { continue }
            let path = (folder as NSString).appendingPathComponent("\(role.id).\(format.extensions[0])")
            try FileOutput.write(try environment.render(extract, as: format), to: path, overwrite: out.force)
            try StandardStreams.writeOutput(Data((path + "\n").utf8))
        }
    }
}
