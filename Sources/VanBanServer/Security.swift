import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdBcrypt
import NIOCore
import VanBanStore

/// Passwords as Bcrypt hashes (slow and salted, from hummingbird-auth).
public enum Passwords {
    /// The hash of a password; cost 12 takes a noticeable fraction of a second by design.
    public static func hash(_ password: String, cost: UInt8 = 12) -> String {
        Bcrypt.hash(password, cost: cost)
    }

    /// True when the password matches the hash.
    public static func verify(_ password: String, hash: String) -> Bool {
        Bcrypt.verify(password, hash: hash)
    }

    /// A random token of 32 bytes in hex, for sessions and CSRF.
    static func token() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<4).map { _ in
            let value = generator.next() as UInt64
            let hex = String(value, radix: 16)
            return String(repeating: "0", count: 16 - hex.count) + hex
        }.joined()
    }

    /// Compares two tokens without stopping at the first difference.
    static func same(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        return zip(x, y).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }
}

extension HTTPField.Name {
    static let csrfToken = HTTPField.Name("X-CSRF-Token")!
    static let forwardedProto = HTTPField.Name("X-Forwarded-Proto")!
    static let csp = HTTPField.Name("Content-Security-Policy")!
    static let contentTypeOptions = HTTPField.Name("X-Content-Type-Options")!
    static let referrerPolicy = HTTPField.Name("Referrer-Policy")!
}

/// Finds the viewer from the session cookie, starts the single local clerk's session, refuses
/// cookie-carrying writes without the CSRF token, and adds the security headers to every answer.
struct GuardMiddleware: RouterMiddleware {
    typealias Context = WorkbenchContext
    let workbench: Workbench

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        var request = request
        var newCookie: String?
        let isAPI = request.uri.path.hasPrefix("/api/")
        let isRead = request.method == .get || request.method == .head
        let secure = workbench.configuration.secureCookies || request.headers[.forwardedProto] == "https"
        var session: WorkbenchSession?
        if let token = request.cookies[Workbench.sessionCookie]?.value, !token.isEmpty {
            session = try await workbench.store.session(tokenHash: DocumentIssuing.sha256(token))
        }
        if let session {
            if session.userName == "local" && workbench.singleClerk {
                context.viewer = Viewer(name: "local", role: .clerk, csrf: session.csrf)
            } else if let user = try await workbench.store.user(named: session.userName) {
                context.viewer = Viewer(name: user.name, role: user.role, csrf: session.csrf)
            }
        }
        if context.viewer == nil && workbench.singleClerk {
            if isAPI {
                // A cookie-less API call on the local machine: no ambient credential, so no CSRF
                // token; but only bodies a foreign page cannot send without a CORS preflight
                // (JSON, YAML, bytes), never the three types a plain form or fetch may send.
                if !isRead && !Self.needsPreflight(request) { throw WorkbenchFailure(.forbidden, .csrf) }
                context.viewer = Viewer(name: "local", role: .clerk, csrf: nil)
            } else if isRead {
                let (cookie, csrf) = try await startSession(user: "local", secure: secure)
                newCookie = cookie
                context.viewer = Viewer(name: "local", role: .clerk, csrf: csrf)
            }
        }
        context.language = PageLanguage.of(request, default: workbench.configuration.language)
        context.viewer?.language = context.language
        // Every write made with a session cookie must carry the session's CSRF token.
        if !isRead, session != nil, let viewer = context.viewer, let expected = viewer.csrf {
            var offered = request.headers[.csrfToken]
            if offered == nil, Self.isForm(request) {
                let buffer = try await request.body.collect(upTo: context.maxUploadSize)
                let form = FormData(String(buffer: buffer))
                context.form = form
                request.body = .init(buffer: buffer)
                offered = form["csrf"]
            } else if offered == nil, MultipartForm.matches(contentType: request.headers[.contentType]) {
                // An upload form carries its token as a field like any other; a malformed body is refused here (400).
                let buffer = try await request.body.collect(upTo: context.maxUploadSize)
                let upload = try MultipartForm(Data(buffer: buffer), contentType: request.headers[.contentType] ?? "", limit: context.maxUploadSize)
                context.form = upload.fields
                request.body = .init(buffer: buffer)
                offered = upload.fields["csrf"]
            }
            guard let offered, Passwords.same(offered, expected) else { throw WorkbenchFailure(.forbidden, .csrf) }
        }
        var response = try await next(request, context)
        if let newCookie { response.headers.append(HTTPField(name: .setCookie, value: newCookie)) }
        Self.secure(&response)
        return response
    }

    /// Creates a session and its Set-Cookie value (HttpOnly, SameSite=Strict, Secure behind https).
    func startSession(user: String, secure: Bool) async throws -> (cookie: String, csrf: String) {
        let token = Passwords.token(), csrf = Passwords.token()
        let expires = Date().addingTimeInterval(Workbench.sessionLifetime)
        try await workbench.store.createSession(WorkbenchSession(
            tokenHash: DocumentIssuing.sha256(token), userName: user, csrf: csrf, expiresAt: DateText.timestamp(expires)))
        return (Self.cookie(token, maxAge: Int(Workbench.sessionLifetime), secure: secure), csrf)
    }

    /// A Set-Cookie value for the session token.
    static func cookie(_ value: String, maxAge: Int, secure: Bool) -> String {
        "\(Workbench.sessionCookie)=\(value); Path=/; Max-Age=\(maxAge); HttpOnly; SameSite=Strict" + (secure ? "; Secure" : "")
    }

    /// True when a browser would ask before sending this body from another site: a content type
    /// outside the CORS-safelisted three (text/plain, form-urlencoded, multipart).
    static func needsPreflight(_ request: Request) -> Bool {
        guard let type = request.headers[.contentType]?.split(separator: ";").first?.trimmingCharacters(in: .whitespaces).lowercased(),
              !type.isEmpty else { return false }
        return !["text/plain", "application/x-www-form-urlencoded", "multipart/form-data"].contains(type)
    }

    static func isForm(_ request: Request) -> Bool {
        request.headers[.contentType]?.lowercased().hasPrefix("application/x-www-form-urlencoded") ?? false
    }

    /// Headers on every answer; a response that set its own policy (the preview) keeps it.
    static func secure(_ response: inout Response) {
        if response.headers[.csp] == nil {
            response.headers[.csp] = "default-src 'self'; frame-ancestors 'self'; form-action 'self'; base-uri 'none'"
        }
        response.headers[.contentTypeOptions] = "nosniff"
        response.headers[.referrerPolicy] = "same-origin"
    }
}
