import Foundation
import VanBan

/// The check every message catalog passes: each example renders in both languages, the two
/// differ, and the Vietnamese text holds no English prose.
public enum MessageLanguages {
    /// Words that give away an English text inside a Vietnamese message.
    public static let englishWords = ["the ", " is ", " not ", "cannot", "expected", "found", "missing", " a ", "file", "list",
                                      "mapping", "template", "number", "unknown", "error", "write", "read "]

    /// The problems found, one line each; empty when every message is fine.
    public static func problems(_ messages: [any DiagnosticMessage]) -> [String] {
        var problems: [String] = []
        for message in messages {
            let vi = message.text(in: .vi), en = message.text(in: .en)
            if vi.isEmpty || en.isEmpty { problems.append("\(message.code.rawValue): empty text") }
            if vi == en { problems.append("\(message.code.rawValue) is not translated: \(vi)") }
            // Data keys (`number:`), file names, option names and `code` are the file's own words.
            let lowered = vi.lowercased()
                .replacingOccurrences(of: #"`[^`]*`"#, with: "", options: .regularExpression)
                .replacingOccurrences(of: #"^[a-z_.\[\]0-9]+: "#, with: "", options: .regularExpression)
                .replacingOccurrences(of: #"[a-z0-9_/-]+\.(mustache|json|yaml|xml|docx|csv|db)"#, with: "", options: .regularExpression)
                .replacingOccurrences(of: #"[a-z0-9]+[-_][a-z0-9_-]+"#, with: "", options: .regularExpression)
                .replacingOccurrences(of: #"--[a-z-]+"#, with: "", options: .regularExpression)
                .replacingOccurrences(of: #""[a-z_.]+""#, with: "", options: .regularExpression)
            for word in englishWords where lowered.contains(word) {
                problems.append("English \"\(word)\" in the Vietnamese text of \(message.code.rawValue): \(vi)")
            }
        }
        return problems
    }
}
