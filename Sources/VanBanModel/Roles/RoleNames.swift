/// How roles are named in Vietnamese regulations: the words that start a role's name, the
/// prepositions that end it, and the spelling variants that name the same role.
enum RoleNames {
    /// Heads of role names, lower case. A phrase is a role when it starts with one of these
    /// ("giáo viên chủ nhiệm", "Tổ công nghệ thông tin", "Phó Trưởng ban").
    static let heads: [String] = [
        "hiệu trưởng", "phó hiệu trưởng", "ban giám hiệu", "giáo viên", "nhân viên", "học sinh", "phụ huynh",
        "cha mẹ", "trưởng ban", "phó trưởng ban", "ủy viên", "thành viên", "tổ trưởng", "tổ phó", "tổ ", "kế toán",
        "văn thư", "thủ quỹ", "y tế", "bảo vệ", "giám đốc", "phó giám đốc", "chủ tịch", "phó chủ tịch", "thư ký",
        "trưởng phòng", "phó trưởng phòng", "trưởng khoa", "phó trưởng khoa", "cán bộ", "công chức", "viên chức",
        "người lao động", "thủ trưởng", "người đứng đầu", "chánh văn phòng", "trưởng đoàn", "tổng phụ trách",
    ]

    /// Words before a role that do not belong to its name ("các giáo viên", "mỗi thành viên").
    static let leads = ["các ông (bà) ", "các ông, bà ", "các ông/bà ", "ông (bà) ", "các ", "mỗi ", "từng ", "toàn thể "]

    /// Where a role's name ends inside a longer phrase ("người đứng đầu trong quan hệ công tác …").
    static let endings = [" trong ", " khi ", " đối với ", " về ", " tại ", " với ", " theo ", " của ", " có ", " chịu ", " phải ", " được "]

    /// Phrases that start like a role but are not one ("tổ chức thực hiện" is "to organise").
    static let notRoles = ["tổ chức", "tổ hợp", "cán bộ, công chức"]

    /// The longest a role's name may be, in words: longer phrases are descriptions, not roles.
    static let maximumWords = 6

    /// Lower case NFC with the old tone placement of "uỷ", "hoà" … brought to the new one, so both
    /// spellings give one role.
    static func folded(_ text: String) -> String {
        let lowered = VietnameseText.lowercased(text)
        // One quick scan: most texts hold none of the marked vowels the old placement uses.
        guard lowered.unicodeScalars.contains(where: { oldTones[$0.value] != nil }) else { return lowered }
        var scalars = Array(lowered.unicodeScalars)
        for index in scalars.indices.dropFirst() {
            guard let (base, moved) = oldTones[scalars[index].value], scalars[index - 1] == base.first else { continue }
            // In "quý" the u belongs to the consonant "qu": the mark already sits where it belongs.
            if base.first == "u", index >= 2, scalars[index - 2] == "q" { continue }
            scalars[index - 1] = moved
            scalars[index] = base.last
        }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars)
        return String(result)
    }

    /// "uỷ" → "ủy", "hoà" → "hòa": the marked second vowel of the old placement, with the pair it
    /// belongs to (first vowel, unmarked second vowel) and the first vowel carrying the mark.
    private static let oldTones: [UInt32: (pair: (first: Unicode.Scalar, last: Unicode.Scalar), moved: Unicode.Scalar)] = {
        var table: [UInt32: (pair: (first: Unicode.Scalar, last: Unicode.Scalar), moved: Unicode.Scalar)] = [:]
        for (marked, moved) in zip("ỷýỳỹỵ".unicodeScalars, "ủúùũụ".unicodeScalars) { table[marked.value] = (("u", "y"), moved) }
        for (marked, moved) in zip("àáảãạ".unicodeScalars, "òóỏõọ".unicodeScalars) { table[marked.value] = (("o", "a"), moved) }
        for (marked, moved) in zip("èéẻẽẹ".unicodeScalars, "òóỏõọ".unicodeScalars) { table[marked.value] = (("o", "e"), moved) }
        return table
    }()

    /// The phrase without a leading "các", "mỗi" … and trailing punctuation.
    static func stripped(_ phrase: String) -> String {
        var rest = Substring(phrase.trimmingCharacters(in: .whitespaces))
        var lowered = folded(String(rest))
        for lead in leads where lowered.startsWithBytes(lead) {
            rest = rest.dropFirst(lead.count)
            lowered = String(lowered.dropFirst(lead.count))
        }
        while let last = rest.last, ".,;:".contains(last) { rest = rest.dropLast() }
        return rest.trimmingCharacters(in: .whitespaces)
    }

    /// The role a phrase names, cut at the first preposition, when it starts with a role head
    /// and is short enough to be a name; nil otherwise.
    static func role(in phrase: String) -> String? {
        var name = stripped(withoutParentheses(phrase))
        let lowered = folded(name)
        for ending in endings {
            if let range = lowered.range(of: ending) {
                let cut = lowered.distance(from: lowered.startIndex, to: range.lowerBound)
                if cut < name.count { name = String(name.prefix(cut)) }
            }
        }
        let words = name.split(separator: " ")
        guard !words.isEmpty, words.count <= maximumWords else { return nil }
        let key = folded(name) + " "
        guard !notRoles.contains(where: { key.startsWithBytes($0 + " ") || key == $0 + " " }) else { return nil }
        guard heads.contains(where: { key.startsWithBytes($0.hasSuffix(" ") ? $0 : $0 + " ") }) else { return nil }
        return name
    }

    /// The text without parenthesised asides such as an abbreviation: "giáo viên chủ nhiệm (GVCN)".
    static func withoutParentheses(_ text: String) -> String {
        var result = ""
        var depth = 0
        for character in text {
            if character == "(" { depth += 1; continue }
            if character == ")" { depth = max(0, depth - 1); continue }
            if depth == 0 { result.append(character) }
        }
        return result.split(separator: " ").joined(separator: " ")
    }

    /// A stable id: the folded name as ASCII, "Phó Hiệu trưởng" → "pho-hieu-truong".
    static func id(_ name: String) -> String {
        VietnameseText.asciiSlug(folded(name))
    }

    /// The parts of a list of roles: "Hiệu trưởng, Phó Hiệu trưởng và giáo viên".
    static func listed(_ text: String) -> [String] {
        var parts: [String] = []
        for piece in text.split(whereSeparator: { $0 == "," || $0 == ";" }) {
            let lowered = folded(String(piece))
            if let range = lowered.range(of: " và ") {
                let cut = lowered.distance(from: lowered.startIndex, to: range.lowerBound)
                parts.append(String(piece.prefix(cut)))
                parts.append(String(piece.dropFirst(cut + 4)))
            } else {
                parts.append(String(piece))
            }
        }
        return parts.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}

extension StringProtocol {
    /// A prefix test on UTF-8 bytes. Both sides are NFC, so bytes decide as characters would,
    /// and far faster: matching runs over every text of a long regulation.
    func startsWithBytes(_ prefix: String) -> Bool {
        utf8.starts(with: prefix.utf8)
    }
}
