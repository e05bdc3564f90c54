import Foundation
import HTTPTypes
import Testing
import VanBan
import VanBanServer
import VanBanStore
import VanBanTestSupport

@Suite("workbench pages")
struct PageTests {
    /// Creates a blank decision through the form and answers its id.
    static func newBlank(_ bench: Bench, _ session: Session) async throws -> Int {
        let created = try await bench.call("/documents/new", .post, headers: session.form, body: session.encode([("mode", "blank")]))
        #expect(created.status == .seeOther)
        let location = try #require(created.headers[.location])
        return try #require(Int(location.split(separator: "/").last ?? ""))
    }

    /// The editor's fields for a small decision of Trường Mầm non Hoa Sen.
    static func fields(version: Int, title: String = "Về việc thành lập tổ công nghệ thông tin", body: String? = nil) -> [(String, String)] {
        [("version", String(version)), ("issuer_parent", "Ủy ban nhân dân phường Hoa Lư"), ("issuer_name", "Trường Mầm non Hoa Sen"),
         ("issuer_abbreviation", "MNHS"), ("place", "Hoa Lư"), ("title", title), ("authority", "Hiệu trưởng Trường Mầm non Hoa Sen"),
         ("bases", "Căn cứ Điều lệ Trường mầm non;\r\nXét đề nghị của tổ chuyên môn."),
         ("body", body ?? "Điều 1. Thành lập tổ công nghệ thông tin gồm các ông (bà) có tên sau:\r\n1. Bà Nguyễn Thị Lan, tổ trưởng.\r\n2. Ông Trần Văn Minh, tổ viên.\r\n\r\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký."),
         ("recipients", "Như Điều 2;\r\nLưu: VT."), ("sign_authority", ""), ("sign_position", "Hiệu trưởng"), ("sign_name", "Phạm Thị Hoa")]
    }

    @Test("pages carry the security headers and the session cookie is HttpOnly and SameSite=Strict")
    func headers() async throws {
        try await Bench.with { bench in
            let page = try await bench.call("/documents")
            #expect(page.status == .ok)
            #expect(page.headers[HTTPField.Name("Content-Security-Policy")!]?.hasPrefix("default-src 'self'") == true)
            let cookie = try #require(page.headers[values: .setCookie].first)
            #expect(cookie.contains("HttpOnly"))
            #expect(cookie.contains("SameSite=Strict"))
            #expect(!cookie.contains("Secure"))
            let proxied = try await bench.call("/documents", headers: [HTTPField.Name("X-Forwarded-Proto")!: "https"])
            #expect(proxied.headers[values: .setCookie].first?.contains("; Secure") == true)
            #expect(!page.text.contains("<script>"), "no inline script")
            let script = try await bench.call("/static/workbench.js")
            #expect(script.status == .ok)
            #expect(script.text.contains("requestSubmit"))
            #expect(try await bench.call("/static/workbench.css").status == .ok)
        }
    }

    @Test("a clerk writes a decision in the editor, previews it, issues it as 01, downloads it and finds it in the register")
    func editIssueDownload() async throws {
        try await Bench.with { bench in
            let session = try await bench.localSession()
            let id = try await Self.newBlank(bench, session)
            let editor = try await bench.call("/documents/\(id)", headers: session.page)
            #expect(editor.status == .ok)
            #expect(editor.text.contains("Nội dung Điều 1."))
            #expect(editor.text.contains(#"<iframe name="preview""#))

            let preview = try await bench.call("/documents/\(id)/preview", .post, headers: session.form, body: session.encode(Self.fields(version: 1)))
            #expect(preview.status == .ok)
            #expect(preview.text.contains("Thành lập tổ công nghệ thông tin"))
            #expect(preview.headers[HTTPField.Name("Content-Security-Policy")!]?.contains("default-src 'none'") == true)

            let saved = try await bench.call("/documents/\(id)", .post, headers: session.form, body: session.encode(Self.fields(version: 1)))
            #expect(saved.status == .seeOther, "\(saved.text)")
            let reread = try await bench.call("/documents/\(id)", headers: session.page)
            #expect(reread.text.contains(">Thành lập tổ công nghệ thông tin gồm các ông (bà) có tên sau:\n1. Bà Nguyễn Thị Lan"), "each article shown back as canonical text")
            #expect(reread.text.contains(#"id="ed-dieu-2""#))
            #expect(reread.text.contains(#"name="version" value="2""#))

            let confirm = try await bench.call("/documents/\(id)/issue", headers: session.page)
            #expect(confirm.status == .ok, "\(confirm.text)")
            #expect(confirm.text.contains("01/QĐ-MNHS"))
            let issued = try await bench.call("/documents/\(id)/issue", .post, headers: session.form, body: session.encode([("date", "2026-03-02")]))
            #expect(issued.status == .seeOther, "\(issued.text)")
            let readOnly = try await bench.call("/documents/\(id)", headers: session.page)
            #expect(readOnly.text.contains("<fieldset disabled>"))
            #expect(readOnly.text.contains("01/QĐ-MNHS"))

            let docx = try await bench.call("/documents/\(id)/download/docx", headers: session.page)
            #expect(docx.status == .ok)
            #expect(docx.data.starts(with: [0x50, 0x4B]))
            #expect(docx.headers[.contentDisposition]?.contains("attachment") == true)
            for format in ["html", "yaml"] {
                let reply = try await bench.call("/documents/\(id)/download/\(format)", headers: session.page)
                #expect(reply.status == .ok)
                #expect(reply.text.contains("MNHS"), "\(format)")
            }
            let register = try await bench.call("/register?year=2026&q=tổ%20công%20nghệ", headers: session.page)
            #expect(register.text.contains("01/QĐ-MNHS"))
            #expect(register.text.contains("Phạm Thị Hoa"))
            let none = try await bench.call("/register?year=2026&q=kh%C3%B4ng-c%C3%B3", headers: session.page)
            #expect(!none.text.contains("01/QĐ-MNHS"))
            let print = try await bench.call("/register/print?year=2026", headers: session.page)
            #expect(print.status == .ok)
            let list = try await bench.call("/documents", headers: session.page)
            #expect(list.text.contains("Đã ban hành"))
        }
    }

