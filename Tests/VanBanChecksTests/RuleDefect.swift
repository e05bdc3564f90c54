import Testing
import VanBan

/// One planted defect for a rule test: what is changed in the subject (a document, the layout
/// facts of a Word file), and the code that must then be reported.
struct RuleDefect<Subject>: Sendable, CustomTestStringConvertible {
    let code: MessageCode
    let name: String
    let change: @Sendable (inout Subject) -> Void
    var testDescription: String { "\(code.rawValue) \(name)" }

    init(_ code: MessageCode, _ name: String, _ change: @escaping @Sendable (inout Subject) -> Void) {
        self.code = code
        self.name = name
        self.change = change
    }
}
