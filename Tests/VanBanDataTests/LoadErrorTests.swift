import Testing
import VanBan

@Suite("load errors name file, line, column and field")
struct LoadErrorTests {
    func errors(_ text: String, _ format: DataFormat = .yaml) -> [Diagnostic] {
        do {
            _ = try DocumentData.load(text, format: format, file: "qd.yaml")
            return []
        } catch {
            return error.diagnostics
        }
    }

    @Test func badDate() throws {
        let found = errors("kind: quyet-dinh\nnumber: 5\ndate: \"2025-13-01\"\n")
        let first = try #require(found.first)
        #expect(first.code == .notADate)
        #expect(first.location?.line == 3)
        #expect(first.location?.column == 7)
        #expect(first.formatted(in: .en) == "qd.yaml:3:7: error: [VB003] date: \"2025-13-01\" is not a date (write yyyy-mm-dd, e.g. 2025-10-07)")
    }

    @Test func nestedFieldPath() throws {
        let yaml = """
            kind: quyet-dinh
            attachments:
              - kind: quy-che
                chapters:
                  - number: 1
                    articles:
                      - title: Không có số
            """
        let first = try #require(errors(yaml).first)
        #expect(first.code == .missingField)
        #expect(first.message(in: .en) == "attachments[0].chapters[0].articles[0]: missing required field \"number\"")
        #expect(first.location?.line == 7)
    }

    @Test func everyErrorIsReported() {
        let found = errors("kind: nonsense\ndate: 2025-02-30\nnumber: năm\nsignature:\n  authority: XYZ\n")
        #expect(found.map(\.code) == [.unknownKind, .notADate, .notAnInteger, .unknownAuthority])
    }

    @Test func missingKind() {
        #expect(errors("title: Về việc\n").map(\.code) == [.missingField])
    }

    @Test func unknownFieldsWarnButLoad() throws {
        let loaded = try DocumentData.load("kind: quyet-dinh\ntitel: typo\n", format: .yaml, file: "qd.yaml")
        #expect(loaded.warnings.map(\.code) == [.unknownField])
        #expect(loaded.warnings.first?.location?.line == 2)
        #expect(loaded.warnings.first?.severity == .warning)
    }

    @Test func yamlSyntaxErrorHasAPosition() throws {
        let first = try #require(errors("kind: quyet-dinh\ntitle: [unclosed\nplace: x\n").first)
        #expect(first.code == .syntax)
        #expect((first.location?.line ?? 0) >= 2)
    }

    @Test func jsonSyntaxErrorHasAPosition() throws {
        let first = try #require(errors("{\n  \"kind\": \"quyet-dinh\",\n  \"number\": 5,,\n}", .json).first)
        #expect(first.code == .syntax)
        #expect(first.location?.line == 3)
        #expect(first.location?.column == 15)
    }

    @Test func duplicateKeys() {
        let yaml = errors("kind: quyet-dinh\nkind: quy-che\n")
        #expect(yaml.map(\.code) == [.duplicateKey])
        #expect(yaml.first?.location?.line == 2)
        #expect(errors("{\"kind\": \"QĐ\", \"kind\": \"QC\"}", .json).map(\.code) == [.duplicateKey])
    }

    @Test func wrongShape() throws {
        let first = try #require(errors("kind: quyet-dinh\nbases:\n  nested: {a: 1}\n").first)
        #expect(first.code == .wrongType)
    }

    @Test func emptyFile() {
        #expect(errors("").map(\.code) == [.emptyDocument])
        #expect(errors("   \n", .json).map(\.code) == [.emptyDocument])
    }

    @Test func messagesInVietnamese() throws {
        let first = try #require(errors("kind: quyet-dinh\ndate: 2025-13-01\n").first)
        #expect(first.formatted(in: .vi).contains("lỗi: [VB003] date: \"2025-13-01\" không phải là ngày hợp lệ"))
    }
}
