import Foundation

/// The signing authority prefix (quyền hạn ký) of Nghị định 30, Điều 13.
public enum SigningAuthority: String, Sendable, Hashable, CaseIterable {
    /// Thay mặt: for a collective body.
    case tm = "TM."
    /// Ký thay: a deputy signs for the head.
    case kt = "KT."
    /// Quyền: an acting head.
    case q = "Q."
    /// Thừa lệnh.
    case tl = "TL."
    /// Thừa ủy quyền.
    case tuq = "TUQ."

    /// Accepts "KT.", "KT" or "kt".
    public init?(identifier: String) {
        var text = identifier.trimmingCharacters(in: .whitespaces).uppercased()
        if !text.hasSuffix(".") { text += "." }
        self.init(rawValue: text)
    }
}

/// The signature block: quyền hạn, chức vụ and the signer's name.
public struct SignatureBlock: Sendable, Hashable {
    /// TM., KT., Q., TL. or TUQ.; nil when the head signs in their own name.
    public var authority: SigningAuthority?
    /// What follows the prefix: the collective (TM. ỦY BAN NHÂN DÂN) or the head's title (KT. HIỆU TRƯỞNG).
    public var onBehalfOf: String?
    /// The signer's own position (chức vụ), e.g. "Hiệu trưởng" or "Phó Hiệu trưởng".
    public var position: String?
    /// The signer's full name, without academic titles.
    public var name: String?

    /// Creates a signature block.
    public init(authority: SigningAuthority? = nil, onBehalfOf: String? = nil, position: String? = nil, name: String? = nil) {
        self.authority = authority
        self.onBehalfOf = onBehalfOf
        self.position = position
        self.name = name
    }

    /// The capitalised lines above the signature: ["KT. HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG"] or ["HIỆU TRƯỞNG"].
    public var headingLines: [String] {
        var lines: [String] = []
        if let authority {
            let target = onBehalfOf ?? position ?? ""
            lines.append(VietnameseText.uppercased("\(authority.rawValue) \(target)").trimmingCharacters(in: .whitespaces))
            if onBehalfOf != nil, let position { lines.append(VietnameseText.uppercased(position)) }
        } else if let position {
            lines.append(VietnameseText.uppercased(position))
        }
        return lines
    }
}
