import Foundation
import VanBanModel
import VanBanOOXML
import XMLKit

/// One Word paragraph as the importer reads it: the text Word shows (fields by their result,
/// insertions kept, deletions dropped), still split into runs by font so legacy fonts can be
/// decoded, with the label its list numbering gives and the table cell it sits in.
struct WordParagraph {
    /// A stretch of text in one font.
    struct Piece {
        var text: String
        var font: String?
        var bold = false
    }

    /// The 1-based paragraph number, counting every paragraph of the body in order.
    var number: Int
    var pieces: [Piece] = []
    /// The computed numbering label ("Điều 5.") and what follows it.
    var label: String?
    var labelSeparator = " "
    var cell: Message.TableCell?
    /// Characters per font size (half-points), for the layout rules.
    var sizeWeights: [Int: Int] = [:]
    /// Visible characters, and how many of them are bold and italic, for the layout rules.
    var visibleCharacters = 0
    var boldCharacters = 0
    var italicCharacters = 0

    mutating func append(_ text: String, font: String?, bold: Bool = false) {
        guard !text.isEmpty else { return }
        if let last = pieces.last, last.font == font, last.bold == bold {
            pieces[pieces.count - 1].text += text
        } else {
            pieces.append(Piece(text: text, font: font, bold: bold))
        }
    }

    /// True when every visible character is bold: a titled khoản ("1. Title" on its own line).
    var isBold: Bool {
        let visible = pieces.filter { $0.text.contains { !$0.isWhitespace } }
        return !visible.isEmpty && visible.allSatisfy(\.bold)
    }
}

/// Walks the main document part and collects its paragraphs in reading order: body paragraphs,
/// table cells row by row, text boxes after the paragraph that anchors them.
struct WordBodyWalker {
    let styles: WordStyles
    var numbering: WordNumbering
    private(set) var paragraphs: [WordParagraph] = []
    /// What was left out, for one note each.
    private(set) var droppedFootnotes = 0
    private(set) var droppedComments = 0
    private(set) var droppedDeletions = 0
    /// Open complex fields: true once past `separate` (the shown result).
    private var fields: [Bool] = []
    private var tableCount = 0
    private var cell: Message.TableCell?
    /// Paragraphs of text boxes met inside the current paragraph, emitted after it.
    private var pendingBoxes: [XMLElement] = []
    private var depth = 0

    init(styles: WordStyles, numbering: WordNumbering) {
        self.styles = styles
        self.numbering = numbering
    }

    mutating func walk(body: XMLElement) {
        blocks(body)
    }

    /// Block-level content: paragraphs, tables, content controls, and the wrappers Word puts around them.
    private mutating func blocks(_ element: XMLElement) {
        depth += 1
        defer { depth -= 1 }
        guard depth < 64 else { return }
        for child in element.children {
            switch child.name {
            case "p": paragraph(child)
            case "tbl": table(child)
            case "sdt": child.child("sdtContent").map { blocks($0) }
            case "customXml", "ins", "moveTo", "smartTag", "txbxContent", "sdtContent": blocks(child)
            case "AlternateContent":
                // The first choice is what Word shows; the fallback repeats it for older readers.
                if let choice = child.children.first(where: { $0.name == "Choice" }) ?? child.child("Fallback") { blocks(choice) }
            case "del", "moveFrom": droppedDeletions += 1
            default: continue
            }
        }
    }

    private mutating func table(_ element: XMLElement) {
        tableCount += 1
        let table = tableCount
        let outer = cell
        var row = 0
        for tr in element.children where tr.name == "tr" || tr.name == "sdt" || tr.name == "customXml" {
            let rows = tr.name == "tr" ? [tr] : (tr.child("sdtContent") ?? tr).children.filter { $0.name == "tr" }
            for tr in rows {
                row += 1
                var column = 0
                for tc in tr.children where tc.name == "tc" || tc.name == "sdt" {
                    let cells = tc.name == "tc" ? [tc] : (tc.child("sdtContent")?.children.filter { $0.name == "tc" } ?? [])
                    for tc in cells {
                        column += 1
                        cell = Message.TableCell(table: table, row: row, column: column)
                        blocks(tc)
                    }
                }
            }
        }
        cell = outer
    }

    private mutating func paragraph(_ element: XMLElement) {
        var paragraph = WordParagraph(number: paragraphs.count + 1)
        paragraph.cell = cell
        let properties = element.child("pPr")
        let style = properties?.child("pStyle")?.wAttribute("val")
        let index = paragraphs.count
        paragraphs.append(paragraph)
        let savedBoxes = pendingBoxes
        pendingBoxes = []
        inline(element, into: &paragraph, paragraphStyle: style)
        // Numbering: the paragraph's own numPr, else its style's.
        var numID: Int?
        var level: Int?
        if let numPr = properties?.child("numPr") {
            numID = numPr.child("numId")?.wAttribute("val").flatMap { Int($0) }
            level = numPr.child("ilvl")?.wAttribute("val").flatMap { Int($0) }
        }
        if numID == nil || level == nil, let inherited = styles.numbering(ofParagraphStyle: style) {
            if numID == nil { numID = inherited.numID }
            if level == nil { level = inherited.level }
        }
        if let numID, numID != 0 {
            let resolved = level ?? style.flatMap { numbering.level(forStyle: $0, numID: numID) } ?? 0
            paragraph.label = numbering.label(numID: numID, level: min(max(resolved, 0), 8))
            paragraph.labelSeparator = numbering.separator(numID: numID, level: min(max(resolved, 0), 8))
        }
        paragraphs[index] = paragraph
        let boxes = pendingBoxes
        pendingBoxes = savedBoxes
        for box in boxes { blocks(box) }
    }

