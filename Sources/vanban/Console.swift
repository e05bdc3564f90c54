import ArgumentParser
import Foundation
import VanBan

/// Options every subcommand shares.
struct CommonOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Language of messages: vi (default) or en.", valueName: "vi|en"))
    var lang: String?

    @Option(name: .long, help: ArgumentHelp("Largest input read, in bytes or with K, M, G (default 50M; also VANBAN_MAX_INPUT_SIZE).", valueName: "size"))
    var maxInputSize: String?

    /// The chosen language: --lang, else VANBAN_LANG, else Vietnamese.
    var language: Language {
        Language(environmentValue: lang ?? ProcessInfo.processInfo.environment["VANBAN_LANG"])
    }

    mutating func validate() throws {
        if let lang, Language(rawValue: lang.lowercased()) == nil {
            throw ValidationError("--lang takes vi or en, not \"\(lang)\"")
        }
        if let maxInputSize {
            guard let bytes = InputLimits.parseSize(maxInputSize) else {
                throw ValidationError("--max-input-size takes a size such as 50M or 1048576, not \"\(maxInputSize)\"")
            }
            InputLimits.current.inputBytes = bytes
        }
    }
}

/// Prints diagnostics to standard error and turns errors into exit code 1.
struct Console {
    let language: Language

    func report(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics {
            StandardStreams.writeError(diagnostic.formatted(in: language) + "\n")
        }
    }

    /// Runs `body`; diagnostics it throws are printed, and errors among them exit with 1.
    func run(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as DiagnosticError {
            report(error.diagnostics)
            if error.diagnostics.contains(where: { $0.severity == .error }) { throw ExitCode(1) }
        } catch let diagnostic as Diagnostic {
            report([diagnostic])
            throw ExitCode((diagnostic.message as? CommandMessage)?.isUsageError == true ? 2 : 1)
        }
    }

    func writeStandardOutput(_ data: Data) throws(Diagnostic) {
        try StandardStreams.writeOutput(data)
    }

    /// Loads a data file and prints its warnings.
    func load(_ path: String, format: DataFormat? = nil) throws(DiagnosticError) -> Document {
        let loaded = try DocumentInput.load(path: path, format: format)
        report(loaded.warnings)
        return loaded.document
    }
}

/// Where a command's result goes: a file (never an existing one without --force, always
/// written atomically) or standard output.
struct OutputTarget {
    let path: String?
    let force: Bool

    /// Fails before any work is done when the file exists and --force was not given, or when a
    /// binary format would be printed onto a terminal.
    func checkWritable(binary format: OutputFormat? = nil) throws(Diagnostic) {
        if path == nil, let format, format.isBinary, isatty(STDOUT_FILENO) != 0 {
            throw Diagnostic(CommandMessage.binaryToTerminal(format.rawValue))
        }
        if let path, !force, FileManager.default.fileExists(atPath: path) {
            throw Diagnostic(CommandMessage.outputExists(path))
        }
    }

    /// Writes the result.
    func write(_ data: Data) throws(Diagnostic) {
        if let path {
            try FileOutput.write(data, to: path, overwrite: force)
        } else {
            try StandardStreams.writeOutput(data)
        }
    }
}
