import Foundation

/// An empty signature field to add: its name (what signing tools ask for), its page (0-based)
/// and its rectangle in PDF points from the page's bottom left.
public struct SignatureField: Sendable, Equatable {
    /// The field's name, e.g. "nguoi-ky" (the signer, ô 7c) or "co-quan" (the organisation).
    public var name: String
    /// The page the widget sits on, counted from 0.
    public var pageIndex: Int
    /// Lower-left x, lower-left y, upper-right x, upper-right y.
    public var rect: [Double]
    /// What the field is for, in words (/TU): what screen readers and signing tools show.
    public var label: String?

    /// Creates a field.
    public init(name: String, pageIndex: Int, rect: [Double], label: String? = nil) {
        self.name = name
        self.pageIndex = pageIndex
        self.rect = rect
        self.label = label
    }
}

/// Adds empty signature fields to a PDF as an incremental update (ISO 32000-1 §7.5.6): the
/// original bytes stay untouched and a new section is appended with the AcroForm (SigFlags 3),
/// one widget per field (/FT /Sig) listed in its page's /Annots, the rewritten catalog and
/// pages, a cross-reference section and a trailer pointing back with /Prev.
///
/// Written here rather than taken from a library: no maintained Swift PDF library is among the
/// packages this project may use, and pyHanko (which can add fields) would make Python a
/// runtime dependency of a command-line tool; the update needs only a reader for classic
/// cross-reference tables and a writer for a handful of dictionaries.
public enum SignatureFieldWriter {
    /// The PDF with the fields added. Fails on a file it cannot read, an unknown page, or a
    /// name already used by a field.
    public static func adding(_ fields: [SignatureField], to data: Data) throws(PDFSyntaxError) -> Data {
        guard !fields.isEmpty else { return data }
        let file = try PDFFile(data)
        let pages = try file.pages()
        var catalog = try file.catalog()
        var nextNumber = file.size
        func allocate() -> PDFReference {
            defer { nextNumber += 1 }
            return PDFReference(nextNumber)
        }

        // The existing form, if any: its fields are kept and ours are added after them.
        var acroForm = try file.resolve(catalog["AcroForm"]).dictionary ?? PDFDictionary()
        var formFields = try file.resolve(acroForm["Fields"]).array ?? []
        var seenNames = Set<String>()
        for field in formFields {
            if let name = try file.resolve(field).dictionary?["T"]?.stringBytes { seenNames.insert(String(decoding: name, as: UTF8.self)) }
        }
        var newObjects: [(PDFReference, Data)] = []
        var changedPages: [Int: PDFDictionary] = [:]
        for field in fields {
            guard pages.indices.contains(field.pageIndex) else {
                throw PDFSyntaxError("field \"\(field.name)\": the file has no page \(field.pageIndex + 1)")
            }
            guard field.rect.count == 4 else { throw PDFSyntaxError("field \"\(field.name)\": a rectangle has four numbers") }
            guard seenNames.insert(field.name).inserted else { throw PDFSyntaxError("a field named \"\(field.name)\" already exists") }
            let page = pages[field.pageIndex]
            let widget = allocate()
            let appearance = allocate()
            let width = abs(field.rect[2] - field.rect[0]), height = abs(field.rect[3] - field.rect[1])
            // An empty appearance, so viewers that need one draw nothing until the field is signed.
            var appearanceDictionary = PDFDictionary()
            appearanceDictionary["Type"] = .name("XObject")
            appearanceDictionary["Subtype"] = .name("Form")
            appearanceDictionary["BBox"] = .array([.integer(0), .integer(0), .real(width), .real(height)])
            appearanceDictionary["Length"] = .integer(0)
            var appearanceBytes = PDFObject.dictionary(appearanceDictionary).serialized
            appearanceBytes.append(contentsOf: Array("\nstream\n\nendstream".utf8))
            newObjects.append((appearance, appearanceBytes))

            var widgetDictionary = PDFDictionary()
            widgetDictionary["Type"] = .name("Annot")
            widgetDictionary["Subtype"] = .name("Widget")
            widgetDictionary["FT"] = .name("Sig")
            widgetDictionary["T"] = .text(field.name)
            if let label = field.label { widgetDictionary["TU"] = .unicodeText(label) }
            widgetDictionary["Rect"] = .array(field.rect.map { .real($0) })
            widgetDictionary["F"] = .integer(4)
            widgetDictionary["P"] = .reference(page.reference)
            widgetDictionary["AP"] = .dictionary(PDFDictionary([("N", .reference(appearance))]))
            newObjects.append((widget, PDFObject.dictionary(widgetDictionary).serialized))
            formFields.append(.reference(widget))

            var pageDictionary = changedPages[field.pageIndex] ?? page.dictionary
            var annotations = try file.resolve(pageDictionary["Annots"]).array ?? []
            annotations.append(.reference(widget))
            pageDictionary["Annots"] = .array(annotations)
            changedPages[field.pageIndex] = pageDictionary
        }
        acroForm["Fields"] = .array(formFields)
        // 1 = signatures exist, 2 = append only: viewers must save incrementally from now on.
        acroForm["SigFlags"] = .integer(3)
        let formReference = allocate()
        newObjects.append((formReference, PDFObject.dictionary(acroForm).serialized))
        catalog["AcroForm"] = .reference(formReference)
        newObjects.append((file.rootReference, PDFObject.dictionary(catalog).serialized))
        for (index, dictionary) in changedPages.sorted(by: { $0.key < $1.key }) {
            newObjects.append((pages[index].reference, PDFObject.dictionary(dictionary).serialized))
        }
        return appendUpdate(to: data, file: file, objects: newObjects, size: nextNumber)
    }

    /// Appends objects, a cross-reference section for them and a trailer with /Prev.
    static func appendUpdate(to data: Data, file: PDFFile, objects: [(PDFReference, Data)], size: Int) -> Data {
        var out = data
        if out.last != 10, out.last != 13 { out.append(10) }
        var offsets: [(PDFReference, Int)] = []
        for (reference, body) in objects {
            offsets.append((reference, out.count))
            out.append(contentsOf: Array("\(reference.number) \(reference.generation) obj\n".utf8))
            out.append(body)
            out.append(contentsOf: Array("\nendobj\n".utf8))
        }
        let xrefOffset = out.count
        out.append(contentsOf: Array("xref\n".utf8))
        // Subsections of consecutive numbers; each entry is exactly 20 bytes.
        let sorted = offsets.sorted { $0.0.number < $1.0.number }
        var index = 0
        while index < sorted.count {
            var end = index
            while end + 1 < sorted.count, sorted[end + 1].0.number == sorted[end].0.number + 1 { end += 1 }
            out.append(contentsOf: Array("\(sorted[index].0.number) \(end - index + 1)\n".utf8))
            for entry in sorted[index...end] {
                out.append(contentsOf: Array(String(format: "%010d %05d n\r\n", entry.1, entry.0.generation).utf8))
            }
            index = end + 1
        }
        var trailer = PDFDictionary()
        trailer["Size"] = .integer(size)
        trailer["Root"] = .reference(file.rootReference)
        if let info = file.trailer["Info"] { trailer["Info"] = info }
        if let identifier = file.trailer["ID"] { trailer["ID"] = identifier }
        trailer["Prev"] = .integer(file.startXref)
        out.append(contentsOf: Array("trailer\n".utf8))
        out.append(PDFObject.dictionary(trailer).serialized)
        out.append(contentsOf: Array("\nstartxref\n\(xrefOffset)\n%%EOF\n".utf8))
        return out
    }
}
