import CLibXML2
import Foundation

/// A parsed XML document (libxml2 DOM), for the few edits the DOCX writer makes to a user's
/// reference file: finding styles, copying missing ones in, reading page setup.
public final class XMLTree {
    let document: xmlDocPtr

    /// Parses bytes with libxml2's safe options: no network, no DTD loading, no entity
    /// substitution beyond the five predefined, no XInclude, errors returned rather than printed.
    /// A document type declaration is refused outright: OOXML parts never carry one, and it is
    /// where external entities and entity bombs live (libxml2 2.9 has no XML_PARSE_NO_XXE).
    public init(data: Data, name: String = "part.xml", dropBlankText: Bool = false) throws {
        if Self.declaresDocumentType(data) {
            throw XMLError(message: "a document type declaration (<!DOCTYPE …>) is not allowed", line: nil)
        }
        var options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        if dropBlankText { options |= Int32(XML_PARSE_NOBLANKS.rawValue) }
        xmlResetLastError()
        let parsed: xmlDocPtr? = data.withUnsafeBytes { raw in
            guard let base = raw.baseAddress, raw.count <= Int(Int32.max) else { return nil }
            return xmlReadMemory(base.assumingMemoryBound(to: CChar.self), Int32(raw.count), name, nil, options)
        }
        guard let parsed else {
            let last = xmlGetLastError()
            let message = last.flatMap { $0.pointee.message.map { String(cString: $0).trimmingCharacters(in: .whitespacesAndNewlines) } }
            throw XMLError(message: message ?? "not well-formed XML", line: last.map { Int($0.pointee.line) })
        }
        if parsed.pointee.intSubset != nil || parsed.pointee.extSubset != nil {
            xmlFreeDoc(parsed)
            throw XMLError(message: "a document type declaration (<!DOCTYPE …>) is not allowed", line: nil)
        }
        document = parsed
    }

    /// Parses HTML with libxml2's HTML parser (lenient, as browsers are; no network), for
    /// checking what the HTML writer made.
    public init(html data: Data, name: String = "page.html") throws {
        let options = Int32(HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue)
        let parsed: htmlDocPtr? = data.withUnsafeBytes { raw in
            guard let base = raw.baseAddress, raw.count <= Int(Int32.max) else { return nil }
            return htmlReadMemory(base.assumingMemoryBound(to: CChar.self), Int32(raw.count), name, "UTF-8", options)
        }
        guard let parsed else { throw XMLError(message: "not parseable as HTML", line: nil) }
        document = parsed
    }

    /// True when `<!DOCTYPE` occurs before the root element's first character data could.
    private static func declaresDocumentType(_ data: Data) -> Bool {
        let marker = Array("<!DOCTYPE".utf8)
        return data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            guard bytes.count >= marker.count else { return false }
            for index in 0...(bytes.count - marker.count) where bytes[index] == UInt8(ascii: "<") {
                if bytes[index + 1] == UInt8(ascii: "!"), Array(bytes[index..<index + marker.count]) == marker { return true }
                // Past the prolog (the first element start), a DOCTYPE can no longer appear.
                let next = bytes[index + 1]
                if next != UInt8(ascii: "?"), next != UInt8(ascii: "!") { return false }
            }
            return false
        }
    }

    deinit { xmlFreeDoc(document) }

    /// The root element.
    public var root: XMLElement? { xmlDocGetRootElement(document).map { XMLElement(node: $0, tree: self) } }

    /// The document as bytes with an XML declaration; `indented` lays elements out one per line.
    public func serialized(indented: Bool = false) -> Data {
        var bytes: UnsafeMutablePointer<xmlChar>?
        var size: Int32 = 0
        xmlDocDumpFormatMemoryEnc(document, &bytes, &size, "UTF-8", indented ? 1 : 0)
        guard let bytes else { return Data() }
        defer { vanban_xml_free(bytes) }
        return Data(bytes: bytes, count: Int(size))
    }
}

/// An element inside an `XMLTree`; valid while its tree lives.
public struct XMLElement {
    let node: xmlNodePtr
    /// Keeps the tree alive while the element is used.
    let tree: XMLTree

    /// The local name, without prefix.
    public var name: String { String(cString: node.pointee.name) }

    /// The namespace URI, if any.
    public var namespace: String? { node.pointee.ns.flatMap { $0.pointee.href.map { String(cString: $0) } } }

    /// Child elements in order.
    public var children: [XMLElement] {
        var result: [XMLElement] = []
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE { result.append(XMLElement(node: current, tree: tree)) }
            child = current.pointee.next
        }
        return result
    }

    /// Child elements and text (character data and CDATA) in document order.
    public var contents: [XMLContent] {
        var result: [XMLContent] = []
        var child = node.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_ELEMENT_NODE: result.append(.element(XMLElement(node: current, tree: tree)))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content { result.append(.text(String(cString: content))) }
            default: break
            }
            child = current.pointee.next
        }
        return result
    }

    /// The text of the element and all its descendants, concatenated (a `w:t` run's text).
    public var text: String {
        guard let content = xmlNodeGetContent(node) else { return "" }
        defer { vanban_xml_free(content) }
        return String(cString: content)
    }

    /// The names of the element's attributes, in order.
    public var attributeNames: [String] {
        var result: [String] = []
        var attribute = node.pointee.properties
        while let current = attribute {
            result.append(String(cString: current.pointee.name))
            attribute = current.pointee.next
        }
        return result
    }

    /// The first child element with a local name.
    public func child(_ localName: String) -> XMLElement? { firstChild(named: localName) }

    /// An attribute by local name in a namespace (nil namespace: no namespace).
    public func attribute(_ localName: String, namespace: String?) -> String? {
        guard let value = xmlGetNsProp(node, localName, namespace) else { return nil }
        defer { vanban_xml_free(value) }
        return String(cString: value)
    }

    /// Appends a deep copy of an element from another tree as the last child of this one.
    public func appendCopy(of other: XMLElement) throws {
        guard let copy = xmlDocCopyNode(other.node, tree.document, 1) else {
            throw XMLError(message: "cannot copy element \(other.name)", line: nil)
        }
        guard xmlAddChild(node, copy) != nil else {
            xmlFreeNode(copy)
            throw XMLError(message: "cannot insert element \(other.name)", line: nil)
        }
        xmlReconciliateNs(tree.document, copy)
    }
}

/// One piece of an element's content: a child element or a run of text.
public enum XMLContent {
    case element(XMLElement)
    case text(String)
}
