import Foundation
import Mustache
import VanBanModel
import VanBanTemplates

/// The Mustache templates of the HTML writer: `Templates/html/*.mustache`, each replaceable by a
/// file of the same name in a templates folder (`DIR/html/NAME.mustache` or `DIR/NAME.mustache`).
struct HTMLTemplates {
    /// Every template the writer needs; `page` is the entry point, the rest are partials.
    static let names = [
        "page", "style", "document", "attachment", "header", "header-line", "block", "title", "heading",
        "basis", "article", "clause", "point", "runs", "toc", "closing", "recipients", "signature",
    ]

    let library: MustacheLibrary

    static func load(overrides: URL?) throws(Diagnostic) -> HTMLTemplates {
        var library = MustacheLibrary()
        var sources: [String: (text: String, path: String)] = [:]
        for name in names {
            let source = try text(of: name, overrides: overrides)
            sources[name] = source
            do {
                library.register(try MustacheTemplate(string: source.text), named: name)
            } catch let error as MustacheTemplate.ParserError {
                throw Diagnostic(.error, .badTemplate, [source.path, "\(error.context.lineNumber):\(error.context.columnNumber): \(error.error)"],
                                 at: SourceLocation(file: source.path, line: error.context.lineNumber, column: error.context.columnNumber))
            } catch {
                throw Diagnostic(.error, .badTemplate, [source.path, String(describing: error)], at: SourceLocation(file: source.path, line: 1))
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
                throw Diagnostic(.error, .badTemplate, [url.path, "cannot read it as UTF-8 text"], at: SourceLocation(file: url.path, line: 1))
            }
            return (text, url.path)
        }
        throw Diagnostic(.error, .badTemplate, [candidates.last!.path, "the built-in template is missing; reinstall vanban"])
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
                        throw Diagnostic(.error, .badTemplate, [source.path, "\(index + 1):\(column): no template named \"\(partial)\""],
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
            throw Diagnostic(.error, .badTemplate, [file, "\(call.line):\(call.column): partials include each other in a loop: \(cycle[start...].joined(separator: " → "))"],
                             at: SourceLocation(file: file, line: call.line, column: call.column))
        }
    }
}
