import Foundation
import VanBanWriters

/// The register printed on the Phụ lục IV form as a .docx: landscape A4, the ten columns, the
/// header rows (titles, then the column numbers) repeated at the top of every page, rows never
/// split — ready to print and bind at the end of the year. The page itself is `TableDocx`.
public enum RegisterDocx {
    /// The package bytes.
    public static func write(_ entries: [RegisterEntry], heading: RegisterHeading) throws -> Data {
        try TableDocx(title: heading.title, subtitle: heading.subtitle,
                      headerRows: [RegisterColumns.titles, (1...RegisterColumns.titles.count).map { "(\($0))" }],
                      rows: entries.map(RegisterColumns.cells), columnWeights: RegisterColumns.widths).write()
    }
}
