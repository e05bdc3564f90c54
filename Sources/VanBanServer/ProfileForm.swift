import Foundation
import VanBan

/// The form made from a template's profile: which fields it shows, how a posted form becomes a
/// `SchoolProfile`, and the values its page template shows (with each problem next to its field).
struct ProfileForm {
    let template: RegulationTemplate

    /// Labels of the profile fields every template shares.
    static let labels: [String: String] = [
        "school.name": "Tên trường", "school.abbreviation": "Tên viết tắt (dùng trong ký hiệu văn bản)",
        "school.parent": "Cơ quan chủ quản", "school.place": "Địa danh", "school.reports_to": "Cơ quan nhận báo cáo",
        "school_year": "Năm học (ví dụ 2025-2026)", "principal": "Hiệu trưởng",
        "vice_principals": "Phó Hiệu trưởng (mỗi người một dòng)",
        "staff.to_cntt": "Tổ công nghệ thông tin", "staff.database_admin": "Người quản trị cơ sở dữ liệu",
        "staff.ke_toan": "Kế toán", "staff.y_te": "Nhân viên y tế", "staff.van_thu": "Văn thư",
    ]

    /// Labels of list entry fields.
    static let entryLabels: [String: String] = ["name": "Họ và tên", "role": "Chức danh"]

    /// The same labels in English, for a page in English.
    static let englishLabels: [String: String] = [
        "school.name": "School name", "school.abbreviation": "Abbreviation (used in document symbols)",
        "school.parent": "Governing body", "school.place": "Place name", "school.reports_to": "Body that receives reports",
        "school_year": "School year (e.g. 2025-2026)", "principal": "Principal",
        "vice_principals": "Vice principals (one a line)",
        "staff.to_cntt": "IT team", "staff.database_admin": "Database administrator",
        "staff.ke_toan": "Accountant", "staff.y_te": "School nurse", "staff.van_thu": "Clerk",
        "name": "Full name", "role": "Position",
    ]

    /// A field's label in a language; the template's own wording (Vietnamese) where there is none.
    static func label(_ key: String, entry: Bool = false, in language: Language) -> String? {
        if language == .en, let english = englishLabels[key] { return english }
        return entry ? entryLabels[key] : labels[key]
    }

    /// The scalar fields shown, in order: the shared ones, then every other the template reads.
    static let scalarPaths = ["school.name", "school.abbreviation", "school.parent", "school.place", "school.reports_to", "school_year", "principal"]

    /// The staff roles the template reads ("ke_toan" for `staff.ke_toan`).
    var staffRoles: [String] {
        template.profilePaths.filter { $0.hasPrefix("staff.") }.map { String($0.dropFirst("staff.".count)) }
    }

    /// A list entry's fields as the form shows them: the name first, then the rest as the template uses them.
    static func entryFields(_ template: RegulationTemplate, _ list: String) -> [String] {
        let fields = template.entryFields(of: list)
        return fields.filter { $0 == "name" } + fields.filter { $0 != "name" }
    }

    /// The HTML id of a field ("school.name" → "profile-school-name").
    static func fieldID(_ path: String) -> String {
        "profile-" + path.replacingOccurrences(of: ".", with: "-").replacingOccurrences(of: "_", with: "-")
    }

    /// The profile a posted form describes (rows exactly as typed, blank ones included).
    func profile(from form: FormData) -> SchoolProfile {
        var profile = SchoolProfile()
        for key in SchoolProfile.schoolKeys { profile.school[key] = form["school.\(key)"]?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "" }
        profile.schoolYear = form.text("school_year") ?? ""
        profile.principal = form.text("principal") ?? ""
        profile.vicePrincipals = form.lines("vice_principals")
        for role in staffRoles { profile.staff[role] = form.lines("staff.\(role)") }
        for option in template.options { profile.options[option.id] = form["options.\(option.id)"] != nil }
        for list in template.lists {
            let fields = Self.entryFields(template, list.id)
            if fields.isEmpty {
                profile.lists[list.id] = form.pairs.filter { $0.0 == "list.\(list.id)" }.map { SchoolProfile.Entry(text: $0.1) }
            } else {
                let columns = fields.map { field in form.pairs.filter { $0.0 == "list.\(list.id).\(field)" }.map(\.1) }
                let count = columns.map(\.count).max() ?? 0
                profile.lists[list.id] = (0..<count).map { row in
                    SchoolProfile.Entry(fields: Dictionary(uniqueKeysWithValues: zip(fields, columns).map { ($0, row < $1.count ? $1[row] : "") }))
                }
            }
        }
        return profile
    }

