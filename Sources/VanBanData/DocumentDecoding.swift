import Foundation
import VanBanModel

/// Turns a located data tree into a `Document`, reporting every problem with its field path.
enum DocumentDecoding {
    static func document(_ node: DataNode, _ path: String, _ context: DecodeContext) -> Document? {
        guard var fields = MappingReader<DocumentKey>(node, path: path, context: context) else { return nil }
        if fields.node(.kind) == nil {
            context.report(.missingField(in: path.isEmpty ? "document" : path, field: DocumentKey.kind.rawValue), at: fields.location)
        }
        let kind = Self.kind(&fields, .kind) ?? .quyetDinh
        var document = Document(kind: kind, location: fields.location)
        document.issuer = fields.object(.issuer, issuer)
        document.number = fields.integer(.number)
        document.symbol = fields.line(.symbol)
        document.place = fields.line(.place)
        document.date = Self.date(&fields, .date)
        document.draftYear = fields.integer(.year)
        document.title = fields.string(.title)
        document.issuingAuthority = fields.string(.authority)
        document.bases = fields.strings(.bases)
        document.preamble = fields.strings(.preamble)
        document.body = Body(
            paragraphs: fields.strings(.paragraphs),
            parts: fields.list(.parts, part),
            chapters: fields.list(.chapters, chapter),
            sections: fields.list(.sections, section),
            articles: fields.list(.articles, article))
        document.recipients = fields.strings(.recipients)
        document.signature = fields.object(.signature, signature)
        document.attachments = fields.list(.attachments, Self.document)
        document.appendices = fields.list(.appendices, appendix)
        document.roles = fields.list(.roles, role)
        document.issuedWith = fields.object(.issuedWith, reference)
        document.inferred = fields.strings(.inferred)
        document.unplaced = fields.list(.unplaced, unplaced)
        fields.finish()
        return document
    }

    /// The `kind` field: an id, abbreviation or name; reported when unknown.
    static func kind<Key: DataKey>(_ fields: inout MappingReader<Key>, _ key: Key) -> DocumentKind? {
        guard let node = fields.node(key) else { return nil }
        guard let text = DataText.text(node, path: fields.childPath(key), context: fields.context) else {
            // `kind: ""` must not quietly become a Quyết định.
            if case .scalar = node { fields.context.report(.unknownKind(field: fields.childPath(key), value: ""), at: node.location) }
            return nil
        }
        if let kind = DocumentKind(identifier: text) { return kind }
        fields.context.report(.unknownKind(field: fields.childPath(key), value: text), at: node.location)
        return nil
    }

    /// The `date` field in ISO form; reported when it is not a real date.
    static func date<Key: DataKey>(_ fields: inout MappingReader<Key>, _ key: Key) -> CivilDate? {
        guard let node = fields.node(key), let text = DataText.text(node, path: fields.childPath(key), context: fields.context) else { return nil }
        if let date = CivilDate(iso: text) { return date }
        fields.context.report(.notADate(field: fields.childPath(key), value: text), at: node.location)
        return nil
    }

    static func unplaced(_ node: DataNode, _ path: String, _ context: DecodeContext) -> UnplacedText? {
        guard var fields = MappingReader<UnplacedKey>(node, path: path, context: context) else { return nil }
        defer { fields.finish() }
        let line = fields.integer(.line)
        guard let text = fields.requiredString(.text) else { return nil }
        return UnplacedText(text, line: line)
    }

    static func reference(_ node: DataNode, _ path: String, _ context: DecodeContext) -> DocumentReference? {
        guard var fields = MappingReader<ReferenceKey>(node, path: path, context: context) else { return nil }
        defer { fields.finish() }
        var reference = DocumentReference(kind: kind(&fields, .kind) ?? .quyetDinh)
        reference.number = fields.integer(.number)
        reference.symbol = fields.line(.symbol)
        reference.date = date(&fields, .date)
        reference.issuedBy = fields.string(.by)
        return reference
    }

    static func issuer(_ node: DataNode, _ path: String, _ context: DecodeContext) -> IssuingBody? {
        guard var fields = MappingReader<IssuerKey>(node, path: path, context: context) else { return nil }
        defer { fields.finish() }
        let parent = fields.line(.parent)
        let abbreviation = fields.line(.abbreviation)
        guard let name = fields.requiredString(.name) else { return nil }
        return IssuingBody(parent: parent, name: name, abbreviation: abbreviation)
    }

    static func signature(_ node: DataNode, _ path: String, _ context: DecodeContext) -> SignatureBlock? {
        guard var fields = MappingReader<SignatureKey>(node, path: path, context: context) else { return nil }
        defer { fields.finish() }
        var block = SignatureBlock()
        if let authorityNode = fields.node(.authority),
           let text = DataText.text(authorityNode, path: fields.childPath(.authority), context: context) {
            block.authority = SigningAuthority(identifier: text)
            if block.authority == nil {
                context.report(.unknownAuthority(field: fields.childPath(.authority), value: text), at: authorityNode.location)
            }
        }
        block.onBehalfOf = fields.line(.onBehalfOf)
        block.position = fields.line(.position)
        block.name = fields.line(.name)
        return block
    }

    /// A heading number: digits, or a Roman numeral for Phần and Chương.
    static func headingNumber<Key: DataKey>(_ fields: inout MappingReader<Key>, _ key: Key, allowRoman: Bool) -> Int? {
        guard let node = fields.node(key) else { return nil }
        guard case let .scalar(text, _, location) = node else {
            fields.context.wrongType(fields.childPath(key), expected: .number, found: node)
            return nil
        }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let value = Int(trimmed), value > 0 { return value }
        if allowRoman, let value = RomanNumeral.parse(trimmed) { return value }
        fields.context.report(.notAnInteger(field: fields.childPath(key), value: text), at: location)
        return nil
    }

