import Foundation
import HTTPTypes
import Testing
import VanBan
@testable import VanBanServer
import VanBanStore
import VanBanTestSupport

/// The editor part by part: articles in their own fields, chapters and sections, the căn cứ and
/// nơi nhận lists, structure buttons handled on the server, diagnostics beside their fields,
/// the language switch, long dates and the PDF download.
@Suite("workbench editor")
struct EditorTests {
    /// The fields the editor page posts for a document: header, lists, then every block.
    static func fields(_ document: Document, version: Int) -> [(String, String)] {
        var fields: [(String, String)] = [("version", String(version)), ("structure", "1"), ("lists", "1"),
                                          ("issuer_parent", document.issuer?.parent ?? ""), ("issuer_name", document.issuer?.name ?? ""),
                                          ("issuer_abbreviation", document.issuer?.abbreviation ?? ""), ("place", document.place ?? ""),
                                          ("title", document.title ?? ""), ("authority", document.issuingAuthority ?? ""),
                                          ("sign_position", document.signature?.position ?? ""), ("sign_name", document.signature?.name ?? "")]
        fields += document.bases.map { ("base", $0) } + document.recipients.map { ("recipient", $0) }
        for (index, attachment) in document.attachments.enumerated() { fields.append(("a\(index + 1)_title", attachment.title ?? "")) }
        for block in EditorBlocks.blocks(of: document) {
            fields += [("blk", "\(block.doc):\(block.kind.rawValue)"), ("blk_title", block.title)]
            if block.kind == .article { fields.append(("blk_text", block.text)) }
        }
        return fields
    }

    /// A draft of the sample decision with its attached Quy chế (five chapters).
    static func sampleDraft(_ bench: Bench) async throws -> Int64 {
        try await bench.workbench.store.createDraft(title: "Quyết định mẫu", content: try SampleDraft.json(), author: "local").id
    }

    static func encode(_ fields: [(String, String)]) -> String { Session.encode(fields) }

    @Test("every article re-read from its own field gives back the sample's text, decision and Quy chế alike")
    func roundTrip() throws {
        let sample = try SampleDraft.document()
        var empty = sample
        empty.body = Body()
        for index in empty.attachments.indices { empty.attachments[index].body = Body() }
        // Against an empty original nothing is reused: every article goes through the importer.
        let (read, diagnostics) = try DocumentForm.apply(FormData(Self.encode(Self.fields(sample, version: 1))), to: empty)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(TextWriter().write(read) == TextWriter().write(sample))
        #expect(read.attachments[0].body.allChapters.count == 5)
        let (same, _) = try DocumentForm.apply(FormData(Self.encode(Self.fields(sample, version: 1))), to: sample)
        #expect(same.attachments[0].body.allArticles == sample.attachments[0].body.allArticles, "unchanged articles keep their roles")
        var marked = sample
        marked.bases[0] += ";"
        let found = FieldChecks.diagnostics(marked)
        #expect(found.contains { $0.location?.file == "f-base-1" }, "\(found.map { "\($0.code.rawValue) \($0.location?.file ?? "-")" })")
    }

