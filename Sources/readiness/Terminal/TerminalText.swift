/// The one sanitiser for text on its way to a terminal: every control character becomes
/// visible (`\u{1B}`), so a startup name, an answer or a file name cannot retitle, clear or
/// move the user's terminal, or forge a line of output.
///
/// `Terminal.writeError` and `Terminal.writeOutput` pass everything they write through it,
/// keeping only line feeds, tabs and the few styles `Style` and `Progress` write themselves;
/// `DiagnosticPrinter` also escapes line feeds and tabs in paths and messages, so a file name
/// cannot start a diagnostic line of its own.
enum TerminalText {
    /// The text with control characters (C0, DEL, C1), line and paragraph separators and
    /// bidirectional overrides written as `\u{…}`; line feeds and tabs kept when `keepingLines`.
    static func visible(_ text: String, keepingLines: Bool = false) -> String {
        if text.utf8.allSatisfy({ (0x20..<0x7F).contains($0) || (keepingLines && ($0 == 0x0A || $0 == 0x09)) }) {
            return text
        }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if keepingLines, scalar == "\n" || scalar == "\t" {
                out.append(scalar)
            } else if isHidden(scalar) {
                out.append(contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// Bytes as text: valid UTF-8 as `visible` shows it, every other byte as `\x..` (a file
    /// name that is not UTF-8 is still named, not replaced by `�`).
    static func visible(bytes: [UInt8]) -> String {
        var out = ""
        var start = 0
        while start < bytes.count {
            var end = bytes.count
            while end > start, String(validating: bytes[start..<end], as: UTF8.self) == nil { end -= 1 }
            if end > start {
                out += visible(String(decoding: bytes[start..<end], as: UTF8.self))
                start = end
            } else {
                out += "\\x" + (bytes[start] < 0x10 ? "0" : "") + String(bytes[start], radix: 16, uppercase: true)
                start += 1
            }
        }
        return out
    }

    /// Text for the terminal with the tool's own styles kept: `ESC [ n m` for the codes `Style`
    /// writes, and `CR ESC [ 2 K` that `Progress` redraws with. Everything else goes through
    /// `visible(_:keepingLines:)`.
    static func forTerminal(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 < 0x20 && $0 != 0x0A && $0 != 0x09 || $0 >= 0x7F }) else { return text }
        var out = ""
        var plain = ""
        var rest = Substring(text)
        while let first = rest.first {
            if let style = allowed.first(where: { rest.utf8.starts(with: $0.utf8) }) {
                out += visible(plain, keepingLines: true) + style
                plain = ""
                rest = rest.dropFirst(style.count)
                continue
            }
            plain.append(first)
            rest = rest.dropFirst()
        }
        return out + visible(plain, keepingLines: true)
    }

    // MARK: - Private

    /// The escape sequences the tool writes itself.
    private static let allowed: [String] =
        ["\r\u{1B}[2K"] + ["0", "1", "2", "31", "32", "33", "36"].map { "\u{1B}[\($0)m" }

    private static func isHidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x20, 0x7F...0x9F, 0x2028, 0x2029, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }
}
