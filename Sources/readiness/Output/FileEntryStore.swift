import Foundation
import ReadinessKit

/// Keeps a cohort's entries in a `RecordFile`, one encoded line each, so a cohort of 100,000
/// startups needs no more memory than one of 10,000.
final class FileEntryStore: CohortEntryStore {
    private let records: RecordFile
    /// What a failed read returns, shaped like every entry of the cohort (one score per
    /// dimension), so the overview writers never index past it; `failure` says the output
    /// must not be trusted.
    private let placeholder: CohortEntry

    /// Opens a new temporary file in a folder, for entries of a rubric with `dimensionCount`
    /// dimensions.
    init(folder: String, dimensionCount: Int) throws(AtomicWriter.Failure) {
        records = try RecordFile(folder: folder, name: "entries")
        var placeholder = Self.emptyEntry
        placeholder.dimensionScores = Array(repeating: nil, count: dimensionCount)
        self.placeholder = placeholder
    }

    /// Writes what is buffered, so a full disk shows in `failure` before anything is read back.
    func flush() {
        records.flush()
    }

    /// The first I/O problem, if any: the caller checks it before writing anything it read.
    var failure: Problem? { records.failure }

    /// Keeps an entry.
    func append(_ entry: CohortEntry) {
        records.append { entry.appendEncodedLine(to: &$0) }
    }

    /// The entry with an id, read back from the file.
    func entry(_ id: Int) -> CohortEntry {
        let decoded = records.record(id).flatMap { bytes in
            bytes.withUnsafeBufferPointer { CohortEntry(encodedBytes: $0) }
        }
        guard let decoded else {
            records.noteFailure(.damagedEntries)
            return placeholder
        }
        return decoded
    }

    /// How many entries there are.
    var count: Int { records.count }

    // MARK: - Private

    /// An entry with nothing in it.
    private static let emptyEntry = CohortEntry(encodedLine: "?\t?\t?\t0\t?\t?\t0\t\t-\t\t0")!
}
