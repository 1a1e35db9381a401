import Foundation

/// Lists the files below a folder with `opendir`/`readdir`: for a cohort of 100,000
/// questionnaires, Foundation's enumerator took longer than reading several thousand of them.
///
/// Names starting with `.` are skipped, files and folders alike; symbolic links to folders are
/// not followed (no loops), links to files are listed. Only regular files are listed.
enum DirectoryWalker {
    /// Paths relative to `folder` (`relative/name`) of the files below it whose name passes
    /// `accept`, in no particular order. Relative paths are short: most fit in a string's
    /// inline storage, which matters for a list of 100,000.
    static func files(in folder: String, accept: (String) -> Bool) -> [String] {
        var refused: [(path: String, problem: Problem)] = []
        return files(in: folder, refused: &refused, accept: accept)
    }

    /// The same, and in `refused` what cannot be read though its name passes `accept`: a name
    /// that is not UTF-8 (its path shown with the bytes escaped), or a FIFO, socket or device
    /// (only regular files are listed, and links to them: reading a FIFO would block).
    static func files(
        in folder: String, refused: inout [(path: String, problem: Problem)],
        accept: (String) -> Bool
    ) -> [String] {
        var found: [String] = []
        var pending = [""]
        while let relativeFolder = pending.popLast() {
            let current = join(folder, relativeFolder)
            guard let directory = opendir(current) else { continue }
            defer { closedir(directory) }
            while let entry = readdir(directory) {
                let bytes = withUnsafeBytes(of: entry.pointee.d_name) { raw in Array(raw.prefix { $0 != 0 }) }
                if bytes.first == 0x2E { continue }  // `.`
                guard let name = String(validating: bytes, as: UTF8.self) else {
                    if Int32(entry.pointee.d_type) == Int32(DT_DIR) || accept(String(decoding: bytes, as: UTF8.self)) {
                        let shown = TerminalText.visible(bytes: bytes)
                        refused.append((join(current, shown), .nameNotUTF8))
                    }
                    continue
                }
                let relative = relativeFolder.isEmpty ? name : relativeFolder + "/" + name
                switch Int32(entry.pointee.d_type) {
                case Int32(DT_DIR): pending.append(relative)
                case Int32(DT_REG): if accept(name) { found.append(relative) }
                default:
                    // A link, something not a file, or the file system did not say (DT_UNKNOWN): ask.
                    guard accept(name) || Int32(entry.pointee.d_type) == Int32(DT_UNKNOWN) else { continue }
                    let path = join(folder, relative)
                    var info = stat()
                    guard lstat(path, &info) == 0 else { continue }
                    if info.st_mode & S_IFMT == S_IFDIR {
                        pending.append(relative)  // never a link: links to folders are not followed
                        continue
                    }
                    guard accept(name) else { continue }
                    if info.st_mode & S_IFMT == S_IFLNK, stat(path, &info) != 0 {
                        found.append(relative)  // a broken link: reading it says why
                    } else if info.st_mode & S_IFMT == S_IFREG {
                        found.append(relative)
                    } else if info.st_mode & S_IFMT != S_IFDIR {
                        refused.append((path, .notRegularFile))
                    }
                }
            }
        }
        return found
    }

    /// Paths in the order of their UTF-8 bytes (the same on every machine, whatever the
    /// locale), compared with `memcmp` on the strings' own storage: a generic comparison took
    /// longer than listing, and copying the bytes out doubled the memory a huge cohort needs.
    static func sortedByBytes(_ paths: [String]) -> [String] {
        paths.sorted { a, b in
            a.withUTF8Bytes { x in
                b.withUTF8Bytes { y in
                    guard let left = x.baseAddress, let right = y.baseAddress else { return x.count < y.count }
                    let order = memcmp(left, right, min(x.count, y.count))
                    return order != 0 ? order < 0 : x.count < y.count
                }
            }
        }
    }

    /// A folder and a path relative to it, joined with one `/`.
    static func join(_ folder: String, _ relative: String) -> String {
        if relative.isEmpty { return folder }
        return folder.hasSuffix("/") ? folder + relative : folder + "/" + relative
    }
}
