/// The ten columns of the register form, Nghị định 30, Phụ lục IV (mẫu sổ đăng ký văn bản đi).
public enum RegisterColumns {
    /// Column headings in Vietnamese, as printed on the form.
    public static let titles = [
        "Số, ký hiệu văn bản",
        "Ngày tháng văn bản",
        "Tên loại và trích yếu nội dung văn bản",
        "Người ký",
        "Nơi nhận văn bản",
        "Đơn vị, người nhận bản lưu",
        "Số lượng bản",
        "Ngày chuyển",
        "Ký nhận",
        "Ghi chú",
    ]

    /// The ten cells of an entry, in column order, as printed.
    public static func cells(_ entry: RegisterEntry) -> [String] {
        [
            entry.numberAndSymbol,
            DateText.short(entry.date),
            entry.summary,
            entry.signer,
            entry.recipients,
            entry.archiveCopy,
            entry.copies.map(String.init) ?? "",
            entry.sentOn,
            entry.receivedBy,
            entry.note,
        ]
    }

    /// Relative widths of the printed columns (landscape A4), in twentieths of a point.
    public static let widths = [1700, 1400, 3400, 1500, 2150, 1400, 750, 1050, 1050, 1500]
}
