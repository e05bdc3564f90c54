import Foundation
import Testing
import VanBan
import VanBanTestSupport

@Suite("Hardening: data files")
struct DataHardeningTests {
    func load(_ yaml: String) -> (document: Document?, diagnostics: [Diagnostic]) {
        do {
            let loaded = try DocumentData.load(yaml, format: .yaml, file: "x.yaml")
            return (loaded.document, loaded.warnings)
        } catch {
            return (nil, error.diagnostics)
        }
    }

    /// Defect 1: aliases were documented as unsupported but expanded, without limit.
    @Test func yamlAliasesAreRefused() throws {
        let simple = load("kind: quyet-dinh\ntitle: &t A\nauthority: *t\n")
        #expect(simple.document == nil)
        #expect(simple.diagnostics.map(\.code) == [.yamlAlias])
        #expect(simple.diagnostics.first?.location?.line == 3)

        // Ten levels of ten aliases: 10^10 nodes if expanded.
        var lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
        for level in 1..<10 { lines.append("a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]") }
        let bomb = lines.joined(separator: "\n") + "\nkind: quyet-dinh\n"
        let seconds = threadCPUSeconds { #expect(load(bomb).diagnostics.map(\.code) == [.yamlAlias]) }
        #expect(seconds < 2)

        // The profile of `vanban new` goes through the same reader: an error, not a crash.
        let folder = try Binary.folder()
        let profile = try Binary.file("profile.yaml", bomb, in: folder)
        let result = try Binary.run(["new", "ung-dung-cntt-mam-non", "--profile", profile, "--to", "yaml"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("[VB013]"))
    }

    /// Defect 9 (second half): duplicate keys were found by scanning every earlier key.
    @Test func mappingWithManyKeysIsLinear() throws {
        let keys = (0..<80_000).map { "k\($0): v" }.joined(separator: "\n")
        // Quadratic duplicate checks took 10 s in a release build; linear ones take well under one.
        #expect(try threadCPUSeconds { _ = try DocumentData.parse("kind: quyet-dinh\n" + keys + "\n", format: .yaml) } < 8)
        let json = "{\"kind\": \"quyet-dinh\", " + (0..<80_000).map { "\"k\($0)\": 1" }.joined(separator: ", ") + "}"
        #expect(try threadCPUSeconds { _ = try DocumentData.parse(json, format: .json) } < 8)
        // Duplicates are still found.
        #expect(load("kind: quyet-dinh\ntitle: a\ntitle: b\n").diagnostics.map(\.code) == [.duplicateKey])
    }

    /// Defect 15: bad values were taken silently.
    @Test func badValuesAreRefused() throws {
        #expect(load("kind: \"\"\ntitle: x\n").diagnostics.map(\.code) == [.unknownKind])
        #expect(load("kind: quyet-dinh\ntitle: {a: 1}\n").diagnostics.map(\.code) == [.wrongType])
        // In a list of texts an unquoted "Lưu: VT" is still the text it looks like.
        #expect(load("kind: quyet-dinh\nrecipients: [Như Điều 3, Lưu: VT]\n").document?.recipients == ["Như Điều 3", "Lưu: VT"])
        let split = load("kind: quyet-dinh\nissuer: {name: Trường A, abbreviation: \"MN\\nTT\"}\n")
        #expect(split.diagnostics.map(\.code) == [.notOneLine])
        #expect(split.diagnostics.first?.location?.line == 2)
    }

    /// Control characters from a data file never reach a terminal or an XML part.
    @Test func controlCharactersAreDroppedFromDataText() throws {
        let document = try DocumentData.load(#"{"kind": "quyet-dinh", "title": "A\u001b[31mB\u0000C"}"#, format: .json).document
        #expect(document.title == "A[31mBC")
    }

    /// Defect 7 (input half): standard input and files are read within the size limit.
    @Test func inputSizeIsLimited() throws {
        let zeros = try Binary.shell("head -c 60000000 /dev/zero | \"$VANBAN\" import - --to yaml")
        #expect(zeros.status == 1)
        #expect(zeros.stderr.contains("[VB014]"))
        let device = try Binary.run(["import", "/dev/zero", "--to", "yaml"])
        #expect(device.stderr.contains("[VB014]"))
        let small = try Binary.run(["render", "-", "--to", "text", "--max-input-size", "10"], stdin: Data("kind: quyet-dinh\ntitle: A long title\n".utf8))
        #expect(small.status == 1)
        #expect(small.stderr.contains("[VB014]"))
        let environment = try Binary.run(["render", "-", "--to", "text"], stdin: Data("kind: quyet-dinh\ntitle: A long title\n".utf8),
                                         environment: ["VANBAN_MAX_INPUT_SIZE": "10"])
        #expect(environment.stderr.contains("[VB014]"))
        #expect(InputLimits.parseSize("50M") == 50 << 20)
        #expect(InputLimits.parseSize("-1") == nil)
        #expect(InputLimits.parseSize("99999999999999999999G") == nil)
    }
}
