import VanBanModel

/// How an organisation numbers its administrative documents (Nghị định 30, Điều 15.1.c): one
/// series for all of them (the default) or one per kind, as its head decides.
public enum NumberingScheme: String, Sendable, Hashable, CaseIterable {
    /// One sequence for every administrative document.
    case single
    /// One sequence per document kind (Quyết định, Thông báo …).
    case perKind = "per-kind"
}

/// Names the number series an outgoing document takes its number from.
public enum NumberSequence {
    /// The one shared series under `NumberingScheme.single`.
    public static let shared = "chung"
    /// Secret documents (văn bản mật) always have their own series (Điều 15.2).
    public static let secret = "mat"

    /// The series for a document: `explicit` (e.g. an advisory council using the organisation's
    /// seal, which has its own series) wins, then secrecy, then the scheme.
    public static func name(kind: DocumentKind, scheme: NumberingScheme, secret: Bool, explicit: String? = nil) -> String {
        if let explicit, !explicit.isEmpty { return explicit }
        if secret { return NumberSequence.secret }
        switch scheme {
        case .single: return shared
        case .perKind: return kind.rawValue
        }
    }
}