    @Test("blocks are numbered by position and every id is unique, unnumbered chapters of one title included")
    func blockIDs() {
        let blocks = [EditorBlock(kind: .article, doc: 0, title: ""), EditorBlock(kind: .freeChapter, doc: 0, title: "Tổ chức thực hiện"),
                      EditorBlock(kind: .section, doc: 0, title: ""), EditorBlock(kind: .article, doc: 0, title: ""),
                      EditorBlock(kind: .freeChapter, doc: 0, title: "Tổ chức thực hiện"), EditorBlock(kind: .chapter, doc: 0, title: "")]
        let numbered = EditorBlocks.numbered(blocks, documents: [Document(kind: .quyetDinh)])
        #expect(numbered.map(\.id) == ["dieu-1", "chuong-to-chuc-thuc-hien", "chuong-to-chuc-thuc-hien-muc-1", "dieu-2",
                                       "chuong-to-chuc-thuc-hien-2", "chuong-1"])
        #expect(numbered.map(\.label) == ["Điều 1.", "Chương", "Mục 1", "Điều 2.", "Chương", "Chương I"])
    }

    @Test("structure buttons add, move and remove articles, chapters and sections without saving")
    func structureOperations() async throws {
        try await Bench.with { bench in
            let session = try await bench.localSession()
            let id = try await Self.sampleDraft(bench)
            let editor = try await bench.call("/documents/\(id)", headers: session.page)
            #expect(editor.status == .ok)
            let sample = try SampleDraft.document()
            let articles = sample.attachments[0].body.allArticles.count
            #expect(editor.text.contains(#"id="ed-qc-1-chuong-2""#))
            #expect(editor.text.contains(#"id="ed-qc-1-dieu-\#(articles)""#))
            #expect(editor.text.contains(##"<a href="#ed-qc-1-dieu-1" data-anchor="qc-1-dieu-1">"##), "the outline links to each article")
            #expect(editor.text.contains(#"value="add-article:qc-1-chuong-2""#))
            #expect(editor.text.range(of: #"<textarea name="blk_text"[^>]*>Điều"#, options: .regularExpression) == nil, "no article number is typed")

            // Every part of the form names a unit the preview has, so the preview can scroll to it.
            let preview = try await bench.call("/documents/\(id)/preview", headers: session.page)
            let anchors = editor.text.matches(of: /class="block [a-z-]+" id="ed-[a-z0-9-]+" data-anchor="([a-z0-9-]+)"/).map { String($0.1) }
            #expect(anchors.count > articles)
            for anchor in anchors { #expect(preview.text.contains(#"id="\#(anchor)""#), "\(anchor)") }

            let base = Self.fields(sample, version: 1)
            let added = try await bench.call("/documents/\(id)", .post, headers: session.form, body: session.encode(base + [("op", "add-article:qc-1-dieu-2")]))
            #expect(added.status == .ok)
            #expect(added.text.contains("VB820"))
            #expect(added.text.contains(#"id="ed-qc-1-dieu-\#(articles + 1)""#))
            #expect(added.text.contains(#"id="f-qc-1-dieu-3-title" value="" autofocus>"#), "the new article has the focus")
            #expect(added.text.contains(#"name="version" value="1""#))
            let empty = try #require(added.text.range(of: #"id="f-qc-1-dieu-3""#))
            #expect(added.text[empty.upperBound...].prefix(600).contains("VB823"), "the new, empty article is flagged beside its field")
            let chapter = try await bench.call("/documents/\(id)", .post, headers: session.form, body: session.encode(base + [("op", "add-chapter:qc-1-dieu-2")]))
            #expect(chapter.text.contains(#"id="ed-qc-1-chuong-6""#))
            let section = try await bench.call("/documents/\(id)", .post, headers: session.form, body: session.encode(base + [("op", "add-section:qc-1-chuong-1")]))
            #expect(section.text.contains(#"id="ed-qc-1-chuong-1-muc-1""#))
            let removed = try await bench.call("/documents/\(id)", .post, headers: session.form, body: session.encode(base + [("op", "remove:qc-1-dieu-1")]))
            #expect(!removed.text.contains(#"id="ed-qc-1-dieu-\#(articles)""#))
            let firstTitle = sample.attachments[0].body.allArticles[0].title ?? ""
            let moved = try await bench.call("/documents/\(id)", .post, headers: session.form, body: session.encode(base + [("op", "down:qc-1-dieu-1")]))
            let second = try #require(moved.text.range(of: #"id="f-qc-1-dieu-2-title" value=""#))
            #expect(moved.text[second.upperBound...].hasPrefix(firstTitle), "article 1 moved to second place")
            let untouched = try await bench.call("/documents/\(id)", headers: session.page)
            #expect(!untouched.text.contains(#"id="ed-qc-1-dieu-\#(articles + 1)""#), "a button saves nothing")

            // The list buttons, then a save that drops the blank line.
            let list = try await bench.call("/documents/\(id)", .post, headers: session.form, body: session.encode(base + [("op", "add-base:0")]))
            #expect(list.text.contains(#"id="f-base-\#(sample.bases.count + 1)""#))
            let up = try await bench.call("/documents/\(id)", .post, headers: session.form, body: session.encode(base + [("op", "up-recipient:2")]))
            let first = try #require(up.text.range(of: #"id="f-recipient-1" value=""#))
            #expect(up.text[first.upperBound...].hasPrefix(sample.recipients[1].replacingOccurrences(of: "\"", with: "&quot;")))
            let saved = try await bench.call("/documents/\(id)", .post, headers: session.form, body: session.encode(base + [("base", "")]))
            #expect(saved.status == .seeOther || saved.status == .ok)
            let reread = try await bench.call("/documents/\(id)", headers: session.page)
            #expect(!reread.text.contains(#"id="f-base-\#(sample.bases.count + 1)""#), "blank lines are dropped on save")
        }
    }

    @Test("two clerks save the same version of the part-by-part form: the second gets 409 and keeps what was typed")
    func staleSave() async throws {
        try await Bench.with { bench in
            let session = try await bench.localSession()
            let id = try await Self.sampleDraft(bench)
            var mine = try SampleDraft.document(), theirs = mine
            mine.attachments[0].title = "Quy chế của người thứ nhất"
            theirs.attachments[0].title = "Quy chế của người thứ hai"
            let first = try await bench.call("/documents/\(id)", .post, headers: session.form, body: session.encode(Self.fields(mine, version: 1)))
            #expect(first.status == .seeOther, "\(first.text.prefix(300))")
            let second = try await bench.call("/documents/\(id)", .post, headers: session.form, body: session.encode(Self.fields(theirs, version: 1)))
            #expect(second.status == .conflict)
            #expect(second.text.contains("VB803"))
            #expect(second.text.contains("Quy chế của người thứ hai"), "this clerk's text is kept in the form")
            #expect(second.text.contains(#"name="version" value="2""#))
            #expect(second.text.contains("QUY CHẾ\nQuy chế của người thứ nhất"), "the other person's attached Quy chế is shown too")
        }
    }

    @Test("bad buttons and missing targets get 400 with a coded message; no CSRF token, 403; xem cannot use the buttons")
    func refusals() async throws {
        try await Bench.with { bench in
            let session = try await bench.localSession()
            let id = try await Self.sampleDraft(bench)
            let base = Self.fields(try SampleDraft.document(), version: 1)
            for (op, code) in [("explode:dieu-1", "VB821"), ("add-article", "VB821"), ("add-base:x", "VB821"), ("remove:qc-1-dieu-999", "VB822"),
                               ("remove-base:99", "VB822"), ("add-recipient:-1", "VB822"), ("up:doc-7", "VB822"), ("add-article:doc-9", "VB822")] {
                let reply = try await bench.call("/documents/\(id)", .post, headers: session.form, body: session.encode(base + [("op", op)]))
                #expect(reply.status == .badRequest, "\(op)")
                #expect(reply.text.contains(code), "\(op)")
            }
            let hostile = try await bench.call("/documents/\(id)", .post, headers: session.form, body: session.encode(base + [("op", "<script>x</script>:1")]))
            #expect(hostile.status == .badRequest)
            #expect(!hostile.text.contains("<script>x"), "the refused button is escaped in the message")
            let huge = try await bench.call("/documents/\(id)", .post, headers: session.form,
                                            body: session.encode(base + Array(repeating: ("blk", "0:article"), count: DocumentForm.maxBlocks + 1)))
            #expect(huge.status == .badRequest)
            #expect(huge.text.contains("VB811"))
            let forged = try await bench.call("/documents/\(id)", .post, headers: session.form, body: Self.encode(base + [("op", "add-article:dieu-1")]))
            #expect(forged.status == .forbidden)
        }
        try await Bench.with(users: [("xem", .reader, "mk-xem")], host: "0.0.0.0") { bench in
            let reader = try await bench.signIn("xem", "mk-xem")
            let id = try await Self.sampleDraft(bench)
            let reply = try await bench.call("/documents/\(id)", .post, headers: reader.form,
                                             body: reader.encode(Self.fields(try SampleDraft.document(), version: 1) + [("op", "add-article:dieu-1")]))
            #expect(reply.status == .forbidden)
            let page = try await bench.call("/documents/\(id)", headers: reader.page)
            #expect(page.text.contains("<fieldset class=\"doc\" id=\"ed-doc-0\" disabled>"))
        }
    }

    @Test("hostile text is escaped in article titles and texts, headings, list lines and the attachment's title")
    func hostileText() async throws {
        let hostile = #"<script>alert("x")</script><img src=x onerror=alert(1)>"#
        try await Bench.with { bench in
            let session = try await bench.localSession()
            let id = try await Self.sampleDraft(bench)
            let fields = Self.fields(try SampleDraft.document(), version: 1).map { name, value in
                ["blk_title", "blk_text", "base", "recipient", "a1_title"].contains(name) ? (name, value + hostile) : (name, value)
            }
            let shown = try await bench.call("/documents/\(id)", .post, headers: session.form, body: session.encode(fields + [("op", "add-base:0")]))
            #expect(shown.status == .ok)
            #expect(!shown.text.contains("<script>alert"))
            #expect(!shown.text.contains("<img src=x"))
            #expect(shown.text.contains("&lt;script&gt;"))
            let saved = try await bench.call("/documents/\(id)", .post, headers: session.form, body: session.encode(fields))
            #expect(saved.status == .seeOther || saved.status == .ok)
            for path in ["/documents/\(id)", "/documents/\(id)/preview"] {
                let page = try await bench.call(path, headers: session.page)
                #expect(!page.text.contains("<script>alert"), "\(path)")
                #expect(!page.text.contains("<img src=x"), "\(path)")
            }
        }
    }

    @Test("a warning shows beside its field and in the list linking to it, and goes once the field is mended")
    func diagnosticsBesideFields() async throws {
        try await Bench.with { bench in
            let session = try await bench.localSession()
            let id = try await Self.sampleDraft(bench)
            var sample = try SampleDraft.document()
            sample.bases[0] += ";"
            sample.attachments[0].body.chapters[0].articles[0].clauses = [Clause(number: "1", text: "Một."), Clause(number: "3", text: "Ba.")]
            let reply = try await bench.call("/documents/\(id)", .post, headers: session.form,
                                             body: session.encode(Self.fields(sample, version: 1) + [("op", "add-base:0")]))
            #expect(reply.status == .ok)
            #expect(reply.text.contains(##"<a href="#f-base-2"><span class="code">VB"##), "the list links to the căn cứ")
            let field = try #require(reply.text.range(of: #"id="f-base-2""#))
            #expect(reply.text[field.upperBound...].prefix(900).contains("field-problem"), "the warning sits beside the căn cứ")
            #expect(reply.text.contains(##"<a href="#f-qc-1-dieu-1"><span class="code">"##), "the importer's warning links to the article")
            #expect(reply.text.contains(" dòng 6: "), "with the line inside the article")
            let mended = try await bench.call("/documents/\(id)", .post, headers: session.form,
                                              body: session.encode(Self.fields(try SampleDraft.document(), version: 1) + [("op", "add-base:0")]))
            #expect(!mended.text.contains(##"<a href="#f-base-2">"##))
            #expect(!mended.text.contains(##"<a href="#f-qc-1-dieu-1">"##))
        }
    }

    @Test("the language switch sets a cookie and goes back to a page of this site only; English pages and messages")
    func language() async throws {
        try await Bench.with { bench in
            let session = try await bench.localSession()
            let id = try await Self.sampleDraft(bench)
            let back = try await bench.call("/lang/en", headers: [.cookie: session.cookie, HTTPField.Name("Referer")!: "http://127.0.0.1/documents/\(id)?saved=2"])
            #expect(back.status == .seeOther)
            #expect(back.headers[.location] == "/documents/\(id)?saved=2")
            #expect(back.headers[.setCookie]?.hasPrefix("lang=en;") == true)
            // Only a path goes back: another site's address never leaves this site.
            for (referer, expected) in [("http://evil.example/x", "/x"), ("//evil.example/x", "/x"), ("javascript:alert(1)", "/documents"), ("/lang/en", "/documents")] {
                let away = try await bench.call("/lang/en", headers: [.cookie: session.cookie, HTTPField.Name("Referer")!: referer])
                #expect(away.headers[.location] == expected, "\(referer)")
            }
            #expect(try await bench.call("/lang/fr", headers: session.page).status == .notFound)
            let english = try await bench.call("/documents/\(id)", headers: [.cookie: session.cookie + "; lang=en"])
            #expect(english.text.contains(#"<html lang="en">"#))
            #expect(english.text.contains(">Save</button>"))
            #expect(english.text.contains("Tiếng Việt</a>"))
            let browser = try await bench.call("/documents", headers: [.cookie: session.cookie, HTTPField.Name("Accept-Language")!: "en-GB,en;q=0.9,vi;q=0.5"])
            #expect(browser.text.contains(">New document</a>"))
            let vietnamese = try await bench.call("/documents", headers: [.cookie: session.cookie, HTTPField.Name("Accept-Language")!: "vi,en;q=0.5"])
            #expect(vietnamese.text.contains(">Tạo văn bản</a>"))
            let bad = try await bench.call("/documents/\(id)", .post, headers: [.cookie: session.cookie + "; lang=en", .contentType: "application/x-www-form-urlencoded"],
                                           body: session.encode(Self.fields(try SampleDraft.document(), version: 1) + [("op", "explode:x")]))
            #expect(bad.text.contains("is not an editor operation"), "messages in the page's language")
        }
    }

    @Test("every page label has both languages and the Vietnamese has no English words")
    func labels() {
        for label in PageLabel.allCases {
            let vi = label.text(in: .vi), en = label.text(in: .en)
            #expect(!vi.isEmpty && !en.isEmpty, "\(label)")
            let lowered = " " + vi.lowercased() + " "
            for word in MessageLanguages.englishWords + ["save", "add", "remove", "article", "english", "search", "title"] {
                #expect(!lowered.contains(word), "\(label): \(vi)")
            }
        }
    }

    @Test("dates show as Vietnamese write them: the issue confirmation and the register")
    func longDates() async throws {
        try await Bench.with { bench in
            let session = try await bench.localSession()
            let id = try await PageTests.newBlank(bench, session)
            _ = try await bench.call("/documents/\(id)", .post, headers: session.form, body: session.encode(PageTests.fields(version: 1)))
            let confirm = try await bench.call("/documents/\(id)/issue", headers: session.page)
            #expect(confirm.text.contains(#"<span id="issue-date">ngày "#))
            _ = try await bench.call("/documents/\(id)/issue", .post, headers: session.form, body: session.encode([("date", "2026-03-02")]))
            let register = try await bench.call("/register?year=2026", headers: session.page)
            #expect(register.text.contains("<td>ngày 02 tháng 3 năm 2026</td>"))
            let found = try await bench.call("/register?year=2026&q=" + "tháng 3 năm 2026".addingPercentEncoding(withAllowedCharacters: .alphanumerics)!, headers: session.page)
            #expect(found.text.contains("01/QĐ-MNHS"), "searchable by the date as shown")
            let english = try await bench.call("/register?year=2026", headers: [.cookie: session.cookie + "; lang=en"])
            #expect(english.text.contains("<td>2 March 2026</td>"))
        }
    }

    @Test("PDF download: LibreOffice's PDF, or a coded message when it is missing, never a 500")
    func pdf() async throws {
        try await Bench.with { bench in
            let session = try await bench.localSession()
            let id = try await PageTests.newBlank(bench, session)
            _ = try await bench.call("/documents/\(id)", .post, headers: session.form, body: session.encode(PageTests.fields(version: 1)))
            let reply = try await bench.call("/documents/\(id)/download/pdf", headers: session.page)
            if LibreOfficeConverter().executable != nil {
                #expect(reply.status == .ok, "\(reply.text.prefix(400))")
                #expect(reply.data.starts(with: Array("%PDF".utf8)))
            } else {
                #expect(reply.status == .unprocessableContent)
                #expect(reply.text.contains("VB"))
            }
        }
    }
}
