import Foundation
import ReadinessKit

/// Reads input files as bytes, refusing folders, missing files, files over the size limit and
/// anything that is not a regular file; what went wrong is a `Problem`.
enum FileReader {
    /// The bytes of a regular file, or why they could not be read (one open, one stat, one
    /// read). FIFOs, sockets and devices are refused without blocking: the file is opened with
    /// `O_NONBLOCK` (a FIFO without a writer would otherwise wait for ever) and checked with
    /// `fstat` before anything is read.
    static func bytes(at path: String, limit: Int = YAMLLimits.standard.maxBytes) -> Result<[UInt8], Problem> {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)
        guard descriptor >= 0 else {
            switch errno {
            case ENOENT, ENOTDIR: return .failure(.noSuchFile)
            case EISDIR: return .failure(.isFolder)
            case ENXIO: return .failure(.notRegularFile)  // a socket, or a FIFO on some systems
            default: return .failure(.unreadable(reason: String(cString: strerror(errno))))
            }
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            return .failure(.unreadable(reason: String(cString: strerror(errno))))
        }
        if (info.st_mode & S_IFMT) == S_IFDIR { return .failure(.isFolder) }
        guard (info.st_mode & S_IFMT) == S_IFREG else { return .failure(.notRegularFile) }
        if Int(info.st_size) > limit { return .failure(.tooLarge(size: Int(info.st_size), limit: limit)) }
        // The size is known, but a file can grow while it is read: read at most one byte more
        // than the limit, in blocks.
        var bytes = [UInt8](repeating: 0, count: max(Int(info.st_size), 0) + 1)
        var count = 0
        while true {
            if count == bytes.count {
                if count > limit { return .failure(.tooLarge(size: count, limit: limit)) }
                bytes.append(contentsOf: repeatElement(0, count: min(max(count, 65_536), limit + 1 - count + 1)))
            }
            let read = bytes.withUnsafeMutableBytes { buffer in
                Glibc.read(descriptor, buffer.baseAddress! + count, buffer.count - count)
            }
            if read < 0 {
                if errno == EINTR { continue }
                return .failure(.unreadable(reason: String(cString: strerror(errno))))
            }
            if read == 0 { break }
            count += read
        }
        if count > limit { return .failure(.tooLarge(size: count, limit: limit)) }
        bytes.removeSubrange(count...)
        return .success(bytes)
    }

    /// The largest cohort CSV accepted, as docs/formats.md says: 4 MiB, like every other input
    /// (a form export of thousands of startups with notes; `CSVTable.maxRows` bounds the rows).
    static let csvLimit = YAMLLimits.standard.maxBytes

    /// The text of a file, refused when it is not UTF-8 (nothing is silently replaced).
    static func text(at path: String, limit: Int = YAMLLimits.standard.maxBytes) -> Result<String, Problem> {
        bytes(at: path, limit: limit).flatMap { bytes in
            String(validating: bytes, as: UTF8.self).map { .success($0) } ?? .failure(.notUTF8)
        }
    }
}
