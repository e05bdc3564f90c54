import VanBanData
import VanBanModel

/// A school's profile: the values a template regulation is filled with (name, year, people,
/// options, lists), read from YAML.
public struct Profile: Sendable {
    /// The parsed tree, for lookups and for locating unknown fields.
    let root: DataNode
    /// The file, for messages.
    let file: String?

    /// Reads a profile from YAML text.
    public init(yaml: String, file: String? = nil) throws(DiagnosticError) {
        root = try DocumentData.parse(yaml, format: .yaml, file: file)
        self.file = file
        guard case .mapping = root else {
            throw DiagnosticError(Message.wrongType(field: "profile", expected: .mapping, found: root.shape), at: root.location)
        }
    }

    /// The value at a dotted path ("school.name"), if present and not null.
    func value(at path: String) -> DataNode? {
        var node = root
        for key in path.split(separator: ".") {
            guard case let .mapping(entries, _) = node, let entry = entries.first(where: { $0.key == key }) else { return nil }
            node = entry.value
        }
        if case .null = node { return nil }
        return node
    }

    /// Every leaf path with its location, for reporting fields no template uses.
    func leaves() -> [(path: String, location: SourceLocation)] {
        var result: [(String, SourceLocation)] = []
        func walk(_ node: DataNode, _ path: String, _ location: SourceLocation) {
            if case let .mapping(entries, _) = node, !path.hasPrefix("roles"), !path.hasPrefix("options") {
                for entry in entries { walk(entry.value, path.isEmpty ? entry.key : "\(path).\(entry.key)", entry.keyLocation) }
            } else if case let .mapping(entries, _) = node {
                for entry in entries { result.append(("\(path).\(entry.key)", entry.keyLocation)) }
            } else {
                result.append((path, location))
            }
        }
        walk(root, "", root.location)
        return result
    }
}

extension DataNode {
    /// The text of a scalar, or nil.
    var scalarText: String? {
        if case let .scalar(text, _, _) = self { return text }
        return nil
    }

    /// Yes or no for an option; nil for anything else ("maybe", a list), which is an error
    /// rather than a silent no.
    var booleanValue: Bool? {
        guard let text = scalarText?.lowercased().trimmingCharacters(in: .whitespaces) else { return nil }
        if ["true", "yes", "on", "1", "có", "co"].contains(text) { return true }
        if ["false", "no", "off", "0", "không", "khong"].contains(text) { return false }
        return nil
    }

    /// True for a scalar that YAML readers take as true ("true", "yes", "có").
    var isTrue: Bool {
        guard let text = scalarText?.lowercased() else { return false }
        return ["true", "yes", "on", "1", "có", "co"].contains(text)
    }
}
