/// Finds who must do what in a document: the roles it gives duties to and the units (articles,
/// clauses, points) that concern each, in reading order.
///
/// Roles written in the data keep their id, title and holders; `roles:` on an article or clause
/// wins over inference for that unit. Otherwise a role is found from an article's title
/// ("Trách nhiệm và quyền hạn của giáo viên", "Trưởng ban"), from a text whose subject it is
/// ("Giáo viên có trách nhiệm …", "Kế toán: …"), and from the decision's executing article
/// ("Các ông (bà) Hiệu trưởng, … chịu trách nhiệm thi hành Quyết định này"). Names match longest
/// first, so "Phó Hiệu trưởng" never counts as "Hiệu trưởng".
public enum RoleFinder {
    /// The document's roles with their units; inferred units are computed afresh each time.
    public static func roles(of document: Document) -> [Role] {
        var finder = Finder(document: document)
        finder.run()
        return finder.result()
    }

    /// The document with its roles found, stored on the outermost document.
    public static func withRoles(_ document: Document) -> Document {
        var copy = document
        let found = roles(of: document)
        copy.roles = found
        copy.attachments = copy.attachments.map { attachment in
            var plain = attachment
            plain.roles = []
            return plain
        }
        return copy
    }
}

/// The working state of one search.
private struct Finder {
    let document: Document
    var roles: [Role] = []
    /// Reading position of every unit, to sort roles and units.
    var order: [UnitPath: Int] = [:]
    /// Each role's folded title, kept beside `roles` (folding is the costly part of matching).
    var foldedTitles: [String] = []
    /// Every form of every role's title, longest first; rebuilt when a role is added.
    var forms: [(id: String, form: String)] = []
    /// The first words of every role head, lead ("các", "mỗi") and known form of several words: a
    /// text whose first word is none of them (nor starts with a one-word form) names no role, and
    /// is passed over without folding.
    var openingWords: Set<String> = []
    /// Known forms of a single word, matched as prefixes as the full test does.
    var singleWordForms: [String] = []
    /// Units already recorded per role, for constant-time duplicate checks.
    var recorded: [String: Set<UnitPath>] = [:]

    init(document: Document) {
        self.document = document
        for role in document.roles + document.attachments.flatMap(\.roles) where !roles.contains(where: { $0.id == role.id }) {
            var kept = role
            kept.units = role.units.filter { $0.foundBy == .explicit }
            roles.append(kept)
            recorded[kept.id] = Set(kept.units.map(\.path))
        }
        refreshForms()
    }

    /// Computes the folded titles and their forms for the roles found so far.
    mutating func refreshForms() {
        foldedTitles = []
        forms = []
        openingWords = Set((RoleNames.heads + RoleNames.leads).compactMap { $0.split(separator: " ").first.map(String.init) })
        singleWordForms = []
        for role in roles { remember(role) }
    }

    /// Adds one role's folded title and forms (longest forms first), without refolding the others:
    /// a long decree can name a hundred roles.
    mutating func remember(_ role: Role) {
        foldedTitles.append(RoleNames.folded(role.title))
        for form in Self.forms(of: role) {
            let position = forms.firstIndex { $0.form.count < form.count } ?? forms.endIndex
            forms.insert((id: role.id, form: form), at: position)
            let words = form.split(separator: " ")
            if words.count > 1 { openingWords.insert(String(words[0])) } else { singleWordForms.append(form) }
        }
    }

    mutating func run() {
        var position = 0
        var explicitArticles: Set<UnitPath> = []
        var units: [(BodyUnit, UnitPath)] = []
        document.forEachUnit { unit, path in
            units.append((unit, path))
        }
        order.reserveCapacity(units.count * 2)
        for (unit, path) in units {
            order[path] = position
            if order[Self.cited(path)] == nil { order[Self.cited(path)] = position }
            position += 1
            switch unit {
            case let .article(article) where !article.roles.isEmpty:
                explicitArticles.insert(path)
                for id in article.roles { add(id, path, .explicit) }
            case let .clause(clause) where !clause.roles.isEmpty:
                for id in clause.roles { add(id, path, .explicit) }
            default:
                break
            }
        }
        // Titles, then subjects, so a role is named as its own article names it.
        for (unit, path) in units {
            guard case let .article(article) = unit, !explicitArticles.contains(path), let title = article.title else { continue }
            for name in Self.names(inTitle: title) { add(role(named: name), path, .title) }
        }
        // The decision's executing article, before subjects: its list is a list of executors.
        for article in document.body.allArticles {
            let text = ([article.title].compactMap { $0 } + article.paragraphs).joined(separator: " ")
            guard let names = Self.executing(text) else { continue }
            let path = UnitPath(steps: [.article(article.number)])
            for name in names { if let id = resolve(name, create: true).first { add(id, path, .executingArticle) } }
        }
        for (unit, path) in units {
            let articlePath = UnitPath(attachments: path.attachments, steps: Array(path.steps.prefix { if case .article = $0 { false } else { true } }) + (path.article.map { [.article($0)] } ?? []))
            guard path.article != nil, !explicitArticles.contains(articlePath) else { continue }
            switch unit {
            case let .article(article):
                for text in article.paragraphs { subjects(of: text, at: path) }
            case let .clause(clause):
                if !clause.roles.isEmpty { continue }
                for text in [clause.title, clause.text].compactMap({ $0 }) + clause.paragraphs { subjects(of: text, at: path) }
            case let .point(point):
                subjects(of: point.text, at: path)
            case let .item(item):
                // A bullet's duty belongs to the unit that holds it.
                subjects(of: item.text, at: UnitPath(attachments: path.attachments, steps: path.steps.filter { if case .item = $0 { false } else { true } }))
            default:
                break
            }
        }
    }

