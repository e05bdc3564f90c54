// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "vanban",
    platforms: [.macOS(.v15)],
    products: [
        // One library product so a server or app can render and import documents without the CLI.
        .library(name: "VanBan", targets: ["VanBan"]),
        .executable(name: "vanban", targets: ["vanban"]),
        .executable(name: "vanban-bench", targets: ["vanban-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        // The register of outgoing documents: SQLite embedded, PostgreSQL shared; SHA-256 of issued data.
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        // The clerk's workbench (`vanban serve`): HTTP server and Bcrypt password hashes.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
    ],
    targets: [
        // C libraries from Debian, found through pkg-config. Only XMLKit and ZipKit import them.
        .systemLibrary(
            name: "CLibXML2", pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]),
        .systemLibrary(
            name: "CLibZip", pkgConfig: "libzip",
            providers: [.apt(["libzip-dev"]), .brew(["libzip"])]),
        .target(name: "XMLKit", dependencies: ["CLibXML2"]),
        .target(name: "ZipKit", dependencies: ["CLibZip"]),
        // Opens DOCX packages: relationships, content types, limits, safe XML.
        .target(name: "VanBanOOXML", dependencies: ["XMLKit", "ZipKit"]),

        .target(name: "VanBanModel"),
        .target(name: "VanBanData", dependencies: ["VanBanModel", .product(name: "Yams", package: "Yams")]),
        .target(name: "VanBanResources", path: "Templates", sources: ["Swift"],
                resources: [.copy("docx"), .copy("html"), .copy("regulations"), .copy("schema")]),
        .target(name: "VanBanWriters", dependencies: [
            "VanBanModel", "VanBanResources", "XMLKit", "ZipKit", "VanBanOOXML", .product(name: "Mustache", package: "swift-mustache"),
        ]),
        .target(name: "VanBanReaders", dependencies: ["VanBanModel", "VanBanChecks", "VanBanOOXML", "XMLKit"]),
        .target(name: "VanBanRegulations", dependencies: ["VanBanModel", "VanBanData", "VanBanResources"]),
        // DOCX → PDF through LibreOffice headless, and empty signature fields added as an incremental update.
        .target(name: "ProcessKit"),
        .target(name: "VanBanPDF", dependencies: ["VanBanModel", "ProcessKit"]),
        .target(name: "VanBan", dependencies: ["VanBanModel", "VanBanData", "VanBanReaders", "VanBanWriters", "VanBanRegulations", "VanBanPDF", "VanBanChecks"]),
        .executableTarget(name: "vanban", dependencies: [
            "VanBan", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            "VanBanStore", "VanBanStoreSQLite", "VanBanStorePostgres", "VanBanServer",
        ]),
        .executableTarget(name: "vanban-bench", dependencies: ["VanBan", "VanBanStore", "VanBanStoreSQLite", "VanBanStorePostgres"]),

        // Paths, golden files and random documents shared by the test targets.
        .target(name: "VanBanTestSupport", dependencies: ["VanBan", "ProcessKit"], path: "Tests/Support"),
        .testTarget(name: "VanBanModelTests", dependencies: ["VanBanModel"]),
        .testTarget(name: "VanBanDataTests", dependencies: ["VanBan", "VanBanTestSupport"]),
        .testTarget(name: "VanBanWritersTests", dependencies: ["VanBan", "VanBanTestSupport", "XMLKit", "ZipKit"]),
        .testTarget(name: "VanBanReadersTests", dependencies: ["VanBan", "VanBanTestSupport"]),
        .testTarget(name: "VanBanRegulationsTests", dependencies: ["VanBan", "VanBanTestSupport"]),
        // Depends on the executable so `swift test` builds the binary it runs.
        .testTarget(name: "VanBanCLITests", dependencies: ["vanban", "VanBanTestSupport"]),
        // Hostile inputs, one regression test per defect of issue 10; runs the binary too.
        .testTarget(name: "VanBanHardeningTests", dependencies: ["vanban", "VanBan", "VanBanTestSupport", "VanBanOOXML", "XMLKit", "ZipKit"]),
        .testTarget(name: "VanBanPDFTests", dependencies: ["vanban", "VanBan", "VanBanPDF", "VanBanTestSupport"]),

        // The register of outgoing documents (sổ đăng ký văn bản đi). The VanBan library never depends on these.
        .target(name: "VanBanStore", dependencies: [
            "VanBanModel", "VanBanData", "VanBanWriters", "XMLKit", "ZipKit", .product(name: "Crypto", package: "swift-crypto"),
        ]),
        .target(name: "VanBanStoreSQLite", dependencies: ["VanBanStore", .product(name: "GRDB", package: "GRDB.swift")]),
        .target(name: "VanBanStorePostgres", dependencies: ["VanBanStore", .product(name: "PostgresNIO", package: "postgres-nio")]),
        // Depends on the executables so `swift test` builds the binaries its process tests run.
        .testTarget(name: "VanBanStoreTests", dependencies: [
            "VanBanStore", "VanBanStoreSQLite", "VanBanStorePostgres", "VanBanTestSupport", "ProcessKit", "vanban", "vanban-bench", "XMLKit", "ZipKit",
            .product(name: "GRDB", package: "GRDB.swift"),
        ]),

        // The Nghị định 30 rule set of `vanban check` and `vanban fix`: content rules over the model,
        // layout rules over the facts the DOCX reader gathers. Model only, so the importer runs it too.
        .target(name: "VanBanChecks", dependencies: ["VanBanModel"]),
        .testTarget(name: "VanBanChecksTests", dependencies: ["VanBan", "VanBanChecks", "VanBanTestSupport", "vanban"]),
    
        // The clerk's workbench in the browser; only the `vanban` executable links it.
        .target(name: "VanBanServer", dependencies: [
            "VanBan", "VanBanStore", "VanBanStoreSQLite", "VanBanStorePostgres",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
            .product(name: "Mustache", package: "swift-mustache"),
        ], resources: [.copy("Assets")]),
        .testTarget(name: "VanBanServerTests", dependencies: [
            "VanBanServer", "VanBan", "VanBanStore", "VanBanStoreSQLite", "VanBanTestSupport", "ProcessKit", "vanban",
            .product(name: "HummingbirdTesting", package: "hummingbird"),
        ]),
    ]
)
