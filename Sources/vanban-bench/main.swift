import Foundation
import VanBan
import ZipKit

// Prints throughput figures; never part of the test suite. Run: swift run -c release vanban-bench [iterations]
// PDF and batch figures: swift run -c release vanban-bench pdf; DOCX batches alone: vanban-bench docx [workers]
// `vanban-bench register [issues]` measures the register instead (see RegisterBench.swift).

if let mode = CommandLine.arguments.dropFirst().first, mode.hasPrefix("register") {
    do {
        try RegisterBench.main(Array(CommandLine.arguments.dropFirst()))
        exit(0)
    } catch {
        FileHandle.standardError.write(Data("vanban-bench: \(error)\n".utf8))
        exit(1)
    }
}

let iterations = CommandLine.arguments.dropFirst().first.flatMap(Int.init) ?? 500
/// A second argument keeps only the measurements whose label contains it (e.g. "DOCX").
let only = CommandLine.arguments.dropFirst(2).first
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
if CommandLine.arguments.dropFirst().first == "docx" {
    // `vanban-bench docx [workers]`: DOCX batch throughput (PDFBench.swift).
    try runDOCXBatchBenchmark(workers: CommandLine.arguments.dropFirst(2).first.flatMap(Int.init))
    exit(0)
}
if CommandLine.arguments.dropFirst().first == "pdf" {
    // `vanban-bench pdf [singles]`: PDF and DOCX batch figures (PDFBench.swift).
    try runPDFBenchmark(singles: CommandLine.arguments.dropFirst(2).first.flatMap(Int.init) ?? 5)
    exit(0)
}
let samplePath = root.appendingPathComponent("Samples/qd-257-mn-thien-ton.yaml")
let sampleText = try String(contentsOf: samplePath, encoding: .utf8)
let document = try DocumentData.load(sampleText, format: .yaml).document

func measure(_ label: String, bytes: Int? = nil, _ body: () throws -> Void) rethrows -> Double {
    if let only, !label.contains(only) { return 1 }
    try body() // warm up
    let start = DispatchTime.now().uptimeNanoseconds
    for _ in 0..<iterations { try body() }
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    let perDocument = seconds / Double(iterations) * 1000
    var line = "\(label.padding(toLength: 28, withPad: " ", startingAt: 0)) \(String(format: "%8.3f", perDocument)) ms/doc  \(String(format: "%8.0f", Double(iterations) / seconds)) docs/s"
    if let bytes { line += String(format: "  %7.1f MB/s", Double(bytes * iterations) / seconds / 1e6) }
    print(line)
    return perDocument
}

print("vanban-bench: \(iterations) iterations of the sample (Samples/qd-257-mn-thien-ton.yaml, 3 + 19 articles), one core\n")
_ = try measure("load YAML", bytes: sampleText.utf8.count) { _ = try DocumentData.load(sampleText, format: .yaml) }
let json = DocumentData.encode(document, as: .json)
_ = try measure("load JSON", bytes: json.utf8.count) { _ = try DocumentData.load(json, format: .json) }
_ = try measure("write YAML") { _ = DocumentData.encode(document, as: .yaml) }
_ = try measure("write JSON") { _ = DocumentData.encode(document, as: .json) }
_ = try measure("write text") { _ = TextWriter().write(document) }
_ = measure("lay out (shared by writers)") { _ = DocumentLayout.layout(document) }
let environment = try RenderEnvironment.load()
_ = try measure("write HTML (one environment)") { _ = try environment.render(document, as: .html) }
_ = try measure("write HTML (parse each time)") { _ = try HTMLWriter().write(document) }
let docx = try DocxWriter().write(document)
let docxTime = try measure("write DOCX (whole)") { _ = try DocxWriter().write(document) }

// The share spent compressing: zip the same parts again, alone.
let reader = try ZipReader(data: docx)
let parts = try reader.names.map { ($0, try reader.read($0)!) }
let zipTime = try measure("  of which ZIP + deflate") {
    let writer = ZipWriter()
    for (name, data) in parts { try writer.add(name, data) }
    _ = try writer.finish()
}
if only == nil || "DOCX".contains(only!) {
    print(String(format: "  compression share: %.0f%% of the DOCX time; package %d bytes\n", zipTime / docxTime * 100, docx.count))
}

// Import: the largest corpus text (306 KB), read from bytes to a document with its diagnostics.
let corpusFile = root.deletingLastPathComponent().appendingPathComponent("shared/corpus/14_nd-63-2014-dau-thau.txt")
if let corpus = FileManager.default.contents(atPath: corpusFile.path) {
    let textTime = measure("import 306 KB decree", bytes: corpus.count) { _ = TextReader().read(corpus, file: "14.txt") }
    // The same decree rendered to DOCX by vanban, then imported (DOCXImportBench.swift).
    measureDOCXImport(corpus: corpus, textTime: textTime)
} else {
    print("(../shared/corpus not found: import not measured)")
}

// A whole process, as a clerk runs it: `vanban render sample -o x.docx`.
let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("vanban")
if FileManager.default.isExecutableFile(atPath: binary.path) {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vanban-bench-\(getpid())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let runs = 20
    var total = 0.0
    // posix_spawn and waitpid directly: Foundation's Process polls for the exit and adds tens of ms.
    for run in 0..<runs {
        let arguments = [binary.path, "render", samplePath.path, "-o", folder.appendingPathComponent("x\(run).docx").path]
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let start = DispatchTime.now().uptimeNanoseconds
        guard posix_spawn(&pid, binary.path, nil, nil, &argv, environ) == 0 else { fatalError("cannot start \(binary.path)") }
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        total += Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
    }
    print(String(format: "process `vanban render sample -o x.docx`: %.1f ms on average over %d runs", total / Double(runs), runs))
} else {
    print("(build the vanban product in the same configuration to time a whole process)")
}
