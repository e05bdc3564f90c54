import VanBanData

/// What a template asks of a profile, for building a form from it (the workbench).
extension RegulationTemplate {
    /// Profile paths this template reads ("school.name", "staff.ke_toan" …), sorted.
    public var profilePaths: [String] { variables.sorted() }

    /// Profile paths the template writes without `?`: a profile lacking them is refused.
    public var requiredPaths: Set<String> {
        var texts: [String] = defines.map(\.1)
        Self.collectScalars(tree, into: &texts)
        var required: Set<String> = []
        for text in texts {
            var rest = Substring(text)
            while let open = rest.range(of: "{{"), let close = rest[open.upperBound...].range(of: "}}") {
                var name = rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces)
                if let bar = name.firstIndex(of: "|") { name = String(name[..<bar]).trimmingCharacters(in: .whitespaces) }
                if !name.hasSuffix("?"), !name.hasPrefix("item"), name != "index", variables.contains(name) { required.insert(name) }
                rest = rest[close.upperBound...]
            }
        }
        return required
    }

    /// The fields each entry of a list carries (`{{item.name}}` → "name"), in first-use order;
    /// empty when the entries are plain texts (`{{item}}`).
    public func entryFields(of list: String) -> [String] {
        var fields: [String] = []
        func visit(_ node: DataNode, inside: Bool) {
            switch node {
            case let .scalar(text, _, _) where inside:
                var rest = Substring(text)
                while let open = rest.range(of: "{{item."), let close = rest[open.upperBound...].range(of: "}}") {
                    let name = rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces)
                    let bare = name.hasSuffix("?") ? String(name.dropLast()) : name
                    if !fields.contains(bare) { fields.append(bare) }
                    rest = rest[close.upperBound...]
                }
            case let .sequence(elements, _):
                for element in elements { visit(element, inside: inside) }
            case let .mapping(entries, _):
                let repeats = entries.first { $0.key == "for" }?.value.scalarText == list
                for entry in entries { visit(entry.value, inside: inside || repeats) }
            default:
                break
            }
        }
        visit(tree, inside: false)
        return fields
    }

    private static func collectScalars(_ node: DataNode, into texts: inout [String]) {
        switch node {
        case let .scalar(text, _, _): texts.append(text)
        case let .sequence(elements, _): for element in elements { collectScalars(element, into: &texts) }
        case let .mapping(entries, _): for entry in entries { collectScalars(entry.value, into: &texts) }
        case .null: break
        }
    }
}
