import Crypto
import Foundation
import VanBanData
import VanBanModel

/// How a draft is issued: the signing day, and which series its number comes from.
public struct IssueOptions: Sendable {
    /// The signing date; its year (in UTC+7) is the register year.
    public var date: CivilDate
    /// A secret document (văn bản mật): numbered in its own series.
    public var secret: Bool
    /// An explicit series, e.g. an advisory council's ("hoi-dong-thi-dua").
    public var sequence: String?
    /// The attempt's token (unique in the register); a caller that may issue the same draft twice
    /// at once (two clerks, one button) passes one per draft, so only one entry can ever be written.
    public var token: String?

    /// Creates options.
    public init(date: CivilDate, secret: Bool = false, sequence: String? = nil, token: String? = nil) {
        self.date = date
        self.secret = secret
        self.sequence = sequence
        self.token = token
    }
}

/// The result of issuing: the entry, what `render` made, and warnings to show.
public struct IssueResult<Extra: Sendable>: Sendable {
    /// The register entry.
    public var entry: RegisterEntry
    /// The issued document, stamped with its number and date.
    public var document: Document
    /// What the render callback returned for the stamped document.
    public var rendered: Extra
    /// True when the document was already registered under its number and nothing new was written.
    public var alreadyRegistered: Bool
    /// Non-fatal findings (a số and ký hiệu repeated in another series …).
    public var warnings: [Diagnostic]
}

/// Issues drafts: gives the next number of the right series, stamps number and date, records the
/// register entry and the frozen data with its SHA-256, all in one store transaction.
public enum DocumentIssuing {
    /// The register a document belongs to: its issuer's abbreviation.
    public static func organisation(of document: Document) throws(Diagnostic) -> String {
        guard let abbreviation = document.issuer?.abbreviation?.trimmingCharacters(in: .whitespaces), !abbreviation.isEmpty else {
            throw Diagnostic(RegisterMessage.noOrganisation, at: document.location)
        }
        return abbreviation
    }

    /// SHA-256 of text as UTF-8, in lowercase hex.
    public static func sha256(_ text: String) -> String {
        SHA256.hash(data: Data(text.utf8)).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }

    /// The frozen form of an issued document: canonical JSON (the same data as YAML, and several
    /// times quicker to write, which matters because it is written while the series is locked).
    public static func frozenContent(_ document: Document) -> String {
        DocumentData.encode(document, as: .json)
    }

    /// Issues `draft`. `render` turns the stamped document into whatever the caller writes
    /// afterwards (DOCX bytes …); it runs inside the transaction, so a failure there gives the
    /// number back. A draft that already has a number is accepted only when the register holds
    /// exactly that document under that number (then nothing new is written).
    public static func issue<Extra: Sendable>(
        _ draft: Document, options: IssueOptions, store: some RegisterStore,
        render: @escaping @Sendable (Document) throws -> Extra
    ) async throws -> IssueResult<Extra> {
        let organisation = try organisation(of: draft)
        let symbol = draft.effectiveSymbol ?? ""
        if let number = draft.number {
            return try await existing(draft, number: number, organisation: organisation, symbol: symbol, options: options, store: store, render: render)
        }
        let scheme = try await store.scheme(organisation: organisation)
        let sequence = NumberSequence.name(kind: draft.kind, scheme: scheme, secret: options.secret, explicit: options.sequence)
        let request = IssueRequest(organisation: organisation, sequence: sequence, year: options.date.year, token: options.token ?? UUID().uuidString)
        let (entry, made) = try await store.issue(request) { allocation in
            var issued = draft
            issued.number = allocation.number
            issued.date = options.date
            issued.draftYear = nil
            let content = frozenContent(issued)
            let digest = sha256(content)
            let entry = makeEntry(issued, allocation: allocation, symbol: symbol, sha256: digest, token: request.token)
            let rendered = try render(issued)
            return (IssuedRecord(entry: entry, document: StoredDocument(format: "json", content: content, sha256: digest)), (issued, rendered))
        }
        // Phụ lục VI: warn when the same số, ký hiệu and issuer appear in another series.
        let twins = try await store.entries(EntryFilter(organisation: organisation, year: entry.year, number: entry.number, symbol: symbol))
            .filter { $0.id != entry.id }
        let warnings = twins.map { Diagnostic(RegisterMessage.duplicateSymbol(number: $0.numberAndSymbol, sequence: $0.sequence, year: String($0.year))) }
        return IssueResult(entry: entry, document: made.0, rendered: made.1, alreadyRegistered: false, warnings: warnings)
    }

