/// Text an importer could not place in the structure: kept in the data with the line it came
/// from so nothing is lost, and never printed by a writer (a clerk decides where it belongs).
public struct UnplacedText: Sendable, Hashable {
    /// The text as read.
    public var text: String
    /// The 1-based line of the source, when known.
    public var line: Int?

    /// Creates a piece of unplaced text.
    public init(_ text: String, line: Int? = nil) {
        self.text = text
        self.line = line
    }
}
