import VanBanModel

/// The number line (số, ký hiệu), the date, the trích yếu and look-alike letters in the header.
enum HeaderRules {
    static let rules: [Rule] = [
        Rule(.symbolSpacing, .error, clause: "PL1 II.3.c", example: .symbolSpacing(written: "257 / QĐ - MNTT", expected: "257/QĐ-MNTT"),
             check: { spacing($0) + typedSpacing($0) }, fix: mendSpacing),
        Rule(.symbolCV, .error, clause: "PL3 I", example: .symbolCV(symbol: "CV-MNTT"), check: cv),
        Rule(.letterKindAbbreviation, .warning, clause: "PL1 II.3.b", example: .letterKindAbbreviation(symbol: "QĐ-MNTT", abbreviation: "QĐ"),
             check: letterAbbreviation),
        Rule(.symbolKind, .warning, clause: "PL1 II.3.b", example: .symbolKind(symbol: "QĐ-MNTT", kind: "Quy chế", expected: "QC"), check: kindPrefix),
        Rule(.symbolIssuer, .warning, clause: "PL1 II.3.b", example: .symbolIssuer(symbol: "QĐ-UBND", abbreviation: "MNTT"), check: issuerPart),
        Rule(.lookAlikeEth, .error, clause: "PL1 I.1", example: .lookAlikeEth(place: .symbol, text: "TT-BGDÐT"), check: eth, fix: mendEth),
        Rule(.dateInFuture, .error, clause: "ND 15.2", example: .dateInFuture(date: "ngày 07 tháng 10 năm 2099", today: "ngày 22 tháng 11 năm 2026"),
             check: future),
        Rule(.missingTitle, .warning, clause: "PL1 II.5", example: .missingTitle(kind: "Quyết định"), check: title),
    ]

    /// The ký hiệu groups as written: "QĐ-MNTT" → ["QĐ", "MNTT"]; a year group "2020/NĐ-CP" keeps its parts.
    static func groups(_ symbol: String) -> [String] {
        symbol.split(whereSeparator: { $0 == "-" || $0 == "/" }).map { $0.trimmingCharacters(in: .whitespaces) }
    }

    /// The written symbol, its own or derived; nil when there is none.
    static func symbol(_ document: Document) -> String? {
        document.symbol.flatMap { $0.isEmpty ? nil : $0 }
    }

    static func spaced(_ symbol: String) -> Bool { symbol.contains { $0.isWhitespace } }

    /// The number line as typed in a Word file: "Số: 28 /2003/NĐ-CP" has a space the data no longer shows.
    static func typedSpacing(_ subject: CheckSubject) -> [Finding] {
        guard let facts = subject.layout,
              let paragraph = facts.paragraphs.prefix(40).first(where: { VietnameseText.lowercased($0.text.trimmingCharacters(in: .whitespaces)).hasPrefix("số") }) else { return [] }
        let line = paragraph.text.split(separator: "\n").first.map(String.init) ?? paragraph.text
        guard let colon = line.firstIndex(of: ":") else { return [] }
        // The reference runs from after "Số:" to the first tab or double space (a date may follow on the line).
        let rest = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        let reference = rest.components(separatedBy: "\t").first?.components(separatedBy: "  ").first?.trimmingCharacters(in: .whitespaces) ?? rest
        guard reference.contains("/"), spaced(reference) else { return [] }
        let compact = reference.filter { !$0.isWhitespace }
        return [Finding(.symbolSpacing(written: reference, expected: compact), at: facts.location(of: paragraph), fix: compact)]
    }

    static func spacing(_ subject: CheckSubject) -> [Finding] {
        var symbols: [(field: String, text: String)] = []
        if let symbol = symbol(subject.document) { symbols.append(("symbol", symbol)) }
        if let abbreviation = subject.document.issuer?.abbreviation { symbols.append(("issuer.abbreviation", abbreviation)) }
        return symbols.filter { spaced($0.text) }.map { field, text in
            let number = subject.document.number.map { NumberFormatting.number($0) + "/" } ?? ""
            let compact = text.filter { !$0.isWhitespace }
            return Finding(.symbolSpacing(written: number + text, expected: number + compact), at: subject.location(field), fix: compact)
        }
    }

    @Sendable static func mendSpacing(_ document: inout Document, _ subject: CheckSubject) -> [Message] {
        var changes: [Message] = []
        if let symbol = document.symbol, spaced(symbol) {
            document.symbol = symbol.filter { !$0.isWhitespace }
            changes.append(.fixApplied(what: "ký hiệu", from: symbol, to: document.symbol ?? ""))
        }
        if let abbreviation = document.issuer?.abbreviation, spaced(abbreviation) {
            document.issuer?.abbreviation = abbreviation.filter { !$0.isWhitespace }
            changes.append(.fixApplied(what: "ký hiệu", from: abbreviation, to: document.issuer?.abbreviation ?? ""))
        }
        return changes
    }

