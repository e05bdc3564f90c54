import Foundation

/// Paths inside the repository and the shared folder beside it, found from this file's location.
public enum Repository {
    public static let root: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    public static let shared: URL = root.deletingLastPathComponent().appendingPathComponent("shared")
    public static let sample: URL = root.appendingPathComponent("Samples/qd-257-mn-thien-ton.yaml")

    /// A built executable (`vanban`, `vanban-bench`): the test bundle sits in the build folder
    /// next to the products, so the first folder up from it that holds `name`.
    public static func builtProduct(_ name: String) -> URL {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path), folder.path != "/" {
            folder.deleteLastPathComponent()
        }
        return folder.appendingPathComponent(name)
    }

    public static func text(_ url: URL) throws -> String { try String(contentsOf: url, encoding: .utf8) }

    /// True when golden files should be rewritten rather than compared (`VANBAN_RECORD=1`).
    public static var recording: Bool { ProcessInfo.processInfo.environment["VANBAN_RECORD"] == "1" }

    /// The golden file's text after writing `actual` to it when recording; compare the two.
    public static func golden(_ relativePath: String, actual: String) throws -> String {
        let url = root.appendingPathComponent(relativePath)
        if recording {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try actual.write(to: url, atomically: true, encoding: .utf8)
        }
        return (try? String(contentsOf: url, encoding: .utf8)) ?? "<missing golden file \(relativePath); run with VANBAN_RECORD=1>"
    }
}
