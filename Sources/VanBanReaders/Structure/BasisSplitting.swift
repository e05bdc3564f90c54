import VanBanModel

/// One căn cứ per line: a line that holds several bases ("Căn cứ …. Xét …", "…; Căn cứ …")
/// is split where the next basis begins; each keeps its words, without the closing punctuation.
enum BasisSplitting {
    /// The words that open a basis, as `LineClassifier` knows them.
    static let openers = ["Căn cứ", "Theo đề nghị", "Xét "]

    static func split(_ line: String) -> [String] {
        var pieces: [String] = []
        var rest = Substring(line)
        // A basis ends at "." or ";" followed by a space and the opener of the next one.
        while let cut = nextBoundary(in: rest) {
            pieces.append(String(rest[..<cut]))
            rest = rest[rest.index(after: cut)...].drop { $0 == " " }
        }
        pieces.append(String(rest))
        return pieces.map { VietnameseText.strippingTrailingPunctuation($0.trimmingCharacters(in: .whitespaces)) }.filter { !$0.isEmpty }
    }

    private static func nextBoundary(in text: Substring) -> Substring.Index? {
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character == "." || character == ";" {
                let after = text[text.index(after: index)...].drop { $0 == " " }
                if after.startIndex > text.index(after: index), openers.contains(where: { after.hasPrefix($0) }) { return index }
            }
            index = text.index(after: index)
        }
        return nil
    }
}
