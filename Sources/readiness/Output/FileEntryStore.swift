import Foundation
import ReadinessKit

/// Keeps a cohort's entries in a `RecordFile`, one encoded line each, so a cohort of 100,000
/// startups needs no more memory than one of 10,000.
final class FileEntryStore: CohortEntryStore {
    private let records: RecordFile

    /// Opens a new temporary file in a folder.
    init(folder: String) throws(AtomicWriter.Failure) {
        records = try RecordFile(folder: folder, name: "entries")
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
            return Self.placeholder
        }
        return decoded
    }

    /// How many entries there are.
    var count: Int { records.count }

    // MARK: - Private

    /// What a failed read returns; `failure` says the output must not be trusted.
    private static let placeholder = CohortEntry(encodedLine: "?\t?\t?\t0\t?\t?\t0\t\t-\t\t0")!
}
