import ArgumentParser
import Foundation
import VanBan

struct OutlineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "outline",
        abstract: "Print a document's structure as an indented tree.",
        discussion: "Shows the document, its parts, chapters, sections and articles with titles, then each attachment."
    )

    @Argument(help: ArgumentHelp("The data file to read (.yaml, .yml or .json); - reads standard input.", valueName: "IN"))
    var input: String

    @OptionGroup var common: CommonOptions

    func run() throws {
        let console = Console(language: common.language)
        try console.run {
            try console.writeStandardOutput(Data(OutlineWriter().write(try console.load(input)).utf8))
        }
    }
}
