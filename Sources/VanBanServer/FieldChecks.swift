import Foundation
import VanBan

/// The data checks of `vanban check` run on the document being edited, each finding tied to the
/// editor field it concerns: the checks name fields by dotted path ("bases.2", "signature.name"),
/// so each path is given a location whose file is that path, then mapped to a field id.
enum FieldChecks {
    /// The content rules, less those the importer already runs on each article's text.
    static let rules = RuleCatalogue.rules.filter { $0.scope == .content && !RuleCatalogue.importerCodes.contains($0.code) }

    /// The findings as diagnostics whose location's file is the field id ("f-base-2"), or empty
    /// when the finding concerns no field the editor shows.
    static func diagnostics(_ document: Document) -> [Diagnostic] {
        var table: [String: SourceLocation] = [:]
        for (index, part) in EditorBlocks.documents(document).enumerated() {
            let prefix = index == 0 ? "" : "attachments.\(index - 1)."
            var paths = ["title", "symbol", "date", "place", "number", "issuer", "issuer.name", "issuer.parent", "issuer.abbreviation",
                         "issuing_authority", "bases", "recipients", "signature", "signature.name", "signature.position",
                         "signature.authority", "issued_with"]
            paths += part.bases.indices.map { "bases.\($0)" } + part.recipients.indices.map { "recipients.\($0)" }
            for path in paths { table[prefix + path] = SourceLocation(file: "@" + prefix + path, line: 1, column: 1) }
        }
        var document = document
        document.location = .unknown
        for index in document.attachments.indices { document.attachments[index].location = .unknown }
        return RuleCatalogue.check(document, locations: FieldLocations(table), rules: rules).map { finding in
            var diagnostic = finding.diagnostic
            let path = diagnostic.location?.file.flatMap { $0.hasPrefix("@") ? String($0.dropFirst()) : nil }
            diagnostic.location = SourceLocation(file: path.flatMap(fieldID) ?? "", line: 0, column: 0)
            return diagnostic
        }
    }

    /// The editor's field id for a dotted path, nil when the editor has no such field.
    static func fieldID(_ path: String) -> String? {
        let parts = path.split(separator: ".").map(String.init)
        if parts.count >= 3, parts[0] == "attachments", let index = Int(parts[1]) {
            return parts[2] == "title" ? "f-a\(index + 1)_title" : "ed-doc-\(index + 1)"
        }
        switch parts.first ?? "" {
        case "title": return "f-title"
        case "symbol": return "f-symbol"
        case "place": return "f-place"
        case "issuing_authority": return "f-authority"
        case "issuer":
            let field = parts.count > 1 ? parts[1] : "name"
            return ["name", "parent", "abbreviation"].contains(field) ? "f-issuer_\(field)" : "f-issuer_name"
        case "bases": return parts.count > 1 ? Int(parts[1]).map { "f-base-\($0 + 1)" } : "f-bases"
        case "recipients": return parts.count > 1 ? Int(parts[1]).map { "f-recipient-\($0 + 1)" } : "f-recipients"
        case "signature":
            let field = parts.count > 1 ? parts[1] : ""
            return ["name", "position", "authority"].contains(field) ? "f-sign_\(field)" : "f-signature"
        default: return nil
        }
    }
}
