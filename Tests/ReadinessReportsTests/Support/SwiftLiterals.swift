/// The string literals of a Swift source file, found by a small scanner that knows comments,
/// raw strings (`#"…"#`), multi-line strings and interpolations, for the test that keeps prose
/// out of the writers' code.
///
/// An interpolation `\(…)` becomes one space in the literal's text; string literals inside the
/// interpolation are literals of their own.
struct SwiftLiterals {
    /// One literal: the line it starts on (from 1), the code before it on that line, and its
    /// text, interpolations blanked.
    struct Literal {
        var line: Int
        var before: String
        var text: String
    }

    /// Every literal of the source, in order.
    private(set) var literals: [Literal] = []
    private let chars: [Character]
    private var index = 0
    private var line = 1

    /// Scans a source text.
    init(_ source: String) {
        chars = Array(source)
        while index < chars.count { step() }
    }

    // MARK: - Private

    private func peek(_ offset: Int = 0) -> Character? {
        index + offset < chars.count ? chars[index + offset] : nil
    }

    private mutating func advance() {
        if chars[index] == "\n" { line += 1 }
        index += 1
    }

    /// One step of code outside literals: a comment, a literal, or one character.
    private mutating func step() {
        if peek() == "/", peek(1) == "/" {
            while let c = peek(), c != "\n" {
                _ = c
                advance()
            }
        } else if peek() == "/", peek(1) == "*" {
            while index < chars.count, !(peek() == "*" && peek(1) == "/") { advance() }
            if index < chars.count {
                advance()
                advance()
            }
        } else if peek() == "#" || peek() == "\"" {
            var hashes = 0
            while peek(hashes) == "#" { hashes += 1 }
            if peek(hashes) == "\"" { literal(hashes: hashes) } else { advance() }
        } else {
            advance()
        }
    }

    /// A literal starting at its opening hashes.
    private mutating func literal(hashes: Int) {
        let start = line
        var lineStart = index
        while lineStart > 0, chars[lineStart - 1] != "\n" { lineStart -= 1 }
        // A literal alone on its line (as the formatter leaves `help:` arguments) is read with the
        // line before it, so `help:` and `ArgumentHelp(` are still seen.
        if chars[lineStart..<index].allSatisfy(\.isWhitespace), lineStart > 0 {
            lineStart -= 1
            while lineStart > 0, chars[lineStart - 1] != "\n" { lineStart -= 1 }
        }
        let before = String(chars[lineStart..<index])
        for _ in 0..<hashes { advance() }
        let multiline = peek() == "\"" && peek(1) == "\"" && peek(2) == "\""
        for _ in 0..<(multiline ? 3 : 1) { advance() }
        let close = String(repeating: "\"", count: multiline ? 3 : 1) + String(repeating: "#", count: hashes)
        let escape = "\\" + String(repeating: "#", count: hashes)
        var text = ""
        while index < chars.count {
            if matches(close) {
                for _ in 0..<close.count { advance() }
                break
            }
            if matches(escape) {
                for _ in 0..<escape.count { advance() }
                if peek() == "(" {
                    interpolation()
                    text += " "
                } else if let c = peek() {
                    text.append(c == "n" || c == "t" ? " " : c)
                    advance()
                }
                continue
            }
            text.append(chars[index])
            advance()
        }
        literals.append(Literal(line: start, before: before, text: text))
    }

    /// An interpolation from its `(` to the matching `)`, collecting the literals inside.
    private mutating func interpolation() {
        var depth = 0
        while index < chars.count {
            let c = chars[index]
            if c == "\"" || (c == "#" && (peek(1) == "\"" || peek(1) == "#")) {
                var hashes = 0
                while peek(hashes) == "#" { hashes += 1 }
                literal(hashes: hashes)
                continue
            }
            advance()
            if c == "(" { depth += 1 }
            if c == ")" {
                depth -= 1
                if depth == 0 { return }
            }
        }
    }

    private func matches(_ text: String) -> Bool {
        for (offset, c) in text.enumerated() where peek(offset) != c { return false }
        return true
    }
}
