/// Checks links before a report makes them clickable: only `http`, `https` and `mailto`.
///
/// A rubric or questionnaire can come from anywhere; `javascript:` and `data:` links, or text
/// with spaces and control characters, are shown as text instead.
public enum SafeURL {
    /// The URL when it is a web or mail link without spaces or control characters; nil otherwise.
    public static func link(_ text: String) -> String? {
        let lower = text.lowercased()
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://") || lower.hasPrefix("mailto:") else { return nil }
        guard text.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value != 0x7F }) else { return nil }
        guard text.count > (lower.hasPrefix("mailto:") ? 7 : 8) else { return nil }
        return text
    }

    /// The URL with the characters that could end a Markdown link or table cell percent-encoded.
    public static func markdownDestination(_ url: String) -> String {
        var out = ""
        for character in url {
            switch character {
            case "(": out += "%28"
            case ")": out += "%29"
            case "<": out += "%3C"
            case ">": out += "%3E"
            case "|": out += "%7C"
            case "\\": out += "%5C"
            case "`": out += "%60"
            case "[": out += "%5B"
            case "]": out += "%5D"
            case "*": out += "%2A"
            case "_": out += "%5F"
            default: out.append(character)
            }
        }
        return out
    }
}
