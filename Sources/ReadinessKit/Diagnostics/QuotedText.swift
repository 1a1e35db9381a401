/// Text from a file as a diagnostic quotes it: at most a short prefix, control characters
/// written as `\u{…}`, so a message never repeats a whole line of someone else's file.
public enum QuotedText {
    /// The most characters quoted before `…`.
    public static let maxCharacters = 40

    /// The text shortened to `maxCharacters` (with `…`) and its control characters escaped.
    public static func short(_ text: String) -> String {
        var out = ""
        for (index, character) in text.enumerated() {
            if index == maxCharacters { return out + "…" }
            for scalar in character.unicodeScalars {
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
                    out += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}
