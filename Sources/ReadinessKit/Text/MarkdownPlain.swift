/// Rubric Markdown as plain text for a terminal: emphasis and code marks dropped, a link shown
/// as its text, paragraphs joined by a space.
///
/// The result is still text from a file: the terminal's sanitiser escapes it when printed.
public enum MarkdownPlain {
    /// The first paragraph of `markdown` as plain text, on one line.
    public static func firstParagraph(_ markdown: String) -> String {
        let paragraph = markdown.split(separator: "\n", omittingEmptySubsequences: false)
            .prefix { !$0.allSatisfy(\.isWhitespace) }
            .map { $0.trimmingWhitespace() }
            .joined(separator: " ")
        return text(paragraph)
    }

    /// Plain text of one line of Markdown: `**`, `__`, `*`, `_` at word edges and backticks
    /// dropped, `[text](url)` shown as `text`, a leading list mark dropped.
    public static func text(_ line: String) -> String {
        var chars = Array(line)
        if let first = chars.first, "-*+".contains(first), chars.count > 1, chars[1] == " " {
            chars.removeFirst(2)
        }
        // The next `]` and `)` at or after each position, found in one pass (linear in any input).
        var nextClose = [Int](repeating: chars.count, count: chars.count + 1)
        var nextParen = nextClose
        for j in stride(from: chars.count - 1, through: 0, by: -1) {
            nextClose[j] = chars[j] == "]" ? j : nextClose[j + 1]
            nextParen[j] = chars[j] == ")" ? j : nextParen[j + 1]
        }
        var out = ""
        var i = 0
        while i < chars.count {
            let c = chars[i]
            let close = nextClose[i]
            if c == "[", close + 1 < chars.count, chars[close + 1] == "(", nextParen[close + 1] < chars.count {
                out += String(chars[(i + 1)..<close])
                i = nextParen[close + 1] + 1
                continue
            }
            if c == "`" || c == "\\" && i + 1 < chars.count && chars[i + 1].isPunctuation {
                i += 1
                if c == "\\" {
                    out.append(chars[i])
                    i += 1
                }
                continue
            }
            if c == "*" || c == "_" {
                let before = i > 0 ? chars[i - 1] : " "
                let after = i + 1 < chars.count ? chars[i + 1] : " "
                let edge = before.isWhitespace || before.isPunctuation || after.isWhitespace || after.isPunctuation
                if edge && !(before.isWhitespace && after.isWhitespace) {
                    i += 1
                    continue
                }
            }
            out.append(c)
            i += 1
        }
        return out
    }
}

extension Substring {
    fileprivate func trimmingWhitespace() -> Substring {
        var s = self
        while s.first?.isWhitespace == true { s.removeFirst() }
        while s.last?.isWhitespace == true { s.removeLast() }
        return s
    }
}
