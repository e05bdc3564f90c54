import Foundation
import VanBanOOXML
import XMLKit

/// Word's automatic numbering (word/numbering.xml), computed the way Word shows it: list
/// definitions (`w:abstractNum` levels with `lvlText`, `numFmt`, `start`, `lvlRestart`, `isLgl`),
/// list instances (`w:num`) with `lvlOverride`/`startOverride`, lower levels restarting when a
/// higher one advances. Counters belong to the list definition: every instance of one
/// `abstractNum` continues the same sequence, and an instance with a `startOverride` restarts
/// it where that instance is first used (what LibreOffice shows, and why generators that make a
/// new `w:num` without an override see their lists continue).
struct WordNumbering {
    struct Level {
        var start = 1
        var format = "decimal"
        var text: String?
        var restart: Int?
        var legal = false
        var suffix = "tab"
        var style: String?
    }

    struct Instance {
        var abstractID: Int
        /// Levels replaced or restarted by this instance.
        var overrides: [Int: Level] = [:]
        var startOverrides: [Int: Int] = [:]
    }

    private var abstracts: [Int: [Int: Level]] = [:]
    private var instances: [Int: Instance] = [:]
    /// Counters by list definition (abstractNumId), level → last value shown.
    private var counters: [Int: [Int: Int]] = [:]
    /// Instances already met: their start overrides have been applied.
    private var started: Set<Int> = []

    init() {}

    init(_ root: XMLElement?) {
        guard let root else { return }
        for element in root.children {
            switch element.name {
            case "abstractNum":
                guard let id = element.wAttribute("abstractNumId").flatMap({ Int($0) }) else { continue }
                var levels: [Int: Level] = [:]
                for lvl in element.children where lvl.name == "lvl" {
                    guard let index = lvl.wAttribute("ilvl").flatMap({ Int($0) }), (0...8).contains(index) else { continue }
                    levels[index] = Self.level(lvl)
                }
                abstracts[id] = levels
            case "num":
                guard let id = element.wAttribute("numId").flatMap({ Int($0) }),
                      let abstractID = element.child("abstractNumId")?.wAttribute("val").flatMap({ Int($0) }) else { continue }
                var instance = Instance(abstractID: abstractID)
                for override in element.children where override.name == "lvlOverride" {
                    guard let index = override.wAttribute("ilvl").flatMap({ Int($0) }), (0...8).contains(index) else { continue }
                    if let start = override.child("startOverride")?.wAttribute("val").flatMap({ Int($0) }) {
                        instance.startOverrides[index] = start
                    }
                    if let lvl = override.child("lvl") { instance.overrides[index] = Self.level(lvl) }
                }
                instances[id] = instance
            default:
                continue
            }
        }
    }

    private static func level(_ lvl: XMLElement) -> Level {
        var level = Level()
        if let start = lvl.child("start")?.wAttribute("val").flatMap({ Int($0) }) { level.start = start }
        if let format = lvl.child("numFmt")?.wAttribute("val") { level.format = format }
        level.text = lvl.child("lvlText")?.wAttribute("val")
        level.restart = lvl.child("lvlRestart")?.wAttribute("val").flatMap { Int($0) }
        level.legal = lvl.child("isLgl")?.isOn ?? false
        if let suffix = lvl.child("suff")?.wAttribute("val") { level.suffix = suffix }
        level.style = lvl.child("pStyle")?.wAttribute("val")
        return level
    }

    /// The level a list definition ties to a paragraph style (`w:lvl/w:pStyle`), if any.
    func level(forStyle style: String, numID: Int) -> Int? {
        guard let instance = instances[numID], let levels = abstracts[instance.abstractID] else { return nil }
        return levels.first { $0.value.style == style }?.key
    }

    private func definition(_ instance: Instance, _ index: Int) -> Level? {
        instance.overrides[index] ?? abstracts[instance.abstractID]?[index]
    }

    /// Advances the list of a numbered paragraph and returns the label Word shows in front of
    /// it ("Điều 5.", "a)", "II"), with the separator Word puts after it; nil when the list or
    /// level is not defined or shows nothing.
    mutating func label(numID: Int, level index: Int) -> String? {
        guard numID != 0, let instance = instances[numID], let current = definition(instance, index) else { return nil }
        let key = instance.abstractID
        var values = counters[key] ?? [:]
        func start(_ level: Int) -> Int {
            instance.startOverrides[level] ?? definition(instance, level)?.start ?? 1
        }
        if !started.contains(numID) {
            started.insert(numID)
            for (level, _) in instance.startOverrides { values[level] = nil }
        }
        values[index] = values[index].map { $0 + 1 } ?? start(index)
        // Lower levels restart when this one advances, unless their lvlRestart says otherwise
        // (0: never; n: only when level n-1 or a higher one advances).
        for lower in (index + 1)..<9 {
            let restart = definition(instance, lower)?.restart ?? (lower)
            if restart != 0, index < restart { values[lower] = nil }
        }
        counters[key] = values
        guard let pattern = current.text else { return nil }
        var label = ""
        var iterator = pattern.makeIterator()
        while let character = iterator.next() {
            guard character == "%" else { label.append(character); continue }
            guard let digit = iterator.next() else { label.append(character); break }
            guard let number = digit.wholeNumberValue, (1...9).contains(number) else {
                label.append(character)
                label.append(digit)
                continue
            }
            let referenced = number - 1
            let value = values[referenced] ?? start(referenced)
            var format = definition(instance, referenced)?.format ?? "decimal"
            if current.legal, referenced != index { format = "decimal" }
            if referenced == index, format == "bullet" { continue }
            label += Self.format(value, as: format)
        }
        if current.format == "bullet" {
            label = label.contains("+") ? "+" : "-"
        }
        label = label.trimmingCharacters(in: .whitespaces)
        guard !label.isEmpty else { return nil }
        return label
    }

    /// A counter written in a `numFmt`.
    static func format(_ value: Int, as format: String) -> String {
        switch format {
        case "upperRoman": return value > 0 ? roman(value) : String(value)
        case "lowerRoman": return value > 0 ? roman(value).lowercased() : String(value)
        case "upperLetter": return letters(value).uppercased()
        case "lowerLetter": return letters(value)
        case "decimalZero": return value < 10 && value >= 0 ? "0\(value)" : String(value)
        case "none", "bullet": return ""
        default: return String(value)
        }
    }

    /// Word's letters: a … z, then aa … zz, aaa …
    static func letters(_ value: Int) -> String {
        guard value > 0 else { return String(value) }
        let letter = Character(UnicodeScalar(UInt8(97 + (value - 1) % 26)))
        return String(repeating: letter, count: min((value - 1) / 26 + 1, 20))
    }

    static func roman(_ value: Int) -> String {
        guard value < 4000 else { return String(value) }
        let table: [(Int, String)] = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                                      (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var rest = value
        var result = ""
        for (number, symbol) in table {
            while rest >= number {
                result += symbol
                rest -= number
            }
        }
        return result
    }

    /// The separator after a level's label: nothing for `w:suff="nothing"`, else a space.
    func separator(numID: Int, level index: Int) -> String {
        guard let instance = instances[numID], let level = definition(instance, index) else { return " " }
        return level.suffix == "nothing" ? "" : " "
    }
}
