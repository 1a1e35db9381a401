import Foundation

/// A file written in pieces to a hidden temporary file and renamed into place only when
/// complete: a run killed half-way leaves no truncated file under the real name.
final class AtomicStream {
    private let path: String
    private let temporary: String
    private let handle: FileHandle
    private var buffer = Data()

    /// Opens a temporary file beside `path`.
    init(path: String) throws {
        self.path = path
        let url = URL(fileURLWithPath: path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        temporary = url.deletingLastPathComponent().appendingPathComponent(AtomicWriter.temporaryName(for: url.lastPathComponent)).path
        guard FileManager.default.createFile(atPath: temporary, contents: nil),
              let handle = FileHandle(forWritingAtPath: temporary) else {
            throw AtomicWriter.Failure(path: path, reason: "the folder is not writable")
        }
        self.handle = handle
    }

    /// Appends text; it reaches the disk in large blocks.
    func write(_ text: String) throws {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 20 { try flush() }
    }

    /// Appends UTF-8 bytes.
    func write(_ bytes: ArraySlice<UInt8>) throws {
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 20 { try flush() }
    }

    /// Appends UTF-8 bytes.
    func write(_ bytes: [UInt8]) throws {
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 20 { try flush() }
    }

    /// Writes what is buffered, closes, and renames the file into place.
    func commit() throws {
        try flush()
        try handle.close()
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw AtomicWriter.Failure(path: path, reason: reason)
        }
    }

    /// Closes and deletes the temporary file.
    func abandon() {
        try? handle.close()
        unlink(temporary)
    }

    // MARK: - Private

    private func flush() throws {
        guard !buffer.isEmpty else { return }
        try handle.write(contentsOf: buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}
