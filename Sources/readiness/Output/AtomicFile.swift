#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Creates a new file atomically and never replaces an existing one.
///
/// The text goes to a temporary file beside the target (named as `AtomicWriter` names its
/// own, so its clean-up finds it), which is then hard-linked to the target: the link fails
/// when the target exists, so a file that appeared in the meantime is not clobbered either.
/// To replace files, use `AtomicWriter`.
enum AtomicFile {
    /// Writes text to a new file at a path; fails with `Problem.exists` when the path exists.
    static func create(_ text: String, at path: String) throws(AtomicWriter.Failure) {
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { String(path[...$0]) } ?? ""
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        let temporary = folder + AtomicWriter.temporaryName(for: name)
        do {
            try AtomicWriter.write(text, to: temporary)
        } catch {
            throw AtomicWriter.Failure(path: error.path == temporary ? path : error.path, problem: error.problem)
        }
        let linked = link(temporary, path) == 0
        let code = errno
        TemporaryFiles.remove(temporary)
        guard linked else {
            let problem = code == EEXIST ? Problem.exists : .unwritable(reason: String(cString: strerror(code)))
            throw AtomicWriter.Failure(path: path, problem: problem)
        }
    }
}
