import Foundation

/// Rules of the canonical plain text that the text writer and the importer share, so that
/// data → text → data is lossless.
public enum CanonicalText {
    /// How "Điều N. REST" is read: is REST the article's title, or the first sentence of an
    /// untitled article? A decision's articles are sentences ("Điều 2. Quyết định này có hiệu
    /// lực …"); a regulation's and a law's are titles ("Điều 1. Phạm vi điều chỉnh").
    public static func isArticleTitle(_ rest: String, inDecision: Bool) -> Bool {
        let text = rest.trimmingCharacters(in: .whitespaces)
        if text.isEmpty { return false }
        if inDecision {
            guard let last = text.last else { return false }
            return text.count <= 120 && !".;:,".contains(last)
        }
        return text.count <= 200
    }
}
