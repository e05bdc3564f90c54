import Foundation
import Testing
import VanBan
import VanBanTestSupport

@Suite("one render environment")
struct RenderEnvironmentTests {
    @Test("1,000 HTML previews parse each template once")
    func previewsReuseParsedTemplates() throws {
        let counter = ParseCounter()
        let document = try Docx.sample()
        try HTMLTemplates.$parseCounter.withValue(counter) {
            let environment = try RenderEnvironment.load()
            let parsedAtLoad = counter.value
            #expect(parsedAtLoad == HTMLTemplates.names.count)
            var last = Data()
            for _ in 0..<1_000 { last = try environment.render(document, as: .html) }
            #expect(counter.value == parsedAtLoad, "rendering must not parse templates again")
            #expect(String(decoding: last, as: UTF8.self).contains("Điều 19"))
        }
    }

    @Test func regulationsAreLoadedWithTheEnvironment() throws {
        let environment = try RenderEnvironment.load()
        #expect(try environment.regulations().map(\.id) == ["ban-chi-dao-chuyen-doi-so", "co-so-du-lieu-nganh", "ung-dung-cntt-mam-non"])
    }

    @Test("DOCX parts are read once: a templates folder removed after loading no longer matters; a broken one fails the load")
    func docxPartsAreHeld() throws {
        let folder = try ExternalTool.temporaryDirectory("vanban-env")
        let docx = folder.appendingPathComponent("docx")
        try FileManager.default.createDirectory(at: docx, withIntermediateDirectories: true)
        let page = try Data(contentsOf: Repository.root.appendingPathComponent("Templates/docx/page.json"))
        try page.write(to: docx.appendingPathComponent("page.json"))
        let environment = try RenderEnvironment.load(templatesDirectory: folder)
        try FileManager.default.removeItem(at: folder)
        let package = try environment.render(try Docx.sample(), as: .docx)
        #expect(package.count > 10_000)

        let broken = try ExternalTool.temporaryDirectory("vanban-env-broken")
        try FileManager.default.createDirectory(at: broken.appendingPathComponent("docx"), withIntermediateDirectories: true)
        try Data("<w:styles".utf8).write(to: broken.appendingPathComponent("docx/styles.xml"))
        #expect(throws: DiagnosticError.self) { try RenderEnvironment.load(templatesDirectory: broken) }
    }
}
