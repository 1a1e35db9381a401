import Foundation

/// A path written so that it can be pasted into a POSIX shell as one word.
enum ShellWord {
    /// The path as is when it holds only characters a shell leaves alone, else in single
    /// quotes (a quote inside written `'\''`); `then` (such as a glob) follows unquoted.
    static func quoted(_ path: String, then suffix: String = "") -> String {
        let trimmed = suffix.isEmpty || !path.hasSuffix("/") ? path : String(path.dropLast())
        let plain = !trimmed.isEmpty && trimmed.unicodeScalars.allSatisfy { isPlain($0) }
        let word = plain ? trimmed : "'" + trimmed.replacingOccurrences(of: "'", with: "'\\''") + "'"
        return word + suffix
    }

    // MARK: - Private

    private static func isPlain(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "a"..."z", "A"..."Z", "0"..."9", "-", "_", ".", "/", "+", ",", ":", "@", "%": return true
        default: return false
        }
    }
}
