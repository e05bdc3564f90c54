import Foundation
import VanBanOOXML
import XMLKit

/// What the importer needs from word/styles.xml: each style's parent, its numbering and its
/// font, so a paragraph's numbering and a run's font can be found through the `basedOn` chain.
struct WordStyles {
    struct Style {
        var basedOn: String?
        var numID: Int?
        var level: Int?
        var font: String?
        var bold: Bool?
        /// The font size in half-points (`w:sz`), for the layout rules.
        var size: Int?
        /// Italic (`w:i`), for the layout rules.
        var italic: Bool?
    }

    private(set) var styles: [String: Style] = [:]
    /// The font of `w:docDefaults`, used when neither run nor style names one.
    private(set) var defaultFont: String?
    /// The size of `w:docDefaults` in half-points.
    private(set) var defaultSize: Int?
    /// The default paragraph style (`w:default="1"` of type paragraph).
    private(set) var defaultParagraphStyle: String?

    init() {}

    init(_ root: XMLElement?) {
        guard let root else { return }
        for element in root.children {
            switch element.name {
            case "docDefaults":
                defaultFont = element.child("rPrDefault")?.child("rPr").flatMap(Self.font(of:))
                defaultSize = element.child("rPrDefault")?.child("rPr").flatMap(Self.size(of:))
            case "style":
                guard let id = element.wAttribute("styleId") else { continue }
                var style = Style()
                style.basedOn = element.child("basedOn")?.wAttribute("val")
                if let numPr = element.child("pPr")?.child("numPr") {
                    style.numID = numPr.child("numId")?.wAttribute("val").flatMap { Int($0) }
                    style.level = numPr.child("ilvl")?.wAttribute("val").flatMap { Int($0) }
                }
                style.font = element.child("rPr").flatMap(Self.font(of:))
                style.bold = element.child("rPr")?.child("b")?.isOn
                style.size = element.child("rPr").flatMap(Self.size(of:))
                style.italic = element.child("rPr")?.child("i")?.isOn
                styles[id] = style
                if element.wAttribute("type") == "paragraph", element.wAttribute("default") == "1" { defaultParagraphStyle = id }
            default:
                continue
            }
        }
    }

    /// The font a `w:rPr` names for Latin text (ascii, else hAnsi).
    static func font(of rPr: XMLElement) -> String? {
        guard let fonts = rPr.child("rFonts") else { return nil }
        return fonts.wAttribute("ascii") ?? fonts.wAttribute("hAnsi")
    }

    /// The size a `w:rPr` gives, in half-points.
    static func size(of rPr: XMLElement) -> Int? {
        rPr.child("sz")?.wAttribute("val").flatMap { Int($0) }
    }

    /// The size of a run in half-points: its own, else its character style's, else its paragraph style's, else the defaults.
    func size(run: Int?, characterStyle: String?, paragraphStyle: String?) -> Int? {
        run ?? inherited(characterStyle, { $0.size }) ?? inherited(paragraphStyle ?? defaultParagraphStyle, { $0.size }) ?? defaultSize
    }

    /// Walks a style and its ancestors (at most 32, against loops) until `pick` finds a value.
    func inherited<T>(_ id: String?, _ pick: (Style) -> T?) -> T? {
        var current = id
        var seen = 0
        while let name = current, let style = styles[name], seen < 32 {
            if let value = pick(style) { return value }
            current = style.basedOn
            seen += 1
        }
        return nil
    }

    /// The numbering a paragraph style gives: numId and level (level may be nil: take 0 or the list's own link).
    func numbering(ofParagraphStyle id: String?) -> (numID: Int, level: Int?)? {
        guard let numID = inherited(id ?? defaultParagraphStyle, { $0.numID }) else { return nil }
        return (numID, inherited(id ?? defaultParagraphStyle, { $0.level }))
    }

    /// Whether a run is bold: its own `w:b`, else its character style's, else its paragraph style's.
    func bold(run: Bool?, characterStyle: String?, paragraphStyle: String?) -> Bool {
        run ?? inherited(characterStyle, { $0.bold }) ?? inherited(paragraphStyle ?? defaultParagraphStyle, { $0.bold }) ?? false
    }

    /// Whether a run is italic: its own `w:i`, else its character style's, else its paragraph style's.
    func italic(run: Bool?, characterStyle: String?, paragraphStyle: String?) -> Bool {
        run ?? inherited(characterStyle, { $0.italic }) ?? inherited(paragraphStyle ?? defaultParagraphStyle, { $0.italic }) ?? false
    }

    /// The font of a run: its own, else its character style's, else its paragraph style's, else the defaults.
    func font(run: String?, characterStyle: String?, paragraphStyle: String?) -> String? {
        run ?? inherited(characterStyle, { $0.font }) ?? inherited(paragraphStyle ?? defaultParagraphStyle, { $0.font }) ?? defaultFont
    }
}

extension XMLElement {
    /// An attribute in the WordprocessingML namespace (`w:val`).
    func wAttribute(_ name: String) -> String? { attribute(name, namespace: WordprocessingML.namespace) }

    /// True for an on/off property that is on: present, and not `w:val="0"`/`false`/`off`.
    var isOn: Bool {
        guard let value = wAttribute("val") else { return true }
        return !["0", "false", "off"].contains(value)
    }
}
