import Foundation
import HTTPTypes
import Testing
import VanBan
import VanBanServer
import VanBanStore
import VanBanTestSupport

/// The new-document page: a template regulation from the school's profile form (saved and
/// offered again), and old documents uploaded as multipart/form-data.
@Suite("workbench new document")
struct NewDocumentTests {
    static let template = "ung-dung-cntt-mam-non"

    /// The profile form of Trường Mầm non Hoa Sen for the applications template.
    static func profileFields(name: String = "Trường Mầm non Hoa Sen", action: String = "create") -> [(String, String)] {
        [("school.name", name), ("school.abbreviation", "MNHS"), ("school.parent", "Ủy ban nhân dân phường Tân Hòa"),
         ("school.place", "Tân Hòa"), ("school.reports_to", ""), ("school_year", "2025-2026"), ("principal", "Nguyễn Thị Lan Anh"),
         ("vice_principals", "Trần Thị Minh Hằng\r\nLê Thị Thu Trang"), ("staff.to_cntt", "Phạm Văn Đức\r\nĐỗ Thị Hà"),
         ("options.camera", "true"), ("options.to_cntt", "true"),
         ("list.applications", "Phần mềm quản lý trường mầm non"), ("list.applications", "Phần mềm tính khẩu phần ăn"),
         ("action", action)]
    }

