import Foundation

/// An `application/x-www-form-urlencoded` body as ordered pairs (a field may repeat).
public struct FormData: Sendable {
    /// The fields in body order.
    public var pairs: [(String, String)]

    /// Parses a body; undecodable escapes are kept as written rather than failing the form.
    public init(_ body: String) {
        pairs = body.split(separator: "&", omittingEmptySubsequences: true).map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            return (Self.decode(parts[0]), parts.count > 1 ? Self.decode(parts[1]) : "")
        }
    }

    private static func decode(_ text: Substring) -> String {
        let spaced = text.replacingOccurrences(of: "+", with: " ")
        // Browsers send CRLF in text areas; the documents use LF.
        return (spaced.removingPercentEncoding ?? spaced).replacingOccurrences(of: "\r\n", with: "\n")
    }

    /// The first value of a field.
    public subscript(_ name: String) -> String? { pairs.first { $0.0 == name }?.1 }

    /// The first value, trimmed; nil when absent or blank.
    public func text(_ name: String) -> String? {
        guard let value = self[name]?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else { return nil }
        return value
    }

    /// A text area's non-blank lines, trimmed.
    public func lines(_ name: String) -> [String] {
        (self[name] ?? "").split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// True when the field is present, even empty.
    public func has(_ name: String) -> Bool { pairs.contains { $0.0 == name } }

    /// Every value of a repeated field, in body order.
    public func all(_ name: String) -> [String] { pairs.filter { $0.0 == name }.map(\.1) }
}
