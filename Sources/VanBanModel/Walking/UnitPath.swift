/// Where a unit sits: the attached documents leading to it, then the steps from the body down.
///
/// One value gives both the Vietnamese citation ("điểm a khoản 2 Điều 5") and the anchor id
/// ("dieu-5-khoan-2-diem-a", "qc-1-dieu-5" inside the first attached Quy chế), and is parsed back
/// from either, so writers, renumbering, the roles matrix and server URLs agree on one name.
public struct UnitPath: Sendable, Hashable, CustomStringConvertible {
    /// One level of the structure.
    public enum Step: Sendable, Hashable {
        /// Phần, by number (nil when unnumbered).
        case part(Int?)
        /// Chương, by number; an unnumbered heading group is named by its title.
        case chapter(Int?, title: String? = nil)
        /// Mục, by number.
        case section(Int?)
        /// Điều, by its printed number ("5", "39a").
        case article(String)
        /// Khoản, by its printed number ("2", "3.1").
        case clause(String)
        /// Điểm, by its letter ("a", "đ").
        case point(String)
        /// A bullet, by its 1-based position among its siblings.
        case item(Int)
    }

    /// An attached document on the way: its kind and its 1-based position among the attachments.
    public struct Attachment: Sendable, Hashable {
        /// The attachment's kind, which names it in citations and ids ("Quy chế", "qc").
        public var kind: DocumentKind
        /// 1-based position among its parent's attachments.
        public var index: Int

        /// Creates an attachment step.
        public init(kind: DocumentKind, index: Int) {
            self.kind = kind
            self.index = index
        }

        /// The id prefix, e.g. "qc-1-".
        public var anchorPrefix: String {
            let slug = kind.abbreviation.map { VietnameseText.asciiSlug($0) } ?? "vb"
            return "\(slug)-\(index)-"
        }
    }

    /// Attached documents from the outermost document inwards; empty for the main document.
    public var attachments: [Attachment]
    /// Steps from the body downwards.
    public var steps: [Step]

    /// Creates a path.
    public init(attachments: [Attachment] = [], steps: [Step] = []) {
        self.attachments = attachments
        self.steps = steps
    }

    /// The path one step further down.
    public func appending(_ step: Step) -> UnitPath {
        UnitPath(attachments: attachments, steps: steps + [step])
    }

    /// The path inside an attached document.
    public func entering(_ attachment: Attachment) -> UnitPath {
        UnitPath(attachments: attachments + [attachment], steps: [])
    }

    /// The last step, if any.
    public var last: Step? { steps.last }

    /// The article the path is in (or is), by number.
    public var article: String? {
        for step in steps { if case let .article(number) = step { return number } }
        return nil
    }

    /// The clause the path is in (or is), by number.
    public var clause: String? {
        for step in steps { if case let .clause(number) = step { return number } }
        return nil
    }

    /// The point the path is in (or is), by letter.
    public var point: String? {
        for step in steps { if case let .point(letter) = step { return letter } }
        return nil
    }

    public var description: String { citation }
}

extension UnitPath {
    /// The steps a citation names: from the article down when there is one (article numbers are
    /// unique in a document, so Chương and Mục are not cited), else the headings.
    private var citedSteps: [Step] {
        if let index = steps.firstIndex(where: { if case .article = $0 { true } else { false } }) {
            return Array(steps[index...])
        }
        return steps
    }

    /// The Vietnamese citation, innermost first: "điểm a khoản 2 Điều 5", "Mục 1 Chương II",
    /// followed by the attachment's kind when the unit is in one ("Điều 5 Quy chế").
    public var citation: String {
        var words: [String] = citedSteps.reversed().map { step in
            switch step {
            case let .part(number): number.map { "Phần \(RomanNumeral.string($0))" } ?? "Phần"
            case let .chapter(number, title): number.map { "Chương \(RomanNumeral.string($0))" } ?? (title.map { "Chương \($0)" } ?? "Chương")
            case let .section(number): number.map { "Mục \($0)" } ?? "Mục"
            case let .article(number): "Điều \(number)"
            case let .clause(number): "khoản \(number)"
            case let .point(letter): "điểm \(letter)"
            case let .item(index): "gạch đầu dòng thứ \(index)"
            }
        }
        if let attachment = attachments.last { words.append(attachment.kind.name) }
        return words.joined(separator: " ")
    }

    /// The anchor id used by the HTML writer and the server's URLs: "dieu-5-khoan-2-diem-a",
    /// "chuong-2", "chuong-2-muc-1", "phan-1", with "qc-1-" before it inside the first attached
    /// Quy chế. A heading is named alone (article numbers are unique), except a Mục, whose number
    /// starts again in each chapter. Điểm đ is "dd" so it never shares an id with d.
    public var anchor: String {
        let prefix = attachments.map(\.anchorPrefix).joined()
        let cited = citedSteps
        let named: [Step]
        if case .article = cited.first {
            named = cited
        } else if case .section = steps.last, let chapter = steps.dropLast().last(where: { if case .chapter = $0 { true } else { false } }) {
            // Mục numbers start again in every chapter: the chapter keeps two Mục 1 apart.
            named = [chapter, steps.last!]
        } else {
            named = steps.last.map { [$0] } ?? []
        }
        let parts: [String] = named.map { (step: Step) -> String in
            switch step {
            case let .part(number): "phan-\(number.map(String.init) ?? "")"
            case let .chapter(number, title): "chuong-\(number.map(String.init) ?? VietnameseText.asciiSlug(title ?? ""))"
            case let .section(number): "muc-\(number.map(String.init) ?? "")"
            case let .article(number): "dieu-\(number)"
            case let .clause(number): "khoan-\(number)"
            case let .point(letter): "diem-\(Self.pointSlug(letter))"
            case let .item(index): "y-\(index)"
            }
        }
        return prefix + parts.joined(separator: "-")
    }

    /// "a" → "a", "đ" → "dd".
    public static func pointSlug(_ letter: String) -> String {
        VietnameseText.asciiSlug(VietnameseText.lowercased(letter).replacingOccurrences(of: "đ", with: "dd"))
    }
}
