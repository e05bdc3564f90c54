import Foundation
import VanBan

/// A school's profile as the workbench edits it. It is written as the YAML `vanban new --profile`
/// reads, so the same text drives the template engine, is stored, and can be used on the command line.
struct SchoolProfile: Sendable, Equatable {
    /// One entry of a profile list: a plain text, or named fields ("name", "role").
    struct Entry: Sendable, Equatable {
        var text = ""
        var fields: [String: String] = [:]

        /// True when nothing was typed in the row.
        var isBlank: Bool {
            text.trimmingCharacters(in: .whitespaces).isEmpty && fields.values.allSatisfy { $0.trimmingCharacters(in: .whitespaces).isEmpty }
        }
    }

    /// The keys under `school:` the form edits, in the order written.
    static let schoolKeys = ["name", "abbreviation", "parent", "place", "reports_to"]

    var school: [String: String] = [:]
    var schoolYear = ""
    var principal = ""
    var vicePrincipals: [String] = []
    /// Staff per role (`staff.ke_toan`): one or more names.
    var staff: [String: [String]] = [:]
    var options: [String: Bool] = [:]
    /// Lists by id (`applications`, `committee` …).
    var lists: [String: [Entry]] = [:]

    /// The organisation name the profile is saved under.
    var organisation: String { school["name"]?.trimmingCharacters(in: .whitespaces) ?? "" }

    /// The profile as YAML; every text double-quoted with JSON escapes (valid YAML), blanks left out.
    var yaml: String {
        var lines: [String] = []
        let schoolLines = Self.schoolKeys.compactMap { key in school[key].flatMap(Self.present).map { "  \(key): \(Self.quote($0))" } }
        if !schoolLines.isEmpty { lines += ["school:"] + schoolLines }
        if let year = Self.present(schoolYear) { lines.append("school_year: \(Self.quote(year))") }
        if let name = Self.present(principal) { lines.append("principal: \(Self.quote(name))") }
        let deputies = vicePrincipals.compactMap(Self.present)
        if !deputies.isEmpty { lines += ["vice_principals:"] + deputies.map { "  - \(Self.quote($0))" } }
        let roles = staff.keys.sorted().compactMap { role -> [String]? in
            let names = staff[role, default: []].compactMap(Self.present)
            switch names.count {
            case 0: return nil
            case 1: return ["  \(role): \(Self.quote(names[0]))"]
            default: return ["  \(role):"] + names.map { "    - \(Self.quote($0))" }
            }
        }
        if !roles.isEmpty { lines += ["staff:"] + roles.flatMap { $0 } }
        if !options.isEmpty { lines += ["options:"] + options.keys.sorted().map { "  \($0): \(options[$0]! ? "true" : "false")" } }
        for id in lists.keys.sorted() {
            let entries = lists[id, default: []].filter { !$0.isBlank }
            guard !entries.isEmpty else { continue }
            lines.append("\(id):")
            for entry in entries {
                if entry.fields.isEmpty {
                    lines.append("  - \(Self.quote(entry.text.trimmingCharacters(in: .whitespaces)))")
                } else {
                    let pairs = entry.fields.keys.sorted().compactMap { key in Self.present(entry.fields[key]!).map { "\(key): \(Self.quote($0))" } }
                    lines.append("  - {" + pairs.joined(separator: ", ") + "}")
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Reads a stored (or hand-written) profile; parts the form does not edit are left out.
    init(yaml text: String) throws(DiagnosticError) {
        guard case let .mapping(entries, _) = try DocumentData.parse(text, format: .yaml) else { return }
        for entry in entries {
            switch (entry.key, entry.value) {
            case ("school", .mapping(let fields, _)):
                for field in fields { if let value = Self.text(field.value) { school[field.key] = value } }
            case ("school_year", let value): schoolYear = Self.text(value) ?? ""
            case ("principal", let value): principal = Self.text(value) ?? ""
            case ("vice_principals", let value): vicePrincipals = Self.texts(value)
            case ("staff", .mapping(let roles, _)):
                for role in roles { staff[role.key] = Self.texts(role.value) }
            case ("options", .mapping(let flags, _)):
                for flag in flags {
                    let word = Self.text(flag.value)?.lowercased() ?? ""
                    if ["true", "yes", "on", "1", "có"].contains(word) { options[flag.key] = true }
                    if ["false", "no", "off", "0", "không"].contains(word) { options[flag.key] = false }
                }
            case (let id, .sequence(let elements, _)):
                lists[id] = elements.map { element in
                    if case let .mapping(fields, _) = element {
                        return Entry(fields: Dictionary(fields.compactMap { field in Self.text(field.value).map { (field.key, $0) } }) { first, _ in first })
                    }
                    return Entry(text: Self.text(element) ?? "")
                }
            default:
                break
            }
        }
    }

    /// An empty profile.
    init() {}

    /// This profile with the values of another laid over it (the form's over the saved one):
    /// whatever the form did not show is kept.
    func overlaid(with form: SchoolProfile, staffRoles: [String], options shownOptions: [String], lists shownLists: [String]) -> SchoolProfile {
        var result = self
        for key in Self.schoolKeys { result.school[key] = form.school[key] }
        result.schoolYear = form.schoolYear
        result.principal = form.principal
        result.vicePrincipals = form.vicePrincipals
        for role in staffRoles { result.staff[role] = form.staff[role] }
        for option in shownOptions { result.options[option] = form.options[option] }
        for list in shownLists { result.lists[list] = form.lists[list] }
        return result
    }

    private static func present(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }

    /// A YAML double-quoted scalar (JSON's escapes are YAML's).
    static func quote(_ text: String) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        return (try? String(decoding: encoder.encode(text), as: UTF8.self)) ?? "\"\""
    }

    private static func text(_ node: DataNode) -> String? {
        if case let .scalar(text, _, _) = node { return text }
        return nil
    }

    private static func texts(_ node: DataNode) -> [String] {
        if case let .sequence(elements, _) = node { return elements.compactMap(text) }
        return text(node).map { [$0] } ?? []
    }
}
