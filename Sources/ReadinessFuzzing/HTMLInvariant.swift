/// What an HTML report or handbook may hold, whatever the rubric and questionnaire said: only
/// the tags and attributes the default templates write, every attribute value double-quoted,
/// links only to `#anchors`, `http(s)`, `mailto` and sibling reports (`slug.html`), inline style only a bar's width, no `<` in
/// text that is not a tag, and no control character.
///
/// A tag or attribute from the input (`<script>`, `onerror=`) therefore breaks it, however it
/// got through.
public enum HTMLInvariant {
    /// The tags the default templates, the charts and rendered Markdown write, each with the
    /// attributes it may carry beside `class` and `id`.
    public static let allowed: [String: Set<String>] = [
        "html": ["lang"], "head": [], "meta": ["charset", "name", "content", "http-equiv"], "title": [],
        "style": [], "body": [], "header": [], "main": [], "footer": [], "section": ["aria-labelledby"],
        "nav": ["aria-labelledby"], "article": [], "h1": [], "h2": [], "h3": [], "p": ["role"], "div": ["role"],
        "span": ["aria-hidden", "style"], "strong": [], "em": [], "code": [], "q": [], "a": ["href"], "ul": [],
        "ol": [],
        "li": [], "table": [], "thead": [], "tbody": [], "tfoot": [], "tr": [], "th": ["scope", "data-label"],
        "td": ["data-label"], "details": ["open"], "summary": [], "figure": [], "time": ["datetime"],
        "dl": [], "dt": [], "dd": [],
        "svg": ["viewBox", "width", "height", "role", "aria-labelledby", "aria-hidden"],
        "circle": ["cx", "cy", "r", "fill", "stroke-dasharray", "stroke-width", "transform"],
        "line": ["x1", "x2", "y1", "y2"], "polygon": ["points"],
        "text": ["x", "y", "text-anchor", "dominant-baseline"], "tspan": ["x", "dy"],
    ]

    /// Whether a link names a sibling report by its slug (`lumen-cryo.html`), as the cohort
    /// overview does.
    static func isReportFile(_ target: String, suffix: String) -> Bool {
        target.hasSuffix(suffix)
            && target.dropLast(suffix.count).allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") }
            && target.count > suffix.count
    }

    /// What breaks the rule in `html`, as short descriptions; empty when it holds.
    public static func violations(in html: String) -> [String] {
        var scanner = Scanner(bytes: Array(html.utf8))
        scanner.run()
        return scanner.broken
    }

    private struct Scanner {
        let bytes: [UInt8]
        var index = 0
        var broken: [String] = []

        init(bytes: [UInt8]) { self.bytes = bytes }

        mutating func run() {
            while index < bytes.count, broken.count < 20 {
                let byte = bytes[index]
                if byte == UInt8(ascii: "<") {
                    tag()
                    continue
                }
                if (byte < 0x20 && byte != 0x0A && byte != 0x09) || byte == 0x7F
                    || (byte == 0xC2 && index + 1 < bytes.count && (0x80...0x9F).contains(bytes[index + 1]))
                {
                    fail("control character")
                }
                index += 1
            }
        }

        private mutating func tag() {
            if starts(with: "<!DOCTYPE html>") { return index += 15 }
            if starts(with: "<!--") { return skip(past: "-->") }
            index += 1
            let closing = peek == UInt8(ascii: "/")
            if closing { index += 1 }
            let name = word()
            guard let attributes = HTMLInvariant.allowed[name] else {
                return fail(name.isEmpty ? "'<' that opens no tag" : "tag <\(name)>")
            }
            while index < bytes.count {
                while let byte = peek, byte == 0x20 || byte == 0x0A { index += 1 }
                if peek == UInt8(ascii: "/"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: ">") {
                    index += 1
                }
                if peek == UInt8(ascii: ">") {
                    index += 1
                    if name == "style" && !closing { skip(past: "</style>") }
                    return
                }
                let attribute = word()
                guard !attribute.isEmpty, !closing else { return fail("malformed tag <\(name)>") }
                if !attributes.contains(attribute) && attribute != "class" && attribute != "id" {
                    fail("attribute \(attribute) on <\(name)>")
                }
                guard peek == UInt8(ascii: "=") else { continue }
                index += 1
                guard peek == UInt8(ascii: "\""), let end = bytes[(index + 1)...].firstIndex(of: UInt8(ascii: "\""))
                else {
                    return fail("unquoted value of \(attribute) on <\(name)>")
                }
                check(attribute, value: String(decoding: bytes[(index + 1)..<end], as: UTF8.self), on: name)
                index = end + 1
            }
            fail("unclosed tag <\(name)>")
        }

        private mutating func check(_ attribute: String, value: String, on name: String) {
            if value.contains("<") { fail("'<' in the value of \(attribute) on <\(name)>") }
            if attribute == "href" {
                let lower = value.lowercased()
                if !(lower.hasPrefix("#") || lower.hasPrefix("http://") || lower.hasPrefix("https://")
                    || lower.hasPrefix("mailto:") || HTMLInvariant.isReportFile(value, suffix: ".html"))
                {
                    fail("link to \(value.prefix(40).debugDescription)")
                }
            }
            if attribute == "style" {
                let number = value.dropFirst("width: ".count).dropLast()
                if !value.hasPrefix("width: ") || !value.hasSuffix("%") || number.isEmpty
                    || !number.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") })
                {
                    fail("style \(value.prefix(40).debugDescription)")
                }
            }
        }

        private var peek: UInt8? { index < bytes.count ? bytes[index] : nil }

        /// Letters, digits, `-` and `:` from `index` on.
        private mutating func word() -> String {
            let start = index
            while let byte = peek,
                (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z"))
                    || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "-")
            {
                index += 1
            }
            return String(decoding: bytes[start..<index], as: UTF8.self)
        }

        private func starts(with text: String) -> Bool {
            bytes[index...].starts(with: text.utf8)
        }

        private mutating func skip(past end: String) {
            let pattern = Array(end.utf8)
            while index < bytes.count, !bytes[index...].starts(with: pattern) { index += 1 }
            if index >= bytes.count { return fail("unclosed \(end)") }
            index += pattern.count
        }

        private mutating func fail(_ what: String) {
            let from = max(0, index - 30)
            let to = min(bytes.count, index + 30)
            broken.append(what + " near " + String(decoding: bytes[from..<to], as: UTF8.self).debugDescription)
        }
    }
}
