import Foundation
import Testing
import VanBanTestSupport

/// One behaviour per file, as pandoc's `test/command/*.md`: each `Tests/Commands/*.vbtest` holds a
/// command line, its standard input and the expected output, run against the built binary.
///
///     # comment lines say what the case shows
///     % vanban import - --to text
///     …standard input…
///     ^D
///     …expected standard output…
///     2> an expected line of standard error (none means stderr must be empty)
///     => 1            (the exit status; 0 when left out)
///
/// `VANBAN_RECORD=1 swift test --filter CommandFileTests` rewrites the expected part.
@Suite("command files")
struct CommandFileTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var file: URL
        var comments: [String]
        var arguments: [String]
        var commandLine: String
        var stdin: String
        var stdout: String
        var stderr: [String]
        var status: Int32

        var testDescription: String { file.deletingPathExtension().lastPathComponent }

        init(file: URL) throws {
            self.file = file
            let lines = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n")
            comments = Array(lines.prefix { $0.hasPrefix("#") })
            var rest = lines.dropFirst(comments.count)
            guard let command = rest.first, command.hasPrefix("% vanban") else {
                throw CocoaError(.fileReadCorruptFile, userInfo: [NSLocalizedDescriptionKey: "\(file.lastPathComponent): no '% vanban …' line"])
            }
            commandLine = command
            arguments = Self.split(String(command.dropFirst("% vanban".count)))
            rest = rest.dropFirst()
            let input = rest.prefix { $0 != "^D" }
            stdin = input.isEmpty ? "" : input.joined(separator: "\n") + "\n"
            rest = rest.dropFirst(input.count + 1)
            var out: [String] = [], err: [String] = []
            status = 0
            for line in rest {
                if line.hasPrefix("2> ") { err.append(String(line.dropFirst(3))) }
                else if line.hasPrefix("=> "), let value = Int32(line.dropFirst(3)) { status = value }
                else { out.append(line) }
            }
            while out.last == "" { out.removeLast() }
            stdout = out.isEmpty ? "" : out.joined(separator: "\n") + "\n"
            stderr = err
        }

        /// Splits at spaces; single quotes keep a word with spaces together.
        static func split(_ text: String) -> [String] {
            var words: [String] = [], word = "", quoted = false, started = false
            for character in text {
                if character == "'" { quoted.toggle(); started = true }
                else if character == " ", !quoted { if started { words.append(word) }; word = ""; started = false }
                else { word.append(character); started = true }
            }
            if started { words.append(word) }
            return words
        }

        /// The file with the expected part replaced by what the binary printed.
        func recorded(stdout: String, stderr: String, status: Int32) -> String {
            var lines = comments + [commandLine]
            lines += stdin.isEmpty ? [] : stdin.components(separatedBy: "\n").dropLast()
            lines.append("^D")
            lines += stdout.components(separatedBy: "\n").dropLast()
            lines += stderr.components(separatedBy: "\n").filter { !$0.isEmpty }.map { "2> " + $0 }
            if status != 0 { lines.append("=> \(status)") }
            return lines.joined(separator: "\n") + "\n"
        }
    }

    static let folder = Repository.root.appendingPathComponent("Tests/Commands")

    static func cases() throws -> [Case] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".vbtest") }.sorted()
            .map { try Case(file: folder.appendingPathComponent($0)) }
    }

    @Test("command file", arguments: try cases())
    func run(_ test: Case) throws {
        let result = try ExternalTool.run(Vanban.binary.path, test.arguments, in: Repository.root, stdin: Data(test.stdin.utf8))
        if Repository.recording {
            try test.recorded(stdout: result.stdout, stderr: result.stderr, status: result.status).write(to: test.file, atomically: true, encoding: .utf8)
            return
        }
        #expect(result.stdout == test.stdout, "\(test.testDescription): standard output differs")
        #expect(result.stderr.components(separatedBy: "\n").filter { !$0.isEmpty } == test.stderr, "\(test.testDescription): standard error differs")
        #expect(result.status == test.status, "\(test.testDescription): exit status")
    }
}
