import Foundation
import VanBanData
import VanBanModel

/// Fills a template tree from a profile:
/// - `{{path}}` in any text is replaced by the profile's value (`{{path?}}`: optional, a
///   missing value leaves the field out);
/// - a mapping with `when: option` (or `when: "!option"`, `when: "a|b"`) is kept only when the
///   profile's options say so;
/// - a mapping with `for: list` is repeated for each entry of the profile's list, with
///   `{{item}}`, `{{item.field}}` and `{{index}}` inside.
struct TemplateExpansion {
    let profile: Profile
    let options: [String: Bool]
    var defines: [String: String] = [:]
    /// Variables the template needs and the profile lacks, in first-use order.
    var missing: [String] = []
    /// Profile paths the template read.
    var used: Set<String> = []
    var errors: [Diagnostic] = []
    /// Profile texts put into the document that look like cross-references ("…, Điều 12"):
    /// renumbering rewrites template text only, never these.
    var profileTexts: Set<String> = []

    init(profile: Profile, options: [String: Bool]) {
        self.profile = profile
        self.options = options
    }

    mutating func expand(_ node: DataNode, item: DataNode? = nil, index: Int? = nil) -> DataNode? {
        switch node {
        case let .scalar(text, quoted, location):
            return substitute(text, quoted: quoted, at: location, item: item, index: index)
        case .null:
            return node
        case let .sequence(elements, location):
            var result: [DataNode] = []
            for element in elements {
                if case let .mapping(entries, _) = element, let list = entries.first(where: { $0.key == "for" })?.value.scalarText {
                    guard condition(element) else { continue }
                    for (position, entry) in listEntries(list, at: element.location).enumerated() {
                        if let expanded = expand(stripped(element), item: entry, index: position + 1) { result.append(expanded) }
                    }
                } else if condition(element), let expanded = expand(stripped(element), item: item, index: index) {
                    // A list entry built on a missing optional value is left out, not left half-empty.
                    if case .null = expanded { continue }
                    result.append(expanded)
                }
            }
            return .sequence(result, location)
        case let .mapping(entries, location):
            guard condition(node) else { return nil }
            var result: [(key: String, keyLocation: SourceLocation, value: DataNode)] = []
            for entry in entries where entry.key != "when" && entry.key != "for" {
                if case let .mapping(_, _) = entry.value, !condition(entry.value) { continue }
                if let value = expand(entry.value, item: item, index: index) {
                    if case .null = value { continue }
                    result.append((entry.key, entry.keyLocation, value))
                }
            }
            return .mapping(result, location)
        }
    }

    /// The element without its `when`/`for` keys.
    private func stripped(_ node: DataNode) -> DataNode {
        guard case let .mapping(entries, location) = node else { return node }
        return .mapping(entries.filter { $0.key != "when" && $0.key != "for" }, location)
    }

    /// True when the node has no `when:` or its condition holds.
    func condition(_ node: DataNode) -> Bool {
        guard case let .mapping(entries, _) = node, let rule = entries.first(where: { $0.key == "when" })?.value.scalarText else { return true }
        return rule.split(separator: "|").contains { alternative in
            let name = alternative.trimmingCharacters(in: .whitespaces)
            return name.hasPrefix("!") ? !(options[String(name.dropFirst())] ?? false) : (options[name] ?? false)
        }
    }

    private mutating func listEntries(_ name: String, at location: SourceLocation) -> [DataNode] {
        used.insert(name)
        guard let node = profile.value(at: name) else {
            if !missing.contains(name) { missing.append(name) }
            return []
        }
        if case let .sequence(elements, _) = node { return elements }
        return [node]
    }

