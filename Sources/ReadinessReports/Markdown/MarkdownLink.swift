/// Finds Markdown links in rubric text, so both writers treat unsafe destinations alike:
/// `[text](javascript:…)` keeps its text and loses the link.
enum MarkdownLink {
    /// For every start index (and one past the end), the index of the `)` that ends a link
    /// destination starting there, with balanced parentheses inside (`https://e.org/a_(b)`);
    /// -1 when there is none on the same line.
    ///
    /// All at once, in one pass from the end: asking at every `[` of a text with thousands of
    /// them, each scanning to the end, took quadratic time. The destination starting at `p`
    /// ends at the first `)` after it at the same depth of parentheses as `p`, before a line feed.
    static func destinationEnds(_ chars: [Character]) -> [Int] {
        let count = chars.count
        var depth = [Int](repeating: 0, count: count + 1)
        for index in 0..<count {
            depth[index + 1] = depth[index] + (chars[index] == "(" ? 1 : chars[index] == ")" ? -1 : 0)
        }
        var ends = [Int](repeating: -1, count: count + 1)
        var nearest: [Int: Int] = [:]  // depth → the nearest `)` at that depth seen so far
        var lineEnd = count
        for index in stride(from: count - 1, through: 0, by: -1) {
            if chars[index] == "\n" {
                lineEnd = index
                continue
            }
            if chars[index] == ")" { nearest[depth[index]] = index }
            if let end = nearest[depth[index]], end < lineEnd { ends[index] = end }
        }
        return ends
    }

    /// The line with every link whose destination is not `http`, `https` or `mailto` replaced by
    /// its text, and link reference definitions (`[id]: url`) escaped.
    static func defuse(_ line: String) -> String {
        var chars = Array(line)
        if let first = chars.firstIndex(where: { $0 != " " }), chars[first] == "[",
            let close = chars[first...].firstIndex(of: "]"), close + 1 < chars.count, chars[close + 1] == ":"
        {
            chars.insert("\\", at: first)
        }
        guard chars.contains("]") else { return String(chars) }
        let ends = destinationEnds(chars)
        // The output so far, with the `[` of defused links removed (nil), and where its
        // remaining `[` are: one pass, where replacing each link in place took quadratic time.
        var out: [Character?] = []
        out.reserveCapacity(chars.count)
        var opens: [Int] = []
        var index = 0
        while index < chars.count {
            guard chars[index] == "]", index + 1 < chars.count, chars[index + 1] == "(",
                let open = opens.last, ends[index + 2] >= 0
            else {
                if chars[index] == "[" { opens.append(out.count) }
                out.append(chars[index])
                index += 1
                continue
            }
            let end = ends[index + 2]
            let destination = String(chars[(index + 2)..<end]).trimmedOfSpaces
            if SafeURL.link(destination) != nil {
                for character in chars[index...end] {
                    if character == "[" { opens.append(out.count) }
                    out.append(character)
                }
            } else {
                out[open] = nil  // the text stays, without its brackets and destination
                opens.removeLast()
            }
            index = end + 1
        }
        return String(out.compactMap { $0 })
    }
}
