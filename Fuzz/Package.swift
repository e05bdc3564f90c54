// swift-tools-version:6.0
// libFuzzer targets, one per reader. Kept out of the main package because every target here
// is built with -sanitize=fuzzer; scripts/fuzz.sh builds them into ../.build-fuzz.
import PackageDescription

let fuzzTargets = ["FuzzTextImport", "FuzzYAML", "FuzzJSON", "FuzzReferenceDocx"]

let package = Package(
    name: "vanban-fuzz",
    platforms: [.macOS(.v15)],
    dependencies: [.package(name: "vanban", path: "..")],
    targets: fuzzTargets.map { name in
        .executableTarget(name: name, dependencies: [.product(name: "VanBan", package: "vanban")],
                          // libFuzzer brings its own main, and SwiftPM aliases main to the target's
                          // entry point; both lead to LLVMFuzzerRunDriver below, so either may win.
                          linkerSettings: [.unsafeFlags(["-Xlinker", "--allow-multiple-definition"])])
    }
)
