import Foundation

/// The one place temporary files are created and the list of this run's live ones, under one
/// lock: an interrupt takes the lock, removes every file on the list and exits holding it, so
/// no thread can create a file the clean-up did not see (a listing of the folder could miss one
/// made a moment later, and left hidden zero-byte files behind).
enum TemporaryFiles {
    /// Creates a new temporary file for `name` in `folder` (`O_EXCL | O_NOFOLLOW`: never an
    /// existing file or a link someone planted) and lists it; its path and open descriptor.
    static func create(
        in folder: String, for name: String, mode: mode_t = 0o644,
        readable: Bool = false
    ) -> (path: String, descriptor: Int32)? {
        let path = (folder as NSString).appendingPathComponent(AtomicWriter.temporaryName(for: name))
        lock.lock()
        defer { lock.unlock() }
        let access = readable ? O_RDWR : O_WRONLY
        let descriptor = open(path, access | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, mode)
        guard descriptor >= 0 else { return nil }
        live.insert(path)
        return (path, descriptor)
    }

    /// Renames a listed temporary file over its target and takes it off the list; false (with
    /// `errno` set) when the rename fails.
    static func rename(_ temporary: String, to path: String) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        guard Glibc.rename(temporary, path) == 0 else { return false }
        live.remove(temporary)
        return true
    }

    /// Deletes a listed temporary file and takes it off the list.
    static func remove(_ temporary: String) {
        lock.lock()
        defer { lock.unlock() }
        unlink(temporary)
        live.remove(temporary)
    }

    /// Deletes every listed file and exits with `code`, never releasing the lock.
    static func removeAllAndExit(_ code: Int32) -> Never {
        lock.lock()
        for path in live { unlink(path) }
        exit(code)
    }

    nonisolated(unsafe) private static var live: Set<String> = []
    private static let lock = NSLock()
}
