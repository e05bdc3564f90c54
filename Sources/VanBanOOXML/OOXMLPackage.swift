import Foundation
import XMLKit
import ZipKit

/// Limits on a package as a whole; callers pass the program's `InputLimits`.
public struct PackageLimits: Sendable, Equatable {
    /// Bytes of the package file itself.
    public var fileBytes: Int
    /// ZIP entries.
    public var entries: Int
    /// Uncompressed bytes of one part.
    public var partBytes: Int
    /// Uncompressed bytes of all parts read.
    public var totalBytes: Int

    /// Creates limits.
    public init(fileBytes: Int = 50 << 20, entries: Int = 2_000, partBytes: Int = 50 << 20, totalBytes: Int = 200 << 20) {
        self.fileBytes = fileBytes
        self.entries = entries
        self.partBytes = partBytes
        self.totalBytes = totalBytes
    }
}

/// An Office Open XML package (a .docx) opened for reading: its parts, content types and
/// relationships, within limits, and its XML parsed with libxml2's safe options. The one place
/// that opens a DOCX: the reference-document reader and the DOCX importer use it.
public final class OOXMLPackage {
    private let zip: ZipReader
    /// Part name ("/word/document.xml") → ZIP entry name; unsafe entry names are left out.
    private let entries: [String: String]
    /// Content types by extension (lower case) and by part name (lower case).
    private var defaults: [String: String] = [:]
    private var overrides: [String: String] = [:]

    /// Every part name, in archive order.
    public let partNames: [String]

    /// Opens a package from its bytes.
    public init(data: Data, limits: PackageLimits = PackageLimits()) throws(PackageError) {
        guard data.count <= limits.fileBytes else {
            throw PackageError("the file is larger than the limit of \(limits.fileBytes) bytes")
        }
        do {
            zip = try ZipReader(data: data, limits: ZipLimits(entries: limits.entries, entryBytes: limits.partBytes, totalBytes: limits.totalBytes))
        } catch {
            throw PackageError("not a DOCX file (\(error))")
        }
        var map: [String: String] = [:]
        var names: [String] = []
        for entry in zip.names {
            guard let part = PartName.fromEntry(entry), map[part.lowercased()] == nil else { continue }
            map[part.lowercased()] = entry
            names.append(part)
        }
        entries = map
        partNames = names
        try readContentTypes()
    }

    /// True when the package has the part (part names compare without case, as OPC says).
    public func contains(_ part: String) -> Bool { entries[part.lowercased()] != nil }

    /// The bytes of a part.
    public func data(of part: String) throws(PackageError) -> Data {
        guard let entry = entries[part.lowercased()] else { throw PackageError("it has no part \(part)") }
        do {
            guard let data = try zip.read(entry) else { throw PackageError("it has no part \(part)") }
            return data
        } catch let error as PackageError {
            throw error
        } catch {
            throw PackageError(String(describing: error))
        }
    }

    /// A part parsed as XML (no DTD, no external entities, no network).
    public func xml(of part: String) throws(PackageError) -> XMLTree {
        let bytes = try data(of: part)
        let tree: XMLTree
        do {
            tree = try XMLTree(data: bytes, name: part)
        } catch {
            throw PackageError("\(part): \(error)")
        }
        if let root = tree.root, root.containsElement(inNamespaces: WordprocessingML.xincludeNamespaces) {
            throw PackageError("\(part): XInclude elements are not allowed")
        }
        return tree
    }

    /// The content type of a part: its override, else the default for its extension.
    public func contentType(of part: String) -> String? {
        if let type = overrides[part.lowercased()] { return type }
        guard let dot = part.lastIndex(of: "."), !part[dot...].contains("/") else { return nil }
        return defaults[part[part.index(after: dot)...].lowercased()]
    }

    private func readContentTypes() throws(PackageError) {
        guard contains("/[Content_Types].xml") else { throw PackageError("it has no [Content_Types].xml: not an Office package") }
        guard let root = try xml(of: "/[Content_Types].xml").root, root.name == "Types" else {
            throw PackageError("[Content_Types].xml has no Types element")
        }
        for element in root.children {
            guard let type = element.attribute("ContentType", namespace: nil) else { continue }
            if element.name == "Default", let ext = element.attribute("Extension", namespace: nil) {
                defaults[ext.lowercased()] = type
            } else if element.name == "Override", let part = element.attribute("PartName", namespace: nil) {
                overrides[part.lowercased()] = type
            }
        }
    }

    /// The relationships of a part (nil: of the package), from its `_rels/….rels`; none when absent.
    public func relationships(of source: String?) throws(PackageError) -> [Relationship] {
        let part = PartName.relationshipsPart(of: source)
        guard contains(part), let root = try xml(of: part).root else { return [] }
        return root.children.compactMap { element -> Relationship? in
            guard element.name == "Relationship", let id = element.attribute("Id", namespace: nil),
                  let type = element.attribute("Type", namespace: nil), let target = element.attribute("Target", namespace: nil) else { return nil }
            let external = element.attribute("TargetMode", namespace: nil) == "External"
            let resolved = external ? nil : PartName.resolve(target, from: source ?? "/")
            return Relationship(id: id, type: type, target: target, isExternal: external, part: resolved.flatMap { contains($0) ? $0 : nil })
        }
    }

    /// The main document part, found through the package's officeDocument relationship.
    public func mainDocumentPart() throws(PackageError) -> String {
        guard let main = try relationships(of: nil).first(where: { $0.hasType("officeDocument") && !$0.isExternal }) else {
            throw PackageError("_rels/.rels names no main document (officeDocument relationship)")
        }
        guard let part = main.part else { throw PackageError("the main document \(main.target) is not in the package") }
        return part
    }

    /// The first part a source part relates to with a relationship type ("styles", "numbering" …).
    public func relatedPart(from source: String, type: String) throws(PackageError) -> String? {
        try relationships(of: source).first { $0.hasType(type) && $0.part != nil }?.part
    }
}
