import Foundation

/// Where a cohort keeps its per-startup entries: in memory, or (for very large cohorts)
/// somewhere cheaper, such as a file the command line tool manages.
///
/// Entries get ids 0, 1, 2… in the order they are added.
public protocol CohortEntryStore: AnyObject, Sendable {
    /// Keeps an entry.
    func append(_ entry: CohortEntry)
    /// The entry with an id.
    func entry(_ id: Int) -> CohortEntry
    /// How many entries there are.
    var count: Int { get }
}

/// Keeps every entry in memory: right for cohorts of hundreds or thousands.
/// Safe from several threads: `entries` is only touched under `lock`.
public final class InMemoryEntryStore: CohortEntryStore, @unchecked Sendable {
    private var entries: [CohortEntry] = []
    private let lock = NSLock()

    /// An empty store.
    public init() {}

    /// Keeps an entry.
    public func append(_ entry: CohortEntry) {
        lock.lock()
        defer { lock.unlock() }
        entries.append(entry)
    }

    /// The entry with an id.
    public func entry(_ id: Int) -> CohortEntry {
        lock.lock()
        defer { lock.unlock() }
        return entries[id]
    }

    /// How many entries there are.
    public var count: Int {
        lock.lock()
        defer { lock.unlock() }
        return entries.count
    }
}
