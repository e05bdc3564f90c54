import Foundation
import VanBanModel

/// Turns a located data tree into a `Document`, reporting every problem with its field path.
enum DocumentDecoding {
    static func document(_ node: DataNode, _ path: String, _ context: DecodeContext) -> Document? {
        guard var fields = MappingReader(node, path: path, context: context) else { return nil }
        if fields.node("kind") == nil {
            context.error(.missingField, [path.isEmpty ? "document" : path, "kind"], at: fields.location)
        }
        let kind = Self.kind(&fields) ?? .quyetDinh
        var document = Document(kind: kind, location: fields.location)
        document.issuer = fields.object("issuer", issuer)
        document.number = fields.integer("number")
        document.symbol = fields.line("symbol")
        document.place = fields.line("place")
        document.date = Self.date(&fields)
        document.year = fields.integer("year")
        document.title = fields.string("title")
        document.authority = fields.string("authority")
        document.bases = fields.strings("bases")
        document.preamble = fields.strings("preamble")
        document.body = Body(
            paragraphs: fields.strings("paragraphs"),
            parts: fields.list("parts", part),
            chapters: fields.list("chapters", chapter),
            sections: fields.list("sections", section),
            articles: fields.list("articles", article))
        document.recipients = fields.strings("recipients")
        document.signature = fields.object("signature", signature)
        document.attachments = fields.list("attachments", Self.document)
        document.appendices = fields.list("appendices", appendix)
        document.roles = fields.list("roles", role)
        document.issuedWith = fields.object("issued_with", reference)
        fields.finish()
        return document
    }

    /// The `kind` field: an id, abbreviation or name; reported when unknown.
    static func kind(_ fields: inout MappingReader) -> DocumentKind? {
        guard let node = fields.node("kind") else { return nil }
        guard let text = MappingReader.text(node, path: fields.childPath("kind"), context: fields.context) else {
            // `kind: ""` must not quietly become a Quyết định.
            if case .scalar = node { fields.context.error(.unknownKind, [fields.childPath("kind"), ""], at: node.location) }
            return nil
        }
        if let kind = DocumentKind(identifier: text) { return kind }
        fields.context.error(.unknownKind, [fields.childPath("kind"), text], at: node.location)
        return nil
    }

    /// The `date` field in ISO form; reported when it is not a real date.
    static func date(_ fields: inout MappingReader) -> CivilDate? {
        guard let node = fields.node("date"), let text = MappingReader.text(node, path: fields.childPath("date"), context: fields.context) else { return nil }
        if let date = CivilDate(iso: text) { return date }
        fields.context.error(.notADate, [fields.childPath("date"), text], at: node.location)
        return nil
    }

    static func reference(_ node: DataNode, _ path: String, _ context: DecodeContext) -> DocumentReference? {
        guard var fields = MappingReader(node, path: path, context: context) else { return nil }
        defer { fields.finish() }
        var reference = DocumentReference(kind: kind(&fields) ?? .quyetDinh)
        reference.number = fields.integer("number")
        reference.symbol = fields.line("symbol")
        reference.date = date(&fields)
        reference.issuedBy = fields.string("by")
        return reference
    }

    static func issuer(_ node: DataNode, _ path: String, _ context: DecodeContext) -> IssuingBody? {
        guard var fields = MappingReader(node, path: path, context: context) else { return nil }
        defer { fields.finish() }
        let parent = fields.line("parent")
        let abbreviation = fields.line("abbreviation")
        guard let name = fields.requiredString("name") else { return nil }
        return IssuingBody(parent: parent, name: name, abbreviation: abbreviation)
    }

    static func signature(_ node: DataNode, _ path: String, _ context: DecodeContext) -> SignatureBlock? {
        guard var fields = MappingReader(node, path: path, context: context) else { return nil }
        defer { fields.finish() }
        var block = SignatureBlock()
        if let authorityNode = fields.node("authority"),
           let text = MappingReader.text(authorityNode, path: fields.childPath("authority"), context: context) {
            block.authority = SigningAuthority(identifier: text)
            if block.authority == nil {
                context.error(.unknownAuthority, [fields.childPath("authority"), text], at: authorityNode.location)
            }
        }
        block.onBehalfOf = fields.line("on_behalf_of")
        block.position = fields.line("position")
        block.name = fields.line("name")
        return block
    }

