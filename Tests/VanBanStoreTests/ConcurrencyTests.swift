import Foundation
import ProcessKit
import Testing
import VanBan
import VanBanStore
import VanBanTestSupport

/// Many processes issuing at once, processes killed mid-issue, a server restarted mid-run:
/// afterwards the register holds exactly 1…n, each number once, each with its document.
@Suite("register under concurrency and faults", .serialized, .timeLimit(.minutes(3)))
struct ConcurrencyTests {
    static let processes = 8
    static let perProcess = 200

    /// Starts `processes` workers at once and waits for them; returns every number they printed.
    func runWorkers(database: String, organisation: String, processes: Int, count: Int, during: (() throws -> Void)? = nil) throws -> (numbers: [Int], errors: String) {
        let folder = try ExternalTool.temporaryDirectory("vanban-workers")
        let outputs = (0..<processes).map { folder.appendingPathComponent("worker-\($0).txt") }
        let workers = try outputs.map { try Binaries.worker(database: database, organisation: organisation, count: count, output: $0) }
        try during?()
        // Bounded: a worker that hangs fails the test instead of stalling the whole run.
        for worker in workers where worker.wait(timeout: 300) == nil {
            worker.kill(SIGKILL)
            Issue.record("worker \(worker.processIdentifier) did not finish within 300 s")
        }
        var numbers: [Int] = []
        var errors = ""
        for (worker, output) in zip(workers, outputs) {
            let text = try String(contentsOf: output, encoding: .utf8)
            numbers += text.split(separator: "\n").compactMap { Int($0) }
            let stderr = (try? String(contentsOf: output.appendingPathExtension("err"), encoding: .utf8)) ?? ""
            errors += stderr
            #expect(worker.outcome == .exited(0), "worker failed: \(stderr)")
        }
        return (numbers, errors)
    }

    @Test("SQLite: 8 processes × 200 issues on one file give exactly 1…1600")
    func sqliteConcurrency() async throws {
        let database = try Backends.sqliteFile()
        let organisation = Backends.organisation()
        let start = Date()
        let (numbers, _) = try runWorkers(database: database, organisation: organisation, processes: Self.processes, count: Self.perProcess)
        let total = Self.processes * Self.perProcess
        #expect(numbers.sorted() == Array(1...total))
        let store = try await Backends.open(database)
        _ = try await checkConsistent(store, organisation: organisation, expected: total)
        await store.close()
        print("SQLite: \(total) issues by \(Self.processes) processes in \(String(format: "%.1f", Date().timeIntervalSince(start))) s")
    }

    @Test("PostgreSQL: 8 processes × 200 issues give exactly 1…1600", .enabled(if: Backends.postgresEnabled, Backends.postgresReason))
    func postgresConcurrency() async throws {
        let database = try Backends.postgres()
        let organisation = Backends.organisation()
        let start = Date()
        let (numbers, _) = try runWorkers(database: database, organisation: organisation, processes: Self.processes, count: Self.perProcess)
        let total = Self.processes * Self.perProcess
        #expect(numbers.sorted() == Array(1...total))
        let store = try await Backends.open(database)
        _ = try await checkConsistent(store, organisation: organisation, expected: total)
        await store.close()
        print("PostgreSQL: \(total) issues by \(Self.processes) processes in \(String(format: "%.1f", Date().timeIntervalSince(start))) s")
    }

    /// Issues 100 documents with a worker that is killed (SIGKILL) at random moments and started
    /// again until 100 entries exist; returns how many kills landed.
    func killRepeatedly(database: String, organisation: String, latest: Double) async throws -> Int {
        var generator = SeededGenerator(seed: UInt64(Date().timeIntervalSince1970))
        var kills = 0
        let folder = try ExternalTool.temporaryDirectory("vanban-kill")
        let store = try await Backends.open(database)
        defer { Task { await store.close() } }
        for round in 0..<400 {
            let have = try await store.entries(EntryFilter(organisation: organisation)).count
            if have >= 100 { break }
            // Short rounds: on an idle machine a worker asked for all that is left can finish
            // before the kill comes, and the test would prove nothing.
            let worker = try Binaries.worker(database: database, organisation: organisation, count: min(3, 100 - have),
                                             output: folder.appendingPathComponent("round-\(round).txt"))
            // Kill somewhere between start-up and well into the run.
            let delay = Double.random(in: 0.01...latest, using: &generator)
            try await Task.sleep(nanoseconds: UInt64(delay * 1e9))
            // Enough kills to prove the point; then the worker may finish (keeps the test short
            // on a loaded machine, where start-up alone can outlast the random delay).
            if kills < 30, worker.isRunning {
                worker.kill(SIGKILL)
                kills += 1
            }
            if worker.wait(timeout: 120) == nil {
                worker.kill(SIGKILL)
                Issue.record("a worker did not finish within 120 s")
            }
        }
        return kills
    }

