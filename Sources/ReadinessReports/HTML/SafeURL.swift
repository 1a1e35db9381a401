/// Checks links before a report makes them clickable: only `http`, `https` and `mailto`.
///
/// A rubric or questionnaire can come from anywhere; `javascript:` and `data:` links, or text
/// with spaces and control characters, are shown as text instead.
public enum SafeURL {
    /// The URL when it is a web or mail link without spaces or control characters; nil otherwise.
    public static func link(_ text: String) -> String? {
        // Evidence links are checked in every row of every report: ASCII text is checked on its
        // bytes, without a lower-cased copy. Other text takes the character-wise rule, where a
        // combining mark can join the prefix's last character.
        guard text.everyUTF8Byte({ $0 < 0x80 }) else { return characterWiseLink(text) }
        let isMail = text.hasPrefixIgnoringASCIICase("mailto:")
        guard isMail || text.hasPrefixIgnoringASCIICase("https://") || text.hasPrefixIgnoringASCIICase("http://"),
            text.everyUTF8Byte({ $0 > 0x20 && $0 != 0x7F }), text.utf8.count > (isMail ? 7 : 8)
        else { return nil }
        return text
    }

    /// Whether the URL is a `mailto:` link, in any case.
    public static func isMail(_ url: String) -> Bool {
        url.everyUTF8Byte({ $0 < 0x80 })
            ? url.hasPrefixIgnoringASCIICase("mailto:") : url.lowercased().hasPrefix("mailto:")
    }

    private static func characterWiseLink(_ text: String) -> String? {
        let lower = text.lowercased()
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://") || lower.hasPrefix("mailto:") else {
            return nil
        }
        guard text.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value != 0x7F }) else { return nil }
        guard text.count > (lower.hasPrefix("mailto:") ? 7 : 8) else { return nil }
        return text
    }

    /// The URL with the characters that could end a Markdown link or table cell percent-encoded.
    public static func markdownDestination(_ url: String) -> String {
        // ASCII text, byte by byte; other text character by character, as a character that
        // starts with one of these and goes on with a combining mark is left alone.
        if url.everyUTF8Byte({ $0 < 0x80 }) {
            guard !url.everyUTF8Byte({ !encodedBytes[Int($0)] }) else { return url }
            var out: [UInt8] = []
            for byte in url.utf8 {
                if encodedBytes[Int(byte)] {
                    out += [0x25, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
                } else {
                    out.append(byte)
                }
            }
            return String(decoding: out, as: UTF8.self)
        }
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

    private static let encodedBytes: [Bool] = (0..<256).map { Array("()<>|\\`[]*_".utf8).contains(UInt8($0)) }
    private static let hex = Array("0123456789ABCDEF".utf8)
}

extension String {
    /// Whether the text starts with `prefix` (ASCII), ignoring ASCII case.
    func hasPrefixIgnoringASCIICase(_ prefix: StaticString) -> Bool {
        prefix.withUTF8Buffer { wanted in
            var index = 0
            for byte in utf8 {
                guard index < wanted.count else { return true }
                let folded = (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
                guard folded == wanted[index] else { return false }
                index += 1
            }
            return index == wanted.count
        }
    }
}