    /// Inline content of a paragraph: runs and the wrappers around them.
    private mutating func inline(_ element: XMLElement, into paragraph: inout WordParagraph, paragraphStyle: String?) {
        depth += 1
        defer { depth -= 1 }
        guard depth < 64 else { return }
        for child in element.children {
            switch child.name {
            case "r": run(child, into: &paragraph, paragraphStyle: paragraphStyle)
            case "hyperlink", "smartTag", "customXml", "ins", "moveTo", "bdo", "dir", "fldSimple":
                inline(child, into: &paragraph, paragraphStyle: paragraphStyle)
            case "sdt": child.child("sdtContent").map { inline($0, into: &paragraph, paragraphStyle: paragraphStyle) }
            case "AlternateContent":
                if let choice = child.children.first(where: { $0.name == "Choice" }) ?? child.child("Fallback") {
                    inline(choice, into: &paragraph, paragraphStyle: paragraphStyle)
                }
            case "del", "moveFrom": droppedDeletions += 1
            default: continue
            }
        }
    }

    private var showing: Bool { fields.allSatisfy { $0 } }

    private mutating func run(_ element: XMLElement, into paragraph: inout WordParagraph, paragraphStyle: String?) {
        let children = element.children
        let properties = children.first { $0.name == "rPr" }
        if let properties, properties.child("vanish")?.isOn == true { return }
        let font = styles.font(run: properties.flatMap(WordStyles.font(of:)), characterStyle: properties?.child("rStyle")?.wAttribute("val"),
                               paragraphStyle: paragraphStyle)
        let bold = styles.bold(run: properties?.child("b")?.isOn, characterStyle: properties?.child("rStyle")?.wAttribute("val"),
                               paragraphStyle: paragraphStyle)
        let size = styles.size(run: properties.flatMap(WordStyles.size(of:)), characterStyle: properties?.child("rStyle")?.wAttribute("val"),
                               paragraphStyle: paragraphStyle)
        let italic = styles.italic(run: properties?.child("i")?.isOn, characterStyle: properties?.child("rStyle")?.wAttribute("val"),
                                   paragraphStyle: paragraphStyle)
        for child in children {
            switch child.name {
            case "t":
                if showing {
                    paragraph.append(child.text, font: font, bold: bold)
                    if let size { paragraph.sizeWeights[size, default: 0] += child.text.count }
                    let visible = child.text.reduce(0) { $0 + ($1.isWhitespace ? 0 : 1) }
                    paragraph.visibleCharacters += visible
                    if bold { paragraph.boldCharacters += visible }
                    if italic { paragraph.italicCharacters += visible }
                }
            case "tab", "ptab":
                if showing { paragraph.append("\t", font: nil) }
            case "br", "cr":
                if showing { paragraph.append("\n", font: nil) }
            case "noBreakHyphen":
                if showing { paragraph.append("-", font: font) }
            case "softHyphen":
                // In a TCVN3 font this byte is the letter "ư"; elsewhere it is dropped when cleaning.
                if showing { paragraph.append("\u{00AD}", font: font) }
            case "sym":
                if showing, let code = child.wAttribute("char").flatMap({ UInt32($0, radix: 16) }), let scalar = Unicode.Scalar(code),
                   !(0xF000...0xF0FF).contains(code) {
                    paragraph.append(String(scalar), font: font)
                }
            case "fldChar":
                switch child.wAttribute("fldCharType") {
                case "begin": fields.append(false)
                case "separate": if !fields.isEmpty { fields[fields.count - 1] = true }
                case "end": if !fields.isEmpty { fields.removeLast() }
                default: break
                }
            case "footnoteReference", "endnoteReference": droppedFootnotes += 1
            case "commentReference": droppedComments += 1
            case "drawing", "pict", "object":
                collectTextBoxes(child, depth: 0)
            case "AlternateContent":
                if let choice = child.children.first(where: { $0.name == "Choice" }) ?? child.child("Fallback") {
                    collectTextBoxes(choice, depth: 0)
                }
            default: continue
            }
        }
    }

    /// Finds `w:txbxContent` inside a drawing or VML shape (only the first reading of each).
    private mutating func collectTextBoxes(_ element: XMLElement, depth: Int) {
        guard depth < 32 else { return }
        for child in element.children {
            if child.name == "txbxContent" {
                pendingBoxes.append(child)
            } else if child.name == "AlternateContent" {
                if let choice = child.children.first(where: { $0.name == "Choice" }) ?? child.child("Fallback") {
                    collectTextBoxes(choice, depth: depth + 1)
                }
            } else if child.name != "Fallback" {
                collectTextBoxes(child, depth: depth + 1)
            }
        }
    }
}
