import Foundation
import VanBan

/// The editor page's values: the fields, the blocks of each document, the outline, and every
/// diagnostic placed beside the field it concerns (its location's file is the field id) and in
/// the list at the top that links to that field.
enum EditorPage {
    /// The fields whose problems the template shows beside them (`p_title` for "f-title").
    static let simpleFields = ["title", "symbol", "place", "authority", "issuer_name", "issuer_parent", "issuer_abbreviation",
                               "bases", "recipients", "signature", "sign_name", "sign_position", "sign_authority"]

    /// The values for `editor.mustache`; `diagnostics` are the field-bound ones (file "f-…").
    static func values(_ document: Document, diagnostics: [Diagnostic], focus: String? = nil, language: Language,
                       message: (Diagnostic) -> [String: Any]) -> [String: Any] {
        var values = DocumentForm.fields(document)
        var byField: [String: [[String: Any]]] = [:]
        for diagnostic in diagnostics {
            byField[diagnostic.location?.file ?? "", default: []].append(message(diagnostic))
        }
        for field in simpleFields { values["p_" + field] = byField["f-" + field] ?? [] }
        values["bases"] = rows(document.bases, name: "base", label: PageLabel.bases.text(in: language), byField: byField, focus: focus)
        values["recipients"] = rows(document.recipients, name: "recipient", label: PageLabel.recipients.text(in: language), byField: byField, focus: focus)
        values["basesCount"] = document.bases.count
        values["recipientsCount"] = document.recipients.count
        let documents = EditorBlocks.documents(document)
        let numbered = EditorBlocks.numbered(EditorBlocks.blocks(of: document), documents: documents)
        values["docs"] = documents.enumerated().map { index, part -> [String: Any] in
            let blocks = numbered.filter { $0.block.doc == index }.map { block -> [String: Any] in
                let lines = block.block.text.split(separator: "\n", omittingEmptySubsequences: false).count
                return ["id": block.id, "anchor": block.anchor, "label": block.label, "title": block.block.title, "text": block.block.text,
                        "blk": "\(index):\(block.block.kind.rawValue)", "kindClass": block.block.kind.rawValue,
                        "isArticle": block.block.kind == .article, "rows": min(max(lines + 1, 3), 30),
                        "outlineTitle": outlineTitle(block.block),
                        "autofocus": focus == "f-" + block.id || focus == "f-" + block.id + "-title",
                        "problems": (byField["f-" + block.id] ?? []) + (byField["f-" + block.id + "-title"] ?? [])]
            }
            return ["doc": index, "name": part.kind.name, "isAttachment": index > 0, "titleField": "a\(index)_title",
                    "title": part.title ?? "", "titleProblems": byField["f-a\(index)_title"] ?? [], "blocks": blocks]
        }
        return values
    }

    /// The rows of a list, each with the problems of its line.
    static func rows(_ lines: [String], name: String, label: String, byField: [String: [[String: Any]]], focus: String?) -> [[String: Any]] {
        DocumentForm.list(lines, name: name).map { row in
            var row = row
            row["name"] = name
            row["label"] = label
            row["problems"] = byField[row["id"] as? String ?? ""] ?? []
            row["autofocus"] = focus != nil && row["id"] as? String == focus
            return row
        }
    }

    /// What the outline shows after the label: the title, else the start of an untitled article's text.
    static func outlineTitle(_ block: EditorBlock) -> String {
        if !block.title.isEmpty { return block.title }
        let first = block.text.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
        return first.count > 48 ? String(first.prefix(47)) + "…" : first
    }
}