    /// A multipart body: fields, then files (name, file name, bytes).
    static func multipart(_ fields: [(String, String)], files: [(String, String, Data)] = [], boundary: String = "vanban-test-1234") -> Data {
        var body = Data()
        for (name, value) in fields {
            body.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8))
        }
        for (name, fileName, data) in files {
            body.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"; filename=\"\(fileName)\"\r\nContent-Type: application/octet-stream\r\n\r\n".utf8))
            body.append(data)
            body.append(Data("\r\n".utf8))
        }
        body.append(Data("--\(boundary)--\r\n".utf8))
        return body
    }

    static func multipartHeaders(_ session: Session, boundary: String = "vanban-test-1234") -> HTTPFields {
        [.cookie: session.cookie, .contentType: "multipart/form-data; boundary=\(boundary)"]
    }

    @Test("the new page lists the templates; a template's form makes the decision and its Quy chế exactly as `vanban new` does")
    func templateHappyPath() async throws {
        try await Bench.with { bench in
            let session = try await bench.localSession()
            let page = try await bench.call("/documents/new", headers: session.page)
            #expect(page.status == .ok)
            for id in ["ung-dung-cntt-mam-non", "co-so-du-lieu-nganh", "ban-chi-dao-chuyen-doi-so"] {
                #expect(page.text.contains(#"id="template-\#(id)""#), "\(id)")
            }
            #expect(page.text.contains(#"enctype="multipart/form-data""#))
            let chooser = try await bench.call("/documents/new/template?template=\(Self.template)", headers: session.page)
            #expect(chooser.status == .seeOther)
            #expect(chooser.headers[.location] == "/documents/new/template/\(Self.template)")

            let form = try await bench.call("/documents/new/template/\(Self.template)", headers: session.page)
            #expect(form.status == .ok)
            for id in ["profile-school-name", "profile-school-abbreviation", "profile-school-year", "profile-principal",
                       "profile-vice-principals", "profile-staff-to-cntt", "profile-options-camera", "list-applications-1", "profile-create"] {
                #expect(form.text.contains(#"id="\#(id)""#), "\(id)")
            }
            #expect(form.text.contains(#"<script src="/static/rows.js""#))
            #expect(try await bench.call("/static/rows.js").text.contains("row-add"))
            #expect(try await bench.call("/static/profile.css").text.contains(".field-problem"))

            let created = try await bench.call("/documents/new/template/\(Self.template)", .post, headers: session.form,
                                               body: session.encode(Self.profileFields()))
            #expect(created.status == .ok, "\(created.text)")
            #expect(created.text.contains("VB841"), "the profile is saved")
            #expect(created.text.contains("Trường Mầm non Hoa Sen"))
            let draft = try #require(try await bench.workbench.store.drafts().first)
            let document = try DocumentData.load(draft.content, format: .json).document
            #expect(document.kind == .quyetDinh)
            #expect(document.issuer?.name == "Trường Mầm non Hoa Sen")
            let regulation = try #require(document.attachments.first)
            #expect(regulation.kind == .quyChe)
            let text = TextWriter().write(document)
            #expect(text.contains("Phần mềm tính khẩu phần ăn"))
            #expect(!text.contains("hộp thư điện tử công vụ"), "an option left unticked removes its part")

            // The same code path as the command line: the stored profile YAML gives the same document.
            let stored = try #require(try await bench.workbench.store.profile(organisation: "Trường Mầm non Hoa Sen"))
            let cli = try RegulationTemplate.named(Self.template).instantiate(Profile(yaml: stored.content))
            #expect(DocumentData.encode(cli.document, as: .json) == draft.content)
        }
    }

    @Test("every shipped template is made from its form: list rows with fields (committee) and plain ones (data groups)")
    func everyTemplate() async throws {
        let school = [("school.name", "Trường Mầm non Ánh Dương"), ("school.abbreviation", "MNAD"), ("school.place", "Đông Sơn"),
                      ("school_year", "2026-2027"), ("principal", "Đinh Thị Thu"), ("vice_principals", "Mai Văn Hùng"),
                      ("action", "create")]
        let extra: [String: [(String, String)]] = [
            "ban-chi-dao-chuyen-doi-so": [("list.committee.name", "Mai Văn Hùng"), ("list.committee.role", "Phó Trưởng ban"),
                                          ("list.committee.name", "Lê Thị Hoa"), ("list.committee.role", "Ủy viên")],
            "co-so-du-lieu-nganh": [("list.data_groups", "Hồ sơ trẻ"), ("list.data_groups", "Cơ sở vật chất")],
            "ung-dung-cntt-mam-non": [("list.applications", "Phần mềm quản lý trường mầm non")],
        ]
        try await Bench.with { bench in
            let session = try await bench.localSession()
            for template in try RegulationTemplate.shipped() {
                let form = try await bench.call("/documents/new/template/\(template.id)", headers: session.page)
                #expect(form.status == .ok)
                let reply = try await bench.call("/documents/new/template/\(template.id)", .post, headers: session.form,
                                                 body: session.encode(school + (extra[template.id] ?? [])))
                #expect(reply.status == .ok, "\(template.id): \(reply.text)")
            }
            let texts = try await bench.workbench.store.drafts().map { TextWriter().write(try DocumentData.load($0.content, format: .json).document) }
            #expect(texts.count == 3)
            #expect(texts.contains { $0.contains("Ủy viên: Lê Thị Hoa") }, "the committee's rows")
            #expect(texts.contains { $0.contains("Cơ sở vật chất") })
            // One profile for the school, holding every template's lists.
            let stored = try #require(try await bench.workbench.store.profile(organisation: "Trường Mầm non Ánh Dương"))
            #expect(stored.content.contains("committee:") && stored.content.contains("data_groups:") && stored.content.contains("applications:"))
        }
    }

    @Test("the new page and a template's form in English: the labels come from the catalogue, none left in Vietnamese")
    func english() async throws {
        try await Bench.with { bench in
            let session = try await bench.localSession()
            let headers: HTTPFields = [.cookie: session.cookie + "; lang=en"]
            let new = try await bench.call("/documents/new", headers: headers)
            #expect(new.status == .ok)
            for label in [PageLabel.fromTemplate, .blankDecision, .importOld, .importDocHint, .importButton] {
                #expect(new.text.contains(label.text(in: .en)))
                #expect(!new.text.contains(label.text(in: .vi)))
            }
            let form = try await bench.call("/documents/new/template/ung-dung-cntt-mam-non", headers: headers)
            #expect(form.status == .ok)
            for text in ["School name", "School year (e.g. 2025-2026)", PageLabel.createFromTemplate.text(in: .en), PageLabel.addRow.text(in: .en)] {
                #expect(form.text.contains(text))
            }
            for text in ["Tên trường", "bắt buộc", PageLabel.createFromTemplate.text(in: .vi)] {
                #expect(!form.text.contains(text))
            }
        }
    }

    @Test("an unknown template answers 404 with its coded message")
    func unknownTemplate() async throws {
        let code = Diagnostic(Message.unknownTemplate("x", available: [])).code.rawValue
        try await Bench.with { bench in
            let session = try await bench.localSession()
            let page = try await bench.call("/documents/new/template/khong-co", headers: session.page)
            #expect(page.status == .notFound)
            #expect(page.text.contains(code))
            let posted = try await bench.call("/documents/new/template/..%2F..%2Fetc%2Fpasswd.yaml", .post, headers: session.form,
                                              body: session.encode(Self.profileFields()))
            #expect(posted.status == .notFound)
            #expect(try await bench.workbench.store.drafts().isEmpty)
        }
    }

    @Test("a profile lacking what the template needs comes back with the message next to each field, in Vietnamese")
    func badProfile() async throws {
        try await Bench.with { bench in
            let session = try await bench.localSession()
            let fields = Self.profileFields().map { name, value in name == "principal" || name == "school.abbreviation" ? (name, "") : (name, value) }
            let reply = try await bench.call("/documents/new/template/\(Self.template)", .post, headers: session.form, body: session.encode(fields))
            #expect(reply.status == .unprocessableContent)
            #expect(reply.text.contains(#"data-for="profile-principal""#), "\(reply.text)")
            #expect(reply.text.contains(#"data-for="profile-school-abbreviation""#))
            #expect(reply.text.contains("VB836"))
            #expect(reply.text.contains("hãy điền vào ô này"))
            #expect(reply.text.contains(#"value="Trường Mầm non Hoa Sen""#), "what was typed stays")
            #expect(try await bench.workbench.store.drafts().isEmpty)
            #expect(try await bench.workbench.store.profiles().isEmpty, "a refused profile is not saved")

            // A committee row with a name and no role is pointed at before the template runs.
            let committee = [("school.name", "Trường Mầm non Hoa Sen"), ("school.abbreviation", "MNHS"), ("school.place", "Tân Hòa"),
                             ("school_year", "2025-2026"), ("principal", "Nguyễn Thị Lan Anh"),
                             ("list.committee.name", "Vũ Thị Ngọc"), ("list.committee.role", ""), ("action", "create")]
            let half = try await bench.call("/documents/new/template/ban-chi-dao-chuyen-doi-so", .post, headers: session.form, body: session.encode(committee))
            #expect(half.status == .unprocessableContent)
            #expect(half.text.contains("VB835"), "\(half.text)")
            let both = try await bench.call("/documents/new/template/ban-chi-dao-chuyen-doi-so", .post, headers: session.form,
                                            body: session.encode(committee.filter { $0.0 != "principal" }))
            #expect(both.text.contains("VB835") && both.text.contains(#"data-for="profile-principal""#), "every problem at once")
            #expect(both.text.firstRange(of: #"id="list-committee-1-name""#)!.lowerBound < both.text.firstRange(of: #"id="list-committee-1-role""#)!.lowerBound,
                    "the name comes first")
        }
    }

    @Test("rows are added and removed with plain form posts")
    func rows() async throws {
        try await Bench.with { bench in
            let session = try await bench.localSession()
            let added = try await bench.call("/documents/new/template/\(Self.template)", .post, headers: session.form,
                                             body: session.encode(Self.profileFields(action: "add:applications")))
            #expect(added.status == .ok)
            #expect(added.text.contains(#"id="list-applications-3""#))
            #expect(added.text.contains("Phần mềm tính khẩu phần ăn"))
            let removed = try await bench.call("/documents/new/template/\(Self.template)", .post, headers: session.form,
                                               body: session.encode(Self.profileFields(action: "remove:applications:1")))
            #expect(removed.status == .ok)
            #expect(!removed.text.contains("Phần mềm quản lý trường mầm non"))
            #expect(removed.text.contains("Phần mềm tính khẩu phần ăn"))
            #expect(!removed.text.contains(#"id="list-applications-2""#))
            #expect(try await bench.workbench.store.drafts().isEmpty, "editing rows creates nothing")
        }
    }

    @Test("the saved profile is pre-filled next time, for any template, and another saved school can be picked")
    func savedProfile() async throws {
        try await Bench.with { bench in
            let session = try await bench.localSession()
            for name in ["Trường Mầm non Sen Hồng", "Trường Mầm non Hoa Sen"] {
                let created = try await bench.call("/documents/new/template/\(Self.template)", .post, headers: session.form,
                                                   body: session.encode(Self.profileFields(name: name)))
                #expect(created.status == .ok, "\(created.text)")
            }
            let next = try await bench.call("/documents/new/template/co-so-du-lieu-nganh", headers: session.page)
            #expect(next.status == .ok)
            #expect(next.text.contains(#"id="profile-school-name" name="school.name" value="Trường Mầm non Hoa Sen""#), "the last used")
            #expect(next.text.contains(#"value="Nguyễn Thị Lan Anh""#))
            #expect(next.text.contains(#"<option value="Trường Mầm non Sen Hồng">"#))
            let other = try await bench.call("/documents/new/template/co-so-du-lieu-nganh?profile=Tr%C6%B0%E1%BB%9Dng%20M%E1%BA%A7m%20non%20Sen%20H%E1%BB%93ng",
                                             headers: session.page)
            #expect(other.text.contains(#"name="school.name" value="Trường Mầm non Sen Hồng""#))
            let again = try await bench.call("/documents/new/template/\(Self.template)", headers: session.page)
            #expect(again.text.contains("Phần mềm tính khẩu phần ăn"), "the school's lists come back")
            #expect(!again.text.contains(#"id="profile-options-email" name="options.email" value="true" checked"#))
            #expect(try await bench.workbench.store.profiles().count == 2)
        }
    }

    @Test("hostile text in the profile is escaped on the form and in the editor")
    func hostileProfile() async throws {
        let hostile = #"<script>alert("x")</script>"#
        try await Bench.with { bench in
            let session = try await bench.localSession()
            let fields = Self.profileFields(name: "Trường Mầm non" + hostile, action: "add:applications")
                + [("list.applications", hostile)]
            let form = try await bench.call("/documents/new/template/\(Self.template)", .post, headers: session.form, body: session.encode(fields))
            #expect(form.status == .ok)
            #expect(!form.text.contains("<script>alert"))
            #expect(form.text.contains("&lt;script&gt;"))
            let created = try await bench.call("/documents/new/template/\(Self.template)", .post, headers: session.form,
                                               body: session.encode(Self.profileFields(name: "Trường Mầm non" + hostile)))
            #expect(!created.text.contains("<script>alert"))
            let again = try await bench.call("/documents/new/template/\(Self.template)", headers: session.page)
            #expect(!again.text.contains("<script>alert"))
        }
    }

    @Test("a reader (xem) can neither open the new page nor create from a template or an upload")
    func readerCannotCreate() async throws {
        try await Bench.with(users: [("xuan", .reader, "mk-xuan")], host: "0.0.0.0") { bench in
            let reader = try await bench.signIn("xuan", "mk-xuan")
            #expect(try await bench.call("/documents/new", headers: reader.page).status == .forbidden)
            let posted = try await bench.call("/documents/new/template/\(Self.template)", .post, headers: reader.form,
                                              body: reader.encode(Self.profileFields()))
            #expect(posted.status == .forbidden)
            let upload = try await bench.call("/documents/new", .post, headers: Self.multipartHeaders(reader),
                                              bytes: Self.multipart([("csrf", reader.csrf), ("mode", "import")], files: [("file", "a.txt", Data("QUYẾT ĐỊNH".utf8))]))
            #expect(upload.status == .forbidden)
            #expect(try await bench.workbench.store.drafts().isEmpty)
        }
    }

    @Test("uploads: a .docx made by our writer and a .txt become drafts with the importer's warnings; pasted text still works")
    func uploads() async throws {
        let document = try SampleDraft.document()
        let docx = try RenderEnvironment.load().render(document, as: .docx)
        let text = Data(TextWriter().write(document).utf8)
        try await Bench.with { bench in
            let session = try await bench.localSession()
            let fromWord = try await bench.call("/documents/new", .post, headers: Self.multipartHeaders(session),
                                                bytes: Self.multipart([("csrf", session.csrf), ("mode", "import"), ("text", "")],
                                                                      files: [("file", "quyet-dinh.docx", docx)]))
            #expect(fromWord.status == .ok, "\(fromWord.text)")
            #expect(fromWord.text.contains("Thiên Tôn"))
            let fromText = try await bench.call("/documents/new", .post, headers: Self.multipartHeaders(session),
                                                bytes: Self.multipart([("csrf", session.csrf), ("mode", "import")], files: [("file", "C:\\fakepath\\qd.txt", text)]))
            #expect(fromText.status == .ok, "\(fromText.text)")
            #expect(fromText.text.contains("Thiên Tôn"))
            let pasted = try await bench.call("/documents/new", .post, headers: Self.multipartHeaders(session),
                                              bytes: Self.multipart([("csrf", session.csrf), ("mode", "import"), ("text", String(decoding: text, as: UTF8.self))],
                                                                    files: [("file", "", Data())]))
            #expect(pasted.status == .ok, "\(pasted.text)")
            #expect(try await bench.workbench.store.drafts().count == 3)
            let drafts = try await bench.workbench.store.drafts()
            for draft in drafts { #expect(try DocumentData.load(draft.content, format: .json).document.title?.isEmpty == false) }

            let word97 = Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) + Data(repeating: 0, count: 64)
            let doc = try await bench.call("/documents/new", .post, headers: Self.multipartHeaders(session),
                                           bytes: Self.multipart([("csrf", session.csrf), ("mode", "import")], files: [("file", "cu.doc", word97)]))
            #expect(doc.status == .unsupportedMediaType)
            #expect(doc.text.contains("VB837"))
            let pdf = try await bench.call("/documents/new", .post, headers: Self.multipartHeaders(session),
                                           bytes: Self.multipart([("csrf", session.csrf), ("mode", "import")], files: [("file", "qd.pdf", Data("%PDF-1.7".utf8))]))
            #expect(pdf.status == .unsupportedMediaType)
            #expect(pdf.text.contains("VB838"))
            let nothing = try await bench.call("/documents/new", .post, headers: Self.multipartHeaders(session),
                                               bytes: Self.multipart([("csrf", session.csrf), ("mode", "import")]))
            #expect(nothing.status == .unprocessableContent)
            #expect(nothing.text.contains("VB840"))
            #expect(try await bench.workbench.store.drafts().count == 3)
        }
    }

    @Test("uploads: a real Word file of the corpus (Thông tư 12/2017 and its Quy định) and the real .doc refused")
    func corpusUpload() async throws {
        let folder = Repository.shared.appendingPathComponent("corpus-docx")
        let docx = try Data(contentsOf: folder.appendingPathComponent("tt12-2017-bgddt.docx"))
        let doc = try Data(contentsOf: folder.appendingPathComponent("vni-qd991-binhphuoc-2008.doc"))
        try await Bench.with { bench in
            let session = try await bench.localSession()
            let reply = try await bench.call("/documents/new", .post, headers: Self.multipartHeaders(session),
                                             bytes: Self.multipart([("csrf", session.csrf), ("mode", "import")], files: [("file", "tt12-2017-bgddt.docx", docx)]))
            #expect(reply.status == .ok, "\(reply.text)")
            let draft = try #require(try await bench.workbench.store.drafts().first)
            let document = try DocumentData.load(draft.content, format: .json).document
            #expect(document.numberLine.contains("12/2017/TT-BGDĐT"), "\(document.numberLine)")
            #expect(document.attachments.first?.allArticles.count == 56)
            let refused = try await bench.call("/documents/new", .post, headers: Self.multipartHeaders(session),
                                               bytes: Self.multipart([("csrf", session.csrf), ("mode", "import")], files: [("file", "qd991.doc", doc)]))
            #expect(refused.status == .unsupportedMediaType)
            #expect(refused.text.contains("VB837"))
            #expect(try await bench.workbench.store.drafts().count == 1)
        }
    }

    @Test("uploads: oversized → 413, wrong or missing CSRF token → 403, malformed → 400, all coded")
    func uploadRefusals() async throws {
        try await Bench.with { bench in
            let session = try await bench.localSession()
            let big = Self.multipart([("csrf", session.csrf), ("mode", "import")],
                                     files: [("file", "lon.txt", Data(repeating: 0x41, count: Workbench.uploadLimit + 10))])
            let tooLarge = try await bench.call("/documents/new", .post, headers: Self.multipartHeaders(session), bytes: big)
            #expect(tooLarge.status == .contentTooLarge)
            #expect(tooLarge.text.contains("VB801"))
            let forged = try await bench.call("/documents/new", .post, headers: Self.multipartHeaders(session),
                                              bytes: Self.multipart([("csrf", "0000"), ("mode", "import"), ("text", "Điều 1. Giả")]))
            #expect(forged.status == .forbidden)
            #expect(forged.text.contains("VB808"))
            let missing = try await bench.call("/documents/new", .post, headers: Self.multipartHeaders(session),
                                               bytes: Self.multipart([("mode", "import"), ("text", "Điều 1. Giả")]))
            #expect(missing.status == .forbidden)
            let broken = try await bench.call("/documents/new", .post, headers: [.cookie: session.cookie, .contentType: "multipart/form-data"],
                                              bytes: Self.multipart([("csrf", session.csrf)]))
            #expect(broken.status == .badRequest)
            #expect(broken.text.contains("VB839"))
            #expect(try await bench.workbench.store.drafts().isEmpty)
        }
    }
}

