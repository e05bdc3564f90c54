import ArgumentParser
import Foundation
import VanBan
import VanBanStore

struct RegisterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "register",
        abstract: "The outgoing register (sổ đăng ký văn bản đi): list, show, void, export, import, config.",
        discussion: """
            Examples:
              vanban register list --year 2025 --kind QĐ
              vanban register show 257/QĐ-MNTT --year 2025 -o qd-257.docx
              vanban register void 257/QĐ-MNTT --year 2025 --reason "Thay thế bằng Quyết định số 260/QĐ-MNTT"
              vanban register export --year 2025 -o so-van-ban-di-2025.docx
              vanban register import so-cu.csv
              vanban register config --organisation MNTT --scheme per-kind
            """,
        subcommands: [
            RegisterList.self, RegisterShow.self, RegisterVoid.self, RegisterExport.self, RegisterImportCommand.self, RegisterConfig.self,
        ]
    )
}

/// Reads --kind as an id, abbreviation or name.
private func kindID(_ text: String?) throws -> String? {
    guard let text else { return nil }
    guard let kind = DocumentKind(identifier: text) else { throw Diagnostic(Message.unknownKind(field: "--kind", value: text)) }
    return kind.rawValue
}

/// Runs one store action and closes the store.
private func withStore<T: Sendable>(_ options: StoreOptions, _ language: Language, _ body: @escaping @Sendable (any RegisterStore) async throws -> T) throws -> T {
    let store = try options.open(language: language)
    return try runBlocking {
        do {
            let value = try await body(store)
            await store.close()
            return value
        } catch {
            await store.close()
            throw error
        }
    }
}

struct RegisterList: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List register entries, one a line.")

    @Option(name: .long, help: "Only this year.") var year: Int?
    @Option(name: .long, help: ArgumentHelp("Only this kind (QĐ, quyet-dinh, Quyết định …).", valueName: "kind")) var kind: String?
    @Option(name: .long, help: ArgumentHelp("Only this organisation (issuer abbreviation).", valueName: "abbr")) var organisation: String?
    @Option(name: .long, help: ArgumentHelp("Only this series (chung, mat, quyet-dinh …).", valueName: "name")) var sequence: String?
    @OptionGroup var store: StoreOptions
    @OptionGroup var common: CommonOptions

    func run() throws {
        let console = Console(language: common.language)
        try console.runStore {
            let filter = EntryFilter(organisation: organisation, year: year, sequence: sequence, kind: try kindID(kind))
            let entries = try withStore(store, common.language) { try await $0.entries(filter) }
            var text = ""
            for entry in entries {
                let mark = entry.status == .void ? (common.language == .vi ? "  [đã hủy]" : "  [void]") : ""
                text += "\(entry.numberAndSymbol)\t\(DateText.short(entry.date))\t\(entry.year)\t\(entry.sequence)\t\(entry.summary)\(mark)\n"
            }
            try console.writeStandardOutput(Data(text.utf8))
        }
    }
}

struct RegisterShow: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show one entry; with -o, write its issued document again (format from the extension).")

    @Argument(help: ArgumentHelp("The số and ký hiệu, e.g. 257/QĐ-MNTT.", valueName: "NUMBER")) var label: String
    @Option(name: .long, help: "The year, when the number is in several.") var year: Int?
    @Option(name: .long, help: ArgumentHelp("The organisation (issuer abbreviation).", valueName: "abbr")) var organisation: String?
    @Option(name: .shortAndLong, help: ArgumentHelp("Write the issued document to this file.", valueName: "OUT")) var output: String?
    @Flag(name: .long, help: "Replace OUT if it exists.") var force = false
    @OptionGroup var store: StoreOptions
    @OptionGroup var common: CommonOptions

    func validate() throws {
        if let output, OutputFormat(path: output) == nil { throw ValidationError("cannot tell the format from \"\(output)\"") }
    }

    func run() throws {
        let console = Console(language: common.language)
        try console.runStore {
            let target = OutputTarget(path: output, force: force)
            if let output { try target.checkWritable(binary: OutputFormat(path: output)) }
            let register = try store.open(language: common.language)
            let entry = try findEntry(label, year: year, organisation: organisation, in: register)
            let stored = try runBlocking { () -> StoredDocument? in
                let document = try await entry.id.asyncMap { try await register.document(entryID: $0) } ?? nil
                await register.close()
                return document
            }
            if let output, let format = OutputFormat(path: output) {
                guard let stored else { throw Diagnostic(RegisterMessage.notFound(number: entry.numberAndSymbol, detail: " (document)")) }
                let document = try DocumentData.load(stored.content, format: DataFormat(rawValue: stored.format) ?? .yaml).document
                try target.write(try Renderer.render(document, as: format))
                return
            }
            var lines = zip(RegisterColumns.titles, RegisterColumns.cells(entry)).enumerated().map { index, pair in
                "(\(index + 1)) \(pair.0): \(pair.1.replacingOccurrences(of: "\n", with: "; "))"
            }
            lines.append("sổ/sequence: \(entry.sequence) \(entry.year) · \(entry.organisation) · \(entry.status.rawValue)")
            if let stored { lines.append("SHA-256: \(stored.sha256)") }
            try console.writeStandardOutput(Data((lines.joined(separator: "\n") + "\n").utf8))
        }
    }
}

