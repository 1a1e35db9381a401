import Foundation
import ReadinessKit

/// Reads input files as bytes, refusing folders, missing files and files over the size limit;
/// what went wrong is a `Problem`.
enum FileReader {
    /// The bytes of a file, or why they could not be read (one open, one stat, one read).
    static func bytes(at path: String, limit: Int = YAMLLimits.standard.maxBytes) -> Result<[UInt8], Problem> {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            switch errno {
            case ENOENT, ENOTDIR: return .failure(.noSuchFile)
            case EISDIR: return .failure(.isFolder)
            default: return .failure(.unreadable(reason: String(cString: strerror(errno))))
            }
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return .failure(.unreadable(reason: String(cString: strerror(errno)))) }
        if (info.st_mode & S_IFMT) == S_IFDIR { return .failure(.isFolder) }
        if Int(info.st_size) > limit { return .failure(.tooLarge(size: Int(info.st_size), limit: limit)) }
        // Regular files report their size; pipes and devices report 0 and are read in blocks.
        var bytes = [UInt8](repeating: 0, count: max(Int(info.st_size), 0) + 1)
        var count = 0
        while true {
            if count == bytes.count {
                if count > limit { return .failure(.tooLarge(size: count, limit: limit)) }
                bytes.append(contentsOf: repeatElement(0, count: max(count, 65_536)))
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

    /// The largest cohort CSV accepted: a form export of thousands of startups with notes.
    static let csvLimit = 64 << 20

    /// The text of a file, refused when it is not UTF-8 (nothing is silently replaced).
    static func text(at path: String, limit: Int = YAMLLimits.standard.maxBytes) -> Result<String, Problem> {
        bytes(at: path, limit: limit).flatMap { bytes in
            String(validating: bytes, as: UTF8.self).map { .success($0) } ?? .failure(.notUTF8)
        }
    }
}
