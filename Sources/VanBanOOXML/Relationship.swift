/// A relationship from a package or a part to another part (or to an outside address).
public struct Relationship: Sendable, Equatable {
    /// The id parts refer to it by, e.g. "rId1".
    public var id: String
    /// The type URI, e.g. ".../relationships/styles".
    public var type: String
    /// The target as written.
    public var target: String
    /// True for `TargetMode="External"`: a URL outside the package, never followed.
    public var isExternal: Bool
    /// The part it points at inside the package; nil when external or unresolvable.
    public var part: String?

    /// True when the type ends with the given name, in the transitional or the strict namespace
    /// (".../officeDocument/2006/relationships/styles" and ".../officeDocument/relationships/styles").
    public func hasType(_ name: String) -> Bool { type.hasSuffix("/" + name) }
}

/// Namespaces and relationship types of WordprocessingML, declared once for every DOCX reader and writer.
public enum WordprocessingML {
    /// The main WordprocessingML namespace (`w:`).
    public static let namespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    /// The package relationships namespace.
    public static let relationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships"
    /// The content types namespace.
    public static let contentTypesNamespace = "http://schemas.openxmlformats.org/package/2006/content-types"
    /// The XInclude namespace: elements in it are never accepted from a user's file.
    public static let xincludeNamespaces: Set<String> = ["http://www.w3.org/2001/XInclude", "http://www.w3.org/2003/XInclude"]
}
