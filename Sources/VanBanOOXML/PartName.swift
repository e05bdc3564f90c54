/// OPC part names ("/word/document.xml"): made from ZIP entry names and relationship targets,
/// refusing anything that would leave the package (`../`, absolute paths, drive letters).
public enum PartName {
    /// The part name of a ZIP entry, or nil for an entry no OPC consumer may read: a folder, a
    /// name with `..` or `.` segments, a backslash, a leading `/` or a drive letter.
    public static func fromEntry(_ entry: String) -> String? {
        guard !entry.isEmpty, !entry.hasSuffix("/"), !entry.hasPrefix("/"), !entry.contains("\\"),
              !entry.contains("\0"), !(entry.count >= 2 && entry.dropFirst().first == ":") else { return nil }
        let segments = entry.split(separator: "/", omittingEmptySubsequences: false)
        guard segments.allSatisfy({ !$0.isEmpty && $0 != "." && $0 != ".." }) else { return nil }
        return "/" + entry
    }

    /// The part a relationship target points at, resolved against the source part's folder;
    /// nil when it climbs above the package root or is not a plain path.
    public static func resolve(_ target: String, from source: String) -> String? {
        guard !target.isEmpty, !target.contains("\\"), !target.contains("\0"), !target.contains("://") else { return nil }
        let path = target.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? target
        var segments: [Substring] = []
        if !path.hasPrefix("/") {
            segments = source.split(separator: "/")
            if !segments.isEmpty { segments.removeLast() }
        }
        for segment in path.split(separator: "/") {
            switch segment {
            case ".": continue
            case "..":
                guard !segments.isEmpty else { return nil }
                segments.removeLast()
            default: segments.append(segment)
            }
        }
        guard !segments.isEmpty else { return nil }
        return "/" + segments.joined(separator: "/")
    }

    /// The relationships part of a part: "/word/document.xml" → "/word/_rels/document.xml.rels";
    /// nil (the package) → "/_rels/.rels".
    public static func relationshipsPart(of source: String?) -> String {
        guard let source else { return "/_rels/.rels" }
        var segments = source.split(separator: "/")
        let file = segments.popLast() ?? ""
        return "/" + (segments + ["_rels", "\(file).rels"]).joined(separator: "/")
    }
}
