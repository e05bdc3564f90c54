import Foundation
import Testing
import VanBan
import VanBanTestSupport

/// Roles as data: found on import, declared by templates, the matrix in reading order, the
/// extract per role.
@Suite("roles")
struct RolesTests {
    static func imported(_ prefix: String) throws -> Document {
        let folder = Repository.shared.appendingPathComponent("seeds")
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: folder.path).first { $0.hasPrefix(prefix) })
        return TextReader().read(try Data(contentsOf: folder.appendingPathComponent(name)), file: name).document
    }

    /// Role id → the units found by the article title.
    static func titled(_ document: Document) -> [String: [String]] {
        var result: [String: [String]] = [:]
        for role in document.roles { result[role.id] = role.units.filter { $0.foundBy == .title }.map(\.path.anchor) }
        return result
    }

    @Test("seed 000: one role per article of Chương III, the executing article and the clauses naming them")
    func seed000() throws {
        let document = try Self.imported("000")
        #expect(document.roles.map(\.id) == ["hieu-truong", "pho-hieu-truong", "giao-vien", "nhan-vien", "phu-huynh-hoc-sinh", "hoc-sinh"])
        #expect(Self.titled(document) == [
            "hieu-truong": ["qc-1-dieu-9"], "pho-hieu-truong": ["qc-1-dieu-10"], "giao-vien": ["qc-1-dieu-11"],
            "nhan-vien": ["qc-1-dieu-12"], "hoc-sinh": ["qc-1-dieu-13"], "phu-huynh-hoc-sinh": ["qc-1-dieu-14"],
        ])
        let head = try #require(document.roles.first { $0.id == "hieu-truong" })
        #expect(head.units.contains(RoleUnit(path: UnitPath(steps: [.article("3")]), foundBy: .executingArticle)))
        #expect(head.units.contains { $0.path.anchor == "qc-1-dieu-6-khoan-1" && $0.foundBy == .subject })
        #expect(!head.units.contains { $0.path.anchor == "qc-1-dieu-10" || $0.path.anchor == "qc-1-dieu-6-khoan-2" },
                "Phó Hiệu trưởng is not Hiệu trưởng")
        // "phụ huynh" in a clause is the role "phụ huynh học sinh".
        let parents = try #require(document.roles.first { $0.id == "phu-huynh-hoc-sinh" })
        #expect(parents.units.contains { $0.path.anchor == "qc-1-dieu-19-khoan-1" })
    }

    @Test("seed 002: Trưởng ban, Phó Trưởng ban and Ủy viên from titles that are roles")
    func seed002() throws {
        let document = try Self.imported("002")
        let titled = Self.titled(document)
        #expect(titled["truong-ban"] == ["dieu-3"])
        #expect(titled["pho-truong-ban"] == ["dieu-4"])
        #expect(titled["uy-vien"] == ["dieu-5"])
        let chief = try #require(document.roles.first { $0.id == "truong-ban" })
        #expect(!chief.units.contains { $0.path.anchor == "dieu-4" }, "Phó Trưởng ban is not Trưởng ban")
    }

    @Test("seeds 001 and 004 give sensible roles; 'Tổ chức thực hiện' is not a role")
    func seeds001And004() throws {
        let first = try Self.imported("001")
        #expect(first.roles.contains { $0.id == "to-van-phong" })
        #expect(!first.roles.contains { $0.id.hasPrefix("to-chuc") })
        let fourth = try Self.imported("004")
        for id in ["can-bo", "giao-vien", "nhan-vien"] {
            #expect(fourth.roles.first { $0.id == id }?.units.contains { $0.path.anchor == "qc-1-dieu-8" && $0.foundBy == .title } == true, "\(id)")
        }
    }

    @Test("found roles survive YAML and JSON")
    func rolesRoundTrip() throws {
        let document = try Self.imported("000")
        for format in DataFormat.allCases {
            let again = try DocumentData.load(DocumentData.encode(document, as: format), format: format).document
            #expect(again.roles == document.roles, "\(format)")
        }
    }

    static func templateDecision() throws -> Document {
        let profile = try Profile(yaml: try Repository.text(Repository.root.appendingPathComponent("Samples/profile-mn-hoa-sen.yaml")))
        return try RegulationTemplate.named("ung-dung-cntt-mam-non").instantiate(profile).document
    }

    @Test("a template's roles: every role with its holders, explicit roles win over inference")
    func templateRoles() throws {
        let decision = try Self.templateDecision()
        let matrix = RolesMatrix(decision)
        for role in decision.roles {
            #expect(matrix.entries.contains { $0.role.id == role.id && $0.role.holders == role.holders }, "\(role.id)")
        }
        let accountant = try #require(matrix.entries.first { $0.role.id == "ke-toan" })
        let article = try #require(accountant.duties.first { $0.articleTitle == "Trách nhiệm của kế toán và nhân viên y tế" })
        #expect(article.foundBy == .explicit && article.clause == nil)
        #expect(!accountant.duties.contains { $0.article == article.article && $0.clause != nil }, "no inferred clause inside an explicit article")
    }

    @Test("the matrix lists articles in reading order, cells naming the units")
    func matrixInReadingOrder() throws {
        let matrix = RolesMatrix(try Self.imported("000"))
        #expect(matrix.articleOrder.first == "Quyết định/3")
        let numbers = matrix.articleOrder.filter { $0.hasPrefix("Quy chế/") }.compactMap { Int($0.split(separator: "/")[1]) }
        #expect(numbers == numbers.sorted())
        let html = try HTMLWriter().write(matrix, title: "Quy chế")
        #expect(html.contains("<td class=\"mark\">khoản 1</td>"))
    }

    @Test("the extract for a role holds exactly the units the matrix lists, in reading order")
    func extract() throws {
        let document = try Self.imported("000")
        let matrix = RolesMatrix(document)
        let teacher = try #require(matrix.entries.first { $0.role.id == "giao-vien" })
        let extract = try #require(RoleExtract.document(for: "giao-vien", in: document, signSheet: true))
        let inRegulation = teacher.duties.filter { $0.document == "Quy chế" }
        #expect(extract.body.allArticles.map(\.number) == inRegulation.map(\.article).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } })
        #expect(extract.preamble.first == "Gồm: " + inRegulation.map(\.place).joined(separator: "; ") + ".")
        let text = TextWriter().write(extract)
        #expect(text.contains("(Ban hành kèm theo Quyết định số 257/QĐ-MNTT"))
        #expect(text.contains("Điều 11. Trách nhiệm và quyền hạn của giáo viên\n1. Sử dụng các ứng dụng đúng chức năng"))
        #expect(text.contains("DANH SÁCH KÝ XÁC NHẬN ĐÃ ĐỌC"))
        #expect(text.contains("| STT | Họ và tên | Chức vụ | Ngày | Chữ ký |"))
        let html = try HTMLWriter().write(extract)
        #expect(html.contains("<table class=\"vb-grid\"><thead><tr><th scope=\"col\">STT</th>"))
        #expect(!text.contains("Điều 9."), "no unit of another role")
        // The DOCX of the extract validates like every other.
        let problems = try Docx.validate(try DocxWriter().write(extract))
        #expect(problems.isEmpty, "\(problems)")
    }

    @Test("the matrix as a landscape DOCX validates and LibreOffice lays it out landscape")
    func matrixDocx() throws {
        let matrix = RolesMatrix(try Self.templateDecision())
        let data = try matrix.docx(title: "Quy chế")
        let problems = try Docx.validate(data)
        #expect(problems.isEmpty, "\(problems)")
        let pdf = try #require(try Docx.pdf(data))
        let info = try ExternalTool.run("pdfinfo", [pdf.path])
        #expect(info.stdout.contains("841.89 x 595.3"), "landscape A4: \(info.stdout)")
        let text = try ExternalTool.run("pdftotext", ["-layout", pdf.path, "-"]).stdout
        #expect(text.contains("PHÂN CÔNG TRÁCH NHIỆM") && text.contains("Lan Anh") && text.contains("Quyết định, Điều 3"))
    }
}