/// The multipart/form-data reader on hostile bodies: refusals, never crashes.
@Suite("multipart form reader")
struct MultipartFormTests {
    static let type = "multipart/form-data; boundary=XyZ"

    func problem(_ body: String, type: String = Self.type, limit: Int = 1 << 20) -> MultipartProblem? {
        do {
            _ = try MultipartForm(Data(body.utf8), contentType: type, limit: limit)
            return nil
        } catch {
            guard case let .multipartMalformed(problem)? = error.diagnostics.first?.message as? ServerMessage else { return nil }
            return problem
        }
    }

    @Test("a well-formed body: fields, a quoted boundary, a file, transport padding")
    func wellFormed() throws {
        let body = "preamble\r\n--XyZ\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\nabc\r\n--XyZ  \r\nContent-Disposition: form-data; name=\"file\"; filename=\"a;b.txt\"\r\nContent-Type: text/plain\r\n\r\nline 1\r\nline 2\r\n--XyZ--\r\nepilogue"
        let form = try MultipartForm(Data(body.utf8), contentType: "multipart/form-data; boundary=\"XyZ\"", limit: 1000)
        #expect(form.parts.count == 2)
        #expect(form.fields["csrf"] == "abc")
        #expect(form.file("file")?.fileName == "a;b.txt")
        #expect(form.file("file")?.data == Data("line 1\r\nline 2".utf8))
    }

