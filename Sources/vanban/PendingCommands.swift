import ArgumentParser
import Foundation
import VanBan

/// Reports that a command is planned but not in this version, and exits with 2.
private func notAvailable(_ name: String, _ lang: Language) throws -> Never {
    Console(language: lang).report([Diagnostic(.error, .notAvailable, [name])])
    throw ExitCode(2)
}

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Make a decision and regulation from a template and a school profile (not available yet).")

    @Argument(help: ArgumentHelp("The template regulation to instantiate.", valueName: "TEMPLATE"))
    var template: String?

    @OptionGroup var common: CommonOptions

    func run() throws { try notAvailable("new", common.language) }
}
