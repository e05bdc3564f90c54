import Foundation
import VanBanModel

/// Prints a document's structure as an indented tree: document, parts, chapters, sections, articles.
public struct OutlineWriter: Sendable {
    /// Creates a writer.
    public init() {}

    /// The outline, one node a line, two spaces an indent level.
    public func write(_ document: Document) -> String {
        var lines: [String] = []
        write(document, depth: 0, into: &lines)
        return lines.joined(separator: "\n") + "\n"
    }

    private func write(_ document: Document, depth: Int, into lines: inout [String]) {
        var head = document.kind.name
        if document.number != nil || document.date != nil {
            head += " \(NumberFormatting.reference(number: document.number, symbol: document.effectiveSymbol))"
        }
        if let date = document.date { head += " (\(DateFormatting.longDate(date)))" }
        if let title = document.title { head += ": " + title.replacingOccurrences(of: "\n", with: " ") }
        lines.append(indent(depth) + head)
        var lister = HeadingLister(base: depth + 1)
        document.body.walk(&lister)
        lines += lister.lines
        for appendix in document.appendices {
            lines.append(indent(depth + 1) + [appendix.label, appendix.title].compactMap { $0 }.joined(separator: ". "))
        }
        for attachment in document.attachments { write(attachment, depth: depth + 1, into: &lines) }
    }

    private func indent(_ depth: Int) -> String { String(repeating: "  ", count: depth) }
}

/// One line per heading and article, indented by how deep the unit sits; an article's
/// content is counted, not listed.
private struct HeadingLister: UnitVisitor {
    let base: Int
    var lines: [String] = []

    mutating func visit(_ unit: BodyUnit, at path: UnitPath) -> Descent {
        let indent = String(repeating: "  ", count: base + path.steps.count - 1)
        switch unit {
        case let .part(part):
            lines.append(indent + Self.heading("Phần", part.number.map(RomanNumeral.string), part.title))
        case let .chapter(chapter):
            lines.append(indent + Self.heading(chapter.number == nil ? "" : "Chương", chapter.number.map(RomanNumeral.string), chapter.title))
        case let .section(section):
            lines.append(indent + Self.heading("Mục", section.number.map(String.init), section.title))
        case let .article(article):
            var line = indent + article.label
            if let title = article.title {
                line += " " + title
            } else if let first = article.paragraphs.first {
                // An untitled article is recognised by how its text begins.
                line += " " + (first.count > 60 ? first.prefix(60).trimmingCharacters(in: .whitespaces) + "…" : first)
            }
            let counts = [
                article.clauses.isEmpty ? nil : "\(article.clauses.count) khoản",
                article.points.isEmpty ? nil : "\(article.points.count) điểm",
            ].compactMap { $0 }
            if !counts.isEmpty { line += " [\(counts.joined(separator: ", "))]" }
            lines.append(line)
            return .skipChildren
        case .clause, .point, .item:
            return .skipChildren
        }
        return .children
    }

    static func heading(_ word: String, _ number: String?, _ title: String?) -> String {
        let label = [word, number].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
        guard let title else { return label }
        return label.isEmpty ? title : "\(label). \(title)"
    }
}