    /// The roles, those written in the data first, then the found ones by their first unit;
    /// units in reading order.
    func result() -> [Role] {
        let declared = Set((document.roles + document.attachments.flatMap(\.roles)).map(\.id))
        func first(_ role: Role) -> Int { role.units.compactMap { order[$0.path] }.min() ?? Int.max }
        let sortedRoles = roles.enumerated().sorted { lhs, rhs in
            let (l, r) = (declared.contains(lhs.element.id), declared.contains(rhs.element.id))
            if l != r { return l }
            if l { return lhs.offset < rhs.offset }
            return (first(lhs.element), lhs.offset) < (first(rhs.element), rhs.offset)
        }.map(\.element)
        return sortedRoles.map { role in
            var sorted = role
            sorted.units = role.units.sorted { (order[$0.path] ?? Int.max) < (order[$1.path] ?? Int.max) }
            return sorted
        }
    }

    // MARK: - Recording

    mutating func add(_ id: String, _ fullPath: UnitPath, _ source: RoleSource) {
        // Stored as cited (from the article down), the form an anchor id gives back.
        let path = Self.cited(fullPath)
        guard let index = roles.firstIndex(where: { $0.id == id }) else { return }
        var seen = recorded[id, default: []]
        if seen.contains(path) { return }
        // A unit inside an article that already concerns the role adds nothing.
        if path.steps.count > 1, let article = path.article,
           seen.contains(UnitPath(attachments: path.attachments, steps: [.article(article)])) { return }
        seen.insert(path)
        recorded[id] = seen
        roles[index].units.append(RoleUnit(path: path, foundBy: source))
    }

    /// The path from its article down: Chương and Mục are not part of a unit's citation or id.
    static func cited(_ path: UnitPath) -> UnitPath {
        guard let index = path.steps.firstIndex(where: { if case .article = $0 { true } else { false } }) else { return path }
        return UnitPath(attachments: path.attachments, steps: Array(path.steps[index...]))
    }

    /// The id of the role a name gives, creating the role when none matches.
    mutating func role(named name: String) -> String {
        resolve(name, create: true).first ?? RoleNames.id(name)
    }

    /// The roles a name refers to: an existing role by id, title or a shorter form of its title
    /// ("phụ huynh" for "phụ huynh học sinh"); "Ban giám hiệu" for the principal and deputies;
    /// else a new role when the name is one.
    mutating func resolve(_ phrase: String, create: Bool) -> [String] {
        let name = RoleNames.stripped(phrase)
        let key = RoleNames.folded(name)
        let id = RoleNames.id(name)
        if let exact = roles.indices.first(where: { roles[$0].id == id || foldedTitles[$0] == key }) { return [roles[exact].id] }
        if key == "ban giám hiệu" {
            let board = roles.indices.filter { ["hiệu trưởng", "phó hiệu trưởng"].contains(foldedTitles[$0]) }.map { roles[$0].id }
            if !board.isEmpty { return board }
        }
        let longer = roles.indices.filter { foldedTitles[$0].startsWithBytes(key + " ") }
        if longer.count == 1 { return [roles[longer[0]].id] }
        // "Nhân viên kế toán" where the text knows "nhân viên": the known role, qualified.
        if let broader = roles.indices.filter({ key.startsWithBytes(foldedTitles[$0] + " ") }).max(by: { foldedTitles[$0].count < foldedTitles[$1].count }) {
            return [roles[broader].id]
        }
        guard create, let roleName = RoleNames.role(in: name) else { return [] }
        let newID = RoleNames.id(roleName)
        if let existing = roles.first(where: { $0.id == newID }) { return [existing.id] }
        roles.append(Role(id: newID, title: roleName))
        remember(roles[roles.count - 1])
        return [newID]
    }

    // MARK: - Reading the text

    /// The names an article title gives: "Trách nhiệm (và quyền hạn) của X, Y và Z", or a
    /// title that is itself a role ("Trưởng ban", "Các Ủy viên").
    static func names(inTitle title: String) -> [String] {
        let lowered = RoleNames.folded(title)
        let duties = ["trách nhiệm", "nhiệm vụ", "quyền hạn", "quyền", "nghĩa vụ", "chức năng"]
        if duties.contains(where: { lowered.startsWithBytes($0) }), let range = RoleNames.firstRange(of: " của ", in: lowered) {
            let start = RoleNames.characters(before: range.upperBound, in: lowered)
            return RoleNames.listed(String(title.dropFirst(start))).compactMap(RoleNames.role(in:))
        }
        return RoleNames.role(in: title).map { [$0] } ?? []
    }

