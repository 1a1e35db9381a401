/// Writes CSV rows per RFC 4180, defusing cells a spreadsheet would run as formulas.
public enum CSVText {
    /// One row, fields quoted where needed, ending with CRLF as RFC 4180 says.
    public static func row(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    /// One field: quoted when it holds a comma, quote, CR or LF; doubled quotes inside.
    public static func field(_ text: String) -> String {
        let needsQuotes = text.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
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
}
