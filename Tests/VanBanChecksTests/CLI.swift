import Foundation
import VanBanTestSupport

/// Runs the built `vanban` binary from the repository's root, as a clerk would.
enum CLI {
    static var binary: URL { Repository.builtProduct("vanban") }

    static func run(_ arguments: [String], stdin: String = "") throws -> ExternalTool.Result {
        try ExternalTool.run(binary.path, arguments, in: Repository.root, stdin: Data(stdin.utf8))
    }
}