    @Test("a save over a newer version is refused with a message that shows the other version")
    func staleSave() async throws {
        try await Bench.with { bench in
            let session = try await bench.localSession()
            let id = try await Self.newBlank(bench, session)
            let first = try await bench.call("/documents/\(id)", .post, headers: session.form,
                                             body: session.encode(Self.fields(version: 1, title: "Bản của người thứ nhất")))
            #expect(first.status == .seeOther)
            let second = try await bench.call("/documents/\(id)", .post, headers: session.form,
                                              body: session.encode(Self.fields(version: 1, title: "Bản của người thứ hai")))
            #expect(second.status == .conflict)
            #expect(second.text.contains("VB803"))
            #expect(second.text.contains("Bản của người thứ nhất"), "the other person's changes are offered")
            #expect(second.text.contains("Bản của người thứ hai"), "this clerk's text is kept in the form")
            #expect(second.text.contains(#"name="version" value="2""#))
        }
    }

    @Test("article text is re-read: the importer's warnings appear with their codes")
    func importerWarnings() async throws {
        try await Bench.with { bench in
            let session = try await bench.localSession()
            let id = try await Self.newBlank(bench, session)
            let gap = "Điều 1. Thành lập tổ.\r\n\r\nĐiều 3. Hiệu lực."
            let reply = try await bench.call("/documents/\(id)", .post, headers: session.form, body: session.encode(Self.fields(version: 1, body: gap)))
            #expect(reply.status == .ok)
            #expect(reply.text.contains("VB101"), "\(reply.text)")
        }
    }

    @Test("a pasted old text is imported into a new draft with its warnings")
    func importPage() async throws {
        let text = try TextWriter().write(SampleDraft.document())
        try await Bench.with { bench in
            let session = try await bench.localSession()
            let reply = try await bench.call("/documents/new", .post, headers: session.form, body: session.encode([("mode", "import"), ("text", text)]))
            #expect(reply.status == .ok)
            #expect(reply.text.contains("Thiên Tôn"))
        }
    }

    @Test("hostile text is escaped in every field, in the editor, the list, the preview and the register")
    func hostileText() async throws {
        let hostile = #"<script>alert("x")</script><img src=x onerror=alert(1)>"#
        try await Bench.with { bench in
            let session = try await bench.localSession()
            let id = try await Self.newBlank(bench, session)
            let fields = Self.fields(version: 1).map { name, value in
                name == "version" || name == "sign_authority" ? (name, value) : (name, value + hostile)
            } + [("issuer_abbreviation", "MN")]
            let saved = try await bench.call("/documents/\(id)", .post, headers: session.form, body: session.encode(fields))
            #expect(saved.status == .seeOther || saved.status == .ok)
            for path in ["/documents/\(id)", "/documents", "/documents/\(id)/preview"] {
                let page = try await bench.call(path, headers: session.page)
                #expect(page.status == .ok)
                #expect(!page.text.contains("<script>alert"), "\(path)")
                #expect(!page.text.contains("<img src=x"), "\(path)")
            }
            let issued = try await bench.call("/documents/\(id)/issue", .post, headers: session.form, body: session.encode([("date", "2026-03-02")]))
            #expect(issued.status == .seeOther, "\(issued.text)")
            let register = try await bench.call("/register?year=2026", headers: session.page)
            #expect(register.text.contains("&lt;script&gt;"))
            #expect(!register.text.contains("<script>alert"))
            let search = try await bench.call("/documents?q=%3Cscript%3E", headers: session.page)
            #expect(!search.text.contains("<script>"))
        }
    }

    @Test("sign-in form: wrong password stays on the form with its message; right password opens the documents")
    func signInForm() async throws {
        try await Bench.with(users: [("lan", .clerk, "mk-lan")], host: "0.0.0.0") { bench in
            let wrong = try await bench.call("/login", .post, headers: [.contentType: "application/x-www-form-urlencoded"], body: "name=lan&password=sai")
            #expect(wrong.status == .unauthorized)
            #expect(wrong.text.contains("VB809"))
            let right = try await bench.call("/login", .post, headers: [.contentType: "application/x-www-form-urlencoded"], body: "name=lan&password=mk-lan")
            #expect(right.status == .seeOther)
            let cookie = try #require(right.sessionCookie)
            let page = try await bench.call("/documents", headers: [.cookie: cookie])
            #expect(page.status == .ok)
            #expect(page.text.contains("lan · văn thư"))
            let csrf = try #require(page.csrf)
            let out = try await bench.call("/logout", .post, headers: [.cookie: cookie, .contentType: "application/x-www-form-urlencoded"], body: "csrf=\(csrf)")
            #expect(out.status == .seeOther)
            #expect(try await bench.call("/documents", headers: [.cookie: cookie]).status == .seeOther)
        }
    }
}