    private static func existing<Extra: Sendable>(
        _ draft: Document, number: Int, organisation: String, symbol: String, options: IssueOptions,
        store: some RegisterStore, render: @Sendable (Document) throws -> Extra
    ) async throws -> IssueResult<Extra> {
        let year = draft.date?.year ?? options.date.year
        let label = RegisterEntry(organisation: organisation, sequence: "", year: year, number: number, symbol: symbol, date: options.date).numberAndSymbol
        let matches = try await store.entries(EntryFilter(organisation: organisation, year: year, number: number, symbol: symbol))
        guard let entry = matches.first(where: { $0.documentSHA256 != nil }) ?? matches.first else {
            throw Diagnostic(RegisterMessage.numberedElsewhere(number: label), at: draft.location)
        }
        guard let id = entry.id, let stored = try await store.document(entryID: id),
              stored.sha256 == sha256(frozenContent(draft)) else {
            throw Diagnostic(RegisterMessage.frozen(document: label), at: draft.location)
        }
        let warning = Diagnostic(RegisterMessage.alreadyIssued(number: entry.numberAndSymbol, date: DateText.short(entry.date)), at: draft.location)
        return IssueResult(entry: entry, document: draft, rendered: try render(draft), alreadyRegistered: true, warnings: [warning])
    }

    /// The register columns the data knows: trích yếu, signer, recipients, the archive copy.
    public static func makeEntry(_ document: Document, allocation: Allocation, symbol: String, sha256: String?, token: String?) -> RegisterEntry {
        var recipients: [String] = []
        var archive: [String] = []
        for recipient in document.recipients {
            let trimmed = recipient.trimmingCharacters(in: .whitespaces)
            // "Lưu: VT, HSCDS" names who keeps the archive copy (column 6), not a recipient.
            if trimmed.hasPrefix("Lưu") {
                archive.append(trimmed.dropFirst(3).trimmingCharacters(in: CharacterSet(charactersIn: ": ").union(.whitespaces)))
            } else {
                recipients.append(trimmed)
            }
        }
        return RegisterEntry(
            organisation: allocation.organisation, sequence: allocation.sequence, year: allocation.year, number: allocation.number,
            symbol: symbol, kind: document.kind.rawValue, date: document.date ?? CivilDate(year: allocation.year, month: 1, day: 1)!,
            summary: summary(document), signer: signer(document), recipients: recipients.joined(separator: "\n"),
            archiveCopy: archive.joined(separator: "; "), status: .issued, documentSHA256: sha256, token: token,
            recordedAt: DateText.timestamp())
    }

    /// "Quyết định về việc ban hành Quy chế …": tên loại and trích yếu on one line.
    static func summary(_ document: Document) -> String {
        let title = (document.title ?? "").split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        guard let first = title.first else { return document.kind.name }
        // Only the first word's capital is dropped, and only when the second letter is lowercase
        // (so "UBND …" or "Quy chế" as a name further on stay as written).
        let second = title.dropFirst().first
        let head = (second?.isLowercase ?? false) ? VietnameseText.lowercased(String(first)) : String(first)
        return "\(document.kind.name) \(head)\(title.dropFirst())"
    }

    static func signer(_ document: Document) -> String {
        guard let signature = document.signature else { return "" }
        if let name = signature.name, !name.isEmpty {
            return [name, signature.position].compactMap { $0 }.joined(separator: ", ")
        }
        return signature.headingLines.joined(separator: " ")
    }
}
