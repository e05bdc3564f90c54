import Foundation
import VanBan

/// Any bytes import to a document whose YAML and JSON read back.
func fuzz(_ data: Data) {
    let result = TextReader().read(data, file: "fuzz.txt")
    for format in DataFormat.allCases {
        let text = DocumentData.encode(result.document, as: format)
        do {
            _ = try DocumentData.load(text, format: format)
        } catch {
            if error.diagnostics.contains(where: { $0.severity == .error && $0.code != .emptyDocument }) {
                fatalError("the \(format) written for an imported document does not read back: \(error)\n\(text)")
            }
        }
    }
    _ = TextWriter().write(result.document)
}

var argc = CommandLine.argc
var argv = CommandLine.unsafeArgv
exit(runFuzzerDriver(&argc, &argv) { fuzzerTestOneInput($0, $1) })
