import Foundation
import Testing
import VanBan
import VanBanTestSupport

@Suite("Hardening: text import")
struct ImportHardeningTests {
    func read(_ text: String) -> ImportResult { TextReader().read(Data(text.utf8), file: "x.txt") }

    func seed() throws -> String {
        try Repository.text(Repository.shared.appendingPathComponent("seeds/000_369183dc2f8fce55.txt"))
    }

    /// Defect 9: invalid numeric references took quadratic time and left NUL in the data.
    @Test func characterReferencesAreLinearAndReported() throws {
        let line = "Điều 1. A " + String(repeating: "&#0; ", count: 20_000) + "&#x1F600; &#272;"
        var result = read("")
        #expect(threadCPUSeconds { result = read(line) } < 3)
        let title = result.document.allArticles.first?.title ?? ""
        #expect(!title.unicodeScalars.contains { $0.value == 0 })
        #expect(title.hasSuffix("😀 Đ"))
        #expect(result.diagnostics.filter { $0.code == .invalidCharacterReference }.count == 20_000)
        #expect(result.diagnostics.first { $0.code == .invalidCharacterReference }?.location?.line == 1)
    }

    /// Defect 10: entities were decoded twice, in an order that changed from run to run.
    @Test func entityDecodingIsDeterministic() throws {
        #expect(read("Điều 1. A &amp;lt;b&amp;gt;").document.allArticles.first?.title == "A &lt;b&gt;")
        #expect(read("Điều 1. A &lt;i&gt; &amp; B").document.allArticles.first?.title == "A <i> & B")
        // Each run is a new process with a new hash seed: the same title every time.
        let folder = try Binary.folder()
        let input = try Binary.file("e.txt", "Điều 1. A &amp;lt;b&amp;gt; &amp;amp; &quot;x&quot;\n", in: folder)
        var titles: Set<String> = []
        for _ in 0..<8 { titles.insert(try Binary.run(["import", input, "--to", "json"]).stdout) }
        #expect(titles.count == 1)
    }

    /// Defect 11: one stray byte made the whole file read as VISCII.
    @Test func oneStrayByteDoesNotFlipTheEncoding() throws {
        let text = try seed()
        var bytes = Array(text.utf8)
        bytes.insert(0xA0, at: bytes.count / 2)
        let stray = TextReader().read(Data(bytes), file: "x.txt")
        #expect(!stray.diagnostics.contains { $0.code == .legacyEncoding })
        let bad = try #require(stray.diagnostics.first { $0.code == .invalidUTF8 })
        let expectedLine = text.utf8.prefix(text.utf8.count / 2).filter { $0 == 0x0A }.count + 1
        #expect(bad.location?.line == expectedLine)
        #expect(stray.document.title == read(text).document.title)

        // A last character cut in half.
        let truncated = TextReader().read(Data(text.utf8) + Data([0xE1, 0xBB]), file: "x.txt")
        #expect(!truncated.diagnostics.contains { $0.code == .legacyEncoding })
        #expect(truncated.document.title == read(text).document.title)

        // UTF-32 with its byte-order mark, little and big endian, is not UTF-16.
        for bigEndian in [false, true] {
            var data = Data(bigEndian ? [0x00, 0x00, 0xFE, 0xFF] : [0xFF, 0xFE, 0x00, 0x00])
            for scalar in text.unicodeScalars {
                let value = bigEndian ? scalar.value.bigEndian : scalar.value.littleEndian
                withUnsafeBytes(of: value) { data.append(contentsOf: $0) }
            }
            #expect(TextReader().read(data).document.title == read(text).document.title)
        }

        // A real legacy text is still recognised as one.
        let legacy = try #require(LegacySample.windows1258)
        #expect(TextReader().read(legacy).diagnostics.contains { $0.code == .legacyEncoding })
    }

    /// Defect 13: escape sequences from an imported file reached the terminal inside VB111.
    @Test func terminalEscapesAreNotEchoed() throws {
        let folder = try Binary.folder()
        let input = try Binary.file("esc.txt", "QUYẾT ĐỊNH\n\u{1B}]0;owned\u{07}\u{1B}[2J xin chào \u{9B}31m\nĐiều 1. A\n", in: folder)
        let result = try Binary.run(["import", input, "--to", "json"])
        #expect(!result.stderr.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        #expect(!result.stdout.contains("\u{1B}"))
        // Messages escape what is left, whatever its source.
        let diagnostic = Diagnostic(Message.unplacedText("a\u{1B}[2Jb"), at: SourceLocation(file: "f\u{1B}.txt", line: 1))
        #expect(diagnostic.formatted(in: .en) == "f\\u{1B}.txt:1:1: warning: [VB111] could not be placed in the structure; kept in the data under `unplaced`, not printed: \"a\\u{1B}[2Jb\"")
    }

    /// Defect 12: 1 MB of points took 1.28 GB, most of it in the YAML writer.
    @Test func largeInputsStayWithinMemory() throws {
        let folder = try Binary.folder()
        _ = try Binary.file("points.txt", "Điều 1. Tiêu đề\n" + String(repeating: "a) x\n", count: 50_000), in: folder)
        let yaml = try Measured.run("\"$VANBAN\" import points.txt --quiet -o points.yaml", in: folder)
        #expect(yaml.result.status == 0)
        #expect(yaml.kilobytes < 400_000, "\(yaml.kilobytes) KB")
        let json = try Measured.run("\"$VANBAN\" import points.txt --quiet -o points.json", in: folder)
        #expect(yaml.kilobytes < json.kilobytes * 2, "YAML \(yaml.kilobytes) KB, JSON \(json.kilobytes) KB")
        // The YAML written reads back to the same document.
        let back = try Binary.run(["render", folder.appendingPathComponent("points.yaml").path, "--to", "json"])
        #expect(back.stdout == (try String(contentsOf: folder.appendingPathComponent("points.json"), encoding: .utf8)))
    }
}

/// A short decision in Windows-1258, made with iconv.
enum LegacySample {
    static var windows1258: Data? {
        guard let folder = try? Binary.folder() else { return nil }
        let source = folder.appendingPathComponent("utf8.txt"), target = folder.appendingPathComponent("cp1258.txt")
        let text = "QUYẾT ĐỊNH\nVề việc ban hành Quy chế của trường\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế quản lý.\n"
        try? Data(text.utf8).write(to: source)
        _ = try? ExternalTool.run("/bin/bash", ["-c", "iconv -f UTF-8 -t CP1258 '\(source.path)' > '\(target.path)'"])
        return try? Data(contentsOf: target)
    }
}
