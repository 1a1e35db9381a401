import Foundation

/// A one-line progress display on standard error: count, rate and time left.
///
/// It draws only when standard error is a terminal and it is not silenced, at most ten times a
/// second; nothing it prints reaches a report.
final class Progress {
    private let total: Int
    private let enabled: Bool
    private let start = Date()
    private var lastDraw = Date.distantPast
    private var drew = false

    /// Creates a progress display for `total` items.
    init(total: Int, quiet: Bool) {
        self.total = total
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
        let line = "  \(done)/\(total) startups · \(Int(rate.rounded()))/s · \(Self.duration(left)) left"
        Terminal.writeError("\r\u{1B}[2K" + line)
        drew = true
    }

    /// Ends the line so later output starts clean.
    func finish() {
        if drew { Terminal.writeError("\r\u{1B}[2K") }
    }

    private static func duration(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded(.up))
        return whole >= 60 ? "\(whole / 60) min \(whole % 60) s" : "\(whole) s"
    }
}
