import Foundation
import ReadinessKit

/// Keeps a cohort's entries in a hidden temporary file beside the outputs, one line each, so a
/// cohort of 100,000 startups needs no more memory than one of 10,000. Only each line's offset
/// stays in memory. The file is removed when the store goes away (or by the next run, if killed).
final class FileEntryStore: CohortEntryStore, @unchecked Sendable {
    private let path: String
    private let descriptor: Int32
    private var offsets: [UInt64] = []
    private var end: UInt64 = 0
    private var buffer: [UInt8] = []
    private let lock = NSLock()
    /// The first I/O problem, if any: the caller checks it before writing anything it read.
    private(set) var failure: String?

    /// Opens a new temporary file in a folder.
    init(folder: String) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        path = (folder as NSString).appendingPathComponent(AtomicWriter.temporaryName(for: "entries"))
        descriptor = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw AtomicWriter.Failure(path: path, reason: String(cString: strerror(errno))) }
        buffer.reserveCapacity(1 << 20)
    }

    deinit {
        close(descriptor)
        unlink(path)
    }

    /// Keeps an entry (written in large blocks).
    func append(_ entry: CohortEntry) {
        lock.lock()
        defer { lock.unlock() }
        offsets.append(end + UInt64(buffer.count))
        entry.appendEncodedLine(to: &buffer)
        buffer.append(0x0A)
        if buffer.count >= 1 << 20 { flush() }
    }

    /// The entry with an id, read back from the file.
    func entry(_ id: Int) -> CohortEntry {
        lock.lock()
        defer { lock.unlock() }
        flush()
        let start = offsets[id]
        let stop = id + 1 < offsets.count ? offsets[id + 1] : end
        var bytes = [UInt8](repeating: 0, count: Int(stop - start))
        let read = bytes.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, off_t(start)) }
        let length = max(min(read, bytes.count) - 1, 0)  // without the newline
        let decoded = bytes.withUnsafeBufferPointer { CohortEntry(encodedBytes: UnsafeBufferPointer(rebasing: $0[..<length])) }
        guard read == bytes.count, let entry = decoded else {
            failure = failure ?? "cannot read back the cohort's entry file \(path)"
            return Self.placeholder
        }
        return entry
    }

    /// How many entries there are.
    var count: Int {
        lock.lock()
        defer { lock.unlock() }
        return offsets.count
    }

    // MARK: - Private

    /// What a failed read returns; `failure` says the output must not be trusted.
    private static let placeholder = CohortEntry(encodedLine: "?\t?\t?\t0\t?\t?\t0\t\t-\t\t0")!

    private func flush() {
        guard !buffer.isEmpty else { return }
        buffer.withUnsafeBytes { bytes in
            var written = 0
            while written < bytes.count {
                let result = pwrite(descriptor, bytes.baseAddress! + written, bytes.count - written, off_t(end) + off_t(written))
                if result < 0, errno == EINTR { continue }
                guard result > 0 else {
                    failure = failure ?? "cannot write the cohort's entry file \(path): \(String(cString: strerror(errno)))"
                    return
                }
                written += result
            }
        }
        end += UInt64(buffer.count)
        buffer.removeAll(keepingCapacity: true)
    }
}
