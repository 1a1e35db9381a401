import Foundation
import ReadinessKit

/// Reads input files as bytes, refusing folders, missing files and files over the size limit.
enum FileReader {
    /// Why a file could not be read.
    enum Failure: Error, Equatable {
        case missing
        case folder
        case tooLarge(Int)
        case unreadable(String)

        var message: String {
            switch self {
            case .missing: return "no such file"
            case .folder: return "is a folder, not a file"
            case .tooLarge(let size): return "file is too large (\(size) bytes; the limit is \(YAMLLimits.standard.maxBytes))"
            case .unreadable(let reason): return "cannot read the file: \(reason)"
            }
        }
    }

    /// The bytes of a file, or why they could not be read.
    static func bytes(at path: String) -> Result<[UInt8], Failure> {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return .failure(.missing) }
        if isFolder.boolValue { return .failure(.folder) }
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int,
           size > YAMLLimits.standard.maxBytes {
            return .failure(.tooLarge(size))
        }
        guard let handle = FileHandle(forReadingAtPath: path) else { return .failure(.unreadable("permission denied")) }
        defer { try? handle.close() }
        do {
            let data = try handle.read(upToCount: YAMLLimits.standard.maxBytes + 1) ?? Data()
            if data.count > YAMLLimits.standard.maxBytes { return .failure(.tooLarge(data.count)) }
            return .success([UInt8](data))
        } catch {
            return .failure(.unreadable(String(describing: error)))
        }
    }

    /// The text of a file decoded as UTF-8, or nil when it is not UTF-8.
    static func text(at path: String) -> Result<String, Failure> {
        bytes(at: path).map { String(decoding: $0, as: UTF8.self) }
    }
}
