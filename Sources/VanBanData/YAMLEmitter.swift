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
    /// One pass over the scalars: this runs for every string of a document.
    static func isPlain(_ text: String) -> Bool {
        let scalars = text.unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return false }
        if "-?:,[]{}#&*!|>'\"%@`".unicodeScalars.contains(first) || first == " " || last == " " || last == ":" { return false }
        var previous: Unicode.Scalar = " "
        var count = 0
        var numeric = true, hasDigit = false
        for scalar in scalars {
            let value = scalar.value
            if value < 0x20 || (0x7F...0x9F).contains(value) || value == 0xFEFF || value == 0x2028 || value == 0x2029 { return false }
            if (previous == ":" && scalar == " ") || (previous == " " && scalar == "#") { return false }
            if numeric {
                if value >= 0x30 && value <= 0x39 { hasDigit = true } else if !"+-._:eExXoObB".unicodeScalars.contains(scalar) { numeric = false }
            }
            previous = scalar
            count += 1
        }
        // Numbers, dates and times ("257", "2025-10-07", "1e3", "0x1F", "1:30") read as other types.
        if numeric && hasDigit { return false }
        // Words YAML 1.1 or 1.2 readers take for null, a boolean, infinity or a merge key.
        if count <= 6 {
            let lower = text.lowercased()
            if ["", "~", "null", "true", "false", "yes", "no", "on", "off", "y", "n", ".inf", "-.inf", "+.inf", ".nan", "<<", "="].contains(lower) {
                return false
            }
        }
        return true
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
