import Foundation
import Synchronization

/// Every limit vanban puts on what it reads, stated once. The defaults are far above any real
/// document (a 300-page decree is about 1 MB of text) and far below what would exhaust a
/// server's memory; `--max-input-size` or `VANBAN_MAX_INPUT_SIZE` raise or lower the input size.
public struct InputLimits: Sendable, Equatable {
    /// Bytes of one input: a data file, a text to import, a reference DOCX, standard input.
    public var inputBytes: Int = 50 << 20
    /// Entries in one ZIP package (a DOCX has a dozen; Word never writes more than a few hundred).
    public var zipEntries: Int = 2_000
    /// Uncompressed bytes of one package part, as declared and as actually inflated.
    public var partBytes: Int = 50 << 20
    /// Uncompressed bytes of all parts read from one package together.
    public var packageBytes: Int = 200 << 20
    /// Nesting of lists and mappings in a data file.
    public var nestingDepth: Int = 512

    /// The defaults.
    public init() {}

    /// The defaults, with `VANBAN_MAX_INPUT_SIZE` (bytes, or with a K/M/G suffix) applied.
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> InputLimits {
        var limits = InputLimits()
        if let text = environment["VANBAN_MAX_INPUT_SIZE"], let bytes = parseSize(text) { limits.inputBytes = bytes }
        return limits
    }

    /// "50M", "200k", "1G" or plain bytes; nil when it is not a positive size.
    public static func parseSize(_ text: String) -> Int? {
        let trimmed = text.trimmingCharacters(in: .whitespaces).uppercased()
        let shifts: [Character: Int] = ["K": 10, "M": 20, "G": 30]
        var digits = Substring(trimmed)
        var shift = 0
        if let last = digits.last, let value = shifts[last] {
            shift = value
            digits = digits.dropLast()
        }
        guard let number = Int(digits), number > 0, number <= (Int.max >> shift) else { return nil }
        return number << shift
    }

    private static let shared = Mutex(InputLimits.fromEnvironment())

    /// The limits in force in this process; the command line sets them once at start.
    public static var current: InputLimits {
        get { shared.withLock { $0 } }
        set { shared.withLock { $0 = newValue } }
    }
}
