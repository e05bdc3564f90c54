import VanBanModel

/// What happened to an entry: issued by this program, carried over from an older register, or
/// voided (withdrawn or replaced; the number stays and is never given again).
public enum EntryStatus: String, Sendable, Hashable, CaseIterable {
    case issued, imported, void
}

/// One line of the register of outgoing documents (sổ đăng ký văn bản đi), with the ten columns
/// of Nghị định 30, Phụ lục IV, and what the store needs to keep numbers unique.
public struct RegisterEntry: Sendable, Hashable {
    /// The store's row id; nil before the entry is written.
    public var id: Int64?
    /// Whose register: the issuer's abbreviation in the ký hiệu, e.g. "MNTT".
    public var organisation: String
    /// Which number series inside it (see `NumberSequence`), e.g. "chung", "quyet-dinh", "mat".
    public var sequence: String
    /// The year of the signing date in Vietnam (UTC+7); numbers restart at 01 each year.
    public var year: Int
    /// The number (số), 1-based, consecutive within (organisation, sequence, year).
    public var number: Int
    /// The ký hiệu, e.g. "QĐ-MNTT".
    public var symbol: String
    /// The document kind's id ("quyet-dinh"), when known.
    public var kind: String?
    /// (2) Ngày tháng văn bản.
    public var date: CivilDate
    /// (3) Tên loại và trích yếu nội dung.
    public var summary: String
    /// (4) Người ký.
    public var signer: String
    /// (5) Nơi nhận văn bản, one per line.
    public var recipients: String
    /// (6) Đơn vị, người nhận bản lưu.
    public var archiveCopy: String
    /// (7) Số lượng bản.
    public var copies: Int?
    /// (8) Ngày chuyển.
    public var sentOn: String
    /// (9) Ký nhận.
    public var receivedBy: String
    /// (10) Ghi chú: what happened to the document (voided, replaced …).
    public var note: String
    /// Issued, imported or void.
    public var status: EntryStatus
    /// SHA-256 (hex) of the issued data kept in the store; nil for imported entries.
    public var documentSHA256: String?
    /// A random token naming one issuing attempt, so a retry after a lost connection finds its own entry.
    public var token: String?
    /// When the entry was written, ISO 8601 in UTC.
    public var recordedAt: String

    /// Creates an entry.
    public init(id: Int64? = nil, organisation: String, sequence: String, year: Int, number: Int, symbol: String, kind: String? = nil,
                date: CivilDate, summary: String = "", signer: String = "", recipients: String = "", archiveCopy: String = "",
                copies: Int? = nil, sentOn: String = "", receivedBy: String = "", note: String = "", status: EntryStatus = .issued,
                documentSHA256: String? = nil, token: String? = nil, recordedAt: String = "") {
        self.id = id
        self.organisation = organisation
        self.sequence = sequence
        self.year = year
        self.number = number
        self.symbol = symbol
        self.kind = kind
        self.date = date
        self.summary = summary
        self.signer = signer
        self.recipients = recipients
        self.archiveCopy = archiveCopy
        self.copies = copies
        self.sentOn = sentOn
        self.receivedBy = receivedBy
        self.note = note
        self.status = status
        self.documentSHA256 = documentSHA256
        self.token = token
        self.recordedAt = recordedAt
    }

    /// (1) Số, ký hiệu: "05/QĐ-MNTT", with the leading zero below 10.
    public var numberAndSymbol: String {
        let digits = number < 10 ? "0\(number)" : String(number)
        return symbol.isEmpty ? digits : "\(digits)/\(symbol)"
    }
}

/// The issued data of a register entry, frozen once written.
public struct StoredDocument: Sendable, Hashable {
    /// "yaml" or "json".
    public var format: String
    /// The issued data, with its number and date stamped.
    public var content: String
    /// SHA-256 (hex) of `content` as UTF-8.
    public var sha256: String

    /// Creates a stored document.
    public init(format: String, content: String, sha256: String) {
        self.format = format
        self.content = content
        self.sha256 = sha256
    }
}

/// Which entries `RegisterStore.entries` returns.
public struct EntryFilter: Sendable, Hashable {
    /// Only this organisation.
    public var organisation: String?
    /// Only this year.
    public var year: Int?
    /// Only this sequence.
    public var sequence: String?
    /// Only this kind id.
    public var kind: String?
    /// Only this number.
    public var number: Int?
    /// Only this ký hiệu.
    public var symbol: String?

    /// Creates a filter; nil fields match everything.
    public init(organisation: String? = nil, year: Int? = nil, sequence: String? = nil, kind: String? = nil, number: Int? = nil, symbol: String? = nil) {
        self.organisation = organisation
        self.year = year
        self.sequence = sequence
        self.kind = kind
        self.number = number
        self.symbol = symbol
    }
}
