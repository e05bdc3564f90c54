import VanBanModel

/// A parsed data file (YAML or JSON) with the location of every value, before it becomes a `Document`.
///
/// Scalars stay text: the document schema, not the file syntax, decides whether "257" is a number.
public indirect enum DataNode: Sendable {
    /// A scalar value; `quoted` tells a quoted "null" from a real null.
    case scalar(String, quoted: Bool, SourceLocation)
    /// An explicit null (`~`, `null`, or nothing after the colon).
    case null(SourceLocation)
    /// A sequence.
    case sequence([DataNode], SourceLocation)
    /// A mapping in file order; keys carry their own locations.
    case mapping([(key: String, keyLocation: SourceLocation, value: DataNode)], SourceLocation)

    /// Where the value starts.
    public var location: SourceLocation {
        switch self {
        case let .scalar(_, _, location), let .null(location), let .sequence(_, location), let .mapping(_, location):
            location
        }
    }

    /// The value's shape, for messages about the wrong one.
    public var shape: ValueShape {
        switch self {
        case .scalar: .scalar
        case .null: .null
        case .sequence: .list
        case .mapping: .mapping
        }
    }
}

/// A value to write out, in the order it should appear; the writer picks the syntax.
public indirect enum DataValue: Sendable, Equatable {
    case string(String)
    case integer(Int)
    case list([DataValue])
    case object([(String, DataValue)])

    public static func == (lhs: DataValue, rhs: DataValue) -> Bool {
        switch (lhs, rhs) {
        case let (.string(a), .string(b)): a == b
        case let (.integer(a), .integer(b)): a == b
        case let (.list(a), .list(b)): a == b
        case let (.object(a), .object(b)): a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: false
        }
    }
}