    @Test("missing boundary, truncated part, huge header, no name, non-UTF-8 field are refused with their problem")
    func hostile() {
        #expect(problem("--XyZ--", type: "multipart/form-data") == .noBoundary)
        #expect(problem("--XyZ--", type: "multipart/form-data; boundary=") == .noBoundary)
        #expect(problem("--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nno end") == .truncated)
        #expect(problem("--XyZ\r\nContent-Disposition: form-data; name=\"a\"") == .truncated)
        #expect(problem("") == .truncated)
        #expect(problem("--XyZ") == .truncated)
        let huge = "--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\nX-Filler: " + String(repeating: "x", count: 20_000) + "\r\n\r\nv\r\n--XyZ--"
        #expect(problem(huge) == .headerTooLong(limit: MultipartForm.headerLimit))
        #expect(problem("--XyZ\r\nContent-Disposition: form-data\r\n\r\nv\r\n--XyZ--") == .badHeader)
        #expect(problem("--XyZ\r\nContent-Disposition: attachment; name=\"a\"\r\n\r\nv\r\n--XyZ--") == .badHeader)
        #expect(problem("--XyZ\r\nno colon here\r\n\r\nv\r\n--XyZ--") == .badHeader)
        let many = String(repeating: "--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nv\r\n", count: 100) + "--XyZ--"
        #expect(problem(many) == .tooManyParts(limit: MultipartForm.partLimit))
    }

