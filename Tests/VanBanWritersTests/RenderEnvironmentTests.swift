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
        #expect(environment.regulations.map(\.id) == ["ban-chi-dao-chuyen-doi-so", "co-so-du-lieu-nganh", "ung-dung-cntt-mam-non"])
    }
}
