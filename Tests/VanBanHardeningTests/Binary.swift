import Foundation
import Testing
import VanBan
import VanBanTestSupport

/// The built `vanban` binary and hostile inputs for it.
enum Binary {
    static var path: String { Repository.builtProduct("vanban").path }

    /// Runs vanban with English messages.
    @discardableResult
    static func run(_ arguments: [String], stdin: Data = Data(), environment: [String: String] = [:]) throws -> ExternalTool.Result {
        try ExternalTool.run(path, arguments + ["--lang", "en"], stdin: stdin, environment: environment)
    }

    /// Runs a shell line with `$VANBAN` set to the binary (for redirections and ulimit).
    @discardableResult
    static func shell(_ line: String, in directory: URL? = nil) throws -> ExternalTool.Result {
        try ExternalTool.run("/bin/bash", ["-c", line], in: directory, environment: ["VANBAN": path, "VANBAN_LANG": "en"])
    }

    static func folder() throws -> URL { try ExternalTool.temporaryDirectory("vanban-harden") }

    /// Writes a file into a folder and returns its path.
    static func file(_ name: String, _ text: String, in folder: URL) throws -> String {
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    /// Names of files a failed or interrupted write could have left behind.
    static func leftovers(in folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains(".vanban-") }
    }

    /// A reference DOCX turned hostile by Tests/Scripts/hostile_docx.py.
    static func hostileReference(_ kind: String, in folder: URL) throws -> String {
        let good = folder.appendingPathComponent("good.docx")
        if !FileManager.default.fileExists(atPath: good.path) {
            try DocxWriter().write(try DocumentData.load(try Repository.text(Repository.sample), format: .yaml).document).write(to: good)
        }
        let target = folder.appendingPathComponent("\(kind.replacingOccurrences(of: ":", with: "-")).docx")
        let script = Repository.root.appendingPathComponent("Tests/Scripts/hostile_docx.py").path
        let made = try ExternalTool.run("python3", [script, good.path, target.path, kind])
        #expect(made.status == 0, "\(made.stderr)")
        return target.path
    }
}

/// A process's peak memory and time, from GNU time.
struct Measured {
    var seconds: Double
    var kilobytes: Int
    var result: ExternalTool.Result

    static func run(_ line: String, in directory: URL? = nil) throws -> Measured {
        let result = try Binary.shell("/usr/bin/time -f 'MEASURED %e %M' \(line)", in: directory)
        let fields = result.stderr.split(separator: "\n").last { $0.hasPrefix("MEASURED") }?.split(separator: " ") ?? []
        return Measured(seconds: fields.count > 1 ? Double(fields[1]) ?? .infinity : .infinity,
                        kilobytes: fields.count > 2 ? Int(fields[2]) ?? .max : .max, result: result)
    }
}

/// CPU seconds this thread spends in `body`: unlike the wall clock, not stretched when other
/// builds share the machine, so a bound separates linear from quadratic work reliably.
func threadCPUSeconds(_ body: () throws -> Void) rethrows -> Double {
    var start = timespec(), end = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &start)
    try body()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &end)
    return Double(end.tv_sec - start.tv_sec) + Double(end.tv_nsec - start.tv_nsec) / 1e9
}
