import Foundation

/// A PDF opened for reading its structure: the cross-reference table (all sections, newest
/// first), the trailer, and objects by reference. Classic tables only: a file with a
/// cross-reference stream is refused with `isCrossReferenceStream`, since LibreOffice never
/// writes one and decoding them would need Flate and PNG predictors for no gain here.
public struct PDFFile: Sendable {
    /// The file's bytes.
    public let bytes: [UInt8]
    /// The newest trailer dictionary.
    public let trailer: PDFDictionary
    /// Where the newest cross-reference section starts (the next update's /Prev).
    public let startXref: Int
    /// Byte offsets of the objects in use, by number.
    private let offsets: [Int: (offset: Int, generation: Int)]

    /// Parses the cross-reference sections and trailers.
    public init(_ data: Data) throws(PDFSyntaxError) {
        bytes = [UInt8](data)
        guard bytes.starts(with: Array("%PDF-".utf8)) else { throw PDFSyntaxError("not a PDF (no %PDF- header)", at: 0) }
        startXref = try Self.findStartXref(bytes)
        var offsets: [Int: (Int, Int)] = [:]
        var freed = Set<Int>()
        var newestTrailer: PDFDictionary?
        var next: Int? = startXref
        var visited = Set<Int>()
        while let section = next {
            guard visited.insert(section).inserted, visited.count < 1000 else { throw PDFSyntaxError("cross-reference sections loop", at: section) }
            let (entries, trailer) = try Self.readSection(bytes, at: section)
            for entry in entries where offsets[entry.number] == nil && !freed.contains(entry.number) {
                if entry.inUse { offsets[entry.number] = (entry.offset, entry.generation) } else { freed.insert(entry.number) }
            }
            if newestTrailer == nil { newestTrailer = trailer }
            next = trailer["Prev"]?.integer
        }
        trailer = newestTrailer ?? PDFDictionary()
        self.offsets = offsets
        guard trailer["Root"]?.reference != nil else { throw PDFSyntaxError("the trailer names no /Root catalog") }
    }

    /// The number the next new object gets (the trailer's /Size).
    public var size: Int { trailer["Size"]?.integer ?? (offsets.keys.max() ?? 0) + 1 }

    /// The catalog's reference.
    public var rootReference: PDFReference { trailer["Root"]!.reference! }

    /// The indirect object a reference names (`null` for a free or missing one, as the standard says).
    public func object(_ reference: PDFReference) throws(PDFSyntaxError) -> PDFObject {
        guard let entry = offsets[reference.number], entry.generation == reference.generation else { return .null }
        var lexer = PDFLexer(bytes, at: entry.offset)
        guard Int(lexer.word()) == reference.number, Int(lexer.word()) == reference.generation else {
            throw PDFSyntaxError("object \(reference) is not where the cross-reference table says", at: entry.offset)
        }
        try lexer.expect("obj")
        return try lexer.object()
    }

    /// Follows a reference; any other value is returned as it is.
    public func resolve(_ value: PDFObject?) throws(PDFSyntaxError) -> PDFObject {
        guard let value else { return .null }
        if case .reference(let reference) = value { return try object(reference) }
        return value
    }

    /// The catalog dictionary.
    public func catalog() throws(PDFSyntaxError) -> PDFDictionary {
        guard let catalog = try object(rootReference).dictionary else { throw PDFSyntaxError("the catalog is not a dictionary") }
        return catalog
    }

    /// Every page in order, with its reference, dictionary and (possibly inherited) media box.
    public func pages() throws(PDFSyntaxError) -> [PDFPage] {
        guard let root = try catalog()["Pages"]?.reference else { throw PDFSyntaxError("the catalog has no /Pages") }
        var pages: [PDFPage] = []
        var seen = Set<PDFReference>()
        func walk(_ reference: PDFReference, inheritedBox: [Double]?) throws(PDFSyntaxError) {
            guard seen.insert(reference).inserted, seen.count < 100_000 else { throw PDFSyntaxError("the page tree loops") }
            guard let node = try object(reference).dictionary else { throw PDFSyntaxError("page tree node \(reference) is not a dictionary") }
            let box = try resolve(node["MediaBox"]).array?.compactMap(\.number) ?? inheritedBox
            if node["Type"]?.name == "Page" || node["Kids"] == nil {
                pages.append(PDFPage(reference: reference, dictionary: node, mediaBox: box ?? [0, 0, 595.276, 841.89]))
                return
            }
            for kid in try resolve(node["Kids"]).array ?? [] {
                guard let kidReference = kid.reference else { throw PDFSyntaxError("page tree kid is not a reference") }
                try walk(kidReference, inheritedBox: box)
            }
        }
        try walk(root, inheritedBox: nil)
        return pages
    }

