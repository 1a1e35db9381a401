import Foundation

/// Remembers the output of a pure text transformation, so rubric text that every report of a
/// cohort repeats (help, advice, strengths) is rendered once, not once per startup.
///
/// Only pure functions go through it: the output for a given input never changes, so caching
/// changes no byte of any report. Bounded, so hostile inputs cannot make it grow without end.
final class RenderCache: @unchecked Sendable {
    private var entries: [String: String] = [:]
    private let lock = NSLock()
    private let limit: Int

    /// A cache holding at most `limit` entries (it is cleared when full).
    init(limit: Int = 20_000) {
        self.limit = limit
    }

    /// The cached value for a key, computing and storing it when missing.
    func value(for key: String, _ compute: (String) -> String) -> String {
        lock.lock()
        if let found = entries[key] {
            lock.unlock()
            return found
        }
        lock.unlock()
        let value = compute(key)
        lock.lock()
        if entries.count >= limit { entries.removeAll(keepingCapacity: true) }
        entries[key] = value
        lock.unlock()
        return value
    }
}
