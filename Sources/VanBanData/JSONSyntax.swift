import VanBanModel

/// A strict JSON (RFC 8259) parser that keeps line and column for every value.
///
/// Foundation's parser reports no positions, and a clerk needs "file:12:9" to find a mistake.
struct JSONParser {
    private let scalars: [Unicode.Scalar]
    private let file: String?
    private var index = 0
    private var line = 1
    private var column = 1

    init(text: String, file: String?) {
        scalars = Array(text.unicodeScalars)
        self.file = file
    }

    /// Parses one JSON value filling the whole text.
    mutating func parse() throws(Diagnostic) -> DataNode {
        skipWhitespace()
        let value = try parseValue(depth: 0)
        skipWhitespace()
        if index < scalars.count { throw failure(.textAfterValue) }
        return value
    }

    private var here: SourceLocation { SourceLocation(file: file, line: line, column: column) }

    private func failure(_ problem: Message.JSONProblem, at location: SourceLocation? = nil) -> Diagnostic {
        Diagnostic(Message.syntax(.json(problem)), at: location ?? here)
    }

    private mutating func advance() {
        if scalars[index] == "\n" {
            line += 1
            column = 1
        } else {
            column += 1
        }
        index += 1
    }

    private mutating func skipWhitespace() {
        while index < scalars.count, [" ", "\t", "\n", "\r"].contains(scalars[index]) { advance() }
    }

    private mutating func expect(_ scalar: Unicode.Scalar) throws(Diagnostic) {
        guard index < scalars.count, scalars[index] == scalar else { throw failure(.expected(String(scalar))) }
        advance()
    }

    private mutating func parseValue(depth: Int) throws(Diagnostic) -> DataNode {
        guard depth < InputLimits.current.nestingDepth else { throw failure(.tooDeep) }
        guard index < scalars.count else { throw failure(.unexpectedEnd) }
        let start = here
        switch scalars[index] {
        case "{": return try parseObject(depth: depth, start: start)
        case "[": return try parseArray(depth: depth, start: start)
        case "\"": return .scalar(try parseString(), quoted: true, start)
        case "-", "0"..."9": return .scalar(parseNumber(), quoted: false, start)
        default:
            for word in ["true", "false", "null"] where matches(word) {
                for _ in word.unicodeScalars { advance() }
                return word == "null" ? .null(start) : .scalar(word, quoted: false, start)
            }
            throw failure(.unexpectedCharacter(String(scalars[index])))
        }
    }

    private func matches(_ word: String) -> Bool {
        let wanted = Array(word.unicodeScalars)
        return index + wanted.count <= scalars.count && Array(scalars[index..<index + wanted.count]) == wanted
    }

    private mutating func parseObject(depth: Int, start: SourceLocation) throws(Diagnostic) -> DataNode {
        advance()
        var entries: [(key: String, keyLocation: SourceLocation, value: DataNode)] = []
        skipWhitespace()
        if index < scalars.count, scalars[index] == "}" {
            advance()
            return .mapping(entries, start)
        }
        // A set, not a scan of the entries: a mapping of 80,000 keys must not take n² steps.
        var seen: Set<String> = []
        while true {
            skipWhitespace()
            let keyLocation = here
            guard index < scalars.count, scalars[index] == "\"" else { throw failure(.expectedQuotedKey) }
            let key = try parseString()
            if !seen.insert(key).inserted {
                throw Diagnostic(Message.duplicateKey(key), at: keyLocation)
            }
            skipWhitespace()
            try expect(":")
            skipWhitespace()
            entries.append((key, keyLocation, try parseValue(depth: depth + 1)))
            skipWhitespace()
            guard index < scalars.count else { throw failure(.unterminatedObject, at: start) }
            if scalars[index] == "," { advance(); continue }
            try expect("}")
            return .mapping(entries, start)
        }
    }

