import Foundation
import VanBan
import VanBanStore

/// The editor's form and the document it edits: fields out, fields back in. Each article travels
/// as its title and its canonical text ("1. …", "a) …", "- …", see `EditorBlocks`) and is re-read
/// by the importer on the server; numbers come from position, so none is typed by hand.
enum DocumentForm {
    /// A new, blank decision.
    static func blankDecision() -> Document {
        Document(kind: .quyetDinh, body: Body(articles: [
            Article(number: "1", paragraphs: ["Nội dung Điều 1."]),
        ]))
    }

    /// The title shown in lists.
    static func listTitle(_ document: Document) -> String {
        let title = (document.title ?? "").split(whereSeparator: \.isNewline).joined(separator: " ")
        return title.isEmpty ? document.kind.name : "\(document.kind.name) \(title)"
    }

    /// The body as canonical text.
    static func bodyText(_ document: Document) -> String {
        let text = TextWriter().write(Document(kind: document.kind, body: document.body))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let starts = ["Điều ", "Chương ", "Phần ", "Mục ", "PHẦN ", "CHƯƠNG "]
        guard let first = lines.firstIndex(where: { line in starts.contains { line.hasPrefix($0) } }) else {
            return document.body.paragraphs.joined(separator: "\n")
        }
        return lines[first...].joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The other clerk's version as the conflict shows it: the body and each attached document's body.
    static func theirText(_ document: Document) -> String {
        ([bodyText(document)] + document.attachments.map { attachment in
            [attachment.kind.heading, attachment.title ?? "", bodyText(attachment)].filter { !$0.isEmpty }.joined(separator: "\n")
        }).joined(separator: "\n\n")
    }

    /// Reads canonical body text back; the diagnostics are the importer's, about the body only.
    static func readBody(_ text: String, kind: DocumentKind) -> (Body, [Diagnostic]) {
        let result = TextReader().read(kind.heading + "\n\n" + text + "\n")
        // The heading line is ours; header complaints about the missing issuer are not the editor's.
        let own: Set<MessageCode> = [.missingHeader]
        let lineShift = 2
        let diagnostics = result.diagnostics.filter { !own.contains($0.code) }.map { diagnostic in
            var moved = diagnostic
            if let location = diagnostic.location, location.isKnown {
                moved.location = SourceLocation(file: "body", line: max(1, location.line - lineShift), column: location.column)
            }
            return moved
        }
        return (result.document.body, diagnostics)
    }

    /// The document with the form's fields applied; what the form does not hold is kept. The
    /// structure comes as one `blk` (doc:kind) per block followed by its `blk_title` and
    /// `blk_text`; the lists as one `base` / `recipient` per line (or the older one-per-line
    /// text areas `bases`, `recipients`, and the whole body as `body`). An `op` changes the
    /// structure or a list before the document is built. Empty list lines are kept here (a
    /// line just added) and dropped when saving.
    static func apply(_ form: FormData, to original: Document) throws -> (Document, [Diagnostic]) {
        let (document, diagnostics, _) = try edit(form, to: original)
        return (document, diagnostics)
    }

    /// `apply`, also answering the id of the field to focus after an `op` (the block added or
    /// moved, the list line added).
    static func edit(_ form: FormData, to original: Document) throws -> (Document, [Diagnostic], String?) {
        var document = original
        let parent = form.text("issuer_parent"), name = form.text("issuer_name"), abbreviation = form.text("issuer_abbreviation")
        if parent != nil || name != nil || abbreviation != nil {
            document.issuer = IssuingBody(parent: parent, name: name ?? "", abbreviation: abbreviation)
        } else {
            document.issuer = nil
        }
        document.symbol = form.text("symbol")
        document.place = form.text("place")
        document.title = form.text("title")
        document.issuingAuthority = form.text("authority")
        var bases = form["bases"] != nil ? form.lines("bases") : form.has("lists") ? form.all("base").map(Self.trimmed) : original.bases
        var recipients = form["recipients"] != nil ? form.lines("recipients") : form.has("lists") ? form.all("recipient").map(Self.trimmed) : original.recipients
        for index in document.attachments.indices {
            if form.has("a\(index + 1)_title") { document.attachments[index].title = form.text("a\(index + 1)_title") }
        }
        let documents = EditorBlocks.documents(document)
        var blocks = form.has("structure") ? try Self.blocks(form, documents: documents.count) : EditorBlocks.blocks(of: original)
        var focus: String?
        if let op = form["op"] {
            switch try EditorOperation(op).apply(blocks: &blocks, bases: &bases, recipients: &recipients, documents: documents) {
            case let .block(index):
                let numbered = EditorBlocks.numbered(blocks, documents: documents)
                if numbered.indices.contains(index) {
                    focus = "f-" + numbered[index].id + (numbered[index].block.kind == .article ? "-title" : "")
                }
            case let .line(name, line): focus = "f-\(name.rawValue)-\(line)"
            case nil: break
            }
        }
        document.bases = bases
        document.recipients = recipients
        var diagnostics: [Diagnostic] = []
        if let body = form["body"] {
            let (read, found) = readBody(body, kind: document.kind)
            document.body = read
            diagnostics = found
        } else if form.has("structure") || form["op"] != nil {
            let numbered = EditorBlocks.numbered(blocks, documents: documents)
            let (main, found) = EditorBlocks.body(numbered, doc: 0, original: documents[0])
            document.body = main
            diagnostics = found
            for index in document.attachments.indices {
                let (body, more) = EditorBlocks.body(numbered, doc: index + 1, original: documents[index + 1])
                document.attachments[index].body = body
                diagnostics += more
            }
        }
        let authority = form.text("sign_authority").flatMap(SigningAuthority.init(identifier:))
        let onBehalfOf = form.text("sign_on_behalf"), position = form.text("sign_position"), signer = form.text("sign_name")
        if authority != nil || onBehalfOf != nil || position != nil || signer != nil {
            document.signature = SignatureBlock(authority: authority, onBehalfOf: onBehalfOf, position: position, name: signer)
        } else {
            document.signature = nil
        }
        return (document, diagnostics, focus)
    }

    /// The document as it is stored: blank list lines dropped.
    static func forSaving(_ document: Document) -> Document {
        var document = document
        document.bases = document.bases.filter { !$0.isEmpty }
        document.recipients = document.recipients.filter { !$0.isEmpty }
        return document
    }

    private static func trimmed(_ text: String) -> String { text.trimmingCharacters(in: .whitespacesAndNewlines) }

    /// The most parts one form may carry: far above any regulation (a code has a few hundred
    /// articles), far below what would keep the server re-reading text for long.
    static let maxBlocks = 2_000

    /// The blocks a form carries, in body order; a block of an unknown kind or document is
    /// dropped; more than `maxBlocks` is refused (VB811).
    static func blocks(_ form: FormData, documents: Int) throws -> [EditorBlock] {
        let count = form.pairs.lazy.filter { $0.0 == "blk" }.count
        guard count <= maxBlocks else { throw WorkbenchFailure(.badRequest, .badForm(field: "blk", detail: "\(count) > \(maxBlocks)")) }
        var blocks: [EditorBlock] = []
        var current: EditorBlock?
        for (name, value) in form.pairs {
            switch name {
            case "blk":
                if let open = current { blocks.append(open) }
                current = nil
                let parts = value.split(separator: ":", maxSplits: 1).map(String.init)
                if parts.count == 2, let doc = Int(parts[0]), (0..<documents).contains(doc), let kind = EditorBlock.Kind(rawValue: parts[1]) {
                    current = EditorBlock(kind: kind, doc: doc, title: "")
                }
            case "blk_title": current?.title = value
            case "blk_text": current?.text = value
            default: break
            }
        }
        if let open = current { blocks.append(open) }
        // Blocks must stay grouped by document, in document order.
        return blocks.enumerated().sorted { ($0.element.doc, $0.offset) < ($1.element.doc, $1.offset) }.map(\.element)
    }

    /// The fields of the editor, for the page template.
    static func fields(_ document: Document) -> [String: Any] {
        [
            "issuer_parent": document.issuer?.parent ?? "",
            "issuer_name": document.issuer?.name ?? "",
            "issuer_abbreviation": document.issuer?.abbreviation ?? "",
            "symbol": document.symbol ?? "",
            "place": document.place ?? "",
            "title": document.title ?? "",
            "authority": document.issuingAuthority ?? "",
            "bases": list(document.bases, name: "base"),
            "recipients": list(document.recipients, name: "recipient"),
            "sign_authorities": ([""] + SigningAuthority.allCases.map(\.rawValue)).map { value in
                ["value": value, "label": value.isEmpty ? "—" : value, "selected": value == (document.signature?.authority?.rawValue ?? "")] as [String: Any]
            },
            "sign_on_behalf": document.signature?.onBehalfOf ?? "",
            "sign_position": document.signature?.position ?? "",
            "sign_name": document.signature?.name ?? "",
            "kind": document.kind.name,
        ]
    }

    /// A list's lines for the template, each with its 1-based position and field id.
    static func list(_ lines: [String], name: String) -> [[String: Any]] {
        lines.enumerated().map { index, line in
            ["n": index + 1, "value": line, "id": "f-\(name)-\(index + 1)", "first": index == 0, "last": index == lines.count - 1]
        }
    }
}
