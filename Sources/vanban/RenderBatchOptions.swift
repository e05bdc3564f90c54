import ArgumentParser
import Foundation
import VanBan

extension RenderCommand {
    /// The formats asked for: --to (a list), else OUT's extension.
    var requestedFormats: [OutputFormat] {
        if let to { return to.formats }
        return out.output.flatMap(OutputFormat.init(path:)).map { [$0] } ?? [.text]
    }

    /// True when OUT is a folder: it ends with "/" or is an existing directory.
    var outputIsFolder: Bool {
        guard let output = out.output else { return false }
        var isDirectory: ObjCBool = false
        return output.hasSuffix("/") || (FileManager.default.fileExists(atPath: output, isDirectory: &isDirectory) && isDirectory.boolValue)
    }

    /// Several inputs or formats, a folder as OUT, PDF output or split attachments take the
    /// batch path; everything else keeps the one-file path.
    var usesBatch: Bool {
        !moreInputs.isEmpty || requestedFormats.count > 1 || outputIsFolder || requestedFormats.contains(.pdf) || splitAttachments
    }

    func validateBatch() throws {
        let many = !moreInputs.isEmpty || requestedFormats.count > 1
        if many, out.output == nil { throw ValidationError("several inputs or formats need -o FOLDER/") }
        if splitAttachments, out.output == nil { throw ValidationError("--split-attachments needs -o FILE (each attachment gets a file of its own)") }
        if ([input] + moreInputs).filter({ $0 == "-" }).count > 0, !moreInputs.isEmpty {
            throw ValidationError("standard input (-) cannot be part of a batch")
        }
    }

    /// The batch for this command line.
    func batch() throws(DiagnosticError) -> BatchRender {
        let options = RenderOptions(referenceDocument: referenceDoc.map { URL(fileURLWithPath: $0) }, bodySize: fontSize, forSigning: forSigning)
        let environment = try templates.environment(for: requestedFormats)
        let dataFormat = from
        let items = ([input] + moreInputs).map { path in
            BatchItem(name: path, stem: URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent) { () throws(DiagnosticError) in
                try DocumentInput.load(path: path, format: dataFormat)
            }
        }
        let many = !moreInputs.isEmpty || requestedFormats.count > 1 || outputIsFolder
        let destination: BatchRender.Destination
        do throws(Diagnostic) {
            if many, let output = out.output {
                destination = .folder(try BatchRender.prepareFolder(output))
            } else {
                let target = out.target
                try target.checkWritable(binary: requestedFormats[0])
                // `-o out/qd.pdf` in a fresh clone: make out/ rather than fail after the slow conversion.
                if let output = out.output {
                    let parent = URL(fileURLWithPath: output).deletingLastPathComponent().path
                    if !FileManager.default.fileExists(atPath: parent) { _ = try BatchRender.prepareFolder(parent) }
                }
                destination = .file(out.output)
            }
        } catch {
            throw DiagnosticError([error])
        }
        return BatchRender(items: items, formats: requestedFormats, destination: destination, options: options, environment: environment,
                           splitAttachments: splitAttachments, force: out.force, language: common.language)
    }
}

extension BatchRender {
    /// Creates the output folder when missing; a file in its place is an error.
    static func prepareFolder(_ path: String) throws(Diagnostic) -> URL {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw Diagnostic(CommandMessage.outputNotDirectory(path)) }
        } else {
            do {
                try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
            } catch {
                throw Diagnostic(Message.cannotWrite(file: path, FileProblem(error)))
            }
        }
        return URL(fileURLWithPath: path, isDirectory: true)
    }
}
