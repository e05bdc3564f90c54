import Foundation

/// The templates and schemas shipped in `Templates/`, bundled as resources.
public enum TemplateStore {
    /// The folder holding the shipped templates (`docx/`, `schema/` …).
    public static var root: URL {
        Bundle.module.resourceURL ?? Bundle.module.bundleURL
    }

    /// A shipped file, e.g. `url("docx/styles.xml")`.
    public static func url(_ relativePath: String) -> URL {
        root.appendingPathComponent(relativePath)
    }

    /// The contents of a shipped file.
    public static func data(_ relativePath: String) throws -> Data {
        try Data(contentsOf: url(relativePath))
    }
}
