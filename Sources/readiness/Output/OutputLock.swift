import Foundation

/// An exclusive `flock` on an output folder itself (no lock file is left in it), held until the
/// process ends: two batch runs writing the same overview would mix their files, so the second
/// is refused at once with a clear message.
enum OutputLock {
    /// Creates the folder when missing and locks it; a failure names the folder and the problem.
    static func acquire(_ folder: String) throws(AtomicWriter.Failure) {
        try AtomicWriter.makeFolder(folder)
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .errno(folder) }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            let busy = errno == EWOULDBLOCK
            let failure = busy ? AtomicWriter.Failure(path: folder, problem: .folderInUse) : .errno(folder)
            close(descriptor)
            throw failure
        }
        // The descriptor stays open, and the lock held, until the process exits.
    }
}
