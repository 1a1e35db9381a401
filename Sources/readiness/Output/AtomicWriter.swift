import Foundation

/// Writes files atomically: the text goes to a hidden temporary file in the same folder, which
/// is then renamed over the target, so a reader (or a killed run) never sees a half-written file.
///
/// Temporary files are named `.readiness-tmp-<pid>-<n>-<name>` and made by `TemporaryFiles`;
/// `removeStale(in:)` clears ones that a killed run left behind, and an interrupt removes the
/// current run's.
enum AtomicWriter {
    /// The prefix of every temporary file.
    static let temporaryPrefix = ".readiness-tmp-"

    /// Why a file or folder could not be written: its path and the problem.
    struct Failure: Error, Equatable {
        /// The file or folder.
        let path: String
        /// What went wrong.
        let problem: Problem

        /// A failure the system reported through `errno` just now.
        static func errno(_ path: String) -> Failure {
            Failure(path: path, problem: .unwritable(reason: String(cString: strerror(Glibc.errno))))
        }
    }

    /// Writes text to a path atomically, creating the folder if needed.
    static func write(_ text: String, to path: String) throws(Failure) {
        try text.withUTF8Bytes { buffer in
            Result { () throws(Failure) in try write(bytes: UnsafeRawBufferPointer(buffer), to: path) }
        }.get()
    }

    /// Writes UTF-8 bytes to a path atomically, creating the folder if needed.
    static func write(_ bytes: [UInt8], to path: String) throws(Failure) {
        try bytes.withUnsafeBytes { buffer in Result { () throws(Failure) in try write(bytes: buffer, to: path) } }
            .get()
    }

    /// Creates a folder and the folders above it when missing.
    static func makeFolder(_ folder: String) throws(Failure) {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) { return }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw Failure(path: folder, problem: .cannotCreateFolder)
        }
    }

    /// Writes bytes to a path atomically: a temporary file beside it (plain POSIX calls, one
    /// open, write, close), then a rename over the target.
    static func write(bytes: UnsafeRawBufferPointer, to path: String) throws(Failure) {
        // Plain string paths: a file `URL` asks the file system whether each path is a folder,
        // three calls per file that a cohort of thousands of reports felt.
        let name = (path as NSString).lastPathComponent
        let folder = (path as NSString).deletingLastPathComponent
        try makeFolder(folder.isEmpty ? "." : folder)
        guard let (temporary, descriptor) = TemporaryFiles.create(in: folder.isEmpty ? "." : folder, for: name) else {
            throw .errno(path)
        }
        guard writeAll(bytes, to: descriptor) else {
            let failure = Failure.errno(path)
            close(descriptor)
            TemporaryFiles.remove(temporary)
            throw failure
        }
        guard close(descriptor) == 0, TemporaryFiles.rename(temporary, to: path) else {
            let failure = Failure.errno(path)
            TemporaryFiles.remove(temporary)
            throw failure
        }
    }

    /// Writes every byte to an open file, going on after interrupts; false (with `errno` set)
    /// when the system refuses.
    static func writeAll(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let written = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0, errno == EINTR { continue }
            guard written > 0 else { return false }
            offset += written
        }
        return true
    }

    /// A fresh temporary file name for a target name.
    static func temporaryName(for name: String) -> String {
        let number = counter.next()
        return "\(temporaryPrefix)\(getpid())-\(number)-\(name)"
    }

    /// Removes temporary files that an earlier, killed run left in a folder: only those whose
    /// run (the process id in the name) is gone; a live run's files are its own.
    static func removeStale(in folder: String) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names where name.hasPrefix(temporaryPrefix) {
            let pid = name.dropFirst(temporaryPrefix.count).prefix { $0.isASCII && $0.isNumber }
            guard let number = pid_t(pid), number > 0, kill(number, 0) != 0, errno == ESRCH else { continue }
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
