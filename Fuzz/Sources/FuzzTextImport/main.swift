import Foundation
import VanBan

/// Any bytes import to a document; its YAML and JSON are written (the load-back is checked by
/// the property tests, which can afford Yams' speed).
func fuzz(_ data: Data) {
    let result = TextReader().read(data, file: "fuzz.txt")
    _ = DocumentData.encode(result.document, as: .yaml)
    _ = TextWriter().write(result.document)
}

var argc = CommandLine.argc
var argv = CommandLine.unsafeArgv
exit(runFuzzerDriver(&argc, &argv) { fuzzerTestOneInput($0, $1) })
