import Foundation
import ProcessKit

/// Runs programs the tests use as independent judges (xmllint, LibreOffice, poppler, python-docx).
public enum ExternalTool {
    public struct Result: Sendable {
        public var status: Int32
        public var stdout: String
        public var stderr: String
    }

    /// The full path of a program on PATH, or nil.
    public static func find(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// How long any one program may run before the test fails instead of hanging CI.
    /// (Batches of 40 LibreOffice conversions on a loaded 2-core machine take a few minutes.)
    public static let defaultTimeout: TimeInterval = {
        ProcessInfo.processInfo.environment["VANBAN_TEST_TOOL_TIMEOUT"].flatMap(TimeInterval.init) ?? 600
    }()

    /// Runs a program to completion, capturing its output; throws `CapturedRun.TimedOut` (killing
    /// the program and its children) when it outlasts `timeout`. The program inherits no descriptor
    /// of the test process but its own standard streams (see `ChildProcess`).
    @discardableResult
    public static func run(_ name: String, _ arguments: [String], in directory: URL? = nil, stdin: Data? = nil,
                           environment: [String: String] = [:], timeout: TimeInterval = defaultTimeout) throws -> Result {
        let executable = find(name) ?? name
        let variables = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let result = try CapturedRun.run(executable, arguments, environment: variables, directory: directory?.path,
                                         stdin: stdin ?? Data(), timeout: timeout)
        return Result(status: result.status, stdout: String(decoding: result.stdout, as: UTF8.self),
                      stderr: String(decoding: result.stderr, as: UTF8.self))
    }

    /// A fresh folder under the system temporary directory.
    public static func temporaryDirectory(_ label: String = "vanban") throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(label)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
