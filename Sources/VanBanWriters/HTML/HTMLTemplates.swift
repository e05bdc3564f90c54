import Foundation
import Mustache
import Synchronization
import VanBanModel
import VanBanResources

/// The Mustache templates of the HTML writer: `Templates/html/*.mustache`, each replaceable by a
/// file of the same name in a templates folder (`DIR/html/NAME.mustache` or `DIR/NAME.mustache`).
/// Parsed once, then shared: a server renders a preview per keystroke from one value.
public struct HTMLTemplates: Sendable {
    /// Every template the writer needs; `page` is the entry point, the rest are partials.
    public static let names = [
        "page", "style", "document", "attachment", "header", "header-line", "block", "title", "heading",
        "basis", "article", "clause", "point", "runs", "toc", "closing", "recipients", "signature",
        "roles-page", "roles-style",
    ]

    let library: MustacheLibrary

    /// Counts template parses in the current task tree, so a test can prove that rendering
    /// reuses parsed templates (a task-local counter is not disturbed by tests running beside it).
    @TaskLocal public static var parseCounter: ParseCounter?

    /// Reads and parses every template, the folder's files winning over the built-in ones.
    public static func load(overrides: URL? = nil) throws(Diagnostic) -> HTMLTemplates {
        ByteHTMLContentType.registered
        var library = MustacheLibrary()
        var sources: [String: (text: String, path: String)] = [:]
        for name in names {
            let source = try text(of: name, overrides: overrides)
            sources[name] = source
            parseCounter?.add()
            do {
                library.register(try MustacheTemplate(string: ByteHTMLContentType.pragma + source.text), named: name)
            } catch let error as MustacheTemplate.ParserError {
                // The pragma is a line of its own before the file's first line.
                let line = max(1, error.context.lineNumber - 1)
                let column = error.context.columnNumber
                throw Diagnostic(Message.badTemplate(file: source.path, .parse(line: line, column: column, String(describing: error.error))),
                                 at: SourceLocation(file: source.path, line: line, column: column))
            } catch {
                throw Diagnostic(Message.badTemplate(file: source.path, .invalid(String(describing: error))), at: SourceLocation(file: source.path, line: 1))
            }
        }
        try checkPartials(sources)
        return HTMLTemplates(library: library)
    }

    private static func text(of name: String, overrides: URL?) throws(Diagnostic) -> (text: String, path: String) {
        var candidates: [URL] = []
        if let overrides {
            candidates += [overrides.appendingPathComponent("html/\(name).mustache"), overrides.appendingPathComponent("\(name).mustache")]
        }
        candidates.append(TemplateStore.url("html/\(name).mustache"))
        for url in candidates where FileManager.default.fileExists(atPath: url.path) {
            guard let data = try? Data(contentsOf: url), let text = String(data: data, encoding: .utf8) else {
                throw Diagnostic(Message.badTemplate(file: url.path, .unreadable), at: SourceLocation(file: url.path, line: 1))
            }
            return (text, url.path)
        }
        throw Diagnostic(Message.badTemplate(file: candidates.last!.path, .builtInMissing))
    }

    /// Mustache renders an unknown partial as nothing; a typo would silently drop content, so
    /// every `{{> name}}` must name a template that exists.
    private static func checkPartials(_ sources: [String: (text: String, path: String)]) throws(Diagnostic) {
        var calls: [String: [(partial: String, line: Int, column: Int)]] = [:]
        for name in names {
            guard let source = sources[name] else { continue }
            // Sections open by `{{#…}}` enter the data, so a partial called inside one recurses
            // only as deep as the data; a call outside every section repeats forever in a loop.
            var sectionDepth = 0
            for (index, line) in source.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                var rest = Substring(line)
                while let open = rest.range(of: "{{") {
                    guard let close = rest[open.upperBound...].range(of: "}}") else { break }
                    let tag = rest[open.upperBound..<close.lowerBound]
                    rest = rest[close.upperBound...]
                    if tag.hasPrefix("#") { sectionDepth += 1 }
                    if tag.hasPrefix("/") { sectionDepth = max(0, sectionDepth - 1) }
                    guard tag.hasPrefix(">") else { continue }
                    let partial = tag.dropFirst().trimmingCharacters(in: .whitespaces)
                    let column = line.distance(from: line.startIndex, to: open.lowerBound) + 1
                    if sources[partial] == nil {
                        throw Diagnostic(Message.badTemplate(file: source.path, .missingPartial(line: index + 1, column: column, partial)),
                                         at: SourceLocation(file: source.path, line: index + 1, column: column))
                    }
                    if sectionDepth == 0 { calls[name, default: []].append((partial, index + 1, column)) }
                }
            }
        }
        try checkCycles(calls, sources)
    }

    /// A partial that includes itself, directly or through others, would recurse until the stack
    /// overflows: report the first call that closes a cycle.
    private static func checkCycles(_ calls: [String: [(partial: String, line: Int, column: Int)]],
                                    _ sources: [String: (text: String, path: String)]) throws(Diagnostic) {
        var state: [String: Int] = [:]  // 1: on the current path, 2: done
        func visit(_ name: String, _ path: [String]) -> (String, (partial: String, line: Int, column: Int), [String])? {
            state[name] = 1
            for call in calls[name] ?? [] {
                if state[call.partial] == 1 { return (name, call, path + [name, call.partial]) }
                if state[call.partial] == nil, let found = visit(call.partial, path + [name]) { return found }
            }
            state[name] = 2
            return nil
        }
        for name in names where state[name] == nil {
            guard let (caller, call, cycle) = visit(name, []) else { continue }
            let start = cycle.firstIndex(of: call.partial) ?? 0
            let file = sources[caller]?.path ?? caller
            throw Diagnostic(Message.badTemplate(file: file, .partialLoop(line: call.line, column: call.column, Array(cycle[start...]))),
                             at: SourceLocation(file: file, line: call.line, column: call.column))
        }
    }
}

/// A thread-safe count of parsed template files.
public final class ParseCounter: Sendable {
    private let count = Mutex(0)

    /// Creates a counter at zero.
    public init() {}

    /// Counts one parse.
    public func add() { count.withLock { $0 += 1 } }

    /// The parses counted.
    public var value: Int { count.withLock { $0 } }
}
