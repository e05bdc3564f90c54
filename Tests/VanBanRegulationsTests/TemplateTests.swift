import Foundation
import Testing
import VanBan
import VanBanTestSupport

@Suite("template regulations")
struct TemplateTests {
    static let ids = ["ung-dung-cntt-mam-non", "co-so-du-lieu-nganh", "ban-chi-dao-chuyen-doi-so"]

    static func profile(_ path: String) throws -> Profile {
        try Profile(yaml: try Repository.text(Repository.root.appendingPathComponent(path)), file: path)
    }

    static func profile(yaml: String) throws -> Profile { try Profile(yaml: yaml, file: "profile.yaml") }

    @Test func threeTemplatesAreShipped() throws {
        let shipped = try RegulationTemplate.shipped()
        #expect(Set(shipped.map(\.id)).isSuperset(of: Self.ids))
        for template in shipped { #expect(!template.description.isEmpty) }
    }

    @Test("each template instantiates with the sample and the minimal profile", arguments: ids)
    func instantiates(_ id: String) throws {
        for path in ["Samples/profile-mn-hoa-sen.yaml", "Tests/Fixtures/profile-minimal.yaml"] {
            let loaded = try RegulationTemplate.named(id).instantiate(try Self.profile(path))
            let decision = loaded.document
            #expect(decision.kind == .quyetDinh)
            let regulation = try #require(decision.attachments.first)
            #expect(regulation.kind == .quyChe)
            #expect(!regulation.allArticles.isEmpty)
            #expect(decision.recipients.first == "Như Điều 3", "the recipients start with Như Điều 3")
            #expect(decision.body.articles.first?.paragraphs.first?.contains("Quy chế") == true, "Điều 1 names the regulation")
            #expect(decision.body.articles.first?.paragraphs.first?.contains(decision.issuer?.name ?? "?") == true)
            Self.expectContinuousNumbering(decision)
            Self.expectReferencesResolve(decision)
            // And it renders through every writer.
            for format in OutputFormat.allCases { _ = try Renderer.render(decision, as: format) }
        }
    }

    @Test("the committed samples are what the templates make today", arguments: ids)
    func samplesAreCurrent(_ id: String) throws {
        let made = try RegulationTemplate.named(id).instantiate(try Self.profile("Samples/profile-mn-hoa-sen.yaml")).document
        let yaml = DocumentData.encode(made, as: .yaml)
        #expect(yaml == (try Repository.golden("Samples/mn-hoa-sen/\(id).yaml", actual: yaml)),
                "re-run: vanban new \(id) --profile Samples/profile-mn-hoa-sen.yaml -o Samples/mn-hoa-sen/\(id).yaml --force")
    }

    @Test func sampleProfileFillsTheDecision() throws {
        let decision = try RegulationTemplate.named("ung-dung-cntt-mam-non").instantiate(try Self.profile("Samples/profile-mn-hoa-sen.yaml")).document
        #expect(decision.numberLine == "Số: 48/QĐ-MNHS")
        #expect(decision.dateLine == "Tân Hòa, ngày 05 tháng 9 năm 2025")
        #expect(decision.signature?.name == "Nguyễn Thị Lan Anh")
        #expect(decision.recipients == ["Như Điều 3", "Ủy ban nhân dân phường Tân Hòa (để báo cáo)", "Lưu: VT"])
        #expect(AttachmentLine.text(for: decision) == "(Ban hành kèm theo Quyết định số 48/QĐ-MNHS ngày 05 tháng 9 năm 2025 của Hiệu trưởng Trường Mầm non Hoa Sen)")
        let regulation = try #require(decision.attachments.first)
        let applications = try #require(regulation.allArticles.first { $0.title == "Các ứng dụng sử dụng trong nhà trường" })
        #expect(applications.clauses.count == 7, "six applications from the list and the camera system")
        #expect(applications.clauses.map(\.number) == ["1", "2", "3", "4", "5", "6", "7"])
        let roles = decision.roles.first { $0.id == "pho-hieu-truong" }
        #expect(roles?.holders == ["Trần Thị Minh Hằng", "Lê Thị Thu Trang"])
    }

