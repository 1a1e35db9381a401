/// What a Markdown report or handbook may hold, whatever the rubric and questionnaire said:
/// no raw HTML (every `<` escaped, except an autolink to `http(s)` or `mailto`) and no link to
/// anything else but a sibling report (`slug.md`), so no input can carry a script or a `javascript:` link into a Markdown viewer.
public enum MarkdownInvariant {
    /// What breaks the rule in `markdown`, as short descriptions; empty when it holds.
    public static func violations(in markdown: String) -> [String] {
        let scalars = Array(markdown.unicodeScalars)
        var broken: [String] = []
        var index = 0
        var openBrackets = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\\" {
                index += 2
                continue
            }
            if scalar == "<", !isSafeAutolink(scalars, at: index + 1) {
                broken.append("raw '<' in Markdown: \(excerpt(scalars, at: index))")
            }
            if scalar == "[" { openBrackets += 1 }
            if scalar == "]", openBrackets > 0 {
                openBrackets -= 1
                if index + 1 < scalars.count, scalars[index + 1] == "(",
                    !hasSafeScheme(scalars, at: index + 2, allowAnchor: true), !isReportLink(scalars, at: index + 2)
                {
                    broken.append("unsafe link in Markdown: \(excerpt(scalars, at: index))")
                }
            }
            if scalar.value < 0x20 && scalar != "\n" && scalar != "\t" || (0x7F...0x9F).contains(scalar.value) {
                broken.append("control character U+\(String(scalar.value, radix: 16)) in Markdown")
            }
            index += 1
        }
        return broken
    }

    /// Whether `<` is followed by `http(s)://…>` or `mailto:…>` with no space or `<` inside.
    private static func isSafeAutolink(_ scalars: [Unicode.Scalar], at start: Int) -> Bool {
        guard hasSafeScheme(scalars, at: start, allowAnchor: false) else { return false }
        var index = start
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == ">" { return true }
            if scalar == "<" || scalar.properties.isWhitespace || scalar.value < 0x20 { return false }
            index += 1
        }
        return false
    }

    /// Whether a link target is a sibling report (`lumen-cryo.md)`), as the cohort overview writes.
    private static func isReportLink(_ scalars: [Unicode.Scalar], at start: Int) -> Bool {
        guard let end = scalars[min(start, scalars.count)...].firstIndex(of: ")") else { return false }
        return HTMLInvariant.isReportFile(String(String.UnicodeScalarView(scalars[start..<end])), suffix: ".md")
    }

    private static func hasSafeScheme(_ scalars: [Unicode.Scalar], at start: Int, allowAnchor: Bool) -> Bool {
        let rest = String(String.UnicodeScalarView(scalars[min(start, scalars.count)...].prefix(8))).lowercased()
        if allowAnchor && rest.hasPrefix("#") { return true }
        return rest.hasPrefix("http://") || rest.hasPrefix("https://") || rest.hasPrefix("mailto:")
    }

    static func excerpt(_ scalars: [Unicode.Scalar], at index: Int) -> String {
        String(String.UnicodeScalarView(scalars[max(0, index - 20)..<min(scalars.count, index + 40)]))
            .debugDescription
    }
}
