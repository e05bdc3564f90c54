/// Why a package or one of its parts cannot be used, in words for the user's message.
public struct PackageError: Error, Sendable, CustomStringConvertible {
    /// What is wrong, naming the part.
    public let message: String
    /// Creates an error.
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
