import Foundation
import VanBanModel

/// Collects what goes wrong while turning a data tree into a document, so one run reports every mistake.
final class DecodeContext {
    var diagnostics: [Diagnostic] = []

    /// Records a finding; its message decides whether it is an error.
    func report(_ message: Message, at location: SourceLocation) {
        diagnostics.append(Diagnostic(message, at: location))
    }

    /// Reports a value of the wrong shape.
    func wrongType(_ path: String, expected: ValueShape, found node: DataNode) {
        report(.wrongType(field: path, expected: expected, found: node.shape), at: node.location)
    }
}

/// Reads the fields of one mapping, remembering which keys were used so the rest can be reported.
/// `Key` is the node type's key table: only its keys can be asked for.
struct MappingReader<Key: DataKey> {
    let context: DecodeContext
    let path: String
    let location: SourceLocation
    private let entries: [(key: String, keyLocation: SourceLocation, value: DataNode)]
    private var used: Set<String> = []

    /// Wraps a node that must be a mapping; reports and returns nil otherwise.
    init?(_ node: DataNode, path: String, context: DecodeContext) {
        guard case let .mapping(entries, location) = node else {
            context.wrongType(path.isEmpty ? "document" : path, expected: .mapping, found: node)
            return nil
        }
        self.context = context
        self.path = path
        self.location = location
        self.entries = entries
    }

    /// The path of a child field, e.g. "attachments[0].date".
    func childPath(_ key: Key) -> String { path.isEmpty ? key.rawValue : "\(path).\(key.rawValue)" }

    /// The raw node of a key, marking it used; nil when absent or null.
    mutating func node(_ key: Key) -> DataNode? {
        used.insert(key.rawValue)
        guard let entry = entries.first(where: { $0.key == key.rawValue }) else { return nil }
        if case .null = entry.value { return nil }
        return entry.value
    }

    /// A text field, NFC-normalised and trimmed; nil when absent or empty.
    mutating func string(_ key: Key) -> String? {
        guard let node = node(key) else { return nil }
        return DataText.text(node, path: childPath(key), context: context)
    }

    /// A text field that must fit on one line (a name, an abbreviation, a place): a line break
    /// there would split "Số: 05/QĐ-…" or a header line in two, so it is an error.
    mutating func line(_ key: Key) -> String? {
        guard let value = string(key) else { return nil }
        if value.contains(where: \.isNewline) {
            context.report(.notOneLine(field: childPath(key)), at: entries.first { $0.key == key.rawValue }?.value.location ?? location)
            return value.split(whereSeparator: \.isNewline).joined(separator: " ")
        }
        return value
    }

    /// A required text field.
    mutating func requiredString(_ key: Key) -> String? {
        guard let value = string(key) else {
            if entries.contains(where: { $0.key == key.rawValue }) == false {
                context.report(.missingField(in: path.isEmpty ? "document" : path, field: key.rawValue), at: location)
            }
            return nil
        }
        return value
    }

    /// A positive whole number, given as a number or as digits in a string.
    mutating func integer(_ key: Key) -> Int? {
        guard let node = node(key) else { return nil }
        guard case let .scalar(text, _, location) = node else {
            context.wrongType(childPath(key), expected: .wholeNumber, found: node)
            return nil
        }
        guard let value = Int(text.trimmingCharacters(in: .whitespaces)), value >= 0 else {
            context.report(.notAnInteger(field: childPath(key), value: text), at: location)
            return nil
        }
        return value
    }

    /// A list of texts; a single text is taken as a list of one.
    mutating func strings(_ key: Key) -> [String] {
        guard let node = node(key) else { return [] }
        let fieldPath = childPath(key)
        switch node {
        case let .sequence(elements, _):
            return elements.enumerated().compactMap { DataText.text($1, path: "\(fieldPath)[\($0)]", context: context, listEntry: true) }
        case .scalar:
            return DataText.text(node, path: fieldPath, context: context).map { [$0] } ?? []
        default:
            context.wrongType(fieldPath, expected: .listOfTexts, found: node)
            return []
        }
    }

    /// A list of values decoded by `decode`; entries that fail are reported and skipped.
    mutating func list<T>(_ key: Key, _ decode: (DataNode, String, DecodeContext) -> T?) -> [T] {
        guard let node = node(key) else { return [] }
        let fieldPath = childPath(key)
        guard case let .sequence(elements, _) = node else {
            context.wrongType(fieldPath, expected: .list, found: node)
            return []
        }
        return elements.enumerated().compactMap { decode($1, "\(fieldPath)[\($0)]", context) }
    }

    /// A nested value decoded by `decode`.
    mutating func object<T>(_ key: Key, _ decode: (DataNode, String, DecodeContext) -> T?) -> T? {
        guard let node = node(key) else { return nil }
        return decode(node, childPath(key), context)
    }

    /// Warns about every key that no field read, except editor hints such as `$schema`.
    func finish() {
        for entry in entries where !used.contains(entry.key) && !entry.key.hasPrefix("$") {
            context.report(.unknownField(in: path.isEmpty ? "document" : path, field: entry.key), at: entry.keyLocation)
        }
    }
}

/// Texts in data trees, whatever node type holds them.
enum DataText {
    /// An unquoted list entry such as `- Lưu: VT, HSCDS` is a one-pair mapping to YAML; in a list of
    /// texts the writer meant the text, so it is read back as "Lưu: VT, HSCDS".
    static func colonText(_ node: DataNode) -> String? {
        guard case let .mapping(entries, _) = node, entries.count == 1,
              case let .scalar(value, _, _) = entries[0].value else { return nil }
        return "\(entries[0].key): \(value)"
    }

    /// Text of a scalar node, normalised; reports other shapes. Only a list entry may be an
    /// unquoted "Lưu: VT" that YAML read as a one-pair mapping; `title: {a: 1}` is a mistake.
    static func text(_ node: DataNode, path: String, context: DecodeContext, listEntry: Bool = false) -> String? {
        if listEntry, let joined = colonText(node) {
            return text(.scalar(joined, quoted: true, node.location), path: path, context: context)
        }
        guard case let .scalar(text, _, _) = node else {
            if case .null = node { return nil }
            context.wrongType(path, expected: .text, found: node)
            return nil
        }
        let cleaned = withoutControlCharacters(VietnameseText.normalized(text)).trimmingWhitespace()
        return cleaned.isEmpty ? nil : cleaned
    }

    /// The text without C0 and C1 control characters other than line break and tab: an escape
    /// sequence or a NUL in a data file would reach a terminal or make an XML part ill-formed.
    static func withoutControlCharacters(_ text: String) -> String {
        func isControl(_ scalar: Unicode.Scalar) -> Bool {
            (scalar.value < 0x20 && scalar != "\n" && scalar != "\t") || (0x7F...0x9F).contains(scalar.value)
        }
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.filter { !isControl($0) }))
    }
}