    /// Replaces `{{…}}` in a text. A text that is one optional variable with no value becomes null;
    /// a text that is one variable holding a list becomes that list.
    private mutating func substitute(_ text: String, quoted: Bool, at location: SourceLocation, item: DataNode?, index: Int?) -> DataNode {
        guard text.contains("{{") else { return .scalar(text, quoted: quoted, location) }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.hasPrefix("{{"), trimmed.hasSuffix("}}"), trimmed.dropFirst(2).dropLast(2).contains("{{") == false {
            let name = String(trimmed.dropFirst(2).dropLast(2)).trimmingCharacters(in: .whitespaces)
            let (value, optional) = lookup(name, item: item, index: index)
            switch value {
            case nil:
                if !optional { noteMissing(name) }
                return .null(location)
            case let .sequence(elements, _)?:
                return .sequence(elements, location)
            case let .scalar(text, _, valueLocation)?:
                // A profile value is checked where it was written, not where the template uses it.
                return .scalar(text, quoted: true, valueLocation.isKnown ? valueLocation : location)
            default:
                break
            }
        }
        var result = ""
        var rest = Substring(text)
        while let open = rest.range(of: "{{") {
            result += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].range(of: "}}") else {
                errors.append(Diagnostic(Message.templateSyntax(file: location.file ?? "template", .unclosedVariable), at: location))
                return .scalar(text, quoted: quoted, location)
            }
            let name = rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces)
            let (value, optional) = lookup(name, item: item, index: index)
            if let text = value?.scalarText {
                result += text
            } else if case let .sequence(elements, _)? = value {
                result += elements.compactMap(\.scalarText).joined(separator: ", ")
            } else if optional {
                // A sentence built around a missing optional value says nothing: leave it out.
                return .null(location)
            } else {
                noteMissing(name)
            }
            rest = rest[close.upperBound...]
        }
        result += rest
        return .scalar(result, quoted: true, location)
    }

    private mutating func noteMissing(_ name: String) {
        let variable = name.split(separator: "|").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? name
        let bare = variable.hasSuffix("?") ? String(variable.dropLast()) : variable
        if !missing.contains(bare) { missing.append(bare) }
    }

    /// A variable's value: `item…`, `index`, a template definition, or a profile path.
    private mutating func lookup(_ raw: String, item: DataNode?, index: Int?) -> (DataNode?, optional: Bool) {
        // "{{subject|capitalize}}": the one filter templates need, for a phrase that opens a title.
        if let bar = raw.firstIndex(of: "|") {
            let filter = raw[raw.index(after: bar)...].trimmingCharacters(in: .whitespaces)
            let (value, optional) = lookup(raw[..<bar].trimmingCharacters(in: .whitespaces), item: item, index: index)
            guard filter == "capitalize", let text = value?.scalarText, let first = text.first else { return (value, optional) }
            return (.scalar(first.uppercased() + text.dropFirst(), quoted: true, .unknown), optional)
        }
        let optional = raw.hasSuffix("?")
        let name = optional ? String(raw.dropLast()) : raw
        if name == "index", let index { return (.scalar(String(index), quoted: false, .unknown), optional) }
        if name == "item" { return (remember(item), optional) }
        if name.hasPrefix("item."), case let .mapping(entries, _)? = item {
            let key = name.dropFirst(5)
            return (remember(entries.first { $0.key == key }?.value), optional)
        }
        if let defined = defines[name] { return (.scalar(defined, quoted: true, .unknown), optional) }
        used.insert(name)
        return (remember(profile.value(at: name)), optional)
    }

    /// Notes the texts of a profile value that renumbering must leave alone.
    private mutating func remember(_ value: DataNode?) -> DataNode? {
        switch value {
        case let .scalar(text, _, _)? where text.contains("Điều"):
            profileTexts.insert(VietnameseText.normalized(text).trimmingCharacters(in: .whitespacesAndNewlines))
        case let .sequence(elements, _)?:
            for element in elements { _ = remember(element) }
        case let .mapping(entries, _)?:
            for entry in entries { _ = remember(entry.value) }
        default:
            break
        }
        return value
    }
}
