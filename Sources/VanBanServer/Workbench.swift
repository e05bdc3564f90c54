import Foundation
import Hummingbird
import Logging
import VanBan
import VanBanStore

/// How the workbench is started.
public struct WorkbenchConfiguration: Sendable {
    /// The address to listen on.
    public var host: String
    /// The port; 0 picks a free one.
    public var port: Int
    /// Marks cookies Secure even without `X-Forwarded-Proto: https` (a TLS proxy in front).
    public var secureCookies: Bool
    /// The language of messages and labels.
    public var language: Language

    /// Creates a configuration; the defaults serve this machine only.
    public init(host: String = "127.0.0.1", port: Int = 8080, secureCookies: Bool = false, language: Language = .vi) {
        self.host = host
        self.port = port
        self.secureCookies = secureCookies
        self.language = language
    }

    /// True for addresses only this machine can reach.
    public var isLoopback: Bool {
        ["127.0.0.1", "::1", "localhost"].contains(host) || host.hasPrefix("127.")
    }
}

/// The clerk's workbench: a Hummingbird application over a register store and one render environment.
public struct Workbench: Sendable {
    /// The largest request body accepted (bytes); above it, 413 with VB801.
    public static let uploadLimit = 4 * 1024 * 1024
    /// The name of the session cookie.
    static let sessionCookie = "vb_session"
    /// How long a session lasts.
    static let sessionLifetime: TimeInterval = 12 * 3600

    /// How it was started.
    public let configuration: WorkbenchConfiguration
    /// Drafts, users, sessions and the register.
    public let store: any WorkbenchStore
    /// Templates loaded once, shared by every request.
    public let environment: RenderEnvironment
    /// The workbench's own pages.
    let pages: PageRenderer
    /// True when nobody needs to sign in: loopback and no users.
    public let singleClerk: Bool

    /// Prepares the workbench; refuses a non-loopback address when no user exists.
    public init(configuration: WorkbenchConfiguration, store: any WorkbenchStore, environment: RenderEnvironment) async throws {
        let users = try await store.userCount()
        if users == 0 && !configuration.isLoopback {
            throw WorkbenchFailure(.serviceUnavailable, .noUsers(host: configuration.host))
        }
        self.configuration = configuration
        self.store = store
        self.environment = environment
        self.pages = try PageRenderer(language: configuration.language)
        self.singleClerk = users == 0
    }

    /// The router with every route and middleware.
    public func router() -> Router<WorkbenchContext> {
        let router = Router(context: WorkbenchContext.self)
        router.add(middleware: FailureMiddleware(language: configuration.language, pages: pages))
        router.add(middleware: GuardMiddleware(workbench: self))
        StaticRoutes.add(to: router)
        APIRoutes(workbench: self).add(to: router)
        PageRoutes(workbench: self).add(to: router)
        NewDocumentRoutes(workbench: self).add(to: router)
        return router
    }

    /// The application, ready to run or test. `onListening` receives the bound port.
    public func application(onListening: @escaping @Sendable (Int) async -> Void = { _ in }) -> some ApplicationProtocol {
        var logger = Logger(label: "vanban.serve")
        logger.logLevel = .warning
        return Application(
            router: router(),
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "vanban"),
            onServerRunning: { channel in await onListening(channel.localAddress?.port ?? 0) },
            logger: logger)
    }

    /// Serves until SIGINT or SIGTERM (graceful shutdown).
    public func run(onListening: @escaping @Sendable (Int) async -> Void) async throws {
        try await application(onListening: onListening).runService()
    }
}
