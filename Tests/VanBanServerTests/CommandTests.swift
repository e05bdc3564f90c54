import Foundation
import Testing
import VanBanServer
import VanBanStore
import VanBanStoreSQLite
import VanBanTestSupport

/// `vanban users add` and the refusal of `vanban serve` on a shared address without users.
@Suite("serve and users commands")
struct CommandTests {
    static let vanban = Repository.builtProduct("vanban").path

    @Test("users add: the password from standard input, stored as a Bcrypt hash; empty passwords and odd names refused")
    func usersAdd() async throws {
        let database = try ExternalTool.temporaryDirectory("vanban-users").appendingPathComponent("vanban.db").path
        let refused = try ExternalTool.run(Self.vanban, ["serve", "--host", "0.0.0.0", "--port", "0", "--database", database])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("[VB810]"), "\(refused.stderr)")

        let empty = try ExternalTool.run(Self.vanban, ["users", "add", "lan", "--role", "van-thu", "--database", database], stdin: Data("\n".utf8))
        #expect(empty.status == 1)
        #expect(empty.stderr.contains("[VB816]"))
        let odd = try ExternalTool.run(Self.vanban, ["users", "add", "lan<b>", "--role", "van-thu", "--database", database], stdin: Data("mk\n".utf8))
        #expect(odd.status == 1)
        #expect(odd.stderr.contains("[VB817]"))
        let role = try ExternalTool.run(Self.vanban, ["users", "add", "lan", "--role", "admin", "--database", database], stdin: Data("mk\n".utf8))
        #expect(role.status == 2)

        let added = try ExternalTool.run(Self.vanban, ["users", "add", "lan", "--role", "van-thu", "--database", database], stdin: Data("mật khẩu\n".utf8))
        #expect(added.status == 0, "\(added.stderr)")
        #expect(added.stderr.contains("[VB815]"))
        let store = try SQLiteRegisterStore(path: database)
        let user = try #require(try await store.user(named: "lan"))
        await store.close()
        #expect(user.role == .clerk)
        #expect(user.passwordHash.hasPrefix("$2"))
        #expect(!user.passwordHash.contains("mật khẩu"))
        #expect(Passwords.verify("mật khẩu", hash: user.passwordHash))
        #expect(!Passwords.verify("mat khau", hash: user.passwordHash))
    }
}