    @Test func minimalProfileMakesADraft() throws {
        let decision = try RegulationTemplate.named("ung-dung-cntt-mam-non").instantiate(try Self.profile("Tests/Fixtures/profile-minimal.yaml")).document
        #expect(decision.isDraft)
        #expect(decision.numberLine == "Số:    /QĐ-MNAD")
        #expect(decision.recipients == ["Như Điều 3", "Lưu: VT"], "a recipient built on a missing optional value is left out")
    }

    @Test("references follow moved items")
    func referencesFollow() throws {
        let template = try RegulationTemplate.named("ung-dung-cntt-mam-non")
        func violation(_ options: String) throws -> String {
            let yaml = try Repository.text(Repository.root.appendingPathComponent("Tests/Fixtures/profile-minimal.yaml")) + "options: {\(options)}\n"
            let regulation = try #require(try template.instantiate(try Self.profile(yaml: yaml)).document.attachments.first)
            let article = try #require(regulation.allArticles.first { $0.title == "Xử lý vi phạm" })
            return article.clauses.first?.text ?? ""
        }
        // Template: "vi phạm Điều 5 hoặc Điều 16". With camera, Zalo and e-mail every article stays.
        #expect(try violation("camera: true, zalo: true, email: true, to_cntt: true").contains("Điều 5 hoặc Điều 16"))
        // Without camera, Zalo and e-mail (template Điều 6, 7, 8) and the IT team (Điều 12), Điều 16 becomes Điều 12.
        #expect(try violation("camera: false, zalo: false, email: false, to_cntt: false").contains("Điều 5 hoặc Điều 12"))
    }

