import Foundation
import VanBan

/// Any bytes as a reference DOCX: accepted or refused with VB206, never a crash.
func fuzz(_ data: Data) {
    _ = try? DocxWriter.checkReferenceDocument(data)
}

var argc = CommandLine.argc
var argv = CommandLine.unsafeArgv
exit(runFuzzerDriver(&argc, &argv) { fuzzerTestOneInput($0, $1) })
