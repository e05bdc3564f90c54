import Foundation
import VanBan

/// DOCX import figures: the 306 KB corpus decree rendered to DOCX by vanban, and the largest
/// real Word file of ../shared/corpus-docx, each read back to a document; compared with the
/// text import of the same decree (target: within 3×).
func measureDOCXImport(corpus: Data, textTime: Double) {
    let decree = TextReader().read(corpus, file: "14.txt").document
    guard let rendered = try? RenderEnvironment.load().render(decree, as: .docx) else {
        print("(the decree could not be rendered to DOCX: DOCX import not measured)")
        return
    }
    let docxTime = measure("import decree as DOCX", bytes: rendered.count) { _ = try? DOCXReader().read(rendered, file: "14.docx") }
    if only == nil || "import decree as DOCX".contains(only!) {
        print(String(format: "  %.1f× the text import; package %d bytes, %d articles read back", docxTime / textTime, rendered.count,
                     (try? DOCXReader().read(rendered, file: "14.docx").document.allArticles.count) ?? 0))
    }
    let folder = root.deletingLastPathComponent().appendingPathComponent("shared/corpus-docx")
    let files = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".docx") }
    let largest = files.max { (size(folder, $0)) < (size(folder, $1)) }
    if let largest, let data = FileManager.default.contents(atPath: folder.appendingPathComponent(largest).path) {
        _ = measure("import \(largest)", bytes: data.count) { _ = try? DOCXReader().read(data, file: largest) }
    }
}

private func size(_ folder: URL, _ name: String) -> Int {
    ((try? FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent(name).path))?[.size] as? Int) ?? 0
}
