import Foundation
import Testing
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
            for name in ["workbench-editor.png", "workbench-register.png"] {
                let target = docs.appendingPathComponent(name)
                try? FileManager.default.removeItem(at: target)
                try FileManager.default.copyItem(at: shots.appendingPathComponent(name), to: target)
            }
        }
    }
}

/// `vanban serve --port 0` as a child process: its messages go to a file (never a pipe another
/// test could hold), and it is stopped by the test. Started with posix_spawn, not Foundation's
/// `Process`: Foundation's child monitor blocks in waitpid on a long-running child, and then no
/// other `Process` of the test run is ever seen to exit.
final class ServerProcess {
    let pid: pid_t
    let logURL: URL
    private var reaped = false

    private init(pid: pid_t, logURL: URL) {
        self.pid = pid
        self.logURL = logURL
    }

    /// Starts the server; bash closes every inherited descriptor above 2 before exec, so the
    /// server holds no other test's pipe open.
    static func start(database: String, log: URL) throws -> ServerProcess {
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        let closeAll = #"fds=$(ls /proc/$$/fd); for n in $fds; do if [ "$n" -gt 2 ]; then eval "exec $n>&-"; fi; done; exec "$0" "$@""#
        let arguments = ["/bin/bash", "-c", closeAll, binary("vanban"), "serve", "--port", "0", "--database", database]
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, log.path, O_WRONLY | O_APPEND, 0)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let status = posix_spawn(&pid, "/bin/bash", &actions, nil, &argv, environ)
        guard status == 0 else { throw ServerNotReady(log: "posix_spawn failed: \(status)") }
        return ServerProcess(pid: pid, logURL: log)
    }

    /// True while the child has not exited (reaping it when it has).
    var isRunning: Bool {
        if reaped { return false }
        var status: Int32 = 0
        if waitpid(pid, &status, WNOHANG) == pid { reaped = true }
        return !reaped
    }

    /// What the server printed.
    var log: String { (try? String(contentsOf: logURL, encoding: .utf8)) ?? "" }

    /// Polls the log for the address the server prints once it listens.
    func waitForURL(seconds: Double) throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if let range = log.range(of: #"http://127\.0\.0\.1:[0-9]+/"#, options: .regularExpression) { return String(log[range]) }
            guard isRunning else { break }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw ServerNotReady(log: log)
    }

    /// SIGTERM (graceful shutdown), then SIGKILL if it lingers; waits a bounded time.
    func stop() {
        guard isRunning else { return }
        kill(pid, SIGTERM)
        let deadline = Date().addingTimeInterval(10)
        while isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        if isRunning {
            kill(pid, SIGKILL)
            var status: Int32 = 0
            _ = waitpid(pid, &status, 0)
        }
    }

    /// A built executable next to the test bundle.
    static func binary(_ name: String) -> String {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path), folder.path != "/" {
            folder.deleteLastPathComponent()
        }
        return folder.appendingPathComponent(name).path
    }
}

struct ServerNotReady: Error, CustomStringConvertible {
    var log: String
    var description: String { "the server did not print its address in time: \(log)" }
}
