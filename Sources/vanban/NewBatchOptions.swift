import ArgumentParser
import Foundation
import VanBan

extension NewCommand {
    /// The formats asked for: --to (a list), else OUT's extension, else YAML.
    var requestedFormats: [OutputFormat] {
        if let to { return to.formats }
        return out.output.flatMap(OutputFormat.init(path:)).map { [$0] } ?? [.yaml]
    }

    /// A folder of profiles, several formats, or PDF output take the batch path.
    var usesBatch: Bool { profiles != nil || requestedFormats.count > 1 || requestedFormats.contains(.pdf) || splitAttachments }

    func validateBatch() throws {
        if profile == nil, profiles == nil { throw ValidationError("give --profile FILE or --profiles DIR") }
        if profile != nil, profiles != nil { throw ValidationError("give --profile or --profiles, not both") }
        if profiles != nil || requestedFormats.count > 1, out.output == nil { throw ValidationError("--profiles and several formats need -o FOLDER/") }
        if splitAttachments, out.output == nil { throw ValidationError("--split-attachments needs -o FILE or -o FOLDER/") }
    }

    /// The batch for this command line: the template is read once and filled for every profile.
    func batch() throws(DiagnosticError) -> BatchRender {
        let regulation = try RegulationTemplate.named(template)
        let paths: [String]
        if let profiles {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: profiles)) ?? []
            paths = names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
                .map { (profiles as NSString).appendingPathComponent($0) }
            guard !paths.isEmpty else { throw DiagnosticError(CommandMessage.noProfiles(profiles)) }
        } else {
            paths = [profile ?? ""]
        }
        let items = paths.map { path in
            BatchItem(name: path, stem: URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent) { () throws(DiagnosticError) in
                let data: Data
                do throws(Diagnostic) { data = try InputFile.read(path) } catch { throw DiagnosticError([error]) }
                guard let text = String(data: data, encoding: .utf8) else {
                    throw DiagnosticError(Message.fileUnreadable(file: path, .notUTF8))
                }
                return try regulation.instantiate(try Profile(yaml: text, file: path))
            }
        }
        let destination: BatchRender.Destination
        do throws(Diagnostic) {
            if profiles != nil || requestedFormats.count > 1, let output = out.output {
                destination = .folder(try BatchRender.prepareFolder(output))
            } else {
                try out.target.checkWritable(binary: requestedFormats[0])
                destination = .file(out.output)
            }
        } catch {
            throw DiagnosticError([error])
        }
        return BatchRender(items: items, formats: requestedFormats, destination: destination,
                           options: RenderOptions(forSigning: forSigning), environment: try templates.environment(for: requestedFormats),
                           splitAttachments: splitAttachments, force: out.force, language: common.language)
    }
}
