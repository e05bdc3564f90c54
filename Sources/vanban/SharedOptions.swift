import ArgumentParser
import Foundation
import VanBan

/// `-o OUT` and `--force`, shared by every command that writes a file.
struct OutputOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: ArgumentHelp("The file to write; standard output when left out.", valueName: "OUT"))
    var output: String?

    @Flag(name: .long, help: "Replace OUT if it exists (its permissions are kept).")
    var force = false

    /// Where the result goes.
    var target: OutputTarget { OutputTarget(path: output, force: force) }

    /// The format: --to, else OUT's extension, else the command's default.
    func format(_ to: OutputFormat?, default fallback: OutputFormat) -> OutputFormat {
        to ?? output.flatMap(OutputFormat.init(path:)) ?? fallback
    }

    /// Fails when neither --to nor OUT's extension names a format and one is needed.
    func requireKnownFormat(_ to: FormatList?) throws {
        try requireKnownFormat(to?.formats.first)
    }

    /// Fails when neither --to nor OUT's extension names a format and one is needed.
    func requireKnownFormat(_ to: OutputFormat?) throws {
        if to == nil, let output, OutputFormat(path: output) == nil {
            throw ValidationError("cannot tell the format from \"\(output)\": give --to (\(OutputFormat.names))")
        }
    }
}

/// `--templates DIR`, for commands that render.
struct TemplateOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("A folder whose templates override the built-in ones, file by file (docx/…, html/…).", valueName: "DIR"))
    var templates: String?

    /// The templates loaded once for this run.
    /// The render environment, loading beforehand only what `formats` need (all when nil, as
    /// for a server): a text render starts without parsing the HTML templates.
    func environment(for formats: [OutputFormat]? = nil) throws(DiagnosticError) -> RenderEnvironment {
        try RenderEnvironment.load(templatesDirectory: templates.map { URL(fileURLWithPath: $0, isDirectory: true) },
                                   parts: formats.map { RenderEnvironment.Parts.needed(for: $0) } ?? .all)
    }
}

extension OutputFormat: ExpressibleByArgument {
    /// Case-insensitive: `--to DOCX` works as `--to docx`.
    public init?(argument: String) {
        self.init(rawValue: argument.lowercased())
    }

    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}

extension DataFormat: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(rawValue: argument.lowercased())
    }

    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}

/// `--to docx,pdf`: one format or a list of them.
struct FormatList: ExpressibleByArgument, Sendable {
    /// The formats in the order given, each once.
    var formats: [OutputFormat]

    init?(argument: String) {
        guard let formats = OutputFormat.list(argument) else { return nil }
        self.formats = formats
    }

    static var allValueStrings: [String] { OutputFormat.allCases.map(\.rawValue) }
}
