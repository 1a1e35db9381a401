/// Escapes text for HTML element content and quoted attribute values: the one HTML escaper,
/// used by the writers and by templates' `{{name}}` alike.
///
/// It works on bytes, not characters: a quote followed by a combining mark is still a quote
/// to an HTML parser, so it is replaced like any other.
public enum HTMLEscape {
    /// The text with `&`, `<`, `>`, `"` and `'` replaced by character references.
    ///
    /// Control characters other than tab and newline are dropped: they are not allowed in HTML.
    public static func text(_ text: String) -> String {
        // Most text has nothing to replace: then it is returned as it is, without a copy.
        // (0xC2 starts U+0080 to U+00BF, where the C1 controls are: such text takes the long way.)
        if text.everyUTF8Byte({ keeps[Int($0)] }) { return text }
        var out: [UInt8] = []
        append(text, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the text escaped as `text(_:)` escapes it, byte by byte.
    public static func append(_ text: String, to out: inout [UInt8]) {
        text.withUTF8Bytes { bytes in
            out.reserveCapacity(out.count + bytes.count + 16)
            var index = 0
            var runStart = 0
            while index < bytes.count {
                let byte = bytes[index]
                guard !keeps[Int(byte)] else {
                    index += 1
                    continue
                }
                if runStart < index { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index])) }
                var skip = 1
                switch byte {
                case 0x26: out.append(contentsOf: amp)
                case 0x3C: out.append(contentsOf: lt)
                case 0x3E: out.append(contentsOf: gt)
                case 0x22: out.append(contentsOf: quot)
                case 0x27: out.append(contentsOf: apos)
                case 0xC2:
                    // U+0080 to U+009F (C1 controls) are dropped; the rest of U+00C2's range stays.
                    if index + 1 < bytes.count, (0x80...0x9F).contains(bytes[index + 1]) {
                        skip = 2
                    } else {
                        out.append(byte)
                    }
                default:
                    break  // other control characters and DEL are dropped
                }
                index += skip
                runStart = index
            }
            if runStart < bytes.count { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...])) }
        }
    }

    private static let amp = Array("&amp;".utf8), lt = Array("&lt;".utf8), gt = Array("&gt;".utf8)
    private static let quot = Array("&quot;".utf8), apos = Array("&#39;".utf8)

    /// Bytes that never need replacing or dropping.
    private static let keeps: [Bool] = (0..<256).map { byte in
        byte >= 0x20
            ? (byte != 0x26 && byte != 0x3C && byte != 0x3E && byte != 0x22 && byte != 0x27 && byte != 0x7F
                && byte != 0xC2)
            : (byte == 0x09 || byte == 0x0A)
    }
}
