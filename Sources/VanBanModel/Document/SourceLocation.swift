/// Where a node came from in its source (a text line, a YAML key, a DOCX paragraph).
///
/// Locations compare by value, so diagnostics at different places stay apart in a set. Where
/// only content matters (a round trip), compare `Document.withoutLocations` instead.
/// Nodes always carry one (`.unknown` when built in code).
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    /// The file path as the user gave it, or nil for standard input.
    public var file: String?
    /// The 1-based line (or paragraph, for DOCX).
    public var line: Int
    /// The 1-based column, counted in characters.
    public var column: Int

    /// Creates a location.
    public init(file: String? = nil, line: Int, column: Int = 1) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// A node made in code rather than read from a source.
    public static let unknown = SourceLocation(file: nil, line: 0, column: 0)

    /// True when the location points into a real source.
    public var isKnown: Bool { line > 0 }

    /// "file:line:col", with "<stdin>" when there is no file.
    public var description: String { "\(file ?? "<stdin>"):\(line):\(column)" }
}
