import Hummingbird
import VanBanModel

/// A refusal with an HTTP status and coded messages; the error middleware turns it into JSON
/// for `/api/` and into a page otherwise.
public struct WorkbenchFailure: Error, Sendable {
    /// The status to answer with.
    public var status: HTTPResponse.Status
    /// What went wrong, with codes.
    public var diagnostics: [Diagnostic]

    /// A failure with one server message.
    public init(_ status: HTTPResponse.Status, _ message: ServerMessage) {
        self.status = status
        diagnostics = [Diagnostic(message)]
    }

    /// A failure carrying several diagnostics (a malformed document's).
    public init(_ status: HTTPResponse.Status, diagnostics: [Diagnostic]) {
        self.status = status
        self.diagnostics = diagnostics
    }
}
