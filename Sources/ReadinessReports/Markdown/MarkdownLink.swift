/// Finds Markdown links in rubric text, so both writers treat unsafe destinations alike:
/// `[text](javascript:…)` keeps its text and loses the link.
enum MarkdownLink {
    /// The index of the `)` that ends a link destination starting at `start`, with balanced
    /// parentheses inside (`https://e.org/a_(b)`); nil when there is none on the same line.
    static func destinationEnd(_ chars: [Character], from start: Int) -> Int? {
        var depth = 0
        var index = start
        while index < chars.count {
            switch chars[index] {
            case "\n": return nil
            case "(": depth += 1
            case ")":
                if depth == 0 { return index }
                depth -= 1
            default: break
            }
            index += 1
        }
        return nil
    }

    /// The line with every link whose destination is not `http`, `https` or `mailto` replaced by
    /// its text, and link reference definitions (`[id]: url`) escaped.
    static func defuse(_ line: String) -> String {
        var chars = Array(line)
        if let first = chars.firstIndex(where: { $0 != " " }), chars[first] == "[",
           let close = chars[first...].firstIndex(of: "]"), close + 1 < chars.count, chars[close + 1] == ":" {
            chars.insert("\\", at: first)
        }
        var index = 0
        while index + 1 < chars.count {
            guard chars[index] == "]", chars[index + 1] == "(",
                  let open = chars[..<index].lastIndex(of: "["),
                  let end = destinationEnd(chars, from: index + 2) else {
                index += 1
                continue
            }
            let destination = String(chars[(index + 2)..<end]).trimmedOfSpaces
            if SafeURL.link(destination) != nil {
                index = end + 1
                continue
            }
            let text = Array(chars[(open + 1)..<index])
            chars.replaceSubrange(open...end, with: text)
            index = open + text.count
        }
        return String(chars)
    }
}
