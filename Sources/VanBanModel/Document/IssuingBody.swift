/// The issuing body (cơ quan, tổ chức ban hành) and the body directly above it (chủ quản).
///
/// Names are stored in normal case ("Trường Mầm non Thiên Tôn"); the header prints them in capitals.
public struct IssuingBody: Sendable, Hashable {
    /// The parent body (cơ quan chủ quản trực tiếp), if any.
    public var parent: String?
    /// The issuing body's name.
    public var name: String
    /// The issuer's abbreviation in the ký hiệu, e.g. "MNTT".
    public var abbreviation: String?

    /// Creates an issuing body.
    public init(parent: String? = nil, name: String, abbreviation: String? = nil) {
        self.parent = parent
        self.name = name
        self.abbreviation = abbreviation
    }
}
