import Foundation

/// The register as one self-contained HTML page: landscape A4 when printed, the header row
/// repeated on every page (a `thead` does that in every browser).
public enum RegisterHTML {
    /// The page for one organisation's year.
    public static func write(_ entries: [RegisterEntry], heading: RegisterHeading) -> Data {
        var html = """
            <!DOCTYPE html>
            <html lang="vi">
            <head>
            <meta charset="utf-8">
            <title>\(escape(heading.title))</title>
            <style>
            @page { size: A4 landscape; margin: 15mm 15mm 15mm 20mm; }
            body { font-family: "Times New Roman", "Liberation Serif", serif; font-size: 11pt; }
            h1 { font-size: 14pt; text-align: center; margin: 0; }
            p.sub { text-align: center; margin: 2pt 0 10pt; }
            table { border-collapse: collapse; width: 100%; }
            th, td { border: 1px solid #000; padding: 3pt; vertical-align: top; white-space: pre-line; }
            th { font-weight: bold; text-align: center; }
            thead tr.numbers th { font-weight: normal; font-style: italic; }
            tr { break-inside: avoid; }
            tr.void td { color: #555; }
            </style>
            </head>
            <body>
            <h1>\(escape(heading.title))</h1>
            <p class="sub">\(escape(heading.subtitle))</p>
            <table>
            <thead>
            <tr>\(RegisterColumns.titles.map { "<th>\(escape($0))</th>" }.joined())</tr>
            <tr class="numbers">\((1...10).map { "<th>(\($0))</th>" }.joined())</tr>
            </thead>
            <tbody>

            """
        for entry in entries {
            let cells = RegisterColumns.cells(entry).map { "<td>\(escape($0))</td>" }.joined()
            html += "<tr\(entry.status == .void ? " class=\"void\"" : "")>\(cells)</tr>\n"
        }
        html += "</tbody>\n</table>\n</body>\n</html>\n"
        return Data(html.utf8)
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}

/// The title lines of a printed register.
public struct RegisterHeading: Sendable, Hashable {
    /// "SỔ ĐĂNG KÝ VĂN BẢN ĐI".
    public var title: String
    /// "Năm 2025 — MNTT".
    public var subtitle: String

    /// The heading for a year and organisations.
    public init(year: Int?, organisations: [String]) {
        title = "SỔ ĐĂNG KÝ VĂN BẢN ĐI"
        var parts: [String] = []
        if let year { parts.append("Năm \(year)") }
        if !organisations.isEmpty { parts.append(organisations.joined(separator: ", ")) }
        subtitle = parts.joined(separator: " — ")
    }
}