    /// A heading number: digits, or a Roman numeral for Phần and Chương.
    static func headingNumber(_ fields: inout MappingReader, allowRoman: Bool) -> Int? {
        guard let node = fields.node("number") else { return nil }
        guard case let .scalar(text, _, location) = node else {
            fields.context.wrongType(fields.childPath("number"), expected: "a number", found: node)
            return nil
        }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let value = Int(trimmed), value > 0 { return value }
        if allowRoman, let value = RomanNumeral.parse(trimmed) { return value }
        fields.context.error(.notAnInteger, [fields.childPath("number"), text], at: location)
        return nil
    }

    static func part(_ node: DataNode, _ path: String, _ context: DecodeContext) -> Part? {
        guard var fields = MappingReader(node, path: path, context: context) else { return nil }
        defer { fields.finish() }
        return Part(
            number: headingNumber(&fields, allowRoman: true), title: fields.string("title"),
            paragraphs: fields.strings("paragraphs"), chapters: fields.list("chapters", chapter),
            articles: fields.list("articles", article), location: fields.location)
    }

    static func chapter(_ node: DataNode, _ path: String, _ context: DecodeContext) -> Chapter? {
        guard var fields = MappingReader(node, path: path, context: context) else { return nil }
        defer { fields.finish() }
        return Chapter(
            number: headingNumber(&fields, allowRoman: true), title: fields.string("title"),
            paragraphs: fields.strings("paragraphs"), sections: fields.list("sections", section),
            articles: fields.list("articles", article), location: fields.location)
    }

    static func section(_ node: DataNode, _ path: String, _ context: DecodeContext) -> Section? {
        guard var fields = MappingReader(node, path: path, context: context) else { return nil }
        defer { fields.finish() }
        return Section(
            number: headingNumber(&fields, allowRoman: false), title: fields.string("title"),
            paragraphs: fields.strings("paragraphs"), articles: fields.list("articles", article),
            location: fields.location)
    }

    static func article(_ node: DataNode, _ path: String, _ context: DecodeContext) -> Article? {
        guard var fields = MappingReader(node, path: path, context: context) else { return nil }
        defer { fields.finish() }
        let number = fields.requiredString("number") ?? "?"
        return Article(
            number: number, title: fields.string("title"), paragraphs: fields.strings("paragraphs"),
            points: fields.list("points", point), items: fields.list("items", item),
            clauses: fields.list("clauses", clause), roles: fields.strings("roles"), location: fields.location)
    }

    static func clause(_ node: DataNode, _ path: String, _ context: DecodeContext) -> Clause? {
        guard var fields = MappingReader(node, path: path, context: context) else { return nil }
        defer { fields.finish() }
        let number = fields.requiredString("number") ?? "?"
        return Clause(
            number: number, title: fields.string("title"), text: fields.string("text"),
            paragraphs: fields.strings("paragraphs"), points: fields.list("points", point),
            items: fields.list("items", item), location: fields.location)
    }

    static func point(_ node: DataNode, _ path: String, _ context: DecodeContext) -> Point? {
        guard var fields = MappingReader(node, path: path, context: context) else { return nil }
        defer { fields.finish() }
        let label = fields.requiredString("label") ?? "?"
        return Point(
            label: label, text: fields.string("text") ?? "", paragraphs: fields.strings("paragraphs"),
            items: fields.list("items", item), location: fields.location)
    }

    /// A bullet: a plain text, or `{text, items}` when it has second-level bullets.
    static func item(_ node: DataNode, _ path: String, _ context: DecodeContext) -> Item? {
        if case .scalar = node {
            return MappingReader.text(node, path: path, context: context).map { Item($0) }
        }
        if MappingReader.colonText(node) != nil, case let .mapping(entries, _) = node, entries[0].key != "text" {
            return MappingReader.text(node, path: path, context: context, listEntry: true).map { Item($0) }
        }
        guard var fields = MappingReader(node, path: path, context: context) else { return nil }
        defer { fields.finish() }
        let text = fields.requiredString("text") ?? ""
        return Item(text, items: fields.list("items", item))
    }

    static func role(_ node: DataNode, _ path: String, _ context: DecodeContext) -> Role? {
        guard var fields = MappingReader(node, path: path, context: context) else { return nil }
        defer { fields.finish() }
        guard let id = fields.requiredString("id") else { return nil }
        return Role(id: id, title: fields.string("title") ?? id, holders: fields.strings("holders"))
    }

    static func appendix(_ node: DataNode, _ path: String, _ context: DecodeContext) -> Appendix? {
        guard var fields = MappingReader(node, path: path, context: context) else { return nil }
        defer { fields.finish() }
        return Appendix(label: fields.string("label"), title: fields.string("title"), lines: fields.strings("lines"))
    }
}
