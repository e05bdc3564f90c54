import Foundation

/// An indirect object's number and generation: what "12 0 R" names.
public struct PDFReference: Hashable, Sendable, CustomStringConvertible {
    /// The object number.
    public var number: Int
    /// The generation number (0 in every file LibreOffice writes).
    public var generation: Int

    /// Creates a reference.
    public init(_ number: Int, _ generation: Int = 0) {
        self.number = number
        self.generation = generation
    }

    public var description: String { "\(number) \(generation) R" }
}

/// A PDF dictionary that keeps its keys in order, so an object written back reads as it was read.
public struct PDFDictionary: Equatable, Sendable {
    /// Keys (without the slash) and values, in file order.
    public var entries: [(key: String, value: PDFObject)]

    /// Creates a dictionary.
    public init(_ entries: [(key: String, value: PDFObject)] = []) { self.entries = entries }

    /// The value for a key; setting nil removes it, setting a new key appends it.
    public subscript(key: String) -> PDFObject? {
        get { entries.first { $0.key == key }?.value }
        set {
            if let index = entries.firstIndex(where: { $0.key == key }) {
                if let newValue { entries[index].value = newValue } else { entries.remove(at: index) }
            } else if let newValue {
                entries.append((key, newValue))
            }
        }
    }

    public static func == (lhs: PDFDictionary, rhs: PDFDictionary) -> Bool {
        lhs.entries.count == rhs.entries.count && zip(lhs.entries, rhs.entries).allSatisfy { $0.key == $1.key && $0.value == $1.value }
    }
}

/// A PDF value (ISO 32000-1 §7.3). Streams are not modelled: the update never rewrites one.
public indirect enum PDFObject: Equatable, Sendable {
    case null
    case bool(Bool)
    case integer(Int)
    case real(Double)
    case name(String)
    /// A string's bytes; `hex` remembers whether it was written <…> so it is written back the same way.
    case string(Data, hex: Bool)
    case array([PDFObject])
    case dictionary(PDFDictionary)
    case reference(PDFReference)

    /// A literal string from text (PDFDocEncoding for ASCII field names).
    public static func text(_ value: String) -> PDFObject { .string(Data(value.utf8), hex: false) }

    /// A text string in UTF-16BE with its byte-order mark, as PDF requires for Vietnamese.
    public static func unicodeText(_ value: String) -> PDFObject {
        var bytes = Data([0xFE, 0xFF])
        for unit in value.utf16 { bytes.append(contentsOf: [UInt8(unit >> 8), UInt8(unit & 0xFF)]) }
        return .string(bytes, hex: true)
    }

    /// The dictionary, if this is one.
    public var dictionary: PDFDictionary? { if case .dictionary(let value) = self { value } else { nil } }
    /// The array, if this is one.
    public var array: [PDFObject]? { if case .array(let value) = self { value } else { nil } }
    /// The reference, if this is one.
    public var reference: PDFReference? { if case .reference(let value) = self { value } else { nil } }
    /// The name without its slash, if this is one.
    public var name: String? { if case .name(let value) = self { value } else { nil } }
    /// An integer or real as a Double.
    public var number: Double? {
        switch self {
        case .integer(let value): Double(value)
        case .real(let value): value
        default: nil
        }
    }
    /// The integer, if this is one.
    public var integer: Int? { if case .integer(let value) = self { value } else { nil } }
    /// The string's bytes, if this is one.
    public var stringBytes: Data? { if case .string(let value, _) = self { value } else { nil } }
}

extension PDFObject {
    /// The object in PDF syntax.
    public var serialized: Data {
        var out = Data()
        write(to: &out)
        return out
    }

    /// Appends the object in PDF syntax.
    public func write(to out: inout Data) {
        switch self {
        case .null: out.append(contentsOf: Array("null".utf8))
        case .bool(let value): out.append(contentsOf: Array((value ? "true" : "false").utf8))
        case .integer(let value): out.append(contentsOf: Array(String(value).utf8))
        case .real(let value): out.append(contentsOf: Array(Self.format(value).utf8))
        case .name(let value): out.append(contentsOf: Self.encodeName(value))
        case .string(let bytes, let hex):
            if hex {
                out.append(UInt8(ascii: "<"))
                for byte in bytes { out.append(contentsOf: Array(String(format: "%02X", byte).utf8)) }
                out.append(UInt8(ascii: ">"))
            } else {
                out.append(UInt8(ascii: "("))
                for byte in bytes {
                    switch byte {
                    case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "\\"): out.append(contentsOf: [UInt8(ascii: "\\"), byte])
                    case 10: out.append(contentsOf: Array("\\n".utf8))
                    case 13: out.append(contentsOf: Array("\\r".utf8))
                    default: out.append(byte)
                    }
                }
                out.append(UInt8(ascii: ")"))
            }
        case .array(let items):
            out.append(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                if index > 0 { out.append(UInt8(ascii: " ")) }
                item.write(to: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .dictionary(let dictionary):
            out.append(contentsOf: Array("<<".utf8))
            for entry in dictionary.entries {
                out.append(contentsOf: Self.encodeName(entry.key))
                out.append(UInt8(ascii: " "))
                entry.value.write(to: &out)
            }
            out.append(contentsOf: Array(">>".utf8))
        case .reference(let reference): out.append(contentsOf: Array(reference.description.utf8))
        }
    }

    /// Reals with at most six decimals (as precise as LibreOffice writes them) and no exponent,
    /// which PDF syntax does not allow.
    static func format(_ value: Double) -> String {
        var text = String(format: "%.6f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text == "-0" ? "0" : text
    }

    /// "/Name", with delimiters, whitespace and bytes outside ! … ~ written as #xx.
    static func encodeName(_ name: String) -> [UInt8] {
        var out: [UInt8] = [UInt8(ascii: "/")]
        for byte in name.utf8 {
            if byte < 0x21 || byte > 0x7E || PDFLexer.isDelimiter(byte) || byte == UInt8(ascii: "#") {
                out.append(contentsOf: Array(String(format: "#%02X", byte).utf8))
            } else {
                out.append(byte)
            }
        }
        return out
    }
}
