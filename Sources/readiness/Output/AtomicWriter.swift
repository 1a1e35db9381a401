import Foundation

/// Writes files atomically: the text goes to a hidden temporary file in the same folder, which
/// is then renamed over the target, so a reader (or a killed run) never sees a half-written file.
///
/// Temporary files are named `.readiness-tmp-<pid>-<n>-<name>`; `removeStale(in:)` clears ones
/// that a killed run left behind, and an interrupt removes the current run's.
enum AtomicWriter {
    /// The prefix of every temporary file.
    static let temporaryPrefix = ".readiness-tmp-"

    /// Why a write failed.
    struct Failure: Error, CustomStringConvertible {
        let path: String
        let reason: String
        var description: String { "cannot write \(path): \(reason)" }
    }

    /// Writes text to a path atomically, creating the folder if needed.
    static func write(_ text: String, to path: String) throws {
        try text.withUTF8Bytes { try write(bytes: UnsafeRawBufferPointer($0), to: path) }
    }

    /// Writes UTF-8 bytes to a path atomically, creating the folder if needed.
    static func write(_ bytes: [UInt8], to path: String) throws {
        try bytes.withUnsafeBytes { try write(bytes: $0, to: path) }
    }

    /// Writes data to a path atomically, creating the folder if needed.
    static func write(_ data: Data, to path: String) throws {
        try data.withUnsafeBytes { try write(bytes: $0, to: path) }
    }

    /// Writes bytes to a path atomically: a temporary file beside it (plain POSIX calls, one
    /// open, write, close), then a rename over the target.
    static func write(bytes: UnsafeRawBufferPointer, to path: String) throws {
        // Plain string paths: a file `URL` asks the file system whether each path is a folder,
        // three calls per file that a cohort of thousands of reports felt.
        let name = (path as NSString).lastPathComponent
        let folder = (path as NSString).deletingLastPathComponent
        let existing = folder.isEmpty ? "." : folder
        var isFolder: ObjCBool = false
        if !FileManager.default.fileExists(atPath: existing, isDirectory: &isFolder) {
            do {
                try FileManager.default.createDirectory(atPath: existing, withIntermediateDirectories: true)
            } catch {
                throw Failure(path: path, reason: "cannot create folder \(existing)")
            }
        }
        let temporary = (folder as NSString).appendingPathComponent(temporaryName(for: name))
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw Failure(path: path, reason: String(cString: strerror(errno))) }
        var offset = 0
        while offset < bytes.count {
            let written = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0, errno == EINTR { continue }
            guard written > 0 else {
                let reason = String(cString: strerror(errno))
                close(descriptor)
                unlink(temporary)
                throw Failure(path: path, reason: reason)
            }
            offset += written
        }
        guard close(descriptor) == 0, rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw Failure(path: path, reason: reason)
        }
    }

    /// A fresh temporary file name for a target name.
    static func temporaryName(for name: String) -> String {
        let number = counter.next()
        return "\(temporaryPrefix)\(getpid())-\(number)-\(name)"
    }

    /// Removes temporary files that an earlier, killed run left in a folder.
    static func removeStale(in folder: String) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names where name.hasPrefix(temporaryPrefix) {
            try? FileManager.default.removeItem(atPath: (folder as NSString).appendingPathComponent(name))
        }
    }

    /// Removes this process's temporary files from a folder (on interrupt).
    static func removeOwn(in folder: String) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        let own = "\(temporaryPrefix)\(getpid())-"
        for name in names where name.hasPrefix(own) {
            unlink((folder as NSString).appendingPathComponent(name))
        }
    }

    private static let counter = Counter()
}

/// A thread-safe increasing counter.
final class Counter: @unchecked Sendable {
    private var value = 0
    private let lock = NSLock()

    /// The next number, starting at 1.
    func next() -> Int {
        lock.lock()
        defer { lock.unlock() }
        value += 1
        return value
    }
}
