import Dispatch
import Foundation
import VanBan
import VanBanStore
import VanBanStorePostgres
import VanBanStoreSQLite

/// `vanban-bench register [issues]`: issues per second on each back end, one process and eight.
/// `vanban-bench register-worker …` is the worker those processes (and the store tests) run.
enum RegisterBench {
    static func main(_ arguments: [String]) throws {
        if arguments.first == "register-worker" {
            try worker(Array(arguments.dropFirst()))
        } else {
            try benchmark(count: arguments.dropFirst().first.flatMap(Int.init) ?? 200)
        }
    }

    /// Options: --database X --organisation ORG --count N [--draft FILE] [--date yyyy-mm-dd] [--kind id] [--secret]
    /// Prints each number as soon as its transaction has committed.
    static func worker(_ arguments: [String]) throws {
        func value(_ name: String) -> String? {
            guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
            return arguments[index + 1]
        }
        let address = try DatabaseAddress.parse(value("--database") ?? "vanban.db")
        let count = Int(value("--count") ?? "1") ?? 1
        var draft = try DocumentData.load(try String(contentsOfFile: value("--draft") ?? samplePath.path, encoding: .utf8), format: .yaml).document
        draft.number = nil
        draft.date = nil
        draft.issuer?.abbreviation = value("--organisation") ?? "BENCH"
        if let kind = value("--kind").flatMap(DocumentKind.init(identifier:)) { draft.kind = kind }
        let day = value("--date").flatMap(DateText.parse) ?? CivilDate(year: 2025, month: 10, day: 7)!
        let options = IssueOptions(date: day, secret: arguments.contains("--secret"))
        let document = draft
        try blocking {
            let store: any RegisterStore
            switch address {
            case let .sqlite(path): store = try SQLiteRegisterStore(path: path)
            case let .postgres(server):
                store = try await PostgresRegisterStore(server) { warning in
                    FileHandle.standardError.write(Data((warning.formatted(in: .en) + "\n").utf8))
                }
            }
            for _ in 0..<count {
                let result = try await DocumentIssuing.issue(document, options: options, store: store) { _ in () }
                FileHandle.standardOutput.write(Data("\(result.entry.number)\n".utf8))
            }
            await store.close()
        }
    }

    static let samplePath = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Samples/qd-257-mn-thien-ton.yaml")

    static func benchmark(count: Int) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vanban-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var backEnds = [("SQLite", folder.appendingPathComponent("bench.db").path)]
        let postgres = ProcessInfo.processInfo.environment["VANBAN_BENCH_POSTGRES"] ?? ProcessInfo.processInfo.environment["VANBAN_TEST_POSTGRES"]
        if let postgres { backEnds.append(("PostgreSQL", postgres)) }
        print("vanban-bench register: \(count) issues per process, sample draft, no rendering (store and transaction only)")
        if postgres == nil { print("(PostgreSQL skipped: set VANBAN_BENCH_POSTGRES=postgres://user@host:port/db)") }
        #if DEBUG
        print("(debug build: swift run -c release vanban-bench register gives the real figures)")
        #endif
        for (name, database) in backEnds {
            for processes in [1, 8] {
                let organisation = "B\(UUID().uuidString.prefix(8))"
                // Create and migrate first, so the figure is the steady state.
                try run(database: database, organisation: organisation + "X", count: 1, processes: 1)
                let start = DispatchTime.now().uptimeNanoseconds
                try run(database: database, organisation: organisation, count: count, processes: processes)
                let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
                let total = count * processes
                let line = "\(name.padding(toLength: 11, withPad: " ", startingAt: 0)) \(processes) process\(processes == 1 ? " " : "es")"
                print("\(line)  \(String(format: "%6d", total)) issues  \(String(format: "%7.2f", seconds)) s  \(String(format: "%8.1f", Double(total) / seconds)) issues/s")
            }
        }
    }

    static func run(database: String, organisation: String, count: Int, processes: Int) throws {
        let workers = try (0..<processes).map { _ in
            let process = Process()
            process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL
            process.arguments = ["register-worker", "--database", database, "--organisation", organisation, "--count", String(count)]
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            return process
        }
        for worker in workers {
            worker.waitUntilExit()
            if worker.terminationStatus != 0 { throw CocoaError(.executableLoad) }
        }
    }

    private final class Box: @unchecked Sendable { var error: Error? }

    static func blocking(_ body: @escaping @Sendable () async throws -> Void) throws {
        let box = Box()
        let semaphore = DispatchSemaphore(value: 0)
        Task.detached {
            do { try await body() } catch { box.error = error }
            semaphore.signal()
        }
        semaphore.wait()
        if let error = box.error { throw error }
    }
}
