import ArgumentParser
import Foundation
import VanBan

extension NewCommand {
    /// The formats asked for: --to (a list), else OUT's extension, else YAML.
    var requestedFormats: [OutputFormat] {
        if let to, let list = OutputFormat.list(to) { return list }
        return output.flatMap(OutputFormat.init(path:)).map { [$0] } ?? [.yaml]
    }

    /// A folder of profiles, several formats, or PDF output take the batch path.
    var usesBatch: Bool { profiles != nil || requestedFormats.count > 1 || requestedFormats.contains(.pdf) || splitAttachments }

    func validateBatch() throws {
        if profile == nil, profiles == nil { throw ValidationError("give --profile FILE or --profiles DIR") }
        if profile != nil, profiles != nil { throw ValidationError("give --profile or --profiles, not both") }
        if let to, OutputFormat.list(to) == nil { throw ValidationError("--to takes \(OutputFormat.names) or a list such as docx,pdf, not \"\(to)\"") }
        if profiles != nil || requestedFormats.count > 1, output == nil { throw ValidationError("--profiles and several formats need -o FOLDER/") }
        if splitAttachments, output == nil { throw ValidationError("--split-attachments needs -o FILE or -o FOLDER/") }
    }

    /// The batch for this command line: the template is read once and filled for every profile.
    func batch() throws(DiagnosticError) -> BatchRender {
        let regulation = try RegulationTemplate.named(template)
        let paths: [String]
        if let profiles {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: profiles)) ?? []
            paths = names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
                .map { (profiles as NSString).appendingPathComponent($0) }
            guard !paths.isEmpty else { throw DiagnosticError([Diagnostic(.error, .noProfiles, [profiles])]) }
        } else {
            paths = [profile ?? ""]
        }
        let items = paths.map { path in
            BatchItem(name: path, stem: URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent) { () throws(DiagnosticError) in
                guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
                    throw DiagnosticError([Diagnostic(.error, .fileUnreadable, [path, "no such file or not UTF-8"])])
                }
                return try regulation.instantiate(try Profile(yaml: text, file: path))
            }
        }
        let destination: BatchRender.Destination
        do throws(Diagnostic) {
            if profiles != nil || requestedFormats.count > 1, let output {
                destination = .folder(try BatchRender.prepareFolder(output))
            } else {
                try OutputTarget(path: output, force: force).checkWritable(binary: requestedFormats[0])
                destination = .file(output)
            }
        } catch {
            throw DiagnosticError([error])
        }
        return BatchRender(items: items, formats: requestedFormats, destination: destination,
                           options: RenderOptions(forSigning: forSigning), splitAttachments: splitAttachments, force: force, language: common.language)
    }
}
