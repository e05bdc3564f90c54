import VanBanModel

/// Decides, once the whole body is read, whether the words after "Điều N." are the article's
/// title or its content: a heading line can only be judged after its wrapped lines are joined
/// and what follows it is known.
enum ArticleTitles {
    static func settle(_ events: inout [BodyEvent], inDecision: Bool, into diagnostics: inout [Diagnostic]) {
        for index in events.indices {
            guard case let .article(number, title?, nil, at) = events[index] else { continue }
            let nothingFollows = index + 1 == events.count || events[index + 1].startsUnit
            // A decision's article title never ends with a full stop; once wrapped lines are joined
            // ("Điều 1. Phê duyệt … Trung" / "ương Đoàn … ."), the sentence shows. Elsewhere a
            // sentence ending in "." with nothing after it is the article's only content.
            let isContent = inDecision ? !CanonicalText.isArticleTitle(title, inDecision: true)
                : (nothingFollows && title.hasSuffix(".") && title.split(separator: " ").count > 3)
            guard isContent else { continue }
            events[index] = .article(number: number, title: nil, text: title, at: at)
            if !inDecision { diagnostics.append(Diagnostic(Message.articleTextNotTitle(article: number), at: at)) }
        }
    }
}

extension BodyEvent {
    /// True for events that begin a new article or heading, ending the one before.
    var startsUnit: Bool {
        switch self {
        case .article, .part, .chapter, .section: true
        default: false
        }
    }
}
