/// Escapes plain rubric text (titles, questions, labels) for the Markdown handbook, minimally.
///
/// A handbook is read as raw text too, so only what GitHub-flavoured Markdown would actually
/// read as syntax in the middle of a line is escaped: `` ` ``, `*`, `<`, `~`, a backslash before
/// punctuation, `_` at a word's edge, `]` that would close a link, `&` that would start a
/// character reference, and `|` in table cells. "R&D (1–9)?" stays as it is. Text always
/// follows a prefix such as `### 2.1 ` or `| `, so line-start syntax cannot arise. Rubric
/// Markdown (help, advice, summaries) goes through `MarkdownEscape.markdown` instead.
enum HandbookMarkdownText {
    /// Plain text on one line, escaped where Markdown would read syntax.
    static func plain(_ text: String) -> String {
        let chars = Array(HandbookText.flat(text))
        var out = ""
        for (i, c) in chars.enumerated() {
            let before: Character? = i > 0 ? chars[i - 1] : nil
            let after: Character? = i + 1 < chars.count ? chars[i + 1] : nil
            if needsEscape(c, before: before, after: after, rest: chars[(i + 1)...]) { out.append("\\") }
            out.append(c)
        }
        return out
    }

    /// Plain text for a table cell: like `plain`, with `|` escaped; `–` when empty.
    static func cell(_ text: String?) -> String {
        guard let text, !HandbookText.flat(text).isEmpty else { return "–" }
        return escapingPipes(plain(text))
    }

    /// Rubric Markdown flattened onto one line for a table cell, `|` escaped.
    static func markdownCell(_ text: String) -> String {
        escapingPipes(HandbookText.flat(MarkdownEscape.markdown(text)))
    }

    // MARK: - Private

    private static func escapingPipes(_ text: String) -> String {
        var out = ""
        for c in text {
            if c == "|" { out.append("\\") }
            out.append(c)
        }
        return out
    }

    private static func needsEscape(
        _ c: Character, before: Character?, after: Character?,
        rest: ArraySlice<Character>
    ) -> Bool {
        switch c {
        case "`", "*", "<", "~": return true
        case "\\": return after.map { $0.isASCII && ($0.isPunctuation || $0.isSymbol) } ?? false
        case "_": return !(isWordy(before) && isWordy(after))
        case "]": return after == "(" || after == "[" || after == ":"
        case "&":
            let name = rest.prefix { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "#") }
            return !name.isEmpty && rest.dropFirst(name.count).first == ";"
        default: return false
        }
    }

    private static func isWordy(_ c: Character?) -> Bool {
        guard let c else { return false }
        return c.isLetter || c.isNumber
    }
}
