/// The date and place line of Nghị định 30: "Hoa Lư, ngày 07 tháng 10 năm 2025".
public enum DateFormatting {
    /// Blank used for a missing day or month in a draft: wide enough to write in by hand.
    public static let blank = "    "

    /// The day as printed: days 1–9 take a leading zero.
    public static func day(_ day: Int) -> String { day < 10 ? "0\(day)" : String(day) }

    /// The month as printed: only January and February take a leading zero.
    public static func month(_ month: Int) -> String { month <= 2 ? "0\(month)" : String(month) }

    /// "ngày 07 tháng 10 năm 2025", or "ngày    tháng    năm 2025" for a draft.
    public static func longDate(_ date: CivilDate?, draftYear: Int? = nil) -> String {
        guard let date else {
            let year = draftYear.map(String.init) ?? blank
            return "ngày\(blank)tháng\(blank)năm \(year)"
        }
        return "ngày \(day(date.day)) tháng \(month(date.month)) năm \(date.year)"
    }

    /// "Hoa Lư, ngày 07 tháng 10 năm 2025"; without a place, the date alone.
    public static func dateLine(place: String?, date: CivilDate?, draftYear: Int? = nil) -> String {
        let long = longDate(date, draftYear: draftYear)
        guard let place, !place.isEmpty else { return long }
        return "\(place), \(long)"
    }
}

/// The number line: "Số: 05/QĐ-MNTT".
public enum NumberFormatting {
    /// The sequence number as printed: numbers below 10 take a leading zero.
    public static func number(_ number: Int) -> String { (0..<10).contains(number) ? "0\(number)" : String(number) }

    /// "257/QĐ-MNTT", or "    /QĐ-MNTT" for a draft.
    public static func reference(number: Int?, symbol: String?) -> String {
        let numberText = number.map(Self.number) ?? DateFormatting.blank
        guard let symbol, !symbol.isEmpty else { return numberText }
        return "\(numberText)/\(symbol)"
    }

    /// "Số: 257/QĐ-MNTT".
    public static func numberLine(number: Int?, symbol: String?) -> String {
        // A draft leaves the blank right after the colon: "Số:    /QĐ-MNTT".
        number == nil ? "Số:\(reference(number: nil, symbol: symbol))" : "Số: \(reference(number: number, symbol: symbol))"
    }
}
