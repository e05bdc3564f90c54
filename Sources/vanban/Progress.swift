import Foundation
import Synchronization
import VanBan

/// Shows how far a batch has got. On a terminal (standard error is a TTY) it redraws one line,
/// "tạo văn bản [██████░░░░] 24/40 truong-24.yaml"; elsewhere it draws nothing, and the batch
/// prints plain lines instead, so logs and pipes get no control characters.
final class Progress: Sendable {
    /// True when standard error is a terminal.
    static var isInteractive: Bool { isatty(STDERR_FILENO) != 0 && ProcessInfo.processInfo.environment["TERM"] != "dumb" }

    private struct State {
        var label = ""
        var total = 0
        var done = 0
        var current = ""
        var drawn = false
    }

    let interactive: Bool
    private let state = Mutex(State())

    /// Creates a reporter; `interactive` decides between a redrawn bar and silence.
    init(interactive: Bool = Progress.isInteractive) { self.interactive = interactive }

    /// Starts a phase: a label and the number of steps in it.
    func start(_ label: String, total: Int) {
        state.withLock {
            $0 = State(label: label, total: total, done: 0, current: "", drawn: $0.drawn)
            draw(&$0)
        }
    }

    /// One more step done; `item` names it on the bar.
    func advance(_ item: String = "") {
        state.withLock {
            $0.done = min($0.total, $0.done + 1)
            $0.current = item
            draw(&$0)
        }
    }

    /// Sets the number of steps done.
    func update(done: Int) {
        state.withLock {
            guard done > $0.done else { return }
            $0.done = min($0.total, done)
            draw(&$0)
        }
    }

    /// Prints lines above the bar (messages must not be overwritten by it).
    func print(_ lines: [String]) {
        guard !lines.isEmpty else { return }
        state.withLock {
            var text = $0.drawn ? "\r\u{1B}[K" : ""
            text += lines.joined(separator: "\n") + "\n"
            FileHandle.standardError.write(Data(text.utf8))
            $0.drawn = false
            draw(&$0)
        }
    }

    /// Clears the bar for good.
    func finish() {
        state.withLock {
            if $0.drawn { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
            $0.drawn = false
            $0.total = 0
        }
    }

    private func draw(_ state: inout State) {
        guard interactive, state.total > 0 else { return }
        let width = 24
        let filled = state.total == 0 ? 0 : state.done * width / state.total
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        let item = state.current.count > 40 ? "…" + state.current.suffix(39) : state.current
        let line = "\r\u{1B}[K\(state.label) [\(bar)] \(state.done)/\(state.total) \(item)"
        FileHandle.standardError.write(Data(line.utf8))
        state.drawn = true
    }
}
