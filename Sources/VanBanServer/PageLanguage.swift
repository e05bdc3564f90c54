import Foundation
import HTTPTypes
import Hummingbird
import VanBanModel

/// The language of the pages: chosen by the switch in the layout (`/lang/en`, `/lang/vi`, kept in
/// the `lang` cookie), else the first of Vietnamese or English the browser asks for, else Vietnamese.
enum PageLanguage {
    /// The cookie that keeps the choice.
    static let cookie = "lang"

    /// The language for a request.
    static func of(_ request: Request, default fallback: Language) -> Language {
        if let chosen = request.cookies[cookie]?.value, let language = Language(rawValue: chosen) { return language }
        guard let header = request.headers[HTTPField.Name("Accept-Language")!] else { return fallback }
        // "en-GB,en;q=0.9,vi;q=0.8": the highest weight wins, the first of equal weights.
        let ranked = header.split(separator: ",").enumerated().compactMap { index, part -> (Double, Int, Language)? in
            let pieces = part.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            let tag = pieces.first?.lowercased() ?? ""
            let weight = pieces.dropFirst().first { $0.hasPrefix("q=") }.flatMap { Double($0.dropFirst(2)) } ?? 1
            let language: Language? = tag.hasPrefix("vi") ? .vi : tag.hasPrefix("en") ? .en : nil
            return language.map { (weight, index, $0) }
        }
        return ranked.min { ($0.0 > $1.0) || ($0.0 == $1.0 && $0.1 < $1.1) }?.2 ?? fallback
    }

    /// Where to go back after switching: the path of the page the link was on (the Referer;
    /// only its path, so never another site), else the documents.
    static func back(_ request: Request) -> String {
        guard let referer = request.headers[HTTPField.Name("Referer")!], let url = URL(string: referer) else { return "/documents" }
        var path = url.path.isEmpty ? "/documents" : url.path
        if let query = url.query { path += "?" + query }
        let sameSite = path.hasPrefix("/") && !path.hasPrefix("//") && !path.contains("\\") && !path.hasPrefix("/lang/")
        return sameSite ? path : "/documents"
    }

    /// The switch: sets the cookie and goes back.
    static func add(to router: Router<WorkbenchContext>) {
        router.get("lang/:code") { request, context in
            let code = context.parameters.get("code") ?? ""
            guard let language = Language(rawValue: code) else {
                throw WorkbenchFailure(.notFound, .notFound(path: request.uri.path))
            }
            return Answer.redirect(back(request), headers: [.setCookie: "\(cookie)=\(language.rawValue); Path=/; Max-Age=31536000; SameSite=Lax"])
        }
    }
}
