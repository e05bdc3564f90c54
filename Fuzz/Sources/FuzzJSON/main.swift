import Foundation
import VanBan

/// Any bytes load as JSON data or fail with diagnostics; what loads renders as text and DOCX.
func fuzz(_ data: Data) {
    guard let loaded = try? DocumentData.load(data, format: .json, file: "fuzz.json") else { return }
    _ = TextWriter().write(loaded.document)
    _ = DocumentData.encode(loaded.document, as: .yaml)
    _ = try? DocxWriter().write(loaded.document)
}

var argc = CommandLine.argc
var argv = CommandLine.unsafeArgv
exit(runFuzzerDriver(&argc, &argv) { fuzzerTestOneInput($0, $1) })
