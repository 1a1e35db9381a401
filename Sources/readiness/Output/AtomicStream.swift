import Foundation

/// A file written in pieces to a hidden temporary file and renamed into place only when
/// complete: a run killed half-way leaves no truncated file under the real name.
final class AtomicStream {
    private let path: String
    private let temporary: String
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    private var state = State.writing

    /// Where the temporary file is: open for writing, closed and complete (not yet renamed),
    /// or renamed or removed.
    private enum State { case writing, finished, done }

    /// Opens a temporary file beside `path`, creating the folder when missing.
    init(path: String) throws(AtomicWriter.Failure) {
        self.path = path
        let folder = (path as NSString).deletingLastPathComponent
        try AtomicWriter.makeFolder(folder.isEmpty ? "." : folder)
        guard
            let (temporary, descriptor) = TemporaryFiles.create(
                in: folder.isEmpty ? "." : folder,
                for: (path as NSString).lastPathComponent)
        else {
            throw .errno(path)
        }
        self.temporary = temporary
        self.descriptor = descriptor
        buffer.reserveCapacity(1 << 20)
    }

    deinit {
        abandon()
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
        try finishWriting()
        try publish()
    }

    /// Writes what is buffered and closes the temporary file, which stays hidden until
    /// `publish()`: files that belong together are all finished first, then all renamed, so a
    /// failure leaves the old set, not half of a new one. On failure the file is removed.
    func finishWriting() throws(AtomicWriter.Failure) {
        guard state == .writing else { return }
        do {
            try flush()
        } catch {
            abandon()
            throw error
        }
        state = .done
        guard close(descriptor) == 0 else {
            let failure = AtomicWriter.Failure.errno(path)
            TemporaryFiles.remove(temporary)
            throw failure
        }
        state = .finished
    }

    /// Renames the finished file into place.
    func publish() throws(AtomicWriter.Failure) {
        guard state == .finished else { return }
        state = .done
        guard TemporaryFiles.rename(temporary, to: path) else {
            let failure = AtomicWriter.Failure.errno(path)
            TemporaryFiles.remove(temporary)
            throw failure
        }
    }

    /// Closes and deletes the temporary file (finished or not).
    func abandon() {
        switch state {
        case .writing:
            close(descriptor)
            TemporaryFiles.remove(temporary)
        case .finished:
            TemporaryFiles.remove(temporary)
        case .done:
            break
        }
        state = .done
    }

    // MARK: - Private

    private func flush() throws(AtomicWriter.Failure) {
        guard !buffer.isEmpty else { return }
        let written = buffer.withUnsafeBytes { AtomicWriter.writeAll($0, to: descriptor) }
        guard written else { throw .errno(path) }
        buffer.removeAll(keepingCapacity: true)
    }
}