    static func part(_ node: DataNode, _ path: String, _ context: DecodeContext) -> Part? {
        guard var fields = MappingReader<PartKey>(node, path: path, context: context) else { return nil }
        defer { fields.finish() }
        return Part(
            number: headingNumber(&fields, .number, allowRoman: true), title: fields.string(.title),
            paragraphs: fields.strings(.paragraphs), chapters: fields.list(.chapters, chapter),
            articles: fields.list(.articles, article), location: fields.location)
    }

    static func chapter(_ node: DataNode, _ path: String, _ context: DecodeContext) -> Chapter? {
        guard var fields = MappingReader<ChapterKey>(node, path: path, context: context) else { return nil }
        defer { fields.finish() }
        return Chapter(
            number: headingNumber(&fields, .number, allowRoman: true), title: fields.string(.title),
            paragraphs: fields.strings(.paragraphs), sections: fields.list(.sections, section),
            articles: fields.list(.articles, article), location: fields.location)
    }

    static func section(_ node: DataNode, _ path: String, _ context: DecodeContext) -> Section? {
        guard var fields = MappingReader<SectionKey>(node, path: path, context: context) else { return nil }
        defer { fields.finish() }
        return Section(
            number: headingNumber(&fields, .number, allowRoman: false), title: fields.string(.title),
            paragraphs: fields.strings(.paragraphs), articles: fields.list(.articles, article),
            location: fields.location)
    }

    static func article(_ node: DataNode, _ path: String, _ context: DecodeContext) -> Article? {
        guard var fields = MappingReader<ArticleKey>(node, path: path, context: context) else { return nil }
        defer { fields.finish() }
        let number = fields.requiredString(.number) ?? "?"
        return Article(
            number: number, title: fields.string(.title), paragraphs: fields.strings(.paragraphs),
            points: fields.list(.points, point), items: fields.list(.items, item),
            clauses: fields.list(.clauses, clause), roles: fields.strings(.roles), location: fields.location)
    }

    static func clause(_ node: DataNode, _ path: String, _ context: DecodeContext) -> Clause? {
        guard var fields = MappingReader<ClauseKey>(node, path: path, context: context) else { return nil }
        defer { fields.finish() }
        let number = fields.requiredString(.number) ?? "?"
        return Clause(
            number: number, title: fields.string(.title), text: fields.string(.text),
            paragraphs: fields.strings(.paragraphs), points: fields.list(.points, point),
            items: fields.list(.items, item), roles: fields.strings(.roles), location: fields.location)
    }

    static func point(_ node: DataNode, _ path: String, _ context: DecodeContext) -> Point? {
        guard var fields = MappingReader<PointKey>(node, path: path, context: context) else { return nil }
        defer { fields.finish() }
        let label = fields.requiredString(.label) ?? "?"
        return Point(
            letter: label, text: fields.string(.text) ?? "", paragraphs: fields.strings(.paragraphs),
            items: fields.list(.items, item), location: fields.location)
    }

    /// A bullet: a plain text, or `{text, items}` when it has second-level bullets.
    static func item(_ node: DataNode, _ path: String, _ context: DecodeContext) -> Item? {
        if case .scalar = node {
            return DataText.text(node, path: path, context: context, listEntry: true).map { Item($0) }
        }
        if DataText.colonText(node) != nil, case let .mapping(entries, _) = node, entries[0].key != "text" {
            return DataText.text(node, path: path, context: context).map { Item($0) }
        }
        guard var fields = MappingReader<ItemKey>(node, path: path, context: context) else { return nil }
        defer { fields.finish() }
        let text = fields.requiredString(.text) ?? ""
        return Item(text, items: fields.list(.items, item))
    }

    static func role(_ node: DataNode, _ path: String, _ context: DecodeContext) -> Role? {
        guard var fields = MappingReader<RoleKey>(node, path: path, context: context) else { return nil }
        defer { fields.finish() }
        guard let id = fields.requiredString(.id) else { return nil }
        return Role(id: id, title: fields.string(.title) ?? id, holders: fields.strings(.holders), units: fields.list(.units, roleUnit))
    }

    /// `{unit: qc-1-dieu-11-khoan-2, found_by: subject}`: the unit by its anchor id.
    static func roleUnit(_ node: DataNode, _ path: String, _ context: DecodeContext) -> RoleUnit? {
        guard var fields = MappingReader<RoleUnitKey>(node, path: path, context: context) else { return nil }
        defer { fields.finish() }
        guard let anchor = fields.requiredString(.unit) else { return nil }
        guard let unitPath = UnitPath(anchor: anchor) else {
            context.report(.notAUnit(field: fields.childPath(.unit), value: anchor), at: fields.location)
            return nil
        }
        let source = fields.string(.foundBy).flatMap(RoleSource.init(rawValue:)) ?? .explicit
        return RoleUnit(path: unitPath, foundBy: source)
    }

    static func appendix(_ node: DataNode, _ path: String, _ context: DecodeContext) -> Appendix? {
        guard var fields = MappingReader<AppendixKey>(node, path: path, context: context) else { return nil }
        defer { fields.finish() }
        return Appendix(label: fields.string(.label), title: fields.string(.title), lines: fields.strings(.lines),
                        rows: fields.list(.rows) { node, path, context in
                            guard case let .sequence(cells, _) = node else {
                                context.wrongType(path, expected: .listOfTexts, found: node)
                                return nil
                            }
                            return cells.enumerated().map { DataText.text($1, path: "\(path)[\($0)]", context: context) ?? "" }
                        })
    }
}
