import Foundation

/// A file written in pieces to a hidden temporary file and renamed into place only when
/// complete: a run killed half-way leaves no truncated file under the real name.
final class AtomicStream {
    private let path: String
    private let temporary: String
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    private var open = true

    /// Opens a temporary file beside `path`, creating the folder when missing.
    init(path: String) throws(AtomicWriter.Failure) {
        self.path = path
        let folder = (path as NSString).deletingLastPathComponent
        try AtomicWriter.makeFolder(folder.isEmpty ? "." : folder)
        let name = AtomicWriter.temporaryName(for: (path as NSString).lastPathComponent)
        temporary = (folder as NSString).appendingPathComponent(name)
        descriptor = Glibc.open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw .errno(path) }
        buffer.reserveCapacity(1 << 20)
    }

    deinit {
        if open { abandon() }
    }

    /// Appends text; it reaches the disk in large blocks.
    func write(_ text: String) throws(AtomicWriter.Failure) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 20 { try flush() }
    }

    /// Appends UTF-8 bytes.
    func write(_ bytes: ArraySlice<UInt8>) throws(AtomicWriter.Failure) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 20 { try flush() }
    }

    /// Appends UTF-8 bytes.
    func write(_ bytes: [UInt8]) throws(AtomicWriter.Failure) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 20 { try flush() }
    }

    /// Writes what is buffered, closes, and renames the file into place.
    func commit() throws(AtomicWriter.Failure) {
        do {
            try flush()
        } catch {
            abandon()
            throw error
        }
        open = false
        guard close(descriptor) == 0, rename(temporary, path) == 0 else {
            let failure = AtomicWriter.Failure.errno(path)
            unlink(temporary)
            throw failure
        }
    }

    /// Closes and deletes the temporary file.
    func abandon() {
        guard open else { return }
        open = false
        close(descriptor)
        unlink(temporary)
    }

    // MARK: - Private

    private func flush() throws(AtomicWriter.Failure) {
        guard !buffer.isEmpty else { return }
        let written = buffer.withUnsafeBytes { AtomicWriter.writeAll($0, to: descriptor) }
        guard written else { throw .errno(path) }
        buffer.removeAll(keepingCapacity: true)
    }
}
