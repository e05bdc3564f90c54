import Foundation
import Testing
@testable import VanBanModel

/// Role matching folds text on a fast path for Vietnamese letters; it must agree with the
/// general lower-casing on every text, whatever its letters.
@Suite("role name folding")
struct RoleFoldingTests {
    static let samples = [
        "Hiệu trưởng", "PHÓ HIỆU TRƯỞNG", "Ủy viên", "Uỷ viên", "HOÀ BÌNH", "Hòa", "Quý", "QUÝ", "Thuỷ", "khoẻ",
        "ÐẢNG ủy", "ðoàn", "Ă Â Đ Ê Ô Ơ Ư Ĩ Ũ", "ẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ",
        "Giáo viên – “chủ nhiệm”, 10%", "Straße İstanbul Ĺ", "Ωmega Δ", "e\u{301}", "naïve ÀÉÎÕÜ ×÷", "\u{00A0}Kế toán\u{2009}:",
    ]

    @Test("the fast path gives the general folding, or steps aside")
    func fastPathAgrees() {
        for text in Self.samples {
            #expect(RoleNames.folded(text) == RoleNames.generalFolded(text), "\(text)")
        }
    }

    @Test("random texts over Vietnamese and other letters fold alike on both paths")
    func randomTexts() {
        let alphabet = Array("aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂBCDĐEÊGHIKLMNOÔƠPQRSTUƯVXYàáảãạÀÁẢÃẠỳýỷỹỵỲÝỶỸỴòóỏõọÒÓỎÕỌ ,.:;()-ÐðßİıΣς")
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let text = String((0..<Int.random(in: 0...24, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
            #expect(RoleNames.folded(text) == RoleNames.generalFolded(text), "\(text)")
        }
    }
}
