import Foundation
import Testing
import ProcessKit
import VanBanTestSupport

/// The workbench in a real browser: the `vanban serve` binary on a free port with a fresh SQLite
/// file, driven by Selenium in headless Chromium (Tests/Scripts/workbench_browser.py).
@Suite("workbench in a browser")
struct BrowserTests {
    static let inCI = ProcessInfo.processInfo.environment["CI"] != nil
    static let available = FileManager.default.isExecutableFile(atPath: "/usr/bin/chromium")
        && FileManager.default.isExecutableFile(atPath: "/usr/bin/chromedriver")

    @Test("a clerk creates a decision, edits an article and sees the preview change, issues it as 01, downloads the DOCX, finds it in the register",
          .enabled(if: available || inCI, "Chromium and chromium-driver are not installed: the browser test NOT run"))
    func clerkInBrowser() throws {
        let folder = try ExternalTool.temporaryDirectory("vanban-browser")
        let downloads = folder.appendingPathComponent("downloads"), shots = folder.appendingPathComponent("screenshots")
        for url in [downloads, shots] { try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) }
        let server = try ServerProcess.start(database: folder.appendingPathComponent("vanban.db").path, log: folder.appendingPathComponent("server.log"))
        defer { server.stop() }
        let url = try server.waitForURL(seconds: 30)
        let script = Repository.root.appendingPathComponent("Tests/Scripts/workbench_browser.py").path
        let result = try ExternalTool.run("timeout", ["180", "python3", script, url, downloads.path, shots.path])
        #expect(result.status == 0, "\(result.stdout)\n\(result.stderr)\nserver: \(server.log)")
        #expect(result.stdout.contains("ok"))
        // The README shows these; refresh them when asked.
        if Repository.recording || ProcessInfo.processInfo.environment["VANBAN_SCREENSHOTS"] == "1" {
            let docs = Repository.root.appendingPathComponent("docs")
            try FileManager.default.createDirectory(at: docs, withIntermediateDirectories: true)
            for name in ["workbench-profile.png", "workbench-editor.png", "workbench-register.png"] {
                let target = docs.appendingPathComponent(name)
                try? FileManager.default.removeItem(at: target)
                try FileManager.default.copyItem(at: shots.appendingPathComponent(name), to: target)
            }
        }
    }
}

/// `vanban serve --port 0` as a child process (`ChildProcess`: it inherits no other test's pipe);
/// its messages go to a file, and the test stops it.
final class ServerProcess {
    let child: ChildProcess
    let logURL: URL

    private init(child: ChildProcess, logURL: URL) {
        self.child = child
        self.logURL = logURL
    }

    /// Starts the server on a free port with `database`.
    static func start(database: String, log: URL) throws -> ServerProcess {
        let child = try ChildProcess.start(Repository.builtProduct("vanban").path, ["serve", "--port", "0", "--database", database],
                                           stdout: .file(log.path), stderr: .standardOutput)
        return ServerProcess(child: child, logURL: log)
    }

    /// What the server printed.
    var log: String { (try? String(contentsOf: logURL, encoding: .utf8)) ?? "" }

    /// Polls the log for the address the server prints once it listens.
    func waitForURL(seconds: Double) throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if let range = log.range(of: #"http://127\.0\.0\.1:[0-9]+/"#, options: .regularExpression) { return String(log[range]) }
            guard child.isRunning else { break }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw ServerNotReady(log: log)
    }

    /// SIGTERM (graceful shutdown), then SIGKILL if it lingers after 10 s.
    func stop() {
        child.kill(SIGTERM)
        if child.wait(timeout: 10) == nil {
            child.kill(SIGKILL)
            child.wait(timeout: 10)
        }
    }
}

struct ServerNotReady: Error, CustomStringConvertible {
    var log: String
    var description: String { "the server did not print its address in time: \(log)" }
}
