/// Writes CSV rows per RFC 4180, defusing cells a spreadsheet would run as formulas.
///
/// Every text cell of every CSV the tool writes goes through `field` (or its byte form
/// `appendField`), which always defuses: an id or label from a rubric is as foreign as a
/// questionnaire's answer.
public enum CSVText {
    /// One row, fields quoted where needed, ending with CRLF as RFC 4180 says.
    public static func row(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    /// One field, defused (`defused(_:)`), then quoted when it holds a comma, quote, CR or LF,
    /// with doubled quotes inside.
    public static func field(_ text: String) -> String {
        let text = defused(text)
        let needsQuotes =
            text.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
            || text.hasPrefix(" ") || text.hasSuffix(" ")
        guard needsQuotes else { return text }
        var quoted = "\""
        for character in text {
            if character == "\"" { quoted.append("\"") }
            quoted.append(character)
        }
        return quoted + "\""
    }

    /// Text from a questionnaire, made safe for spreadsheets: a leading `=`, `+`, `-`, `@`,
    /// tab or CR gets a `'` so it is shown, not run.
    public static func defused(_ text: String) -> String {
        guard let first = text.unicodeScalars.first else { return text }
        return ["=", "+", "-", "@", "\t", "\r"].contains(first) ? "'" + text : text
    }

    /// Appends one field as `field(_:)` writes it, straight into bytes: a cohort's CSV has a
    /// row per startup. Text with non-ASCII characters takes the string path, which judges a
    /// leading or trailing space by whole characters.
    public static func appendField(_ text: String, to out: inout [UInt8]) {
        guard text.everyUTF8Byte({ $0 < 0x80 }) else {
            out.append(contentsOf: field(text).utf8)
            return
        }
        text.withUTF8Bytes { bytes in
            let prefix = bytes.first.map { [0x3D, 0x2B, 0x2D, 0x40, 0x09, 0x0D].contains($0) } == true
            let needsQuotes =
                bytes.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
                || (!prefix && bytes.first == 0x20) || bytes.last == 0x20
            if needsQuotes { out.append(0x22) }
            if prefix { out.append(0x27) }
            if needsQuotes {
                for byte in bytes {
                    if byte == 0x22 { out.append(0x22) }
                    out.append(byte)
                }
            } else {
                out.append(contentsOf: bytes)
            }
            if needsQuotes { out.append(0x22) }
        }
    }
}
