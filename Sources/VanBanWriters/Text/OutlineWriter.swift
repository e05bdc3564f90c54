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
        let body = document.body
        body.articles.forEach { article($0, depth + 1, &lines) }
        body.sections.forEach { section($0, depth + 1, &lines) }
        body.chapters.forEach { chapter($0, depth + 1, &lines) }
        for part in body.parts {
            lines.append(indent(depth + 1) + heading("Phần", part.number.map(RomanNumeral.string), part.title))
            part.articles.forEach { article($0, depth + 2, &lines) }
            part.chapters.forEach { chapter($0, depth + 2, &lines) }
        }
        for appendix in document.appendices {
            lines.append(indent(depth + 1) + [appendix.label, appendix.title].compactMap { $0 }.joined(separator: ". "))
        }
        for attachment in document.attachments { write(attachment, depth: depth + 1, into: &lines) }
    }

    private func chapter(_ chapter: Chapter, _ depth: Int, _ lines: inout [String]) {
        lines.append(indent(depth) + heading(chapter.number == nil ? "" : "Chương", chapter.number.map(RomanNumeral.string), chapter.title))
        chapter.articles.forEach { article($0, depth + 1, &lines) }
        chapter.sections.forEach { section($0, depth + 1, &lines) }
    }

    private func section(_ section: Section, _ depth: Int, _ lines: inout [String]) {
        lines.append(indent(depth) + heading("Mục", section.number.map(String.init), section.title))
        section.articles.forEach { article($0, depth + 1, &lines) }
    }

    private func article(_ article: Article, _ depth: Int, _ lines: inout [String]) {
        var line = indent(depth) + article.label
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
    }

    private func heading(_ word: String, _ number: String?, _ title: String?) -> String {
        let label = [word, number].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
        guard let title else { return label }
        return label.isEmpty ? title : "\(label). \(title)"
    }

    private func indent(_ depth: Int) -> String { String(repeating: "  ", count: depth) }
}
