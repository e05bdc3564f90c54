import Hummingbird
import VanBanModel
import VanBanStore

/// Who is making a request, once the session is known.
public struct Viewer: Sendable, Hashable {
    /// The user name ("local" for the single local clerk).
    public var name: String
    /// What the user may do.
    public var role: WorkbenchRole
    /// The session's CSRF token; nil for a cookie-less API call, which needs none.
    public var csrf: String?
    /// The language of the pages this viewer sees.
    public var language: Language = .vi
}

/// The request context: Hummingbird's core plus the viewer and a form already read by the CSRF check.
public struct WorkbenchContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The signed-in user, if any.
    public var viewer: Viewer?
    /// The form body, when the CSRF check had to read it.
    public var form: FormData?
    /// The language of the pages: the `lang` cookie, else the browser's Accept-Language.
    public var language: Language = .vi

    public init(source: Source) {
        coreContext = .init(source: source)
    }

    /// Uploads and bodies above this are refused with 413 (a DOCX preview of a long regulation is far smaller).
    public var maxUploadSize: Int { Workbench.uploadLimit }
}