    @Test("a reference to a removed part is an error")
    func brokenReference() throws {
        let folder = try ExternalTool.temporaryDirectory("vanban-template")
        let file = folder.appendingPathComponent("broken.yaml")
        try """
            template:
              id: broken
              options: {extra: {label: Extra, default: false}}
            document:
              kind: quy-che
              articles:
                - {number: 1, title: Chung, paragraphs: ["Xem Điều 2."]}
                - {number: 2, title: Tùy chọn, when: extra, paragraphs: [Nội dung.]}
            """.write(to: file, atomically: true, encoding: .utf8)
        let template = try RegulationTemplate.named(file.path)
        #expect {
            try template.instantiate(try Self.profile(yaml: "school: {name: A}\n"))
        } throws: { error in
            guard let error = error as? DiagnosticError else { return false }
            return error.diagnostics.contains { $0.code == .brokenReference && $0.message(in: .en).contains("\"Điều 2\" in Điều 1") }
        }
        // With the option on, the reference resolves.
        #expect(throws: Never.self) { try template.instantiate(try Self.profile(yaml: "options: {extra: true}\n")) }
    }

    @Test("a profile missing fields fails with every one of them")
    func missingFields() throws {
        #expect {
            try RegulationTemplate.named("ung-dung-cntt-mam-non").instantiate(try Self.profile(yaml: "school:\n  name: A\n"))
        } throws: { error in
            guard let error = error as? DiagnosticError, let first = error.diagnostics.first else { return false }
            let message = first.message(in: .en)
            return first.code == .profileMissing
                && ["school_year", "school.abbreviation", "school.place", "principal", "applications"].allSatisfy(message.contains)
        }
    }

    @Test func unknownFieldsWarn() throws {
        let yaml = try Repository.text(Repository.root.appendingPathComponent("Tests/Fixtures/profile-minimal.yaml")) + "shcool_typo: 1\noptions: {camra: true}\n"
        let loaded = try RegulationTemplate.named("ung-dung-cntt-mam-non").instantiate(try Self.profile(yaml: yaml))
        let fields = loaded.warnings.compactMap { warning -> String? in
            if case let .profileUnknown(field, _)? = warning.libraryMessage { field } else { nil }
        }
        #expect(fields.contains("shcool_typo"))
        #expect(fields.contains("options.camra"))
        #expect(!fields.contains("committee"), "a field another template reads is not unknown")
    }

    @Test("random option combinations give valid, continuously numbered data whose references resolve", arguments: 0..<24)
    func randomOptions(seed: UInt64) throws {
        var rng = SeededGenerator(seed: seed)
        let template = try RegulationTemplate.named(Self.ids[Int(seed) % Self.ids.count])
        let options = template.options.map { "\($0.id): \(Bool.random(using: &rng))" }.joined(separator: ", ")
        let yaml = try Repository.text(Repository.root.appendingPathComponent("Samples/profile-mn-hoa-sen.yaml"))
            .replacingOccurrences(of: "options:\n  camera: true\n  zalo: true\n  email: false\n", with: "")
            + "options: {\(options)}\n"
        let decision = try template.instantiate(try Self.profile(yaml: yaml)).document
        Self.expectContinuousNumbering(decision)
        Self.expectReferencesResolve(decision)
        // Valid data: it survives its own format.
        let again = try DocumentData.load(DocumentData.encode(decision, as: .yaml), format: .yaml).document
        #expect(again.sameContent(as: decision))
    }

    static func expectContinuousNumbering(_ decision: Document) {
        for document in [decision] + decision.attachments {
            #expect(document.body.allChapters.compactMap(\.number) == Array(1...max(1, document.body.allChapters.count)).prefix(document.body.allChapters.count).map { $0 })
            #expect(document.allArticles.map(\.number) == (0..<document.allArticles.count).map { String($0 + 1) })
            for article in document.allArticles {
                #expect(article.clauses.map(\.number) == (0..<article.clauses.count).map { String($0 + 1) })
                for points in [article.points] + article.clauses.map(\.points) {
                    #expect(points.map(\.letter) == (0..<points.count).map(PointLetters.letter(at:)))
                }
            }
        }
    }

    /// Every "Điều N" / "khoản K Điều N" in a document's own text points at something it has.
    static func expectReferencesResolve(_ decision: Document) {
        for document in [decision] + decision.attachments {
            let articles = document.allArticles
            var texts = document.recipients
            for article in articles {
                texts += article.paragraphs + [article.title ?? ""]
                for clause in article.clauses { texts += [clause.text ?? ""] + clause.points.map(\.text) }
            }
            for text in texts {
                for match in text.matches(of: /(?:khoản (\d+) )?Điều (\d+)/) {
                    let number = Int(match.2) ?? 0
                    #expect((1...articles.count).contains(number), "\"\(match.0)\" in \"\(text)\"")
                    if let clause = match.1.flatMap({ Int($0) }), (1...articles.count).contains(number) {
                        #expect((1...articles[number - 1].clauses.count).contains(clause), "\"\(match.0)\" in \"\(text)\"")
                    }
                }
            }
        }
    }

    @Test func rolesMatrix() throws {
        let decision = try RegulationTemplate.named("ung-dung-cntt-mam-non").instantiate(try Self.profile("Samples/profile-mn-hoa-sen.yaml")).document
        let matrix = RolesMatrix(decision)
        let deputy = try #require(matrix.entries.first { $0.role.id == "pho-hieu-truong" })
        #expect(deputy.duties.contains { $0.clause == nil && $0.articleTitle == "Trách nhiệm và quyền hạn của Phó Hiệu trưởng" })
        let head = try #require(matrix.entries.first { $0.role.id == "hieu-truong" })
        #expect(!head.duties.contains { $0.articleTitle == "Trách nhiệm và quyền hạn của Phó Hiệu trưởng" }, "Phó Hiệu trưởng is not Hiệu trưởng")
        let text = matrix.text()
        #expect(text.contains("Phó Hiệu trưởng — Trần Thị Minh Hằng, Lê Thị Thu Trang"))
        let html = try HTMLWriter().write(matrix, title: decision.title ?? "")
        #expect(html.contains("<table>") && html.contains("<th scope=\"col\">Hiệu trưởng<br><small>Nguyễn Thị Lan Anh</small></th>"))
        #expect(html.contains("cả điều"))
    }
}