extension Optional {
    /// Maps with an async transform.
    func asyncMap<T>(_ transform: (Wrapped) async throws -> T) async rethrows -> T? {
        guard let value = self else { return nil }
        return try await transform(value)
    }
}

struct RegisterVoid: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "void", abstract: "Mark an entry void (withdrawn or replaced): it keeps its number, which is never given again.")

    @Argument(help: ArgumentHelp("The số and ký hiệu, e.g. 257/QĐ-MNTT.", valueName: "NUMBER")) var label: String
    @Option(name: .long, help: "The year, when the number is in several.") var year: Int?
    @Option(name: .long, help: ArgumentHelp("The organisation (issuer abbreviation).", valueName: "abbr")) var organisation: String?
    @Option(name: .long, help: ArgumentHelp("Why: written in the Ghi chú column.", valueName: "text")) var reason: String
    @OptionGroup var store: StoreOptions
    @OptionGroup var common: CommonOptions

    func run() throws {
        let console = Console(language: common.language)
        try console.runStore {
            let register = try store.open(language: common.language)
            let entry = try findEntry(label, year: year, organisation: organisation, in: register)
            let today = DateText.short(DateText.civilDate(at: Date()))
            let addition = "Hủy ngày \(today): \(VietnameseText.normalized(reason))"
            let note = entry.note.isEmpty ? addition : entry.note + "\n" + addition
            let id = entry.id!
            let updated = try runBlocking {
                do {
                    let updated = try await register.void(entryID: id, note: note)
                    await register.close()
                    return updated
                } catch {
                    await register.close()
                    throw error
                }
            }
            console.say(Diagnostic(RegisterMessage.voided(number: updated.numberAndSymbol)))
        }
    }
}

struct RegisterExport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Print the register on the Phụ lục IV form: .docx (landscape A4), .csv or .html.")

    @Option(name: .long, help: "The year to print.") var year: Int?
    @Option(name: .long, help: ArgumentHelp("Only this organisation (issuer abbreviation).", valueName: "abbr")) var organisation: String?
    @Option(name: .long, help: ArgumentHelp("Only this series.", valueName: "name")) var sequence: String?
    @Option(name: .shortAndLong, help: ArgumentHelp("The file to write (.docx, .csv, .html); standard output when left out.", valueName: "OUT")) var output: String?
    @Option(name: .long, help: ArgumentHelp("docx, csv or html, whatever the extension.", valueName: "format")) var to: String?
    @Flag(name: .long, help: "Replace OUT if it exists.") var force = false
    @OptionGroup var store: StoreOptions
    @OptionGroup var common: CommonOptions

    private var format: String? {
        (to ?? output.map { ($0 as NSString).pathExtension })?.lowercased()
    }

    func validate() throws {
        guard let format, ["docx", "csv", "html", "htm"].contains(format) else {
            throw ValidationError("give -o FILE.docx, .csv or .html (or --to docx|csv|html)")
        }
    }

    func run() throws {
        let console = Console(language: common.language)
        try console.runStore {
            let target = OutputTarget(path: output, force: force)
            try target.checkWritable(binary: format == "docx" ? .docx : nil)
            let filter = EntryFilter(organisation: organisation, year: year, sequence: sequence)
            let entries = try withStore(store, common.language) { try await $0.entries(filter) }
            let heading = RegisterHeading(year: year, organisations: Array(Set(entries.map(\.organisation))).sorted())
            let data: Data
            switch format {
            case "docx": data = try RegisterDocx.write(entries, heading: heading)
            case "csv": data = RegisterCSV.write(entries)
            default: data = RegisterHTML.write(entries, heading: heading)
            }
            try target.write(data)
        }
    }
}

