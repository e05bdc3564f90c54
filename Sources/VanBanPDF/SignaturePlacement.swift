import Foundation

/// Where the signature fields go on a rendered page, from markers the DOCX writer leaves in
/// signing mode: a bookmark at the empty paragraph between the signer's position and name, and
/// one at the name. LibreOffice exports bookmarks as named destinations (page, x, y of the
/// paragraph's top), so the space is found exactly, with no text extraction or font decoding.
/// The names are letters only: LibreOffice rewrites other characters in destination names.
public enum SignaturePlacement {
    /// The bookmark at the top of the room kept for the signature (ô 7c).
    public static let signatureSpaceMarker = "VanBanNguoiKy"
    /// The bookmark at the top of the signer's name.
    public static let signerNameMarker = "VanBanTenNguoiKy"
    /// The signer's field name.
    public static let signerField = "nguoi-ky"
    /// The organisation's field name (an attachment in a file of its own).
    public static let organisationField = "co-quan"
    /// Width of the signer's field: 60 mm, room for a signature with the seal over its left third.
    public static let signerWidth = 60 * 72 / 25.4
    /// Points kept clear above and below, so the field never touches the lines around it.
    public static let clearance = 4.0

    /// The signer's field between the position line and the name, centred on the signature
    /// column; nil when the markers are missing (a document with no signature block).
    public static func signerField(in file: PDFFile) throws(PDFSyntaxError) -> SignatureField? {
        let destinations = try file.namedDestinations()
        guard let space = destinations[signatureSpaceMarker], let name = destinations[signerNameMarker],
              let spaceTop = space.top, let nameTop = name.top, let centre = space.left else { return nil }
        let pages = try file.pages()
        guard let pageIndex = pages.firstIndex(where: { $0.reference == space.page }) else { return nil }
        // The name may have moved to the next page: then the field fills the space down to the margin.
        let bottom = name.page == space.page ? nameTop + clearance : spaceTop - 78
        let top = spaceTop - clearance
        guard top > bottom else { return nil }
        let box = pages[pageIndex].mediaBox
        let left = max(box[0], centre - signerWidth / 2), right = min(box[2], centre + signerWidth / 2)
        return SignatureField(name: signerField, pageIndex: pageIndex, rect: [rounded(left), rounded(bottom), rounded(right), rounded(top)],
                              label: "Chữ ký số của người có thẩm quyền")
    }

    /// The organisation's field at the top right of the first page, in the top margin above the
    /// Quốc hiệu: 60 × 15 mm, 4 mm from the top, its right edge on the header table's (10 mm
    /// from the page edge: the 15 mm margin less the table's 5 mm overhang), room for the three
    /// size-10 lines (number, date, time) Nghị định 30 prints there.
    public static func organisationField(in file: PDFFile) throws(PDFSyntaxError) -> SignatureField {
        let box = try file.pages().first?.mediaBox ?? [0, 0, 595.3, 841.9]
        let millimetre = 72 / 25.4
        let right = box[2] - 10 * millimetre, top = box[3] - 4 * millimetre
        return SignatureField(name: organisationField, pageIndex: 0,
                              rect: [rounded(right - 60 * millimetre), rounded(top - 15 * millimetre), rounded(right), rounded(top)],
                              label: "Chữ ký số của cơ quan, tổ chức")
    }

    private static func rounded(_ value: Double) -> Double { (value * 100).rounded() / 100 }
}
