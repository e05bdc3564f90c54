import Foundation
import VanBan

/// `vanban-bench pdf [singles]`: milliseconds per PDF alone (one LibreOffice start each) and in
/// a batch of 40 (one start), then DOCX batch throughput on one core and on all cores.
func runPDFBenchmark(singles: Int) throws {
    let sample = root.appendingPathComponent("Samples/qd-257-mn-thien-ton.yaml")
    let document = try DocumentData.load(try String(contentsOf: sample, encoding: .utf8), format: .yaml).document
    let docx = try DocxWriter(signingMarks: true).write(document)
    let converter = LibreOfficeConverter()
    guard converter.executable != nil else {
        print("LibreOffice (soffice) not found: PDF not measured")
        return
    }
    func seconds(_ body: () throws -> Void) rethrows -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }
    print("vanban-bench pdf: the sample (\(docx.count) bytes of DOCX, 7 pages), \(ProcessInfo.processInfo.activeProcessorCount) cores\n")

    var single = 0.0
    for _ in 0..<singles {
        single += try seconds {
            let result = PDFRenderer.convert([PDFRenderer.Job(name: "sample", docx: docx, forSigning: true)])
            _ = try result[0].get()
        }
    }
    let singleMs = single / Double(singles) * 1000
    print(String(format: "PDF alone (one LibreOffice start, signature field): %7.0f ms/PDF  (mean of %d)", singleMs, singles))

    let jobs = (0..<40).map { PDFRenderer.Job(name: "sample-\($0)", docx: docx, forSigning: true) }
    var failures = 0
    let batch = seconds {
        failures = PDFRenderer.convert(jobs).filter { if case .failure = $0 { true } else { false } }.count
    }
    let batchMs = batch / 40 * 1000
    print(String(format: "PDF in a batch of 40 (one start):                   %7.0f ms/PDF  (%.1f s in all, %d failed)", batchMs, batch, failures))
    print(String(format: "  batch speed-up per document: %.1f×\n", singleMs / batchMs))

    try runDOCXBatchBenchmark(workers: nil)
}

/// DOCX batch throughput on one core and on all cores (`vanban-bench docx`), or with a given
/// number of workers only (`vanban-bench docx N`, for a profiler).
func runDOCXBatchBenchmark(workers only: Int?) throws {
    let sample = root.appendingPathComponent("Samples/qd-257-mn-thien-ton.yaml")
    func seconds(_ body: () throws -> Void) rethrows -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }
    // DOCX batches: load the YAML and write the DOCX, as `vanban render *.yaml --to docx` does per file.
    let text = try String(contentsOf: sample, encoding: .utf8)
    let count = 2000
    /// CPU seconds (user + system) this process has used so far.
    func cpuSeconds() -> Double {
        var usage = rusage()
        #if os(Linux)
        getrusage(RUSAGE_SELF.rawValue, &usage)
        #else
        getrusage(RUSAGE_SELF, &usage)
        #endif
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    }
    var lastCPU = 0.0
    func docxBatch(workers: Int, loading: Bool) -> Double {
        let perWorker = count / workers
        let cpuStart = cpuSeconds()
        defer { lastCPU = (cpuSeconds() - cpuStart) / Double(count) * 1000 }
        return seconds {
            DispatchQueue.concurrentPerform(iterations: workers) { _ in
                // Each worker has its own copies: sharing one document across cores would make
                // them fight over its reference counts, which a real batch never does.
                let ownText = String(decoding: Array(text.utf8), as: UTF8.self)
                let ownDocument = try! DocumentData.load(ownText, format: .yaml).document
                for _ in 0..<perWorker {
                    let source = loading ? try! DocumentData.load(ownText, format: .yaml).document : ownDocument
                    _ = try! DocxWriter().write(source)
                }
            }
        }
    }
    if let only {
        let rate = Double(count) / docxBatch(workers: only, loading: true)
        print(String(format: "DOCX batch (load YAML + write DOCX), %d documents, %d workers: %6.0f docs/s (%.2f ms CPU/doc)", count, only, rate, lastCPU))
        return
    }
    _ = docxBatch(workers: 1, loading: true)
    let cores = max(1, ProcessInfo.processInfo.activeProcessorCount)
    for loading in [true, false] {
        let one = Double(count) / docxBatch(workers: 1, loading: loading)
        let oneCPU = lastCPU
        let all = Double(count) / docxBatch(workers: cores, loading: loading)
        // CPU time per document tells contention apart from a machine busy with other work:
        // when it stays flat, the workers do not slow each other down.
        print(String(format: "DOCX batch (%@), %d documents:", loading ? "load YAML + write DOCX" : "write DOCX only", count))
        print(String(format: "  1 core:  %6.0f docs/s  (%.2f ms CPU/doc)", one, oneCPU))
        print(String(format: "  %d cores: %6.0f docs/s  (%.2f× one core; %.2f ms CPU/doc)", cores, all, all / one, lastCPU))
    }
}