struct RegisterImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Add a register kept in a spreadsheet (CSV, the ten columns in order); its numbers are never given again.")

    @Argument(help: ArgumentHelp("The CSV file (comma, semicolon or tab separated; UTF-8).", valueName: "FILE.csv")) var input: String
    @Option(name: .long, help: ArgumentHelp("The organisation; default: the last group of each ký hiệu.", valueName: "abbr")) var organisation: String?
    @Option(name: .long, help: ArgumentHelp("The series to import into (e.g. mat); default: the organisation's scheme.", valueName: "name")) var sequence: String?
    @OptionGroup var store: StoreOptions
    @OptionGroup var common: CommonOptions

    func run() throws {
        let console = Console(language: common.language)
        try console.runStore {
            guard let data = FileManager.default.contents(atPath: input) else {
                throw Diagnostic(Message.fileUnreadable(file: input, .noSuchFile))
            }
            let text = String(decoding: data, as: UTF8.self)
            let register = try store.open(language: common.language)
            let organisation = organisation
            let scheme = try runBlocking { try await organisation.asyncMap { try await register.scheme(organisation: $0) } ?? .single }
            let read = RegisterImport.read(text, file: input, organisation: organisation, sequence: sequence, scheme: scheme)
            if !read.diagnostics.isEmpty {
                // Nothing is written when a row is wrong: a half-imported register is worse than none.
                throw DiagnosticError(read.diagnostics)
            }
            let entries = read.entries
            let outcome = try runBlocking {
                do {
                    let outcome = try await register.importEntries(entries)
                    await register.close()
                    return outcome
                } catch {
                    await register.close()
                    throw error
                }
            }
            for skipped in outcome.skipped {
                console.say(Diagnostic(RegisterMessage.importDuplicate(number: skipped.numberAndSymbol, year: String(skipped.year))))
            }
            console.say(Diagnostic(RegisterMessage.imported(count: String(outcome.imported))))
        }
    }
}

struct RegisterConfig: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Show or choose how an organisation numbers: one series for all documents (single) or one per kind (per-kind).")

    @Option(name: .long, help: ArgumentHelp("The organisation (issuer abbreviation, e.g. MNTT).", valueName: "abbr")) var organisation: String
    @Option(name: .long, help: ArgumentHelp("single or per-kind.", valueName: "scheme")) var scheme: String?
    @Flag(name: .long, help: "Change the scheme even though this year already has entries.") var force = false
    @OptionGroup var store: StoreOptions
    @OptionGroup var common: CommonOptions

    func validate() throws {
        if let scheme, NumberingScheme(rawValue: scheme) == nil { throw ValidationError("--scheme takes single or per-kind, not \"\(scheme)\"") }
    }

    func run() throws {
        let console = Console(language: common.language)
        try console.runStore {
            let organisation = organisation
            let wanted = scheme.flatMap(NumberingScheme.init(rawValue:))
            let year = DateText.civilDate(at: Date()).year
            let force = force
            let result = try withStore(store, common.language) { store -> (NumberingScheme, Int?) in
                let current = try await store.scheme(organisation: organisation)
                guard let wanted, wanted != current else { return (current, nil) }
                let thisYear = try await store.entries(EntryFilter(organisation: organisation, year: year)).filter { $0.sequence != NumberSequence.secret }
                if !thisYear.isEmpty && !force { return (current, thisYear.count) }
                try await store.setScheme(wanted, organisation: organisation)
                return (wanted, nil)
            }
            if let count = result.1 { throw Diagnostic(RegisterMessage.schemeInUse(year: String(year), count: String(count))) }
            console.say(Diagnostic(RegisterMessage.schemeSet(organisation: organisation, scheme: result.0.rawValue)))
            try console.writeStandardOutput(Data((result.0.rawValue + "\n").utf8))
        }
    }
}
