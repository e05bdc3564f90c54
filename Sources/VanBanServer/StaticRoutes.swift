import Foundation
import Hummingbird

/// The script, the style sheet and the OpenAPI document, served from the binary's resources.
enum StaticRoutes {
    /// A resource file's bytes (empty when missing, which a test catches).
    static func resource(_ path: String) -> Data {
        // Foundation on Linux and on macOS disagree on where a bundle's resources start.
        let roots = [Bundle.module.resourceURL, Bundle.module.bundleURL].compactMap { $0 }
        for root in roots {
            if let data = try? Data(contentsOf: root.appendingPathComponent("Assets").appendingPathComponent(path)) { return data }
        }
        return Data()
    }

    static func add(to router: Router<WorkbenchContext>) {
        let script = resource("static/workbench.js"), style = resource("static/workbench.css")
        router.get("static/workbench.js") { _, _ in Answer.bytes(script, type: "text/javascript; charset=utf-8", headers: [.cacheControl: "no-cache"]) }
        router.get("static/workbench.css") { _, _ in Answer.bytes(style, type: "text/css; charset=utf-8", headers: [.cacheControl: "no-cache"]) }
    }
}
