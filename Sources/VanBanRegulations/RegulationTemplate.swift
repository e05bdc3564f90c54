import Foundation
import VanBanData
import VanBanModel
import VanBanResources

/// A template regulation a school adapts: its issuing decision and the regulation, written once
/// with variables, optional parts and lists (`Templates/regulations/*.yaml`).
public struct RegulationTemplate: Sendable {
    /// The id used on the command line, e.g. "ung-dung-cntt-mam-non".
    public let id: String
    /// One line saying what the regulation is for.
    public let description: String
    /// Optional parts the profile switches: id → (what it is, default).
    public let options: [(id: String, label: String, enabled: Bool)]
    /// Lists the profile supplies: id → what it holds.
    public let lists: [(id: String, label: String)]
    let tree: DataNode
    let defines: [(String, String)]
    let file: String
    /// Profile paths the template's text reads ("school.name", "staff.ke_toan" …).
    let variables: Set<String>

    /// Profile paths the `{{…}}` of a template text read, without `?`, filters and loop names.
    static func variables(in text: String) -> Set<String> {
        var result: Set<String> = []
        var rest = Substring(text)
        while let open = rest.range(of: "{{"), let close = rest[open.upperBound...].range(of: "}}") {
            var name = rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces)
            if let bar = name.firstIndex(of: "|") { name = String(name[..<bar]).trimmingCharacters(in: .whitespaces) }
            if name.hasSuffix("?") { name.removeLast() }
            if !name.hasPrefix("item"), name != "index" { result.insert(name) }
            rest = rest[close.upperBound...]
        }
        return result
    }

    /// Option ids some shipped template declares: one profile may set options for every template.
    static func shippedOptions() -> Set<String> {
        Set(((try? Self.shipped()) ?? []).flatMap { $0.options.map(\.id) })
    }

    /// Every profile field some shipped template reads, with every list they repeat over.
    static func profileFields() -> Set<String> {
        let shipped = (try? Self.shipped()) ?? []
        return shipped.reduce(into: Set<String>()) { fields, template in
            fields.formUnion(template.variables)
            fields.formUnion(template.lists.map(\.id))
        }
    }

    /// The templates shipped with vanban, sorted by id. They are read and checked once per
    /// process: they are part of the program, and instantiation asks for them per option.
    public static func shipped() throws(DiagnosticError) -> [RegulationTemplate] {
        try shippedOnce.get()
    }

    private static let shippedOnce: Result<[RegulationTemplate], DiagnosticError> = {
        let folder = TemplateStore.url("regulations")
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".yaml") }.sorted()
        var result: [RegulationTemplate] = []
        do throws(DiagnosticError) {
            for name in names { result.append(try load(folder.appendingPathComponent(name))) }
        } catch {
            return .failure(error)
        }
        return .success(result)
    }()


    /// A shipped template by id, or a template file by path.
    public static func named(_ idOrPath: String) throws(DiagnosticError) -> RegulationTemplate {
        if idOrPath.hasSuffix(".yaml") || idOrPath.contains("/") { return try load(URL(fileURLWithPath: idOrPath)) }
        let all = try shipped()
        guard let match = all.first(where: { $0.id == idOrPath }) else {
            throw DiagnosticError(Message.unknownTemplate(idOrPath, available: all.map(\.id)))
        }
        return match
    }

    /// Reads a template file.
    public static func load(_ url: URL) throws(DiagnosticError) -> RegulationTemplate {
        guard let data = FileManager.default.contents(atPath: url.path), let text = String(data: data, encoding: .utf8) else {
            throw DiagnosticError(Message.fileUnreadable(file: url.path, FileManager.default.fileExists(atPath: url.path) ? .notUTF8 : .noSuchFile))
        }
        let root = try DocumentData.parse(text, format: .yaml, file: url.path)
        func fail(_ problem: Message.TemplateProblem) -> DiagnosticError {
            DiagnosticError(Message.templateSyntax(file: url.lastPathComponent, problem), at: root.location)
        }
        guard case let .mapping(entries, _) = root,
              case let .mapping(header, _)? = entries.first(where: { $0.key == "template" })?.value,
              let document = entries.first(where: { $0.key == "document" })?.value else {
            throw fail(.missingHeader)
        }
        func field(_ key: String) -> String? { header.first { $0.key == key }?.value.scalarText }
        var options: [(String, String, Bool)] = []
        if case let .mapping(list, _)? = header.first(where: { $0.key == "options" })?.value {
            for option in list {
                if case let .mapping(fields, _) = option.value {
                    let label = fields.first { $0.key == "label" }?.value.scalarText ?? option.key
                    let enabled = fields.first { $0.key == "default" }?.value.isTrue ?? false
                    options.append((option.key, label, enabled))
                } else {
                    options.append((option.key, option.value.scalarText ?? option.key, false))
                }
            }
        }
        var lists: [(String, String)] = []
        if case let .mapping(list, _)? = header.first(where: { $0.key == "lists" })?.value {
            lists = list.map { ($0.key, $0.value.scalarText ?? $0.key) }
        }
        var defines: [(String, String)] = []
        if case let .mapping(list, _)? = header.first(where: { $0.key == "defines" })?.value {
            defines = list.compactMap { entry in entry.value.scalarText.map { (entry.key, $0) } }
        }
        guard let id = field("id") else { throw fail(.missingID) }
        return RegulationTemplate(id: id, description: field("description") ?? "", options: options, lists: lists,
                                  tree: document, defines: defines, file: url.path, variables: variables(in: text))
    }

    /// The decision and its regulation for a school. Fails, writing nothing, when the profile
    /// lacks fields the template needs (all of them are listed) or a cross-reference points at
    /// a part the options removed. Unknown profile fields come back as warnings.
    public func instantiate(_ profile: Profile) throws(DiagnosticError) -> LoadedDocument {
        var chosen: [String: Bool] = [:]
        for option in options { chosen[option.id] = option.enabled }
        var warnings: [Diagnostic] = []
        if case let .mapping(entries, _)? = profile.value(at: "options") {
            for entry in entries {
                if options.contains(where: { $0.id == entry.key }) {
                    guard let value = entry.value.booleanValue else {
                        throw DiagnosticError(Message.notABoolean(field: "options.\(entry.key)", value: entry.value.scalarText ?? ""),
                                              at: entry.value.location)
                    }
                    chosen[entry.key] = value
                } else if !Self.shippedOptions().contains(entry.key) {
                    warnings.append(Diagnostic(Message.profileUnknown(field: "options.\(entry.key)", template: id), at: entry.keyLocation))
                }
            }
        }
        var expansion = TemplateExpansion(profile: profile, options: chosen)
        // Definitions may use profile values and one another, in order.
        for (name, text) in defines {
            if case let .scalar(value, _, _)? = expansion.expand(.scalar(text, quoted: true, .unknown)) { expansion.defines[name] = value }
        }
        let expanded = expansion.expand(tree)
        if !expansion.missing.isEmpty {
            throw DiagnosticError([Diagnostic(Message.profileMissing(template: id, fields: expansion.missing),
                                              at: profile.root.location)])
        }
        if !expansion.errors.isEmpty { throw DiagnosticError(expansion.errors) }
        guard let expanded else { throw DiagnosticError(Message.templateSyntax(file: file, .documentLeftOut)) }
        var loaded = try DocumentData.document(from: expanded)
        var errors: [Diagnostic] = []
        errors += Renumbering.apply(to: &loaded.document, protecting: expansion.profileTexts)
        for index in loaded.document.attachments.indices {
            errors += Renumbering.apply(to: &loaded.document.attachments[index], protecting: expansion.profileTexts)
        }
        if !errors.isEmpty { throw DiagnosticError(errors) }
        // One profile serves every template, so only a field no template reads is reported.
        let known = Self.profileFields().union(variables).union(lists.map(\.id))
        for leaf in profile.leaves() where !leaf.path.hasPrefix("options.") {
            let isKnown = known.contains { leaf.path == $0 || leaf.path.hasPrefix($0 + ".") }
            if !isKnown { warnings.append(Diagnostic(Message.profileUnknown(field: leaf.path, template: id), at: leaf.location)) }
        }
        loaded.warnings += warnings
        return loaded
    }
}