    @Test("non-UTF-8 bytes in a header or a text field are refused; in a file they are kept")
    func notUTF8() throws {
        var header = Data("--XyZ\r\nContent-Disposition: form-data; name=\"".utf8)
        header.append(contentsOf: [0xFF, 0xFE])
        header.append(Data("\"\r\n\r\nv\r\n--XyZ--".utf8))
        #expect(throws: WorkbenchFailure.self) { try MultipartForm(header, contentType: Self.type, limit: 1000) }
        var field = Data("--XyZ\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\n".utf8)
        field.append(contentsOf: [0xC3, 0x28])
        field.append(Data("\r\n--XyZ--".utf8))
        #expect(throws: WorkbenchFailure.self) { try MultipartForm(field, contentType: Self.type, limit: 1000) }
        var file = Data("--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"t\u{1EC7}p.docx\"\r\n\r\n".utf8)
        file.append(contentsOf: [0x50, 0x4B, 0xFF, 0x00])
        file.append(Data("\r\n--XyZ--".utf8))
        let form = try MultipartForm(file, contentType: Self.type, limit: 1000)
        #expect(form.file("file")?.fileName == "t\u{1EC7}p.docx")
        #expect(form.file("file")?.data == Data([0x50, 0x4B, 0xFF, 0x00]))
    }

    @Test("two files under one name: both kept, the first is the upload; over the limit is 413")
    func twoFilesAndLimit() throws {
        let body = "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\nA\r\n--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"b.txt\"\r\n\r\nB\r\n--XyZ--"
        let form = try MultipartForm(Data(body.utf8), contentType: Self.type, limit: 1000)
        #expect(form.parts.count == 2)
        #expect(form.file("file")?.fileName == "a.txt")
        do {
            _ = try MultipartForm(Data(body.utf8), contentType: Self.type, limit: 10)
            Issue.record("no refusal")
        } catch {
            #expect(error.status == .contentTooLarge)
            #expect(error.diagnostics.first?.code.rawValue == "VB801")
        }
    }
}