    /// Records the roles a text makes its subject: known roles it opens with (a list of them
    /// counts: "Phó Hiệu trưởng, tổ trưởng và giáo viên …"), or a new role when the text is
    /// "Kế toán: …" or "X có trách nhiệm …".
    mutating func subjects(of text: String, at path: UnitPath) {
        let word = RoleNames.firstWord(text)
        guard openingWords.contains(word) || singleWordForms.contains(where: { word.startsWithBytes($0) }) else { return }
        // A subject stands at the start: the first words are all that matter, and folding a whole
        // long paragraph (NFC, lower case) for each of thousands of texts is what costs.
        let opening = RoleNames.stripped(String(text.prefix(160)))
        let lowered = RoleNames.folded(opening)
        // Most texts name no role at all: only those that open with a role's head or a known
        // role go further.
        guard RoleNames.heads.contains(where: { lowered.startsWithBytes($0) }) || forms.contains(where: { lowered.startsWithBytes($0.form) }) else { return }
        // "X: …" and "X có trách nhiệm …" name their subject outright.
        for marker in [":", " có trách nhiệm", " chịu trách nhiệm", " có nhiệm vụ", " thực hiện nhiệm vụ"] {
            guard let range = RoleNames.firstRange(of: marker, in: lowered) else { continue }
            let cut = RoleNames.characters(before: range.lowerBound, in: lowered)
            let subject = String(opening.prefix(cut))
            guard subject.split(separator: " ").count <= 16 else { continue }
            let names = RoleNames.listed(subject)
            // New roles only when every name in the list is one ("Nhà trường có trách nhiệm" names none).
            let allRoles = names.allSatisfy { RoleNames.role(in: $0) != nil }
            let ids = names.flatMap { resolve($0, create: allRoles) }
            if !ids.isEmpty {
                for id in ids { add(id, path, .subject) }
                return
            }
        }
        // Otherwise known roles at the very start, longest title first.
        var rest = Substring(lowered)
        while let match = forms.first(where: { rest.startsWithBytes($0.form) && Self.endsWord(rest, after: $0.form) }) {
            add(match.id, path, .subject)
            rest = rest.dropFirst(match.form.count)
            // Past the role's own qualifier ("giáo viên chủ nhiệm") to the next list separator.
            guard let separator = rest.firstIndex(where: { $0 == "," || $0 == ";" }) ?? rest.range(of: " và ")?.lowerBound,
                  rest[..<separator].split(separator: " ").count <= 3 else { break }
            rest = rest[separator...].drop { $0 == "," || $0 == ";" || $0 == " " }
            if rest.startsWithBytes("và ") { rest = rest.dropFirst(3) }
        }
    }

    /// A role's title and its shorter everyday form ("phụ huynh" for "phụ huynh học sinh").
    static func forms(of role: Role) -> [String] {
        let title = RoleNames.folded(role.title)
        var forms = [title]
        for suffix in [" học sinh", " trẻ"] where title.hasSuffix(suffix) && title.count > suffix.count {
            forms.append(String(title.dropLast(suffix.count)))
        }
        return forms
    }

    static func endsWord(_ text: Substring, after prefix: String) -> Bool {
        guard text.count > prefix.count else { return true }
        let next = text[text.index(text.startIndex, offsetBy: prefix.count)]
        return next == " " || next == "," || next == ":" || next == ";" || next == "."
    }

    /// The names an executing article lists, when the text is one ("… chịu trách nhiệm thi hành").
    static func executing(_ text: String) -> [String]? {
        // Folding every article of a long decree costs; the words must be there in some case.
        guard ["thi hành", "Thi hành", "THI HÀNH", "quyết định", "Quyết định", "QUYẾT ĐỊNH"].contains(where: {
            RoleNames.firstRange(of: $0, in: text) != nil
        }) else { return nil }
        let lowered = RoleNames.folded(text)
        guard lowered.contains("thi hành") || lowered.contains("thực hiện quyết định") else { return nil }
        for marker in [" chịu trách nhiệm thi hành", " có trách nhiệm thi hành", " chịu trách nhiệm thực hiện", " có trách nhiệm thực hiện", " căn cứ quyết định"] {
            guard let range = RoleNames.firstRange(of: marker, in: lowered) else { continue }
            let cut = RoleNames.characters(before: range.lowerBound, in: lowered)
            return RoleNames.listed(RoleNames.stripped(String(text.prefix(cut))))
        }
        return nil
    }
}

extension RoleFinder {
    /// The names an executing article lists ("Các ông (bà) … chịu trách nhiệm thi hành …"), or nil
    /// when the text names no one who executes the document; `vanban check` uses it for "Như Điều N".
    public static func executors(in text: String) -> [String]? { Finder.executing(text) }
}
