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

    /// `heads` and `notRoles` as whole words: each with one trailing space.
    private static let headKeys = heads.map { $0.hasSuffix(" ") ? $0 : $0 + " " }
    private static let notRoleKeys = notRoles.map { $0 + " " }

    /// The longest a role's name may be, in words: longer phrases are descriptions, not roles.
    static let maximumWords = 6

    /// Lower case NFC with the old tone placement of "uỷ", "hoà" … brought to the new one, so both
    /// spellings give one role.
    static func folded(_ text: String) -> String {
        if let quick = quickFolded(text) { return quick }
        return generalFolded(text)
    }

    /// The folding for any text: the standard library's lower-casing, then NFC.
    static func generalFolded(_ text: String) -> String {
        let lowered = VietnameseText.lowercased(text)
        // One quick scan: most texts hold none of the marked vowels the old placement uses.
        guard lowered.unicodeScalars.contains(where: { oldTones[$0.value] != nil }) else { return lowered }
        return String(decoding: movingOldTones(Array(lowered.unicodeScalars)), as: UTF8.self)
    }

    /// The folding done in one pass over text made only of ASCII and Vietnamese letters (nearly
    /// every text), with a table-free lower-casing; nil when another script or a combining mark
    /// needs the general path. Matching folds thousands of phrases of a long regulation, and the
    /// standard library's general lower-casing was most of its cost.
    static func quickFolded(_ text: String) -> String? {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            guard let lower = vietnameseLowercase(scalar.value).flatMap(Unicode.Scalar.init) else { return nil }
            scalars.append(lower)
        }
        return String(decoding: movingOldTones(scalars), as: UTF8.self)
    }

    /// The lower case of a letter Vietnamese text uses (already NFC), or of anything else that
    /// has no case in these ranges; nil outside them.
    private static func vietnameseLowercase(_ value: UInt32) -> UInt32? {
        switch value {
        case 0x41...0x5A: return value + 0x20
        case 0..<0x80: return value
        case 0xD0: return 0x111                       // Ð, the look-alike of Đ
        case 0xF0: return 0x111                       // ð
        case 0xC0...0xDE where value != 0xD7: return value + 0x20
        case 0xA0...0xFF: return value
        case 0x102, 0x110, 0x128, 0x168: return value + 1   // Ă Đ Ĩ Ũ
        case 0x103, 0x111, 0x129, 0x169: return value
        case 0x1A0, 0x1AF: return value + 1            // Ơ Ư
        case 0x1A1, 0x1B0: return value
        case 0x1EA0...0x1EF9: return value % 2 == 0 ? value + 1 : value // Ạ … Ỹ
        case 0x2000...0x206F, 0x20A0...0x20CF: return value
        default: return nil
        }
    }

    /// UTF-8 of the scalars with the old tone placement ("uỷ", "hoà") moved to the new one.
    private static func movingOldTones(_ input: [Unicode.Scalar]) -> [UInt8] {
        var scalars = input
        for index in scalars.indices.dropFirst() {
            guard let (base, moved) = oldTones[scalars[index].value], scalars[index - 1] == base.first else { continue }
            // In "quý" the u belongs to the consonant "qu": the mark already sits where it belongs.
            if base.first == "u", index >= 2, scalars[index - 2] == "q" { continue }
            scalars[index - 1] = moved
            scalars[index] = base.last
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count + scalars.count / 2)
        for scalar in scalars { UTF8.encode(scalar) { bytes.append($0) } }
        return bytes
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
        var rest = trimmedSpaces(Substring(phrase))
        var lowered = folded(String(rest))
        for lead in leads where lowered.startsWithBytes(lead) {
            rest = rest.dropFirst(lead.count)
            lowered = String(lowered.dropFirst(lead.count))
        }
        while let last = rest.last, ".,;:".contains(last) { rest = rest.dropLast() }
        return String(trimmedSpaces(rest))
    }

    /// The text without spaces and tabs at either end (Foundation's trimming bridges to NSString,
    /// which dominated matching over a long regulation).
    static func trimmedSpaces(_ text: Substring) -> Substring {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0) }) else { return text[text.endIndex...] }
        let last = scalars.lastIndex(where: { !isSpace($0) })!
        return Substring(scalars[first...last])
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar.properties.generalCategory == .spaceSeparator
    }

    /// Where `needle` first occurs in `text` (a byte search; see `firstByteRange`).
    static func firstRange(of needle: String, in text: String) -> Range<String.Index>? {
        text.firstByteRange(of: needle)
    }

    /// The characters before `index` (an index from `firstRange`, always on a character boundary
    /// since every needle starts with a space, a colon or a letter after one).
    static func characters(before index: String.Index, in text: String) -> Int {
        text.distance(from: text.startIndex, to: index)
    }

    /// The first word of a text, folded; cheap, so most texts can be passed over unfolded.
    static func firstWord(_ text: String) -> String {
        var word = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isSpace(scalar) { if word.isEmpty { continue } else { break } }
            word.append(scalar)
            if word.count >= 16 { break }
        }
        return folded(String(word))
    }

    /// The role a phrase names, cut at the first preposition, when it starts with a role head
    /// and is short enough to be a name; nil otherwise.
    static func role(in phrase: String) -> String? {
        var name = stripped(withoutParentheses(phrase))
        let lowered = folded(name)
        for ending in endings {
            if let range = firstRange(of: ending, in: lowered) {
                let cut = characters(before: range.lowerBound, in: lowered)
                if cut < name.count { name = String(name.prefix(cut)) }
            }
        }
        let words = name.split(separator: " ")
        guard !words.isEmpty, words.count <= maximumWords else { return nil }
        let key = folded(name) + " "
        guard !notRoleKeys.contains(where: { key.startsWithBytes($0) }) else { return nil }
        guard headKeys.contains(where: { key.startsWithBytes($0) }) else { return nil }
        return name
    }

    /// The text without parenthesised asides such as an abbreviation: "giáo viên chủ nhiệm (GVCN)".
    static func withoutParentheses(_ text: String) -> String {
        // Most names hold no parenthesis and no doubled space: nothing to do.
        if !text.utf8.contains(UInt8(ascii: "(")) && !text.utf8.contains(UInt8(ascii: ")")) {
            var previousSpace = true, clean = true
            for byte in text.utf8 {
                let space = byte == UInt8(ascii: " ")
                if space && previousSpace { clean = false; break }
                previousSpace = space
            }
            if clean && !previousSpace { return text }
        }
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
            if let range = firstRange(of: " và ", in: lowered) {
                let cut = characters(before: range.lowerBound, in: lowered)
                parts.append(String(piece.prefix(cut)))
                parts.append(String(piece.dropFirst(cut + 4)))
            } else {
                parts.append(String(piece))
            }
        }
        return parts.map { String(trimmedSpaces(Substring($0))) }.filter { !$0.isEmpty }
    }
}

extension StringProtocol {
    /// A prefix test on UTF-8 bytes. Both sides are NFC, so bytes decide as characters would,
    /// and far faster: matching runs over every text of a long regulation.
    func startsWithBytes(_ prefix: String) -> Bool {
        utf8.starts(with: prefix.utf8)
    }
}
