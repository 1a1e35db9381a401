import Foundation

/// Byte records kept in a hidden temporary file beside the outputs, so a cohort of 100,000
/// startups needs no more memory than one of 10,000: only each record's offset stays in memory.
/// Appends go out in large blocks; reads use `pread`. The file is removed when this goes away
/// (or by the next run, if this one was killed). Safe to use from several threads: every
/// stored property that changes is read and written under `lock`.
final class RecordFile: @unchecked Sendable {
    private let path: String
    private let descriptor: Int32
    private var offsets: [UInt64] = []
    private var end: UInt64 = 0
    private var buffer: [UInt8] = []
    private let lock = NSLock()
    private var firstFailure: Problem?

    /// Opens a new temporary file in a folder; `name` tells its purpose in the file name.
    init(folder: String, name: String) throws(AtomicWriter.Failure) {
        try AtomicWriter.makeFolder(folder)
        guard let (path, descriptor) = TemporaryFiles.create(in: folder, for: name, mode: 0o600, readable: true) else {
            throw .errno((folder as NSString).appendingPathComponent(name))
        }
        self.path = path
        self.descriptor = descriptor
        buffer.reserveCapacity(1 << 20)
    }

    /// The first I/O problem, if any: the caller checks it before writing anything it read.
    var failure: Problem? {
        lock.lock()
        defer { lock.unlock() }
        return firstFailure
    }

    deinit {
        close(descriptor)
        TemporaryFiles.remove(path)
    }

    /// How many records there are.
    var count: Int {
        lock.lock()
        defer { lock.unlock() }
        return offsets.count
    }

    /// Appends a record built in place; its id is the count before.
    func append(_ build: (inout [UInt8]) -> Void) {
        lock.lock()
        defer { lock.unlock() }
        offsets.append(end + UInt64(buffer.count))
        build(&buffer)
        if buffer.count >= 1 << 20 { flushLocked() }
    }

    /// The bytes of record `id`; nil (and `failure` set) when they cannot be read back.
    func record(_ id: Int) -> [UInt8]? {
        lock.lock()
        defer { lock.unlock() }
        flushLocked()
        let start = offsets[id]
        let stop = id + 1 < offsets.count ? offsets[id + 1] : end
        var bytes = [UInt8](repeating: 0, count: Int(stop - start))
        var done = 0
        while done < bytes.count {
            let read = bytes.withUnsafeMutableBytes {
                pread(descriptor, $0.baseAddress! + done, $0.count - done, off_t(start) + off_t(done))
            }
            if read < 0, errno == EINTR { continue }
            guard read > 0 else {
                firstFailure = firstFailure ?? .unreadableTemporary(path)
                return nil
            }
            done += read
        }
        return bytes
    }

    /// Writes what is buffered now; a failure shows in `failure`.
    func flush() {
        lock.lock()
        defer { lock.unlock() }
        flushLocked()
    }

    /// Records a problem found in what was read back (the first one is kept).
    func noteFailure(_ problem: Problem) {
        lock.lock()
        defer { lock.unlock() }
        firstFailure = firstFailure ?? problem
    }

    // MARK: - Private

    /// Writes the buffer out (under the lock).
    private func flushLocked() {
        guard !buffer.isEmpty else { return }
        buffer.withUnsafeBytes { bytes in
            var written = 0
            while written < bytes.count {
                let result = pwrite(
                    descriptor, bytes.baseAddress! + written, bytes.count - written, off_t(end) + off_t(written))
                if result < 0, errno == EINTR { continue }
                guard result > 0 else {
                    firstFailure = firstFailure ?? .unwritableTemporary(path, reason: String(cString: strerror(errno)))
                    return
                }
                written += result
            }
        }
        end += UInt64(buffer.count)
        buffer.removeAll(keepingCapacity: true)
    }
}
