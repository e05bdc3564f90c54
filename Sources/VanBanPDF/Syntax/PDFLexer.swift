import Foundation

/// Why a PDF could not be read or updated; turned into a catalog message by the caller.
public struct PDFSyntaxError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What was wrong, in English (technical detail appended to a translated message).
    public var reason: String
    /// The byte offset where it was found, when known.
    public var offset: Int?
    /// True when the file is well formed but uses a cross-reference stream, which the updater refuses.
    public var isCrossReferenceStream = false

    /// Creates an error.
    public init(_ reason: String, at offset: Int? = nil, crossReferenceStream: Bool = false) {
        self.reason = reason
        self.offset = offset
        self.isCrossReferenceStream = crossReferenceStream
    }

    public var description: String { offset.map { "\(reason) (byte \($0))" } ?? reason }
}

/// Reads PDF objects from bytes (ISO 32000-1 §7.2–7.3): enough to follow the cross-reference
/// table, the catalog, the page tree and the named destinations.
struct PDFLexer {
    let bytes: [UInt8]
    var position: Int

    init(_ bytes: [UInt8], at position: Int = 0) {
        self.bytes = bytes
        // An offset from a damaged cross-reference table may point anywhere: clamp it, so every
        // read below sees the end of the file rather than an index out of range.
        self.position = min(max(0, position), bytes.count)
    }

    static func isWhitespace(_ byte: UInt8) -> Bool { byte == 0 || byte == 9 || byte == 10 || byte == 12 || byte == 13 || byte == 32 }

