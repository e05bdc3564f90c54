import ArgumentParser
import Foundation
import VanBan
import VanBanServer
import VanBanStore

struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Start the clerk's workbench in the browser: write, preview, issue and download documents.",
        discussion: """
            Serves http://127.0.0.1:8080 with the register in vanban.db (created on first start). On \
            127.0.0.1 with no users it runs as a single local clerk; on any other address it needs at \
            least one user (vanban users add). The JSON API is described at /api/openapi.json.

            Examples:
              vanban serve
              vanban serve --port 9000 --database truong.db
              vanban serve --host 0.0.0.0 --database postgres://vanban@db.truong.local/vanban
            """
    )

    @Option(name: .long, help: ArgumentHelp("The address to listen on.", valueName: "host"))
    var host = "127.0.0.1"

    @Option(name: .long, help: ArgumentHelp("The port to listen on; 0 picks a free one.", valueName: "port"))
    var port = 8080

    @Flag(name: .long, help: "Mark session cookies Secure (the server sits behind an https proxy).")
    var secureCookies = false

    @OptionGroup var store: StoreOptions
    @OptionGroup var templates: TemplateOptions
    @OptionGroup var common: CommonOptions

    func run() throws {
        let console = Console(language: common.language)
        let language = common.language
        try console.runStore {
            let environment = try templates.environment()
            guard let register = try store.open(language: language) as? any WorkbenchStore else {
                throw Diagnostic(ServerMessage.renderFailed(format: "store", detail: "no workbench tables"))
            }
            let configuration = WorkbenchConfiguration(host: host, port: port, secureCookies: secureCookies, language: language)
            try runBlocking {
                do {
                    let workbench = try await Workbench(configuration: configuration, store: register, environment: environment)
                    try await workbench.run { port in
                        let shown = configuration.host.contains(":") ? "[\(configuration.host)]" : configuration.host
                        console.say(Diagnostic(ServerMessage.listening(address: "http://\(shown):\(port)/")))
                    }
                    await register.close()
                } catch {
                    await register.close()
                    if let failure = error as? WorkbenchFailure { throw DiagnosticError(failure.diagnostics) }
                    throw error
                }
            }
        }
    }
}

struct UsersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "users",
        abstract: "Manage the workbench's users (vanban serve).",
        subcommands: [AddUser.self]
    )

    struct AddUser: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Add a user, or change a user's role and password; the password is read from standard input.",
            discussion: """
                Roles: van-thu (văn thư: drafts, issues numbers, keeps the register), soan-thao (soạn thảo: \
                writes drafts), xem (reads). The password is stored as a Bcrypt hash.

                Examples:
                  vanban users add lan --role van-thu
                  printf '%s\\n' 'mật khẩu' | vanban users add minh --role soan-thao --database vanban.db
                """
        )

        @Argument(help: ArgumentHelp("The login name.", valueName: "NAME"))
        var name: String

        @Option(name: .long, help: ArgumentHelp("van-thu, soan-thao or xem.", valueName: "role"))
        var role: String

        @OptionGroup var store: StoreOptions
        @OptionGroup var common: CommonOptions

        func validate() throws {
            if WorkbenchRole(rawValue: role) == nil { throw ValidationError("--role takes van-thu, soan-thao or xem") }
        }

        func run() throws {
            let console = Console(language: common.language)
            try console.runStore {
                let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: ".-_"))
                guard !name.isEmpty, name.count <= 64, name != "local", name.unicodeScalars.allSatisfy(allowed.contains) else {
                    throw Diagnostic(ServerMessage.badName(name: name))
                }
                let password = Self.readPassword()
                guard !password.isEmpty else { throw Diagnostic(ServerMessage.emptyPassword) }
                let user = WorkbenchUser(name: name, role: WorkbenchRole(rawValue: role)!, passwordHash: Passwords.hash(password))
                guard let register = try store.open(language: common.language) as? any WorkbenchStore else { return }
                try runBlocking {
                    do { try await register.putUser(user) } catch { await register.close(); throw error }
                    await register.close()
                }
                console.say(Diagnostic(ServerMessage.userAdded(name: name, role: role)))
            }
        }

        /// The password: from the terminal without echo, else the first line of standard input.
        static func readPassword() -> String {
            if isatty(STDIN_FILENO) != 0, let typed = getpass("Mật khẩu: ") {
                return String(cString: typed)
            }
            return (readLine(strippingNewline: true) ?? "")
        }
    }
}
