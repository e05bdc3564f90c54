/// A school's profile as saved by the workbench's template form: the YAML `vanban new --profile`
/// reads, under the organisation's name.
public struct SavedProfile: Sendable, Hashable {
    /// The organisation (school) name: one profile each.
    public var organisation: String
    /// The profile YAML.
    public var content: String
    /// When last used (UTC timestamp).
    public var updatedAt: String
    /// Who used it last.
    public var updatedBy: String

    /// Creates a saved profile value.
    public init(organisation: String, content: String, updatedAt: String, updatedBy: String) {
        self.organisation = organisation
        self.content = content
        self.updatedAt = updatedAt
        self.updatedBy = updatedBy
    }
}

/// The schools' profiles (schema version 3), so a school's form is filled in once.
public protocol ProfileStore: Sendable {
    /// Saves a profile, replacing the organisation's previous one; it becomes the last used.
    func saveProfile(organisation: String, content: String, author: String) async throws
    /// One organisation's profile.
    func profile(organisation: String) async throws -> SavedProfile?
    /// Every saved profile, the last used first.
    func profiles() async throws -> [SavedProfile]
}