    /// Problems the form finds before the template engine runs: half-filled rows of a list.
    func rowProblems(_ profile: SchoolProfile) -> [String: [Diagnostic]] {
        var problems: [String: [Diagnostic]] = [:]
        for list in template.lists {
            let fields = Self.entryFields(template, list.id)
            guard !fields.isEmpty else { continue }
            for (index, entry) in profile.lists[list.id, default: []].enumerated() where !entry.isBlank {
                for field in fields where (entry.fields[field] ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
                    problems[list.id, default: []].append(Diagnostic(ServerMessage.rowIncomplete(
                        list: list.label, row: String(index + 1), field: Self.entryLabels[field] ?? field)))
                }
            }
        }
        return problems
    }

    /// Spreads the template engine's refusals over the fields they concern; the rest stay general.
    func place(_ diagnostics: [Diagnostic]) -> (byField: [String: [Diagnostic]], general: [Diagnostic]) {
        var byField: [String: [Diagnostic]] = [:]
        var general: [Diagnostic] = []
        for diagnostic in diagnostics {
            if case let .profileMissing(_, fields)? = diagnostic.message as? Message {
                for field in fields {
                    let path = field.hasPrefix("item") ? (template.lists.first { !template.entryFields(of: $0.id).isEmpty }?.id ?? field) : field
                    let label = Self.labels[path] ?? template.lists.first { $0.id == path }?.label ?? path
                    byField[Self.owner(of: path), default: []].append(Diagnostic(ServerMessage.profileFieldMissing(field: label, template: template.id)))
                }
            } else {
                general.append(diagnostic)
            }
        }
        return (byField, general)
    }

    /// The form field a profile path is typed into ("vice_principals.0" → "vice_principals").
    static func owner(of path: String) -> String {
        if path.hasPrefix("vice_principals") { return "vice_principals" }
        return path
    }

    /// The page's values: fields with their values and problems, options, lists as rows.
    func values(_ profile: SchoolProfile, problems: [String: [Diagnostic]], pages: PageRenderer, language: Language) -> [String: Any] {
        let required = template.requiredPaths
        func field(_ path: String, value: String, lines: Bool) -> [String: Any] {
            let found = problems[path, default: []]
            return ["id": Self.fieldID(path), "name": path, "label": Self.label(path, in: language) ?? path, "value": value, "lines": lines,
                    "required": required.contains(path), "problems": found.map { pages.message($0, in: language) }, "hasProblems": !found.isEmpty]
        }
        var fields: [[String: Any]] = []
        for path in Self.scalarPaths {
            let value: String
            switch path {
            case "school_year": value = profile.schoolYear
            case "principal": value = profile.principal
            default: value = profile.school[String(path.dropFirst("school.".count)), default: ""]
            }
            fields.append(field(path, value: value, lines: false))
        }
        fields.append(field("vice_principals", value: profile.vicePrincipals.joined(separator: "\n"), lines: true))
        let staff = staffRoles.map { role in
            field("staff.\(role)", value: profile.staff[role, default: []].joined(separator: "\n"), lines: true)
        }
        let options: [[String: Any]] = template.options.map { option in
            ["id": Self.fieldID("options.\(option.id)"), "name": "options.\(option.id)", "label": option.label,
             "checked": profile.options[option.id] ?? option.enabled]
        }
        let lists: [[String: Any]] = template.lists.map { list in
            let fields = Self.entryFields(template, list.id)
            var entries = profile.lists[list.id, default: []]
            if entries.isEmpty { entries = [SchoolProfile.Entry()] }
            let rows: [[String: Any]] = entries.enumerated().map { index, entry in
                let cells: [[String: Any]] = fields.isEmpty
                    ? [["name": "list.\(list.id)", "id": "list-\(list.id)-\(index + 1)", "label": "Dòng \(index + 1)", "value": entry.text]]
                    : fields.map { name in
                        ["name": "list.\(list.id).\(name)", "id": "list-\(list.id)-\(index + 1)-\(name)",
                         "label": Self.label(name, entry: true, in: language) ?? name, "value": entry.fields[name, default: ""]]
                    }
                return ["list": list.id, "index": index + 1, "cells": cells]
            }
            let found = problems[list.id, default: []]
            return ["id": list.id, "label": list.label, "rows": rows, "problems": found.map { pages.message($0, in: language) }, "hasProblems": !found.isEmpty]
        }
        return ["templateID": template.id, "templateTitle": template.description, "fields": fields, "staff": staff, "hasStaff": !staff.isEmpty,
                "options": options, "hasOptions": !options.isEmpty, "lists": lists]
    }
}
