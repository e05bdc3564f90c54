import VanBanModel

/// Fills a header that lacks the issuing body from what the text itself says: the authority line
/// ("HIỆU TRƯỞNG TRƯỜNG MẦM NON THIÊN TÔN") minus the position names the body, the ký hiệu
/// ("QĐ-MNTT") gives its abbreviation. A parent body is never invented. What is inferred is
/// listed in `Document.inferred` so a clerk can confirm it.
enum HeaderInference {
    /// Positions that head an authority line, longest first so "TỔNG GIÁM ĐỐC" wins over "GIÁM ĐỐC".
    static let positions = ["TỔNG CỤC TRƯỞNG", "TỔNG GIÁM ĐỐC", "CHÁNH VĂN PHÒNG", "TRƯỞNG PHÒNG", "HIỆU TRƯỞNG", "VIỆN TRƯỞNG",
                            "CỤC TRƯỞNG", "VỤ TRƯỞNG", "BỘ TRƯỞNG", "THỦ TRƯỞNG", "TRƯỞNG BAN", "GIÁM ĐỐC", "CHỦ TỊCH",
                            "CHỦ NHIỆM", "BÍ THƯ", "TRƯỞNG"].sorted { $0.count > $1.count }

    static func inferIssuer(_ document: inout Document, file: String?, into diagnostics: inout [Diagnostic]) {
        guard document.issuer == nil, let authority = document.issuingAuthority, let name = body(inAuthority: authority) else { return }
        var issuer = IssuingBody(name: name)
        document.inferred.append("issuer.name")
        if let symbol = document.symbol, let kindPart = document.kind.abbreviation, symbol.hasPrefix(kindPart + "-") {
            let rest = String(symbol.dropFirst(kindPart.count + 1))
            if !rest.isEmpty, !rest.contains("/") {
                issuer.abbreviation = rest
                document.symbol = nil
                document.inferred.append("issuer.abbreviation")
            }
        }
        document.issuer = issuer
        diagnostics.append(Diagnostic(Message.issuerInferred(name: name, abbreviation: issuer.abbreviation),
                                      at: document.location.line > 0 ? document.location : SourceLocation(file: file, line: 1)))
    }

    /// "Hiệu trưởng Trường Mầm non Thiên Tôn" → "Trường Mầm non Thiên Tôn"; nil when no position leads.
    static func body(inAuthority authority: String) -> String? {
        let upper = VietnameseText.uppercased(authority)
        for position in positions where upper.hasPrefix(position + " ") {
            let name = String(authority.dropFirst(position.count)).trimmingCharacters(in: .whitespaces)
            // "Chủ tịch Ủy ban nhân dân …" names the body; "Bộ trưởng Bộ …" likewise.
            return name.split(separator: " ").count >= 2 ? name : nil
        }
        return nil
    }
}
