import CLibXML2
import Foundation

/// A parsed XML document (libxml2 DOM), for the few edits the DOCX writer makes to a user's
/// reference file: finding styles, copying missing ones in, reading page setup.
public final class XMLTree {
    let document: xmlDocPtr

    /// Parses bytes; network access and entity expansion are off.
    public init(data: Data, name: String = "part.xml", dropBlankText: Bool = false) throws {
        var options = Int32(XML_PARSE_NONET.rawValue)
        if dropBlankText { options |= Int32(XML_PARSE_NOBLANKS.rawValue) }
        let parsed: xmlDocPtr? = data.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return nil }
            return xmlReadMemory(base.assumingMemoryBound(to: CChar.self), Int32(raw.count), name, nil, options)
        }
        guard let parsed else {
            let last = xmlGetLastError()
            let message = last.flatMap { $0.pointee.message.map { String(cString: $0).trimmingCharacters(in: .whitespacesAndNewlines) } }
            throw XMLError(message: message ?? "not well-formed XML", line: last.map { Int($0.pointee.line) })
        }
        document = parsed
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

    /// The first child element with a local name.
    public func child(_ localName: String) -> XMLElement? { children.first { $0.name == localName } }

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
