/// Writes YAML scalars and comments safely: text always double-quoted and escaped per YAML 1.1/1.2.
///
/// Whatever a founder types (quotes, `#`, `: `, leading dashes, line breaks, control
/// characters) reads back as the same text, and nothing written here can end a comment early
/// or start a new key.
public enum YAMLText {
    /// The text as a double-quoted YAML scalar, escaping `"`, `\`, line breaks and every
    /// character YAML does not allow printed as is.
    public static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{0}": out += "\\0"
            case "\u{1B}": out += "\\e"
            case "\u{85}": out += "\\N"
            case "\u{2028}": out += "\\L"
            case "\u{2029}": out += "\\P"
            default:
                if isPrintable(scalar) {
                    out.unicodeScalars.append(scalar)
                } else if scalar.value <= 0xFF {
                    out += "\\x" + hex(scalar.value, digits: 2)
                } else {
                    out += "\\u" + hex(scalar.value, digits: 4)
                }
            }
        }
        return out + "\""
    }

    /// A mapping key: plain when it is a simple id such as `team.full-time-founders`, quoted otherwise.
    public static func key(_ text: String) -> String {
        let simple =
            !text.isEmpty
            && text.unicodeScalars.allSatisfy {
                $0.isASCII
                    && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" || $0 == ".")
            } && text.first != "-" && text.first != "."
        let reserved = ["null", "~", "true", "false", "yes", "no", "on", "off", "y", "n"].contains(text.lowercased())
        return simple && !reserved ? text : quoted(text)
    }

    /// Comment lines for a text: each line of it after `prefix`, with anything YAML would not
    /// print (control characters, stray line separators) replaced by a space.
    public static func comment(_ text: String, prefix: String) -> [String] {
        var lines: [String] = []
        var current = ""
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\n" && previousWasCR {
                previousWasCR = false
                continue
            }
            previousWasCR = scalar == "\r"
            if scalar == "\n" || scalar == "\r" || scalar == "\u{85}" || scalar == "\u{2028}" || scalar == "\u{2029}" {
                lines.append(current)
                current = ""
            } else {
                current.unicodeScalars.append(isPrintable(scalar) && scalar != "\u{FEFF}" ? scalar : " ")
            }
        }
        lines.append(current)
        return lines.map { line in
            let trimmed = line.trimmingTrailingSpaces()
            return trimmed.isEmpty ? prefix.trimmingTrailingSpaces() : prefix + trimmed
        }
    }

    /// A number as YAML: the shortest text that reads back as the same value.
    public static func number(_ value: Double) -> String { NumberText.canonical(value) }

    // MARK: - Private

    /// YAML's printable set: tab, line feed, carriage return, 0x20–0x7E, NEL, 0xA0–0xD7FF,
    /// 0xE000–0xFFFD (without the byte-order mark) and the planes above.
    private static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20...0x7E: return true
        case 0xA0...0xD7FF: return true
        case 0xE000...0xFFFD: return scalar.value != 0xFEFF
        case 0x10000...0x10FFFF: return true
        default: return false
        }
    }

    private static func hex(_ value: UInt32, digits: Int) -> String {
        let text = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}

extension String {
    /// The text without trailing spaces and tabs.
    func trimmingTrailingSpaces() -> String {
        var copy = self
        while let last = copy.last, last == " " || last == "\t" { copy.removeLast() }
        return copy
    }
}
