/// A small well-formedness checker for the HTML reports: every tag is known, opened and closed
/// in order, attributes are quoted, and `&` always starts a character reference.
///
/// Not a full HTML parser: it checks the subset the report writer produces, strictly, so an
/// escaping bug (a stray `<`, `"` or `&`) shows up as a problem.
struct HTMLChecker {
    /// Elements the report may use.
    static let knownElements: Set<String> = [
        "html", "head", "meta", "title", "style", "body", "header", "main", "section", "footer",
        "h1", "h2", "h3", "p", "span", "q", "div", "table", "thead", "tbody", "tfoot", "tr", "th", "td",
        "a", "strong", "em", "code", "ul", "ol", "li", "figure", "details", "summary", "time", "br", "img",
        "svg", "circle", "text", "tspan", "polygon", "line", "rect", "g",
    ]
    /// Elements without an end tag.
    static let voidElements: Set<String> = ["meta", "br", "img", "hr", "link", "input", "col", "wbr"]

    /// The problems found, empty when the document is well formed.
    private(set) var problems: [String] = []
    /// Every element name met, in order.
    private(set) var elements: [String] = []
    /// Every attribute met, as (element, name, value).
    private(set) var attributes: [(element: String, name: String, value: String)] = []

    init(_ html: String) {
        check(Array(html.unicodeScalars))
    }

    // MARK: - Private

    private mutating func check(_ s: [Unicode.Scalar]) {
        var stack: [String] = []
        var i = 0
        while i < s.count {
            if s[i] == "&" {
                if !entity(s, at: i) { problems.append("bare '&' at offset \(i)") }
                i += 1
                continue
            }
            guard s[i] == "<" else {
                i += 1
                continue
            }
            if starts(s, i, "<!--") {
                i = find(s, "-->", from: i).map { $0 + 3 } ?? s.count
                continue
            }
            if starts(s, i, "<!DOCTYPE") {
                i = find(s, ">", from: i).map { $0 + 1 } ?? s.count
                continue
            }
            let closing = i + 1 < s.count && s[i + 1] == "/"
            var j = closing ? i + 2 : i + 1
            var name = ""
            while j < s.count, s[j].properties.isAlphabetic || ("0"..."9").contains(s[j]) {
                name.unicodeScalars.append(s[j])
                j += 1
            }
            guard !name.isEmpty, Self.knownElements.contains(name) else {
                problems.append("unknown or broken tag '<\(closing ? "/" : "")\(name)' at offset \(i)")
                i += 1
                continue
            }
            guard let end = tagEnd(s, from: j, element: name) else {
                problems.append("unterminated tag <\(name)> at offset \(i)")
                return
            }
            let selfClosing = s[end - 1] == "/"
            if closing {
                if stack.last == name {
                    stack.removeLast()
                } else {
                    problems.append("</\(name)> at offset \(i) closes <\(stack.last ?? "nothing")>")
                }
            } else {
                elements.append(name)
                if !selfClosing, !Self.voidElements.contains(name) { stack.append(name) }
            }
            i = end + 1
            if !closing, name == "style" || name == "title", stack.last == name {
                guard let close = find(s, "</\(name)>", from: i) else {
                    problems.append("<\(name)> never closed")
                    return
                }
                let raw = String(String.UnicodeScalarView(s[i..<close]))
                if name == "title", raw.contains("<") { problems.append("'<' inside <title>") }
                if name == "title" { check(title: raw) }
                i = close
            }
        }
        if !stack.isEmpty { problems.append("never closed: \(stack.joined(separator: ", "))") }
    }

    private mutating func check(title: String) {
        let scalars = Array(title.unicodeScalars)
        for (index, scalar) in scalars.enumerated() where scalar == "&" && !entity(scalars, at: index) {
            problems.append("bare '&' in <title>")
        }
    }

    /// The index of the tag's closing `>`, checking attributes on the way.
    private mutating func tagEnd(_ s: [Unicode.Scalar], from start: Int, element: String) -> Int? {
        var j = start
        while j < s.count {
            let c = s[j]
            if c == ">" { return j }
            if c == " " || c == "\n" || c == "/" {
                j += 1
                continue
            }
            var name = ""
            while j < s.count, s[j] != "=", s[j] != " ", s[j] != ">", s[j] != "/" {
                name.unicodeScalars.append(s[j])
                j += 1
            }
            if name.contains("<") || name.contains("\"") || name.contains("'") {
                problems.append("broken attribute name '\(name)' in <\(element)>")
            }
            guard j < s.count, s[j] == "=" else {
                attributes.append((element, name, ""))
                continue
            }
            j += 1
            guard j < s.count, s[j] == "\"" else {
                problems.append("unquoted attribute \(name) in <\(element)>")
                continue
            }
            guard let close = s[(j + 1)...].firstIndex(of: "\"") else { return nil }
            let value = Array(s[(j + 1)..<close])
            if value.contains("<") || value.contains(">") {
                problems.append("'<' or '>' in attribute \(name) of <\(element)>")
            }
            for (index, scalar) in value.enumerated() where scalar == "&" && !entity(value, at: index) {
                problems.append("bare '&' in attribute \(name) of <\(element)>")
            }
            attributes.append((element, name, String(String.UnicodeScalarView(value))))
            j = close + 1
        }
        return nil
    }

    private func entity(_ s: [Unicode.Scalar], at i: Int) -> Bool {
        for name in ["&amp;", "&lt;", "&gt;", "&quot;", "&#39;"] where starts(s, i, name) { return true }
        if starts(s, i, "&#"), let semicolon = s[i...].prefix(10).firstIndex(of: ";") {
            return s[(i + 2)..<semicolon].allSatisfy { ("0"..."9").contains($0) }
        }
        return false
    }

    private func starts(_ s: [Unicode.Scalar], _ i: Int, _ prefix: String) -> Bool {
        let p = Array(prefix.unicodeScalars)
        return i + p.count <= s.count && Array(s[i..<(i + p.count)]) == p
    }

    private func find(_ s: [Unicode.Scalar], _ needle: String, from start: Int) -> Int? {
        var i = start
        while i < s.count {
            if starts(s, i, needle) { return i }
            i += 1
        }
        return nil
    }
}