    static func isDelimiter(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "["), UInt8(ascii: "]"),
             UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "/"), UInt8(ascii: "%"): true
        default: false
        }
    }

    var atEnd: Bool { position >= bytes.count }

    mutating func skipWhitespace() {
        while position < bytes.count {
            let byte = bytes[position]
            if Self.isWhitespace(byte) {
                position += 1
            } else if byte == UInt8(ascii: "%") {
                while position < bytes.count, bytes[position] != 10, bytes[position] != 13 { position += 1 }
            } else {
                return
            }
        }
    }

    /// A bare word: a keyword ("obj", "R", "true") or a number.
    mutating func word() -> String {
        skipWhitespace()
        let start = position
        while position < bytes.count, !Self.isWhitespace(bytes[position]), !Self.isDelimiter(bytes[position]) { position += 1 }
        return String(decoding: bytes[start..<position], as: UTF8.self)
    }

    /// Consumes `keyword` (after whitespace) or fails.
    mutating func expect(_ keyword: String) throws(PDFSyntaxError) {
        let start = position
        let found = word()
        guard found == keyword else { throw PDFSyntaxError("expected \"\(keyword)\", found \"\(found.prefix(20))\"", at: start) }
    }

    /// True, consuming it, when the next word is `keyword`.
    mutating func accept(_ keyword: String) -> Bool {
        let saved = position
        if word() == keyword { return true }
        position = saved
        return false
    }

    /// One object; "n g R" becomes a reference.
    mutating func object(depth: Int = 0) throws(PDFSyntaxError) -> PDFObject {
        guard depth < 64 else { throw PDFSyntaxError("objects nested too deeply", at: position) }
        skipWhitespace()
        guard position < bytes.count else { throw PDFSyntaxError("unexpected end of file", at: position) }
        let start = position
        switch bytes[position] {
        case UInt8(ascii: "/"):
            position += 1
            return .name(nameBody())
        case UInt8(ascii: "("):
            return .string(try literalString(), hex: false)
        case UInt8(ascii: "<"):
            if position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: "<") {
                position += 2
                var dictionary = PDFDictionary()
                while true {
                    skipWhitespace()
                    guard position < bytes.count else { throw PDFSyntaxError("unterminated dictionary", at: start) }
                    if bytes[position] == UInt8(ascii: ">") {
                        guard position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: ">") else {
                            throw PDFSyntaxError("stray \">\" in dictionary", at: position)
                        }
                        position += 2
                        return .dictionary(dictionary)
                    }
                    guard bytes[position] == UInt8(ascii: "/") else { throw PDFSyntaxError("dictionary key is not a name", at: position) }
                    position += 1
                    let key = nameBody()
                    dictionary[key] = try object(depth: depth + 1)
                }
            }
            return .string(try hexString(), hex: true)
        case UInt8(ascii: "["):
            position += 1
            var items: [PDFObject] = []
            while true {
                skipWhitespace()
                guard position < bytes.count else { throw PDFSyntaxError("unterminated array", at: start) }
                if bytes[position] == UInt8(ascii: "]") {
                    position += 1
                    return .array(items)
                }
                items.append(try object(depth: depth + 1))
            }
        default:
            let token = word()
            switch token {
            case "": throw PDFSyntaxError("unexpected character \"\(String(UnicodeScalar(bytes[start])))\"", at: start)
            case "true": return .bool(true)
            case "false": return .bool(false)
            case "null": return .null
            default: break
            }
            if let integer = Int(token) {
                // Look ahead for "g R" without consuming anything else.
                let saved = position
                if integer >= 0, let generation = Int(word()), generation >= 0, word() == "R" {
                    return .reference(PDFReference(integer, generation))
                }
                position = saved
                return .integer(integer)
            }
            if let real = Double(token), token.first != "i", token.first != "n" { return .real(real) }
            throw PDFSyntaxError("unexpected token \"\(token.prefix(20))\"", at: start)
        }
    }

    private mutating func nameBody() -> String {
        var out: [UInt8] = []
        while position < bytes.count, !Self.isWhitespace(bytes[position]), !Self.isDelimiter(bytes[position]) {
            let byte = bytes[position]
            if byte == UInt8(ascii: "#"), position + 2 < bytes.count,
               let value = UInt8(String(decoding: bytes[(position + 1)...(position + 2)], as: UTF8.self), radix: 16) {
                out.append(value)
                position += 3
            } else {
                out.append(byte)
                position += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private mutating func literalString() throws(PDFSyntaxError) -> Data {
        let start = position
        position += 1
        var depth = 1
        var out = Data()
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            switch byte {
            case UInt8(ascii: "\\"):
                guard position < bytes.count else { break }
                let escaped = bytes[position]
                position += 1
                switch escaped {
                case UInt8(ascii: "n"): out.append(10)
                case UInt8(ascii: "r"): out.append(13)
                case UInt8(ascii: "t"): out.append(9)
                case UInt8(ascii: "b"): out.append(8)
                case UInt8(ascii: "f"): out.append(12)
                case 13:
                    if position < bytes.count, bytes[position] == 10 { position += 1 }
                case 10: break
                case UInt8(ascii: "0")...UInt8(ascii: "7"):
                    var value = Int(escaped - UInt8(ascii: "0"))
                    for _ in 0..<2 where position < bytes.count && (UInt8(ascii: "0")...UInt8(ascii: "7")).contains(bytes[position]) {
                        value = value * 8 + Int(bytes[position] - UInt8(ascii: "0"))
                        position += 1
                    }
                    out.append(UInt8(value & 0xFF))
                default: out.append(escaped)
                }
            case UInt8(ascii: "("):
                depth += 1
                out.append(byte)
            case UInt8(ascii: ")"):
                depth -= 1
                if depth == 0 { return out }
                out.append(byte)
            default:
                out.append(byte)
            }
        }
        throw PDFSyntaxError("unterminated string", at: start)
    }

    private mutating func hexString() throws(PDFSyntaxError) -> Data {
        let start = position
        position += 1
        var digits: [UInt8] = []
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            if byte == UInt8(ascii: ">") {
                if digits.count % 2 == 1 { digits.append(0) }
                return Data(stride(from: 0, to: digits.count, by: 2).map { digits[$0] << 4 | digits[$0 + 1] })
            }
            if Self.isWhitespace(byte) { continue }
            guard let value = Self.hexValue(byte) else { throw PDFSyntaxError("bad hex string", at: start) }
            digits.append(value)
        }
        throw PDFSyntaxError("unterminated hex string", at: start)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
