import Foundation
import VanBan
import VanBanStore

/// The editor's form and the document it edits: fields out, fields back in. The articles travel
/// as canonical text ("Điều 1. …", "1. …", "a) …", "- …") and are re-read by the importer on the
/// server, so numbers and labels are never typed by hand.
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

    /// The document with the form's fields applied; what the form does not hold is kept.
    static func apply(_ form: FormData, to original: Document) -> (Document, [Diagnostic]) {
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
        document.bases = form.lines("bases")
        document.recipients = form.lines("recipients")
        var diagnostics: [Diagnostic] = []
        if let body = form["body"] {
            let (read, found) = readBody(body, kind: document.kind)
            document.body = read
            diagnostics = found
        }
        let authority = form.text("sign_authority").flatMap(SigningAuthority.init(identifier:))
        let onBehalfOf = form.text("sign_on_behalf"), position = form.text("sign_position"), signer = form.text("sign_name")
        if authority != nil || onBehalfOf != nil || position != nil || signer != nil {
            document.signature = SignatureBlock(authority: authority, onBehalfOf: onBehalfOf, position: position, name: signer)
        } else {
            document.signature = nil
        }
        return (document, diagnostics)
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
            "bases": document.bases.joined(separator: "\n"),
            "body": bodyText(document),
            "recipients": document.recipients.joined(separator: "\n"),
            "sign_authorities": ([""] + SigningAuthority.allCases.map(\.rawValue)).map { value in
                ["value": value, "label": value.isEmpty ? "—" : value, "selected": value == (document.signature?.authority?.rawValue ?? "")] as [String: Any]
            },
            "sign_on_behalf": document.signature?.onBehalfOf ?? "",
            "sign_position": document.signature?.position ?? "",
            "sign_name": document.signature?.name ?? "",
            "kind": document.kind.name,
        ]
    }
}
