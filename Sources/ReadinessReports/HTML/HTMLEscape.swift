/// Escapes text for HTML element content and quoted attribute values.
public enum HTMLEscape {
    /// The text with `&`, `<`, `>`, `"` and `'` replaced by character references.
    ///
    /// Control characters other than tab and newline are dropped: they are not allowed in HTML.
    public static func text(_ text: String) -> String {
        // Most text has nothing to replace: then it is returned as it is, without a copy.
        // (0xC2 starts U+0080 to U+00BF, where the C1 controls are: such text takes the long way.)
        if text.everyUTF8Byte({ keeps[Int($0)] }) { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Bytes that never need replacing or dropping.
    private static let keeps: [Bool] = (0..<256).map { byte in
        byte >= 0x20 ? (byte != 0x26 && byte != 0x3C && byte != 0x3E && byte != 0x22 && byte != 0x27 && byte != 0x7F && byte != 0xC2)
            : (byte == 0x09 || byte == 0x0A)
    }
}
