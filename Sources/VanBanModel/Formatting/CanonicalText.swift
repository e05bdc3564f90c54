import Foundation

/// Rules of the canonical plain text that the text writer and the importer share, so that
/// data → text → data is lossless.
public enum CanonicalText {
    /// How "Điều N. REST" is read: is REST the article's title, or the first sentence of an
    /// untitled article? A decision's articles are sentences ("Điều 2. Quyết định này có hiệu
    /// lực …"); a regulation's and a law's are titles ("Điều 1. Phạm vi điều chỉnh").
    public static func isArticleTitle(_ rest: String, inDecision: Bool) -> Bool {
        // Scalars, not Characters: this runs for every article of a long import.
        let scalars = rest.unicodeScalars
        guard let last = scalars.last(where: { $0 != " " }) else { return false }
        let length = scalars.count
        if inDecision {
            return length <= 120 && !".;:,".unicodeScalars.contains(last)
        }
        return length <= 200
    }
}
