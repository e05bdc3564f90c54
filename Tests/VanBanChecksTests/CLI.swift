import Foundation
import VanBanTestSupport

/// Runs the built `vanban` binary from the repository's root, as a clerk would.
enum CLI {
    static var binary: URL {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: folder.appendingPathComponent("vanban").path), folder.path != "/" {
            folder.deleteLastPathComponent()
        }
        return folder.appendingPathComponent("vanban")
    }

    static func run(_ arguments: [String], stdin: String = "") throws -> ExternalTool.Result {
        try ExternalTool.run(binary.path, arguments, in: Repository.root, stdin: Data(stdin.utf8))
    }
}
