import Foundation
import ReadinessKit

/// A one-line progress display on standard error: count, rate and time left.
///
/// It draws only when standard error is a terminal and it is not silenced, at most ten times a
/// second; nothing it prints reaches a report.
final class Progress {
    private let total: Int
    private let strings: Strings
    private let enabled: Bool
    private let start = Date()
    private var lastDraw = Date.distantPast
    private var drew = false

    /// Creates a progress display for `total` items, in the words of `strings`.
    init(total: Int, quiet: Bool, strings: Strings) {
        self.total = total
        self.strings = strings
        enabled = !quiet && Terminal.stderrIsTTY && total > 1
    }

    /// Shows that `done` items are finished.
    func update(_ done: Int) {
        guard enabled else { return }
        let now = Date()
        guard done == total || now.timeIntervalSince(lastDraw) >= 0.1 else { return }
        lastDraw = now
        let elapsed = max(now.timeIntervalSince(start), 0.001)
        let rate = Double(done) / elapsed
        let left = rate > 0 ? Double(total - done) / rate : 0
        let numbers = strings.numbers
        let line =
            "  "
            + strings.format(
                TerminalWord.progress, numbers.integer(done), numbers.integer(total),
                numbers.integer(Int(rate.rounded())), duration(left))
        Terminal.writeError("\r\u{1B}[2K" + line)
        drew = true
    }

    /// Ends the line so later output starts clean.
    func finish() {
        if drew { Terminal.writeError("\r\u{1B}[2K") }
    }

    private func duration(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded(.up))
        let numbers = strings.numbers
        return whole >= 60
            ? strings.format(TerminalWord.minutesSeconds, numbers.integer(whole / 60), numbers.integer(whole % 60))
            : strings.format(TerminalWord.seconds, numbers.integer(whole))
    }
}
