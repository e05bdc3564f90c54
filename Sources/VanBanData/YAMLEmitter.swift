/// Writes a `DataValue` as block YAML in one pass into one string. Yams' serializer built a
/// node tree and an event stream for the whole document first, which cost 2 GB for a 1 MB
/// text of points; this writer keeps nothing but the output.
///
/// Scalars are plain when every YAML 1.1 and 1.2 reader takes them for the same string, a
/// literal block (`|-`) when they span lines, and double-quoted otherwise.
enum YAMLEmitter {
    static func emit(_ value: DataValue) -> String {
        var out = ""
        write(value, indent: 0, into: &out)
        if !out.hasSuffix("\n") { out += "\n" }
        return out
    }

    /// Writes a value that starts where the cursor is (after "key:" or "- ").
    private static func write(_ value: DataValue, indent: Int, into out: inout String) {
        switch value {
        case let .string(text): writeScalar(text, indent: indent, into: &out)
        case let .integer(number): out += String(number)
        case let .list(elements):
            if elements.isEmpty { out += "[]"; return }
            for (position, element) in elements.enumerated() {
                if position > 0 { out += "\n" + String(repeating: " ", count: indent) }
                out += "- "
                write(element, indent: indent + 2, into: &out)
            }
        case let .object(entries):
            if entries.isEmpty { out += "{}"; return }
            for (position, (key, element)) in entries.enumerated() {
                if position > 0 { out += "\n" + String(repeating: " ", count: indent) }
                writeScalar(key, indent: indent, into: &out)
                out += ":"
                switch element {
                case let .list(items) where !items.isEmpty:
                    // Lists under a key sit at the key's indentation, as libyaml writes them.
                    out += "\n" + String(repeating: " ", count: indent)
                    write(element, indent: indent, into: &out)
                case let .object(fields) where !fields.isEmpty:
                    out += "\n" + String(repeating: " ", count: indent + 2)
                    write(element, indent: indent + 2, into: &out)
                default:
                    out += " "
                    write(element, indent: indent + 2, into: &out)
                }
            }
        }
    }

    private static func writeScalar(_ text: String, indent: Int, into out: inout String) {
        if isPlain(text) {
            out += text
        } else if isLiteral(text) {
            out += "|-"
            let pad = String(repeating: " ", count: max(indent, 2))
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                out += line.isEmpty ? "\n" : "\n" + pad + line
            }
        } else {
            JSONEmitter.writeString(text, into: &out)
        }
    }

    /// Plain when no reader could take it for another type, a comment, a key or an indicator.
    static func isPlain(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return false }
        if "-?:,[]{}#&*!|>'\"%@`".unicodeScalars.contains(first) || first == " " || last == " " || last == ":" { return false }
        if YAMLSyntax.needsQuotes(text) { return false }
        let lower = text.lowercased()
        if [".inf", "-.inf", "+.inf", ".nan", "<<", "="].contains(lower) { return false }
        if text.contains(": ") || text.contains(" #") { return false }
        return !text.unicodeScalars.contains { scalar in
            scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0xFEFF
                || scalar.value == 0x2028 || scalar.value == 0x2029 || scalar.value == 0x85
        }
    }

    /// A literal block keeps line breaks readable; it cannot carry leading spaces on its first
    /// line, trailing spaces, a final line break or control characters.
    static func isLiteral(_ text: String) -> Bool {
        guard text.contains("\n"), let first = text.first, first != " ", first != "\n", !text.hasSuffix("\n") else { return false }
        if text.contains(" \n") || text.hasSuffix(" ") { return false }
        return !text.unicodeScalars.contains { scalar in
            (scalar.value < 0x20 && scalar != "\n") || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0xFEFF
                || scalar.value == 0x2028 || scalar.value == 0x2029
        }
    }
}
