/// Renders Markdown inline syntax (emphasis, strong, code, links) to escaped HTML.
///
/// Unmatched markers stay as text. A link whose destination is not `http`, `https` or
/// `mailto` keeps its text and loses the link.
enum MarkdownInline {
    /// The HTML for one paragraph or list item.
    static func render(_ text: String) -> String {
        render(Array(text), depth: 0)
    }

    // MARK: - Private

    private static let maxDepth = 8

    private static func render(_ chars: [Character], depth: Int) -> String {
        var out = ""
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "\\", i + 1 < chars.count, chars[i + 1].isASCII, chars[i + 1].isPunctuation || chars[i + 1].isSymbol {
                out += HTMLEscape.text(String(chars[i + 1]))
                i += 2
                continue
            }
            if c == "`", let end = find(["`"], in: chars, from: i + 1) {
                out += "<code>" + HTMLEscape.text(String(chars[(i + 1)..<end])) + "</code>"
                i = end + 1
                continue
            }
            if c == "[", depth < maxDepth, let link = link(chars, at: i) {
                let label = render(Array(chars[(i + 1)..<link.labelEnd]), depth: depth + 1)
                if let url = SafeURL.link(link.destination) {
                    out += "<a href=\"\(HTMLEscape.text(url))\">\(label)</a>"
                } else {
                    out += label
                }
                i = link.end
                continue
            }
            if (c == "*" || c == "_"), depth < maxDepth, let span = emphasis(chars, at: i) {
                let inner = render(Array(chars[span.innerStart..<span.innerEnd]), depth: depth + 1)
                let tag = span.strong ? "strong" : "em"
                out += "<\(tag)>\(inner)</\(tag)>"
                i = span.end
                continue
            }
            out += c == "\n" ? "\n" : HTMLEscape.text(String(c))
            i += 1
        }
        return out
    }

    /// The index where `marker` next occurs at or after `start`.
    private static func find(_ marker: [Character], in chars: [Character], from start: Int) -> Int? {
        guard !marker.isEmpty, start + marker.count <= chars.count else { return nil }
        var i = start
        while i + marker.count <= chars.count {
            if Array(chars[i..<(i + marker.count)]) == marker { return i }
            i += 1
        }
        return nil
    }

    /// `[label](destination)` starting at `start`.
    private static func link(_ chars: [Character], at start: Int) -> (labelEnd: Int, destination: String, end: Int)? {
        guard let close = find(["]", "("], in: chars, from: start + 1),
              let paren = MarkdownLink.destinationEnd(chars, from: close + 2) else { return nil }
        let label = chars[(start + 1)..<close]
        guard !label.isEmpty, !label.contains("]") else { return nil }
        let destination = String(chars[(close + 2)..<paren]).trimmedOfSpaces
        return (close, destination, paren + 1)
    }

    /// `*em*`, `_em_`, `**strong**` or `__strong__` starting at `start`.
    private static func emphasis(_ chars: [Character], at start: Int) -> (strong: Bool, innerStart: Int, innerEnd: Int, end: Int)? {
        let c = chars[start]
        if c == "_", start > 0, chars[start - 1].isLetter || chars[start - 1].isNumber { return nil }
        let strong = start + 1 < chars.count && chars[start + 1] == c
        let width = strong ? 2 : 1
        let innerStart = start + width
        guard innerStart < chars.count, chars[innerStart] != " ", chars[innerStart] != c else { return nil }
        var search = innerStart + 1
        while let close = find(Array(repeating: c, count: width), in: chars, from: search) {
            let after = close + width
            let closesWord = chars[close - 1] != " "
            let notLonger = after >= chars.count || chars[after] != c
            let notIntraword = c == "*" || after >= chars.count || !(chars[after].isLetter || chars[after].isNumber)
            if closesWord, notLonger, notIntraword { return (strong, innerStart, close, after) }
            search = close + 1
        }
        return nil
    }
}