    /// Named destinations, from the catalog's /Dests dictionary and the /Names /Dests tree.
    public func namedDestinations() throws(PDFSyntaxError) -> [String: PDFDestination] {
        let catalog = try catalog()
        var raw: [String: PDFObject] = [:]
        if let dests = try resolve(catalog["Dests"]).dictionary {
            for entry in dests.entries { raw[entry.key] = entry.value }
        }
        if let names = try resolve(catalog["Names"]).dictionary, let tree = try resolve(names["Dests"]).dictionary {
            var nodes = [tree]
            var visited = 0
            while let node = nodes.popLast(), visited < 10_000 {
                visited += 1
                let pairs = try resolve(node["Names"]).array ?? []
                for index in stride(from: 0, to: pairs.count - 1, by: 2) {
                    if let key = pairs[index].stringBytes { raw[String(decoding: key, as: UTF8.self)] = pairs[index + 1] }
                }
                for kid in try resolve(node["Kids"]).array ?? [] {
                    if let dictionary = try resolve(kid).dictionary { nodes.append(dictionary) }
                }
            }
        }
        var destinations: [String: PDFDestination] = [:]
        for (name, value) in raw {
            var target = try resolve(value)
            if let dictionary = target.dictionary { target = try resolve(dictionary["D"]) }
            guard let array = target.array, let page = array.first?.reference else { continue }
            let numbers = array.dropFirst(2).map(\.number)
            destinations[name] = PDFDestination(page: page, left: numbers.first ?? nil, top: numbers.dropFirst().first ?? nil)
        }
        return destinations
    }

    // MARK: - Cross-reference sections

    private static func findStartXref(_ bytes: [UInt8]) throws(PDFSyntaxError) -> Int {
        let keyword = Array("startxref".utf8)
        let tailStart = max(0, bytes.count - 2048)
        var index = bytes.count - keyword.count
        while index >= tailStart {
            if bytes[index] == keyword[0], Array(bytes[index..<(index + keyword.count)]) == keyword {
                var lexer = PDFLexer(bytes, at: index + keyword.count)
                guard let offset = Int(lexer.word()), offset >= 0, offset < bytes.count else {
                    throw PDFSyntaxError("startxref names no valid offset", at: index)
                }
                return offset
            }
            index -= 1
        }
        throw PDFSyntaxError("no startxref near the end of the file (truncated?)")
    }

    private struct Entry { var number: Int, offset: Int, generation: Int, inUse: Bool }

    private static func readSection(_ bytes: [UInt8], at offset: Int) throws(PDFSyntaxError) -> ([Entry], PDFDictionary) {
        var lexer = PDFLexer(bytes, at: offset)
        let first = lexer.word()
        guard first == "xref" else {
            // "n g obj << /Type /XRef …" is a cross-reference stream.
            if Int(first) != nil, Int(lexer.word()) != nil, lexer.word() == "obj",
               let dictionary = try? lexer.object().dictionary, dictionary["Type"]?.name == "XRef" {
                throw PDFSyntaxError("the file uses a cross-reference stream", at: offset, crossReferenceStream: true)
            }
            throw PDFSyntaxError("no cross-reference table at startxref", at: offset)
        }
        var entries: [Entry] = []
        while true {
            let saved = lexer.position
            let token = lexer.word()
            if token == "trailer" { break }
            guard let start = Int(token), let count = Int(lexer.word()), start >= 0, count >= 0, count < 10_000_000 else {
                throw PDFSyntaxError("bad cross-reference subsection header", at: saved)
            }
            for number in start..<(start + count) {
                let entryStart = lexer.position
                guard let entryOffset = Int(lexer.word()), let generation = Int(lexer.word()) else {
                    throw PDFSyntaxError("bad cross-reference entry", at: entryStart)
                }
                let kind = lexer.word()
                guard kind == "n" || kind == "f" else { throw PDFSyntaxError("bad cross-reference entry type \"\(kind)\"", at: entryStart) }
                entries.append(Entry(number: number, offset: entryOffset, generation: generation, inUse: kind == "n"))
            }
        }
        guard let trailer = try lexer.object().dictionary else { throw PDFSyntaxError("the trailer is not a dictionary", at: lexer.position) }
        if trailer["XRefStm"] != nil {
            throw PDFSyntaxError("the file is a hybrid with a cross-reference stream", at: offset, crossReferenceStream: true)
        }
        return (entries, trailer)
    }
}

/// A page: its object, its dictionary and its media box [x1 y1 x2 y2] in points.
public struct PDFPage: Sendable {
    /// The page object's reference.
    public var reference: PDFReference
    /// The page dictionary as read.
    public var dictionary: PDFDictionary
    /// The media box, inherited from the page tree when the page has none.
    public var mediaBox: [Double]
}

/// Where a named destination points: a page and, for /XYZ, the left and top coordinates.
public struct PDFDestination: Sendable, Equatable {
    /// The page object.
    public var page: PDFReference
    /// The x coordinate, when given.
    public var left: Double?
    /// The y coordinate (from the bottom of the page), when given.
    public var top: Double?
}

extension PDFFile {
    /// Parses one PDF object from bytes (for tests and tools).
    public static func parseObject(_ data: Data) throws(PDFSyntaxError) -> PDFObject {
        var lexer = PDFLexer([UInt8](data))
        return try lexer.object()
    }
}