    private mutating func parseArray(depth: Int, start: SourceLocation) throws(Diagnostic) -> DataNode {
        advance()
        var elements: [DataNode] = []
        skipWhitespace()
        if index < scalars.count, scalars[index] == "]" {
            advance()
            return .sequence(elements, start)
        }
        while true {
            skipWhitespace()
            elements.append(try parseValue(depth: depth + 1))
            skipWhitespace()
            guard index < scalars.count else { throw failure(.unterminatedArray, at: start) }
            if scalars[index] == "," { advance(); continue }
            try expect("]")
            return .sequence(elements, start)
        }
    }

    private mutating func parseNumber() -> String {
        var text = ""
        while index < scalars.count, "+-0123456789.eE".unicodeScalars.contains(scalars[index]) {
            text.unicodeScalars.append(scalars[index])
            advance()
        }
        return text
    }

    private mutating func parseString() throws(Diagnostic) -> String {
        let start = here
        advance()
        var result = String.UnicodeScalarView()
        while index < scalars.count {
            let scalar = scalars[index]
            switch scalar {
            case "\"":
                advance()
                return String(result)
            case "\\":
                advance()
                guard index < scalars.count else { break }
                let escape = scalars[index]
                advance()
                switch escape {
                case "\"", "\\", "/": result.append(escape)
                case "b": result.append("\u{8}")
                case "f": result.append("\u{C}")
                case "n": result.append("\n")
                case "r": result.append("\r")
                case "t": result.append("\t")
                case "u": result.append(try parseUnicodeEscape())
                default: throw failure(.invalidEscape(String(escape)))
                }
            default:
                if scalar.value < 0x20 { throw failure(.controlCharacter) }
                result.append(scalar)
                advance()
            }
        }
        throw failure(.unterminatedString, at: start)
    }

    private mutating func parseHex4() throws(Diagnostic) -> UInt32 {
        guard index + 4 <= scalars.count else { throw failure(.incompleteUnicodeEscape) }
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard "0123456789abcdefABCDEF".unicodeScalars.contains(scalars[index]),
                  let digit = UInt32(String(scalars[index]), radix: 16) else { throw failure(.invalidUnicodeEscape) }
            value = value * 16 + digit
            advance()
        }
        return value
    }

    private mutating func parseUnicodeEscape() throws(Diagnostic) -> Unicode.Scalar {
        let high = try parseHex4()
        if (0xD800...0xDBFF).contains(high) {
            guard matches("\\u") else { throw failure(.unpairedSurrogate) }
            advance(); advance()
            let low = try parseHex4()
            guard (0xDC00...0xDFFF).contains(low),
                  let scalar = Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)) else {
                throw failure(.invalidSurrogatePair)
            }
            return scalar
        }
        guard let scalar = Unicode.Scalar(high) else { throw failure(.unpairedSurrogate) }
        return scalar
    }
}

/// Writes JSON with two-space indentation, keys in the given order and Vietnamese left readable.
enum JSONEmitter {
    static func emit(_ value: DataValue) -> String {
        var out = ""
        write(value, indent: 0, into: &out)
        return out + "\n"
    }

    private static func write(_ value: DataValue, indent: Int, into out: inout String) {
        let pad = String(repeating: "  ", count: indent + 1)
        let closePad = String(repeating: "  ", count: indent)
        switch value {
        case let .string(text): writeString(text, into: &out)
        case let .integer(number): out += String(number)
        case let .list(elements):
            if elements.isEmpty { out += "[]"; return }
            out += "[\n"
            for (position, element) in elements.enumerated() {
                out += pad
                write(element, indent: indent + 1, into: &out)
                out += position == elements.count - 1 ? "\n" : ",\n"
            }
            out += closePad + "]"
        case let .object(entries):
            if entries.isEmpty { out += "{}"; return }
            out += "{\n"
            for (position, (key, element)) in entries.enumerated() {
                out += pad
                writeString(key, into: &out)
                out += ": "
                write(element, indent: indent + 1, into: &out)
                out += position == entries.count - 1 ? "\n" : ",\n"
            }
            out += closePad + "}"
        }
    }

    static func writeString(_ text: String, into out: inout String) {
        out += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}
