import Foundation
import VanBan

/// One button of the editor that changes its structure without saving: the form posts
/// `op=VERB:TARGET` ("add-article:qc-1-chuong-2", "up-base:3"), the server applies it to what was
/// typed and shows the editor again. Targets are block ids (`NumberedBlock.id`), "doc-N" for
/// the end of document N, or 1-based positions in the căn cứ and nơi nhận lists.
enum EditorOperation: Equatable {
    case addArticle(String), addChapter(String), addSection(String)
    case remove(String), up(String), down(String)
    case list(ListName, ListVerb, Int)

    /// The lists edited one line per input.
    enum ListName: String { case base, recipient }
    /// What a list button does to its line.
    enum ListVerb: String { case add, remove, up, down }

    /// Parses a button's value; a malformed one is refused with VB821.
    init(_ value: String) throws {
        let parts = value.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 2, !parts[1].isEmpty, parts[1].count <= 200 else { throw WorkbenchFailure(.badRequest, .badOperation(op: value)) }
        let verb = parts[0], target = parts[1]
        switch verb {
        case "add-article": self = .addArticle(target)
        case "add-chapter": self = .addChapter(target)
        case "add-section": self = .addSection(target)
        case "remove": self = .remove(target)
        case "up": self = .up(target)
        case "down": self = .down(target)
        default:
            let words = verb.split(separator: "-", maxSplits: 1).map(String.init)
            guard words.count == 2, let action = ListVerb(rawValue: words[0]), let list = ListName(rawValue: words[1]),
                  let index = Int(target) else { throw WorkbenchFailure(.badRequest, .badOperation(op: value)) }
            self = .list(list, action, index)
        }
    }

    /// Where the clerk's attention goes after an operation: a block (by position) or a list line (1-based).
    enum Focus: Equatable {
        case block(Int)
        case line(ListName, Int)
    }

    /// Applies the operation to the blocks and the lists and answers what to focus next; a
    /// target that does not exist is refused with VB822.
    @discardableResult
    func apply(blocks: inout [EditorBlock], bases: inout [String], recipients: inout [String], documents: [Document]) throws -> Focus? {
        switch self {
        case let .list(name, verb, index):
            if name == .base { try Self.change(&bases, verb, index) } else { try Self.change(&recipients, verb, index) }
            let count = name == .base ? bases.count : recipients.count
            let line = switch verb {
            case .add: index + 1
            case .remove: min(index, count)
            case .up: max(1, index - 1)
            case .down: min(count, index + 1)
            }
            return line >= 1 ? .line(name, line) : nil
        case let .addArticle(target), let .addChapter(target), let .addSection(target):
            let (position, doc) = try Self.insertion(target, blocks: blocks, documents: documents)
            let kind: EditorBlock.Kind = switch self {
            case .addChapter: .chapter
            case .addSection: .section
            default: .article
            }
            blocks.insert(EditorBlock(kind: kind, doc: doc, title: ""), at: position)
            return .block(position)
        case let .remove(target):
            let index = try Self.index(of: target, blocks: blocks, documents: documents)
            blocks.remove(at: index)
            return index > 0 ? .block(index - 1) : nil
        case let .up(target):
            let index = try Self.index(of: target, blocks: blocks, documents: documents)
            // Moving past the first block of its document would move it into another document.
            guard index > 0, blocks[index - 1].doc == blocks[index].doc else { return .block(index) }
            blocks.swapAt(index, index - 1)
            return .block(index - 1)
        case let .down(target):
            let index = try Self.index(of: target, blocks: blocks, documents: documents)
            guard index + 1 < blocks.count, blocks[index + 1].doc == blocks[index].doc else { return .block(index) }
            blocks.swapAt(index, index + 1)
            return .block(index + 1)
        }
    }

    /// The position of the block with an id.
    static func index(of target: String, blocks: [EditorBlock], documents: [Document]) throws -> Int {
        guard let index = EditorBlocks.numbered(blocks, documents: documents).firstIndex(where: { $0.id == target }) else {
            throw WorkbenchFailure(.badRequest, .noSuchTarget(target: target))
        }
        return index
    }

    /// Where a new block goes: right after the target block, or at the end of document "doc-N".
    static func insertion(_ target: String, blocks: [EditorBlock], documents: [Document]) throws -> (Int, Int) {
        if target.hasPrefix("doc-"), let doc = Int(target.dropFirst(4)), doc >= 0, doc < documents.count {
            let last = blocks.lastIndex { $0.doc <= doc }
            return ((last ?? -1) + 1, doc)
        }
        let index = try index(of: target, blocks: blocks, documents: documents)
        return (index + 1, blocks[index].doc)
    }

    /// A list line added after position `index` (0: at the top), removed or moved.
    static func change(_ list: inout [String], _ verb: ListVerb, _ index: Int) throws {
        let valid = verb == .add ? (0...list.count).contains(index) : (1...max(1, list.count)).contains(index) && index <= list.count
        guard valid else { throw WorkbenchFailure(.badRequest, .noSuchTarget(target: String(index))) }
        switch verb {
        case .add: list.insert("", at: index)
        case .remove: list.remove(at: index - 1)
        case .up: if index > 1 { list.swapAt(index - 1, index - 2) }
        case .down: if index < list.count { list.swapAt(index - 1, index) }
        }
    }
}
