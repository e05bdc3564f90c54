import Foundation
import VanBan
import VanBanStore

/// What both the API and the pages do with drafts, in one place.
extension Workbench {
    /// A draft, or 404.
    func requireDraft(_ id: Int64) async throws -> Draft {
        guard let draft = try await store.draft(id: id) else { throw DraftError.notFound(id: id) }
        return draft
    }

    /// The document a draft holds: the issued, stamped data once issued.
    func document(of draft: Draft) async throws -> Document {
        if let entryID = draft.entryID, let stored = try await store.document(entryID: entryID) {
            return try DocumentData.load(stored.content, format: DataFormat(rawValue: stored.format) ?? .json).document
        }
        return try DocumentData.load(draft.content, format: .json).document
    }

    /// Creates a draft from a document.
    func create(_ document: Document, by viewer: Viewer) async throws -> Draft {
        try await store.createDraft(title: DocumentForm.listTitle(document), content: DocumentData.encode(document, as: .json), author: viewer.name)
    }

    /// Saves a document over the version the editor started from.
    func save(_ document: Document, draftID: Int64, version: Int, by viewer: Viewer) async throws -> Draft {
        try await store.saveDraft(id: draftID, title: DocumentForm.listTitle(document), content: DocumentData.encode(document, as: .json),
                                  expectedVersion: version, author: viewer.name)
    }

    /// The number the next issue of this document would get ("02/QĐ-MNTT"), without taking it.
    func nextNumber(for document: Document, date: CivilDate) async throws -> String {
        let organisation = try DocumentIssuing.organisation(of: document)
        let scheme = try await store.scheme(organisation: organisation)
        let sequence = NumberSequence.name(kind: document.kind, scheme: scheme, secret: false)
        let used = try await store.entries(EntryFilter(organisation: organisation, year: date.year, sequence: sequence))
        let next = (used.map(\.number).max() ?? 0) + 1
        return RegisterEntry(organisation: organisation, sequence: sequence, year: date.year, number: next,
                             symbol: document.effectiveSymbol ?? "", date: date).numberAndSymbol
    }

    /// Issues a draft: the next number, the date, the register entry; the draft becomes read-only.
    func issue(draftID: Int64, date: CivilDate?, by viewer: Viewer) async throws -> RegisterEntry {
        guard viewer.role.canIssue else { throw WorkbenchFailure(.forbidden, .forbidden(role: viewer.role.rawValue)) }
        let draft = try await requireDraft(draftID)
        guard draft.entryID == nil else { throw DraftError.issued(id: draftID) }
        let document = try DocumentData.load(draft.content, format: .json).document
        let day = date ?? DateText.civilDate(at: Date())
        // One token per draft: two clerks pressing the button at once cannot give it two numbers
        // (SQLite refuses the second entry by the token's unique index; PostgreSQL's retry finds the first).
        let token = "vanban-draft-\(draftID)"
        let entry: RegisterEntry
        do {
            entry = try await DocumentIssuing.issue(document, options: IssueOptions(date: day, token: token), store: store) { _ in () }.entry
        } catch {
            let organisation = try DocumentIssuing.organisation(of: document)
            guard let existing = try await store.entries(EntryFilter(organisation: organisation)).first(where: { $0.token == token }),
                  let id = existing.id else { throw error }
            try await store.markIssued(draftID: draftID, entryID: id)
            throw DraftError.issued(id: draftID)
        }
        if let id = entry.id { try await store.markIssued(draftID: draftID, entryID: id) }
        return entry
    }

    /// Rendered bytes, turning writer failures into a coded message.
    func render(_ document: Document, as format: OutputFormat) throws -> Data {
        do {
            return try environment.render(document, as: format)
        } catch let error as DiagnosticError {
            throw WorkbenchFailure(.unprocessableContent, diagnostics: error.diagnostics)
        } catch let diagnostic as Diagnostic {
            throw WorkbenchFailure(.unprocessableContent, diagnostics: [diagnostic])
        } catch {
            throw WorkbenchFailure(.unprocessableContent, .renderFailed(format: format.rawValue, detail: String(describing: error)))
        }
    }

    /// Register entries of a year matching a search (number, trích yếu, signer or date).
    func registerEntries(year: Int, query: String?) async throws -> [RegisterEntry] {
        let all = try await store.entries(EntryFilter(year: year))
        guard let query = query?.trimmingCharacters(in: .whitespaces), !query.isEmpty else { return all.reversed() }
        let needle = VietnameseText.lowercased(query)
        return all.filter { entry in
            [entry.numberAndSymbol, entry.summary, entry.signer, DateText.short(entry.date), entry.date.iso, DateFormatting.longDate(entry.date)]
                .contains { VietnameseText.lowercased($0).contains(needle) }
        }.reversed()
    }
}

/// Refusals by role.
extension Viewer {
    /// Throws unless the viewer may save drafts.
    func mustWrite() throws {
        guard role.canWrite else { throw WorkbenchFailure(.forbidden, .forbidden(role: role.rawValue)) }
    }
}

extension WorkbenchContext {
    /// The viewer, or 401 (pages redirect to the sign-in form).
    func requireViewer() throws -> Viewer {
        guard let viewer else { throw WorkbenchFailure(.unauthorized, .signInRequired) }
        return viewer
    }
}
