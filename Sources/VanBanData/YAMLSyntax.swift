import Foundation
import VanBanModel
import Yams

/// Reads YAML through Yams, keeping positions; `YAMLEmitter` writes it.
enum YAMLSyntax {
    /// Plain scalars YAML readers take for null.
    private static let nullWords: Set<String> = ["", "~", "null", "Null", "NULL"]

    /// Parses one YAML document into a located tree.
    static func parse(_ text: String, file: String?) throws(Diagnostic) -> DataNode {
        let root: Node?
        do {
            // No tag resolution: the reader decides what a scalar means from its key, and Yams'
            // default resolver tries seven regular expressions on every plain scalar (a third of
            // a load, and a lock both cores of a batch wait on).
            root = try Yams.compose(yaml: text, .basic)
        } catch let error as YamlError {
            throw diagnostic(for: error, text: text, file: file)
        } catch {
            throw Diagnostic(Message.syntax(.yaml(String(describing: error))), at: SourceLocation(file: file, line: 1))
        }
        guard let root else { throw Diagnostic(Message.emptyDocument, at: SourceLocation(file: file, line: 1)) }
        return try convert(root, file: file)
    }

    private static func location(_ mark: Mark?, file: String?) -> SourceLocation {
        SourceLocation(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1)
    }

    private static func diagnostic(for error: YamlError, text: String, file: String?) -> Diagnostic {
        switch error {
        case let .duplicatedKeysInMapping(duplicates, context):
            let key = duplicates.sorted().first ?? ""
            return Diagnostic(Message.duplicateKey(key), at: secondOccurrence(of: key, in: text, from: context.mark, file: file))
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
            let text = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
            return Diagnostic(Message.syntax(.yaml(text)), at: location(mark, file: file))
        default:
            return Diagnostic(Message.syntax(.yaml(String(describing: error))), at: SourceLocation(file: file, line: 1))
        }
    }

    /// Yams reports where the mapping starts; the reader wants the line of the repeated key.
    private static func secondOccurrence(of key: String, in text: String, from mark: Mark, file: String?) -> SourceLocation {
        var seen = false
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where index + 1 >= mark.line {
            let trimmed = line.drop(while: { $0 == " " || $0 == "-" })
            guard trimmed.hasPrefix(key + ":") else { continue }
            if seen { return SourceLocation(file: file, line: index + 1, column: line.count - trimmed.count + 1) }
            seen = true
        }
        return location(mark, file: file)
    }

    /// Converts Yams' tree, refusing aliases. Yams resolves `*a` to the node `&a` names, so a
    /// ten-level alias chain would expand to billions of nodes here; instead, nodes are visited in
    /// document order, and a node that starts before the one visited just before it can only
    /// be an alias copy of an earlier anchor.
    private static func convert(_ root: Node, file: String?) throws(Diagnostic) -> DataNode {
        var last = (line: 0, column: 0)
        return try convert(root, file: file, depth: 0, last: &last)
    }

    private static func convert(_ node: Node, file: String?, depth: Int, last: inout (line: Int, column: Int)) throws(Diagnostic) -> DataNode {
        let here = location(node.mark, file: file)
        if let mark = node.mark {
            if (mark.line, mark.column) < last {
                throw Diagnostic(Message.yamlAlias, at: SourceLocation(file: file, line: last.line, column: last.column))
            }
            last = (mark.line, mark.column)
        }
        guard depth < InputLimits.current.nestingDepth else {
            throw Diagnostic(Message.syntax(.yamlTooDeep), at: here)
        }
        switch node {
        case let .scalar(scalar):
            if scalar.style == .plain || scalar.style == .any, nullWords.contains(scalar.string) { return .null(here) }
            return .scalar(scalar.string, quoted: scalar.style != .plain && scalar.style != .any, here)
        case let .sequence(sequence):
            var elements: [DataNode] = []
            for element in sequence { elements.append(try convert(element, file: file, depth: depth + 1, last: &last)) }
            return .sequence(elements, here)
        case let .mapping(mapping):
            var entries: [(key: String, keyLocation: SourceLocation, value: DataNode)] = []
            // A set, not a scan of the entries: a mapping of 80,000 keys must not take n² steps.
            var seen: Set<String> = []
            for (keyNode, valueNode) in mapping {
                let keyLocation = location(keyNode.mark, file: file)
                guard case let .scalar(key) = keyNode else {
                    if case .alias = keyNode { throw Diagnostic(Message.yamlAlias, at: keyLocation) }
                    throw Diagnostic(Message.syntax(.yamlKeyNotText), at: keyLocation)
                }
                if let mark = keyNode.mark {
                    if (mark.line, mark.column) < last { throw Diagnostic(Message.yamlAlias, at: SourceLocation(file: file, line: last.line, column: last.column)) }
                    last = (mark.line, mark.column)
                }
                guard seen.insert(key.string).inserted else {
                    throw Diagnostic(Message.duplicateKey(key.string), at: keyLocation)
                }
                entries.append((key.string, keyLocation, try convert(valueNode, file: file, depth: depth + 1, last: &last)))
            }
            return .mapping(entries, here)
        case .alias:
            throw Diagnostic(Message.yamlAlias, at: here)
        }
    }
}
