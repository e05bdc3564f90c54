import CLibXML2
import Foundation

extension XMLElement {
    /// The first child element with a local name, found without building the list of children
    /// (readers ask for `w:pPr`, `w:rPr` … once per paragraph and run).
    public func firstChild(named localName: String) -> XMLElement? {
        localName.withCString { wanted in
            var child = node.pointee.children
            while let current = child {
                if current.pointee.type == XML_ELEMENT_NODE, let name = current.pointee.name,
                   strcmp(UnsafeRawPointer(name).assumingMemoryBound(to: CChar.self), wanted) == 0 {
                    return XMLElement(node: current, tree: tree)
                }
                child = current.pointee.next
            }
            return nil
        }
    }

    /// True when this element or a descendant (down to `maxDepth`) is in one of the namespaces;
    /// walks libxml2's nodes directly, without allocating.
    public func containsElement(inNamespaces namespaces: Set<String>, maxDepth: Int = 256) -> Bool {
        let wanted = namespaces.map { Array($0.utf8CString) }
        func visit(_ node: xmlNodePtr, _ depth: Int) -> Bool {
            if let ns = node.pointee.ns, let href = ns.pointee.href {
                let name = UnsafeRawPointer(href).assumingMemoryBound(to: CChar.self)
                if wanted.contains(where: { strcmp($0, name) == 0 }) { return true }
            }
            guard depth < maxDepth else { return false }
            var child = node.pointee.children
            while let current = child {
                if current.pointee.type == XML_ELEMENT_NODE, visit(current, depth + 1) { return true }
                child = current.pointee.next
            }
            return false
        }
        return visit(node, 0)
    }
}