    static func cv(_ subject: CheckSubject) -> [Finding] {
        let written = [symbol(subject.document), subject.document.issuer?.abbreviation].compactMap { $0 }
        guard let hit = written.first(where: { groups($0).contains { $0.uppercased() == "CV" } }) else { return [] }
        return [Finding(.symbolCV(symbol: hit), at: subject.location(hit == symbol(subject.document) ? "symbol" : "issuer.abbreviation"))]
    }

    /// Every official kind abbreviation, for telling a công văn's ký hiệu that starts with one.
    static let kindAbbreviations: Set<String> = Set(DocumentKind.allCases.compactMap(\.abbreviation))

    static func letterAbbreviation(_ subject: CheckSubject) -> [Finding] {
        guard [.congVan, .thuCong].contains(subject.document.kind), let symbol = symbol(subject.document),
              let first = groups(symbol).first, kindAbbreviations.contains(first) else { return [] }
        return [Finding(.letterKindAbbreviation(symbol: symbol, abbreviation: first), at: subject.location("symbol"))]
    }

    static func kindPrefix(_ subject: CheckSubject) -> [Finding] {
        let document = subject.document
        guard let expected = document.kind.abbreviation, let symbol = symbol(document) else { return [] }
        let parts = Set(groups(symbol))
        guard !groups(expected).allSatisfy(parts.contains) else { return [] }
        return [Finding(.symbolKind(symbol: symbol, kind: document.kind.name, expected: expected), at: subject.location("symbol"))]
    }

    static func issuerPart(_ subject: CheckSubject) -> [Finding] {
        let document = subject.document
        guard let symbol = symbol(document), let abbreviation = document.issuer?.abbreviation, !abbreviation.isEmpty,
              !groups(symbol).contains(abbreviation) else { return [] }
        return [Finding(.symbolIssuer(symbol: symbol, abbreviation: abbreviation), at: subject.location("symbol"))]
    }

    static let eth: Character = "\u{00D0}"

    /// The header fields where a look-alike eth hides: ký hiệu, the issuer's abbreviation and names.
    static func ethFields(_ document: Document) -> [(field: String, text: String)] {
        [("symbol", document.symbol), ("issuer.abbreviation", document.issuer?.abbreviation), ("issuer.name", document.issuer?.name),
         ("issuer.parent", document.issuer?.parent)].compactMap { field, text in text.map { (field, $0) } }
    }

    static func eth(_ subject: CheckSubject) -> [Finding] {
        let fields = ethFields(subject.document).filter { $0.text.contains(eth) }.map { field, text in
            Finding(.lookAlikeEth(place: field == "symbol" || field == "issuer.abbreviation" ? .symbol : .issuerName, text: text),
                    at: subject.location(field), fix: mendedEth(text))
        }
        // The importer reads "Ð" as "Đ"; in a Word file the typed letter is still there to report.
        let typed = (subject.layout?.paragraphs ?? []).filter { $0.text.contains(eth) }.prefix(10).map { paragraph in
            let words = paragraph.text.split(whereSeparator: \.isWhitespace).filter { $0.contains(eth) }.prefix(3).joined(separator: " ")
            return Finding(.lookAlikeEth(place: .paragraph, text: words), at: subject.layout?.location(of: paragraph), fix: mendedEth(words))
        }
        return fields + typed
    }

    static func mendedEth(_ text: String) -> String { String(text.map { $0 == eth ? "Đ" : $0 }) }

    @Sendable static func mendEth(_ document: inout Document, _ subject: CheckSubject) -> [Message] {
        var changes: [Message] = []
        func mend(_ value: inout String?) {
            guard let text = value, text.contains(eth) else { return }
            value = mendedEth(text)
            changes.append(.fixApplied(what: "Ð → Đ", from: text, to: value ?? ""))
        }
        mend(&document.symbol)
        if document.issuer != nil {
            mend(&document.issuer!.abbreviation)
            var name: String? = document.issuer!.name
            mend(&name)
            document.issuer!.name = name ?? ""
            mend(&document.issuer!.parent)
        }
        return changes
    }

    static func future(_ subject: CheckSubject) -> [Finding] {
        guard subject.document.number != nil, let date = subject.document.date, let today = subject.today, date > today else { return [] }
        return [Finding(.dateInFuture(date: DateFormatting.longDate(date), today: DateFormatting.longDate(today)), at: subject.location("date"))]
    }

    static func title(_ subject: CheckSubject) -> [Finding] {
        let document = subject.document
        // A công văn's trích yếu is its "V/v" line, held in the same field; laws carry their name.
        guard subject.parent == nil, document.title?.isEmpty ?? true, ![.luat, .thuCong].contains(document.kind) else { return [] }
        return [Finding(.missingTitle(kind: document.kind.name), at: subject.location("title"))]
    }
}
