import ArgumentParser
import Foundation
import Synchronization
import VanBan

/// One input of a batch: how messages name it, the stem of its output files, and how to load it.
struct BatchItem: Sendable {
    /// The input as the user gave it ("truong/mn-hoa-sen.yaml").
    let name: String
    /// Output file name without extension ("mn-hoa-sen").
    let stem: String
    /// Loads (or instantiates) the document.
    let load: @Sendable () throws(DiagnosticError) -> LoadedDocument
}

/// Renders documents to files: one input to one file, or many inputs to many formats in a
/// folder. Documents are loaded and written in parallel on all cores; every PDF goes through a
/// single LibreOffice start; one failure never stops the others; a summary closes a batch and
/// the exit code is 1 when anything failed.
struct BatchRender {
    /// Where results go.
    enum Destination {
        /// One file (or standard output when nil): a single input in a single format.
        case file(String?)
        /// A folder that receives STEM.EXT for every input and format.
        case folder(URL)
    }

    let items: [BatchItem]
    let formats: [OutputFormat]
    let destination: Destination
    let options: RenderOptions
    /// Templates loaded once for every document of the batch.
    let environment: RenderEnvironment
    let splitAttachments: Bool
    let force: Bool
    let language: Language

    private var isBatch: Bool { if case .folder = destination { true } else { false } }

    /// What became of one input.
    private struct ItemResult: Sendable {
        var written: [String] = []
        var diagnostics: [Diagnostic] = []
        var failed = false
    }

    /// A PDF waiting for the one LibreOffice run.
    private struct PendingPDF: Sendable {
        var item: Int
        /// Order within the item: the decision, then its attachments.
        var part: Int
        var path: String?
        var job: PDFRenderer.Job
    }

    /// Runs the batch; throws `ExitCode(1)` when any input failed.
    func run() throws {
        let progress = Progress(interactive: isBatch && Progress.isInteractive)
        let results = Mutex([ItemResult](repeating: ItemResult(), count: items.count))
        let pending = Mutex([PendingPDF]())
        let targets = plannedTargets(results: results)

        progress.start(CommandMessage.progressDocuments.text(in: language), total: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            guard let paths = targets[index] else {
                progress.advance(items[index].name)
                return
            }
            var result = ItemResult()
            var pdfs: [PendingPDF] = []
            renderItem(index, paths: paths, into: &result, pdfs: &pdfs)
            pending.withLock { $0 += pdfs }
            let printed = printable(result, finished: pdfs.isEmpty, interactive: progress.interactive)
            results.withLock {
                $0[index].diagnostics += result.diagnostics
                $0[index].written += result.written
                $0[index].failed = $0[index].failed || result.failed
            }
            progress.print(printed)
            progress.advance(items[index].name)
        }

        let jobs = pending.withLock { $0 }.sorted { ($0.item, $0.part) < ($1.item, $1.part) }
        if !jobs.isEmpty {
            if let note = PDFRenderer.fontNote() { progress.print([note.formatted(in: language)]) }
            progress.start(CommandMessage.progressPDF.text(in: language), total: jobs.count)
            let converted = PDFRenderer.convert(jobs.map(\.job)) { progress.update(done: $0) }
            var finishedItems = Set<Int>()
            for (index, (pdf, outcome)) in zip(jobs, converted).enumerated() {
                var result = ItemResult()
                switch outcome {
                case .success(let output):
                    result.diagnostics += output.warnings
                    do throws(Diagnostic) {
                        if let path = pdf.path {
                            try FileOutput.write(output.data, to: path, overwrite: force)
                            result.written.append(path)
                        } else {
                            FileHandle.standardOutput.write(output.data)
                        }
                    } catch {
                        result.diagnostics.append(error)
                        result.failed = true
                    }
                case .failure(let error):
                    result.diagnostics += error.diagnostics
                    result.failed = true
                }
                let isLast = index + 1 == jobs.count || jobs[index + 1].item != pdf.item
                results.withLock {
                    $0[pdf.item].diagnostics += result.diagnostics
                    $0[pdf.item].written += result.written
                    $0[pdf.item].failed = $0[pdf.item].failed || result.failed
                }
                progress.print(result.diagnostics.map { $0.formatted(in: language) })
                if isLast, finishedItems.insert(pdf.item).inserted {
                    let item = results.withLock { $0[pdf.item] }
                    if !progress.interactive, isBatch, !item.failed, !item.written.isEmpty {
                        progress.print([CommandMessage.batchWrote(item.written).text(in: language)])
                    }
                }
            }
        }
        progress.finish()

        let final = results.withLock { $0 }
        let failed = zip(items, final).filter { $0.1.failed }.map(\.0.name)
        if isBatch {
            var lines = [Diagnostic(CommandMessage.batchSummary(total: items.count, succeeded: items.count - failed.count, failed: failed.count)).formatted(in: language)]
            if !failed.isEmpty { lines.append(Diagnostic(CommandMessage.batchFailures(failed)).formatted(in: language)) }
            StandardStreams.writeError(lines.joined(separator: "\n") + "\n")
        }
        if !failed.isEmpty { throw ExitCode(1) }
    }

