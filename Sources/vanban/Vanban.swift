import ArgumentParser
import Foundation
import VanBan

/// The `vanban` command: Vietnamese official documents from data, and data from old documents.
struct Vanban: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vanban",
        abstract: "Vietnamese official documents (văn bản hành chính) in Nghị định 30/2020 layout.",
        discussion: """
            Turns a structured decision (Quyết định) and the regulation it issues (Quy chế, Quy định) \
            into documents, and old texts back into structured data.

            Exit codes: 0 success, 1 errors in the input, 2 wrong usage.
            Messages are in Vietnamese; use --lang en or VANBAN_LANG=en for English.

            Examples:
              vanban render Samples/qd-257-mn-thien-ton.yaml --to text
              vanban render Samples/qd-257-mn-thien-ton.yaml -o qd-257.docx
              vanban outline Samples/qd-257-mn-thien-ton.yaml
              vanban import old.txt -o qd.yaml
              vanban new ung-dung-cntt-mam-non --profile Samples/profile-mn-hoa-sen.yaml -o qd.docx
            """,
        version: "0.1.0",
        subcommands: [
            RenderCommand.self, ImportCommand.self, NewCommand.self, TemplatesCommand.self, RolesCommand.self,
            OutlineCommand.self, CheckCommand.self, FixCommand.self,
            IssueCommand.self, RegisterCommand.self, ServeCommand.self, UsersCommand.self,
            BackupCommand.self, StoreCommand.self,
        ]
    )
}

@main
enum Main {
    static func main() {
        TemporaryFileCleanup.install()
        do {
            var command = try Vanban.parseAsRoot()
            try command.run()
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)
        } catch {
            // ArgumentParser reports usage mistakes with EX_USAGE (64); the documented code is 2.
            if Vanban.exitCode(for: error) == .validationFailure {
                StandardStreams.writeError(Vanban.fullMessage(for: error) + "\n")
                Foundation.exit(2)
            }
            Vanban.exit(withError: error)
        }
    }
}
