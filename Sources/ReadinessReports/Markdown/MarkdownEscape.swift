/// Makes text safe inside GitHub-flavoured Markdown.
///
/// Questionnaire text is plain text: every character Markdown could read as syntax is
/// backslash-escaped, so `*bold*`, `[link](x)`, `<script>` and `| cell |` show as typed.
/// Rubric text is Markdown, but must not carry raw HTML into a report: every `<` is escaped, links to anything but `http(s)` and `mailto` lose their link, and a
/// leading `#` cannot make a heading.
public enum MarkdownEscape {
    /// Plain text for a paragraph or heading: control characters escaped, newlines kept as spaces.
    public static func text(_ text: String) -> String {
        // Fast path: most text (questions, labels, names) has nothing to escape or flatten.
        if text.everyUTF8Byte({ $0 >= 0x20 && $0 != 0x7F && !specialBytes[Int($0)] }) { return text }
        var out = ""
        out.reserveCapacity(text.count)
        for character in flatten(text) {
            if specials.contains(character) { out.append("\\") }
            out.append(character)
        }
        return out
    }

    /// Plain text for a table cell: like `text`, and never empty (an empty cell reads as `–`).
    public static func cell(_ text: String?) -> String {
        guard let text, !text.isBlank else { return "–" }
        return Self.text(text)
    }

    /// Rubric Markdown kept as Markdown, with raw HTML and headings defused.
    ///
    /// Every line is indented by `indent` spaces after the first, so it can sit inside a list item.
    public static func markdown(_ source: String, indent: Int = 0) -> String {
        guard markdownCaches.indices.contains(indent) else { return markdownUncached(source, indent: indent) }
        return markdownCaches[indent].value(for: source) { markdownUncached($0, indent: indent) }
    }

    /// Defused rubric texts, one cache per indent: the same help and advice appear in every
    /// report of a cohort.
    private static let markdownCaches = (0..<8).map { _ in RenderCache() }

    private static func markdownUncached(_ source: String, indent: Int) -> String {
        let pad = String(repeating: " ", count: indent)
        var lines: [String] = []
        for (index, line) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var safe = MarkdownLink.defuse(defuseHTML(String(line)))
            let spaces = safe.prefix(while: { $0 == " " }).count
            if safe.dropFirst(spaces).first == "#" {
                safe = String(safe.prefix(spaces)) + "\\" + String(safe.dropFirst(spaces))
            }
            let trimmedEnd = safe.replacingTrailingSpaces()
            lines.append(index == 0 || trimmedEnd.isEmpty ? trimmedEnd : pad + trimmedEnd)
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n")
    }

    // MARK: - Private

    /// The ASCII bytes of `specials`, for the fast check.
    /// `specials` as a table by byte: looked up for every byte of every text.
    private static let specialBytes: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for byte in specials.compactMap(\.asciiValue) { table[Int(byte)] = true }
        return table
    }()

    private static let specials: Set<Character> = [
        "\\", "`", "*", "_", "[", "]", "<", ">", "|", "#", "~", "&", "!", "$", "{", "}",
    ]

    /// Newlines and tabs become single spaces; other control characters are dropped.
    private static func flatten(_ text: String) -> String {
        var out = ""
        var lastWasSpace = false
        for character in text {
            if character == "\n" || character == "\r\n" || character == "\r" || character == "\t" {
                if !lastWasSpace { out.append(" ") }
                lastWasSpace = true
                continue
            }
            if let scalar = character.unicodeScalars.first, scalar.value < 0x20 || scalar.value == 0x7F { continue }
            lastWasSpace = character == " "
            out.append(character)
        }
        return out
    }

    /// Escapes every `<`, so rubric Markdown cannot hold raw HTML or an autolink.
    ///
    /// Code spans are not spared: whether backticks make a code span depends on backticks
    /// elsewhere in the paragraph (one that never closes is plain text), so sparing them let
    /// input switch escaping off. Inside a code span the backslash shows; that is the price.
    private static func defuseHTML(_ line: String) -> String {
        guard line.utf8.contains(0x3C) else { return line }
        // By scalar: a `<` followed by a combining mark is one character, but still a `<`.
        var out = String.UnicodeScalarView()
        for scalar in line.unicodeScalars {
            if scalar == "<" { out.append("\\") }
            out.append(scalar)
        }
        return String(out)
    }
}

extension String {
    /// The text without leading and trailing spaces and newlines.
    /// Whether `trimmedOfSpaces` is empty. A visible ASCII byte settles it at once (no
    /// character starting with one is a space or a line break); other text is trimmed to see.
    var isBlank: Bool {
        let maybeBlank = everyUTF8Byte { $0 >= 0x80 || $0 == 0x20 || (0x09...0x0D).contains($0) }
        return maybeBlank && trimmedOfSpaces.isEmpty
    }

    var trimmedOfSpaces: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0.isNewline }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(self[first...last])
    }

    /// The text without trailing spaces (which Markdown reads as a line break).
    fileprivate func replacingTrailingSpaces() -> String {
        guard let last = lastIndex(where: { $0 != " " && $0 != "\t" }) else { return "" }
        return String(self[...last])
    }
}
