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
        let scan = Scan(chars)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "\\", i + 1 < chars.count, chars[i + 1].isASCII, chars[i + 1].isPunctuation || chars[i + 1].isSymbol
            {
                out += HTMLEscape.text(String(chars[i + 1]))
                i += 2
                continue
            }
            if c == "`", let end = find(["`"], in: chars, from: i + 1) {
                out += "<code>" + HTMLEscape.text(String(chars[(i + 1)..<end])) + "</code>"
                i = end + 1
                continue
            }
            if c == "[", depth < maxDepth, let link = link(scan, at: i) {
                let label = render(Array(chars[(i + 1)..<link.labelEnd]), depth: depth + 1)
                if let url = SafeURL.link(link.destination) {
                    out += "<a href=\"\(HTMLEscape.text(url))\">\(label)</a>"
                } else {
                    out += label
                }
                i = link.end
                continue
            }
            if c == "*" || c == "_", depth < maxDepth, let span = emphasis(scan, at: i) {
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

    /// `[label](destination)` starting at `start`: the label ends at the first `]` (a label
    /// holds none), which `(` must follow.
    private static func link(_ scan: Scan, at start: Int) -> (labelEnd: Int, destination: String, end: Int)? {
        let chars = scan.chars
        guard start + 1 < chars.count else { return nil }
        let close = scan.nextBracket[start + 1]
        guard close > start + 1, close + 1 < chars.count, chars[close + 1] == "(" else { return nil }
        let paren = scan.destinationEnds[close + 2]
        guard paren >= 0 else { return nil }
        let destination = String(chars[(close + 2)..<paren]).trimmedOfSpaces
        return (close, destination, paren + 1)
    }

    /// `*em*`, `_em_`, `**strong**` or `__strong__` starting at `start`.
    private static func emphasis(_ scan: Scan, at start: Int) -> (
        strong: Bool, innerStart: Int, innerEnd: Int, end: Int
    )? {
        let chars = scan.chars
        let c = chars[start]
        if c == "_", start > 0, chars[start - 1].isLetter || chars[start - 1].isNumber { return nil }
        let strong = start + 1 < chars.count && chars[start + 1] == c
        let width = strong ? 2 : 1
        let innerStart = start + width
        guard innerStart < chars.count, chars[innerStart] != " ", chars[innerStart] != c else { return nil }
        let close = scan.closers(c, width: width)[innerStart + 1]
        guard close < chars.count else { return nil }
        return (strong, innerStart, close, close + width)
    }

    /// One text's characters with what the parser asks of them at every index, each table made
    /// once on first use: scanning ahead at every `[` or `*` made long texts quadratic.
    private final class Scan {
        let chars: [Character]
        init(_ chars: [Character]) { self.chars = chars }

        /// The index of the first `]` at or after each index (`chars.count` when none).
        lazy var nextBracket: [Int] = {
            var next = [Int](repeating: chars.count, count: chars.count + 1)
            for index in stride(from: chars.count - 1, through: 0, by: -1) {
                next[index] = chars[index] == "]" ? index : next[index + 1]
            }
            return next
        }()

        /// Where a link destination starting at each index ends (`MarkdownLink.destinationEnds`).
        lazy var destinationEnds: [Int] = MarkdownLink.destinationEnds(chars)

        /// The first index at or after each index where `width` times `marker` can close an
        /// emphasis (`chars.count` when none): a closer depends only on its own neighbours.
        func closers(_ marker: Character, width: Int) -> [Int] {
            let key = (marker == "*" ? 0 : 2) + width - 1
            if let table = tables[key] { return table }
            let count = chars.count
            var next = [Int](repeating: count, count: count + 2)
            for close in stride(from: count - width, through: 1, by: -1) {
                let after = close + width
                let isMarker = chars[close] == marker && (width == 1 || chars[close + 1] == marker)
                let closesWord = chars[close - 1] != " "
                let notLonger = after >= count || chars[after] != marker
                let notIntraword = marker == "*" || after >= count || !(chars[after].isLetter || chars[after].isNumber)
                next[close] = isMarker && closesWord && notLonger && notIntraword ? close : next[close + 1]
            }
            tables[key] = next
            return next
        }

        private var tables: [[Int]?] = [nil, nil, nil, nil]
    }
}