    /// The lines to show for an item now: its diagnostics, and in a batch off a terminal the
    /// files written once the item is complete.
    private func printable(_ result: ItemResult, finished: Bool, interactive: Bool) -> [String] {
        var lines = result.diagnostics.map { $0.formatted(in: language) }
        if finished, isBatch, !interactive, !result.failed, !result.written.isEmpty {
            lines.append(CommandMessage.batchWrote(result.written).text(in: language))
        }
        return lines
    }

    /// Output stems per item; an item whose stem another item already takes fails at once.
    private func plannedTargets(results: borrowing Mutex<[ItemResult]>) -> [String?] {
        guard case .folder(let folder) = destination else { return items.map { _ in "" } }
        var owners: [String: String] = [:]
        return items.enumerated().map { index, item in
            // Paths as the user wrote the folder, so messages read "out/truong-01.pdf".
            let stem = (folder.relativePath as NSString).appendingPathComponent(item.stem)
            if let owner = owners[stem] {
                results.withLock {
                    $0[index].failed = true
                    $0[index].diagnostics.append(Diagnostic(CommandMessage.duplicateOutput(stem + ".*", first: owner, second: item.name)))
                }
                StandardStreams.writeError(Diagnostic(CommandMessage.duplicateOutput(stem + ".*", first: owner, second: item.name)).formatted(in: language) + "\n")
                return nil
            }
            owners[stem] = item.name
            return stem
        }
    }

    /// The file for a format and part: STEM-SUFFIX.EXT in a batch, the given file (with the
    /// suffix before its extension) for a single output.
    private func path(stem: String, suffix: String, format: OutputFormat) -> String? {
        switch destination {
        case .folder: return "\(stem)\(suffix).\(format.extensions[0])"
        case .file(nil): return nil
        case .file(let file?):
            guard !suffix.isEmpty else { return file }
            let url = URL(fileURLWithPath: file)
            let ext = url.pathExtension
            let base = url.deletingPathExtension().path
            return ext.isEmpty ? base + suffix : "\(base)\(suffix).\(ext)"
        }
    }

    private func renderItem(_ index: Int, paths stem: String, into result: inout ItemResult, pdfs: inout [PendingPDF]) {
        let item = items[index]
        let loaded: LoadedDocument
        do {
            loaded = try item.load()
        } catch {
            result.diagnostics += error.diagnostics
            result.failed = true
            return
        }
        result.diagnostics += loaded.warnings
        var parts: [(suffix: String, document: Document, isAttachment: Bool)] = [("", loaded.document, false)]
        if splitAttachments {
            if loaded.document.attachments.isEmpty {
                result.diagnostics.append(Diagnostic(CommandMessage.noAttachments, at: loaded.document.location))
            } else {
                parts = PDFRenderer.splitAttachments(loaded.document, electronic: options.forSigning)
            }
        }
        // Refuse before any work when a file exists and --force was not given.
        if !force {
            for part in parts {
                for format in formats {
                    if let target = path(stem: stem, suffix: part.suffix, format: format), FileManager.default.fileExists(atPath: target) {
                        result.diagnostics.append(Diagnostic(CommandMessage.outputExists(target)))
                        result.failed = true
                    }
                }
            }
            if result.failed { return }
        }
        for part in parts {
            var partOptions = options
            // An attachment in a file of its own carries the organisation's field, not the signer's.
            partOptions.forSigning = options.forSigning && !part.isAttachment
            for format in formats {
                let target = path(stem: stem, suffix: part.suffix, format: format)
                do {
                    if format == .pdf {
                        let docx = try environment.render(part.document, as: .docx, options: partOptions)
                        let name = item.name + part.suffix
                        pdfs.append(PendingPDF(item: index, part: pdfs.count, path: target, job: PDFRenderer.Job(
                            name: name, docx: docx, forSigning: partOptions.forSigning,
                            organisationField: options.forSigning && part.isAttachment)))
                        continue
                    }
                    let data = try environment.render(part.document, as: format, options: partOptions)
                    if let target {
                        try FileOutput.write(data, to: target, overwrite: force)
                        result.written.append(target)
                    } else {
                        FileHandle.standardOutput.write(data)
                    }
                } catch let error as DiagnosticError {
                    result.diagnostics += error.diagnostics
                    result.failed = true
                } catch let diagnostic as Diagnostic {
                    result.diagnostics.append(diagnostic)
                    result.failed = true
                } catch {
                    result.diagnostics.append(Diagnostic(Message.cannotConvert(format: format.rawValue, detail: "\(error)")))
                    result.failed = true
                }
            }
        }
    }
}
