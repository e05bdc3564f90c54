import Foundation
import VanBanModel

/// Writes the canonical plain layout: one paragraph a line, blank lines between groups.
///
/// This is the text the importer reads back, so its shape is a contract: header lines, the
/// tên loại, trích yếu, căn cứ, "Điều 1. …", "Nơi nhận:", the signer, then each attachment
/// with its own header, "Chương I" / title lines, "Điều 1. Title", "1. …", "a) …", "- …".
public struct TextWriter: Sendable {
    /// Creates a writer.
    public init() {}

    /// The whole document as text, ending with a newline.
    public func write(_ document: Document) -> String {
        var lines: [String] = []
        write(DocumentLayout.layout(document), into: &lines)
        while lines.last == "" { lines.removeLast() }
        return lines.joined(separator: "\n") + "\n"
    }

    private func write(_ laidOut: LaidOutDocument, into lines: inout [String]) {
        for block in laidOut.headerLeft + laidOut.headerRight where !block.isRule { lines.append(block.text) }
        var previous: BlockRole?
        let inDecision = laidOut.document.kind == .quyetDinh
        for block in laidOut.blocks where !block.isRule {
            if startsGroup(block.role, after: previous) { lines.append("") }
            lines += canonicalLines(block, inDecision: inDecision)
            previous = block.role
        }
        if !laidOut.closingLeft.isEmpty {
            lines.append("")
            lines += laidOut.closingLeft.map(\.text)
        }
        if !laidOut.closingRight.isEmpty {
            lines.append("")
            lines += laidOut.closingRight.filter { $0.role != .signatureSpace }.map(\.text)
        }
        if !laidOut.appendixBlocks.isEmpty {
            lines.append("")
            lines += laidOut.appendixBlocks.map(\.text)
        }
        for table in laidOut.appendixTables {
            lines.append("")
            lines += table.map { "| " + $0.joined(separator: " | ") + " |" }
        }
        for attachment in laidOut.attachments {
            lines += ["", ""]
            write(attachment, into: &lines)
        }
    }

    /// The lines of a block as the importer will read them back (see `CanonicalText`): an
    /// untitled article's first sentence moves to its own line when it would read as a title,
    /// and a titled khoản is bold, as it is in print.
    private func canonicalLines(_ block: Block, inDecision: Bool) -> [String] {
        switch block.role {
        case .articleText:
            guard let label = block.runs.first?.text else { return [block.text] }
            let rest = block.runs.dropFirst().map(\.text).joined().trimmingCharacters(in: .whitespaces)
            if CanonicalText.isArticleTitle(rest, inDecision: inDecision) { return [label, rest] }
            return [block.text]
        case .clauseHeading:
            return ["**\(block.text)**"]
        default:
            return [block.text]
        }
    }

    /// A blank line before each heading and between the opening's groups keeps the text readable.
    private func startsGroup(_ role: BlockRole, after previous: BlockRole?) -> Bool {
        guard let previous else { return true }
        switch role {
        case .kindHeading, .authority, .decides, .partLabel, .chapterLabel, .sectionLabel, .articleHeading, .articleText:
            return true
        case .chapterTitle:
            return previous != .chapterLabel
        case .partTitle, .sectionTitle:
            return previous != .partLabel && previous != .sectionLabel
        case .basis, .preamble:
            return previous != .basis && previous != .preamble
        default:
            return false
        }
    }
}

extension Block {
    /// Rules are drawn, not written: plain text leaves them out.
    var isRule: Bool { role == .issuerRule || role == .mottoRule || role == .titleRule }
}
