import Foundation
import Testing
import VanBan
import VanBanTestSupport

/// Hostile Word files given to `vanban import`: each refused with its message, fast and small.
@Suite("Hardening: importing hostile Word files", .serialized)
struct DOCXImportHardeningTests {
    @Test("hostile packages are refused in under a second and 100 MB", arguments: [
        ("bomb:200", "more than the limit"), ("lying-size:200", "inflates to more than the limit"),
        ("document-bomb:300", "more than the limit"), ("document-xxe", "document type declaration"),
        ("document-laughs", "document type declaration"), ("entities", "document type declaration"),
        ("doctype-system", "document type declaration"), ("xinclude", "XInclude"), ("many-entries:2500", "more than the limit of 2000"),
    ])
    func refused(_ kind: String, _ words: String) throws {
        let folder = try Binary.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try Binary.hostileReference(kind, in: folder)
        let measured = try CPUMeasured.run("\"$VANBAN\" import '\(file)' -o out.yaml --lang en", in: folder)
        #expect(measured.result.status == 1)
        #expect(measured.result.stderr.contains("[VB130]") && measured.result.stderr.contains(words), "\(kind): \(measured.result.stderr)")
        #expect(measured.cpuSeconds < 1, "\(kind) took \(measured.cpuSeconds) s of CPU")
        #expect(measured.kilobytes < 100_000, "\(kind) used \(measured.kilobytes) kB")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out.yaml").path))
    }

    @Test func notAPackage() throws {
        let folder = try Binary.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var generator = SeededGenerator(seed: 3)
        try Data((0..<1000).map { _ in UInt8.random(in: 0...255, using: &generator) }).write(to: folder.appendingPathComponent("noise.docx"))
        try Data().write(to: folder.appendingPathComponent("empty.docx"))
        // An empty ZIP: only the end-of-central-directory record.
        try Data([0x50, 0x4B, 0x05, 0x06] + [UInt8](repeating: 0, count: 18)).write(to: folder.appendingPathComponent("emptyzip.docx"))
        for name in ["noise.docx", "empty.docx", "emptyzip.docx"] {
            let measured = try CPUMeasured.run("\"$VANBAN\" import \(name) --lang en", in: folder)
            #expect(measured.result.status == 1)
            #expect(measured.result.stderr.contains("[VB130] cannot read the Word file \(name)"), "\(name): \(measured.result.stderr)")
            #expect(measured.cpuSeconds < 1)
        }
    }

    @Test func entriesLeavingThePackageAreIgnored() throws {
        let folder = try Binary.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try Binary.run(["import", try Binary.hostileReference("traversal", in: folder), "--lang", "en"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("kind:"))
    }
}

/// CPU time (user + system) and peak memory of a process: the work a hostile file costs,
/// whatever else the machine is doing (wall time varies with the builders sharing the cores).
struct CPUMeasured {
    var cpuSeconds: Double
    var kilobytes: Int
    var result: ExternalTool.Result

    static func run(_ line: String, in directory: URL? = nil) throws -> CPUMeasured {
        let result = try Binary.shell("/usr/bin/time -f 'MEASURED %U %S %M' \(line)", in: directory)
        let fields = result.stderr.split(separator: "\n").last { $0.hasPrefix("MEASURED") }?.split(separator: " ") ?? []
        guard fields.count > 3, let user = Double(fields[1]), let system = Double(fields[2]), let peak = Int(fields[3]) else {
            return CPUMeasured(cpuSeconds: .infinity, kilobytes: .max, result: result)
        }
        return CPUMeasured(cpuSeconds: user + system, kilobytes: peak, result: result)
    }
}
