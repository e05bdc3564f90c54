import Foundation
import VanBanModel

/// Dates as the register writes them, and the Vietnamese calendar day of an instant.
public enum DateText {
    /// "07/10/2025".
    public static func short(_ date: CivilDate) -> String {
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
        return "\(two(date.day))/\(two(date.month))/\(date.year)"
    }

    /// Vietnam's time zone: UTC+7 all year (no daylight saving).
    public static let vietnam = TimeZone(secondsFromGMT: 7 * 3600)!

    /// The calendar day in Vietnam at an instant: what decides the register year.
    public static func civilDate(at instant: Date) -> CivilDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = vietnam
        let parts = calendar.dateComponents([.year, .month, .day], from: instant)
        return CivilDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    }

    /// Reads `--date`: "2025-10-07" (a day in Vietnam), or an instant with a zone
    /// ("2025-12-31T17:30:00Z", "2026-01-01T00:10+07:00"), taken as the day in UTC+7.
    public static func parse(_ text: String) -> CivilDate? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let day = CivilDate(iso: trimmed) { return day }
        if let slashed = parseSlashed(trimmed) { return slashed }
        return parseInstant(trimmed).map(civilDate(at:))
        return nil
    }

    /// "2025-12-31T17:30Z", "2025-12-31 17:30:05+07:00", "2026-01-01T00:10:00.5+0700": an instant
    /// with its zone (a time without a zone is refused: it could be read two ways).
    public static func parseInstant(_ text: String) -> Date? {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count >= 17, let day = CivilDate(iso: String(String.UnicodeScalarView(scalars[0..<10]))),
              scalars[10] == "T" || scalars[10] == "t" || scalars[10] == " " else { return nil }
        var rest = String(String.UnicodeScalarView(scalars[11...]))
        var offset = 0
        if rest.hasSuffix("Z") || rest.hasSuffix("z") {
            rest.removeLast()
        } else if let sign = rest.lastIndex(where: { $0 == "+" || $0 == "-" }) {
            let zone = rest[rest.index(after: sign)...].replacingOccurrences(of: ":", with: "")
            guard zone.count == 4, let hours = Int(zone.prefix(2)), let minutes = Int(zone.suffix(2)), hours < 24, minutes < 60 else { return nil }
            offset = (hours * 60 + minutes) * 60 * (rest[sign] == "-" ? -1 : 1)
            rest = String(rest[..<sign])
        } else {
            return nil
        }
        let time = rest.split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(time.count), time[0].count == 2, time[1].count == 2,
              let hour = Int(time[0]), let minute = Int(time[1]), hour < 24, minute < 60 else { return nil }
        var second = 0.0
        if time.count == 3 {
            guard let value = Double(time[2]), value >= 0, value < 61 else { return nil }
            second = value
        }
        guard let zone = TimeZone(secondsFromGMT: offset) else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        guard let midnight = calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day)) else { return nil }
        return midnight.addingTimeInterval(Double(hour * 3600 + minute * 60) + second)
    }

    /// "07/10/2025" or "7/10/2025", as old registers write dates.
    public static func parseSlashed(_ text: String) -> CivilDate? {
        let parts = text.split(separator: "/").map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 3, let day = Int(parts[0]), let month = Int(parts[1]), let year = Int(parts[2]), parts[2].count == 4 else { return nil }
        return CivilDate(year: year, month: month, day: day)
    }

    /// Now, ISO 8601 in UTC, for `recordedAt`.
    public static func timestamp(_ instant: Date = Date()) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.string(from: instant)
    }
}