    @Test("SQLite: a process killed with SIGKILL at random moments leaves no gap, duplicate or half entry")
    func sqliteKill() async throws {
        let database = try Backends.sqliteFile()
        let organisation = Backends.organisation()
        let kills = try await killRepeatedly(database: database, organisation: organisation, latest: 0.15)
        let store = try await Backends.open(database)
        _ = try await checkConsistent(store, organisation: organisation, expected: 100)
        await store.close()
        #expect(kills >= 3)
        print("SQLite: 100 issues reached through \(kills) SIGKILLs")
    }

    @Test("PostgreSQL: a client killed with SIGKILL at random moments leaves no gap, duplicate or half entry",
          .enabled(if: Backends.postgresEnabled, Backends.postgresReason))
    func postgresKill() async throws {
        let database = try Backends.postgres()
        let organisation = Backends.organisation()
        // A client needs longer to start (connect, check the schema) than a SQLite one.
        let kills = try await killRepeatedly(database: database, organisation: organisation, latest: 0.6)
        let store = try await Backends.open(database)
        _ = try await checkConsistent(store, organisation: organisation, expected: 100)
        await store.close()
        #expect(kills >= 3)
        print("PostgreSQL: 100 issues reached through \(kills) SIGKILLs")
    }

    @Test("PostgreSQL restarted in the middle of a run: clients report it, reconnect, the register stays consistent",
          .enabled(if: Backends.postgresEnabled, Backends.postgresReason))
    func postgresRestart() async throws {
        _ = try Backends.postgres()
        // A server of its own: restarting the shared one would cut off the PostgreSQL tests that
        // run beside this one.
        let started = try ExternalTool.run("bash", [Repository.root.appendingPathComponent("scripts/start-test-postgres.sh").path], environment: [
            "VANBAN_TEST_POSTGRES_PORT": "54331", "VANBAN_TEST_POSTGRES_DATA": "/tmp/vanban-test-postgres-restart",
        ])
        try #require(started.status == 0, "\(started.stderr)")
        var exports: [String: String] = [:]
        for line in started.stdout.split(separator: "\n") where line.hasPrefix("export ") {
            let pair = line.dropFirst("export ".count).split(separator: "=", maxSplits: 1)
            if pair.count == 2 { exports[String(pair[0])] = String(pair[1]) }
        }
        let database = try #require(exports["VANBAN_TEST_POSTGRES"])
        let pgCtl = try #require(exports["VANBAN_TEST_PG_CTL"])
        let data = try #require(exports["VANBAN_TEST_POSTGRES_DATA"])
        let organisation = Backends.organisation()
        let folder = try ExternalTool.temporaryDirectory("vanban-restart")
        let (numbers, errors) = try runWorkers(database: database, organisation: organisation, processes: 2, count: 150) {
            // The restarted server is a daemon: started through ChildProcess it inherits none of
            // the pipes other tests are reading, which it would otherwise hold open for ever.
            let asPostgres = getuid() == 0 ? "runuser -u postgres -- " : ""
            let command = "sleep 0.7; \(asPostgres)'\(pgCtl)' -D '\(data)' -m fast -w restart -l '\(data)/server.log' </dev/null >'\(folder.path)/restart.log' 2>&1"
            let status = try spawnShell(command)
            #expect(status == 0, "pg_ctl restart failed: \((try? String(contentsOf: folder.appendingPathComponent("restart.log"), encoding: .utf8)) ?? "")")
        }
        #expect(numbers.sorted() == Array(1...300))
        #expect(errors.contains("[VB509]"), "the lost connection was not reported")
        let store = try await Backends.open(database)
        _ = try await checkConsistent(store, organisation: organisation, expected: 300)
        await store.close()
    }
}

/// Runs `sh -c command` (output to files named in the command) and returns its exit status.
func spawnShell(_ command: String) throws -> Int32 {
    let child = try ChildProcess.start("/bin/sh", ["-c", command])
    guard let outcome = child.wait(timeout: 120) else {
        child.kill(SIGKILL)
        Issue.record("did not finish within 120 s: \(command)")
        return -1
    }
    return ChildProcess.status(of: outcome)
}
