import VanBanModel

/// Turns a `Document` into an ordered data value; empty fields are left out so files stay short.
enum DocumentEncoding {
    /// An object's entries in order, keyed by the node type's key table.
    private struct Fields<Key: DataKey> {
        var entries: [(String, DataValue)] = []

        mutating func add(_ key: Key, _ text: String?) {
            if let text, !text.isEmpty { entries.append((key.rawValue, .string(text))) }
        }

        mutating func add(_ key: Key, _ number: Int?) {
            if let number { entries.append((key.rawValue, .integer(number))) }
        }

        mutating func add(_ key: Key, _ texts: [String]) {
            if !texts.isEmpty { entries.append((key.rawValue, .list(texts.map(DataValue.string)))) }
        }

        mutating func add<T>(_ key: Key, _ values: [T], _ encode: (T) -> DataValue) {
            if !values.isEmpty { entries.append((key.rawValue, .list(values.map(encode)))) }
        }

        mutating func add(_ key: Key, _ value: DataValue?) {
            if let value { entries.append((key.rawValue, value)) }
        }

        var value: DataValue { .object(entries) }
    }

    /// Article and clause numbers are written as numbers when they are plain digits ("5"), text otherwise ("39a").
    private static func label(_ text: String) -> DataValue {
        if let number = Int(text), String(number) == text { return .integer(number) }
        return .string(text)
    }

    static func document(_ document: Document) -> DataValue {
        var fields = Fields<DocumentKey>()
        fields.add(.kind, document.kind.rawValue)
        fields.add(.issuer, document.issuer.map(issuer))
        fields.add(.number, document.number)
        fields.add(.symbol, document.symbol)
        fields.add(.place, document.place)
        fields.add(.date, document.date?.iso)
        fields.add(.year, document.draftYear)
        fields.add(.title, document.title)
        fields.add(.authority, document.issuingAuthority)
        fields.add(.bases, document.bases)
        fields.add(.preamble, document.preamble)
        fields.add(.paragraphs, document.body.paragraphs)
        fields.add(.parts, document.body.parts, part)
        fields.add(.chapters, document.body.chapters, chapter)
        fields.add(.sections, document.body.sections, section)
        fields.add(.articles, document.body.articles, article)
        fields.add(.recipients, document.recipients)
        fields.add(.signature, document.signature.map(signature))
        fields.add(.attachments, document.attachments, Self.document)
        fields.add(.appendices, document.appendices, appendix)
        fields.add(.roles, document.roles, role)
        fields.add(.issuedWith, document.issuedWith.map(reference))
        fields.add(.inferred, document.inferred)
        fields.add(.unplaced, document.unplaced, unplaced)
        return fields.value
    }

    static func unplaced(_ text: UnplacedText) -> DataValue {
        var fields = Fields<UnplacedKey>()
        fields.add(.line, text.line)
        fields.add(.text, text.text)
        return fields.value
    }

    static func reference(_ reference: DocumentReference) -> DataValue {
        var fields = Fields<ReferenceKey>()
        fields.add(.kind, reference.kind.rawValue)
        fields.add(.number, reference.number)
        fields.add(.symbol, reference.symbol)
        fields.add(.date, reference.date?.iso)
        fields.add(.by, reference.issuedBy)
        return fields.value
    }

    static func issuer(_ issuer: IssuingBody) -> DataValue {
        var fields = Fields<IssuerKey>()
        fields.add(.parent, issuer.parent)
        fields.add(.name, issuer.name)
        fields.add(.abbreviation, issuer.abbreviation)
        return fields.value
    }

    static func signature(_ block: SignatureBlock) -> DataValue {
        var fields = Fields<SignatureKey>()
        fields.add(.authority, block.authority?.rawValue)
        fields.add(.onBehalfOf, block.onBehalfOf)
        fields.add(.position, block.position)
        fields.add(.name, block.name)
        return fields.value
    }

    static func part(_ part: Part) -> DataValue {
        var fields = Fields<PartKey>()
        fields.add(.number, part.number)
        fields.add(.title, part.title)
        fields.add(.paragraphs, part.paragraphs)
        fields.add(.chapters, part.chapters, chapter)
        fields.add(.articles, part.articles, article)
        return fields.value
    }

    static func chapter(_ chapter: Chapter) -> DataValue {
        var fields = Fields<ChapterKey>()
        fields.add(.number, chapter.number)
        fields.add(.title, chapter.title)
        fields.add(.paragraphs, chapter.paragraphs)
        fields.add(.sections, chapter.sections, section)
        fields.add(.articles, chapter.articles, article)
        return fields.value
    }

    static func section(_ section: Section) -> DataValue {
        var fields = Fields<SectionKey>()
        fields.add(.number, section.number)
        fields.add(.title, section.title)
        fields.add(.paragraphs, section.paragraphs)
        fields.add(.articles, section.articles, article)
        return fields.value
    }

    static func article(_ article: Article) -> DataValue {
        var fields = Fields<ArticleKey>()
        fields.add(.number, label(article.number))
        fields.add(.title, article.title)
        fields.add(.roles, article.roles)
        fields.add(.paragraphs, article.paragraphs)
        fields.add(.points, article.points, point)
        fields.add(.items, article.items, item)
        fields.add(.clauses, article.clauses, clause)
        return fields.value
    }

    static func clause(_ clause: Clause) -> DataValue {
        var fields = Fields<ClauseKey>()
        fields.add(.number, label(clause.number))
        fields.add(.title, clause.title)
        fields.add(.text, clause.text)
        fields.add(.roles, clause.roles)
        fields.add(.paragraphs, clause.paragraphs)
        fields.add(.points, clause.points, point)
        fields.add(.items, clause.items, item)
        return fields.value
    }

    static func point(_ point: Point) -> DataValue {
        var fields = Fields<PointKey>()
        fields.add(.label, point.letter)
        fields.add(.text, point.text)
        fields.add(.paragraphs, point.paragraphs)
        fields.add(.items, point.items, item)
        return fields.value
    }

    static func item(_ item: Item) -> DataValue {
        guard !item.items.isEmpty else { return .string(item.text) }
        var fields = Fields<ItemKey>()
        fields.add(.text, item.text)
        fields.add(.items, item.items, Self.item)
        return fields.value
    }

    static func role(_ role: Role) -> DataValue {
        var fields = Fields<RoleKey>()
        fields.add(.id, role.id)
        fields.add(.title, role.title)
        fields.add(.holders, role.holders)
        fields.add(.units, role.units, roleUnit)
        return fields.value
    }

    static func roleUnit(_ unit: RoleUnit) -> DataValue {
        var fields = Fields<RoleUnitKey>()
        fields.add(.unit, unit.path.anchor)
        fields.add(.foundBy, unit.foundBy.rawValue)
        return fields.value
    }

    static func appendix(_ appendix: Appendix) -> DataValue {
        var fields = Fields<AppendixKey>()
        fields.add(.label, appendix.label)
        fields.add(.title, appendix.title)
        fields.add(.lines, appendix.lines)
        fields.add(.rows, appendix.rows) { .list($0.map(DataValue.string)) }
        return fields.value
    }
}
