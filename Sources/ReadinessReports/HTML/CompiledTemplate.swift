/// A Mustache template parsed for `TemplateValue` contexts, rendered without swift-mustache's
/// dynamic casts: the report page of a cohort is rendered thousands of times, and those casts
/// and its character-by-character escaping were most of the time.
///
/// It knows the part of Mustache the built-in templates use: text, `{{name}}`, `{{{name}}}` and
/// `{{&name}}`, sections, inverted sections, comments and partials at the start of a line, with
/// the specification's rule that a section, comment or partial tag alone on its line takes the
/// line with it. Anything else (dotted names, transforms, inheritance, set delimiters, pragmas,
/// indented partials) makes `init` return nil, and the template stays with swift-mustache. Tests
/// hold both to the same bytes for the built-in templates.
struct CompiledTemplate: Sendable {
    /// One piece of a parsed template.
    indirect enum Node: Sendable {
        case text([UInt8])
        case variable(String, escaped: Bool)
        case section(String, [Node], inverted: Bool)
        case partial(String)
    }

    /// The template's nodes, in order.
    let nodes: [Node]

    /// Parses template text; nil when it uses anything this renderer leaves to swift-mustache.
    init?(_ text: String) {
        var parser = Parser(bytes: Array(text.utf8))
        guard let nodes = parser.parse() else { return nil }
        self.nodes = nodes
    }

    // MARK: - Parsing

    private struct Parser {
        let bytes: [UInt8]
        var index = 0
        /// Where the text not yet emitted starts.
        var textStart = 0
        /// Open sections: name, inverted, and the nodes before it.
        var open: [(name: String, inverted: Bool, outer: [Node])] = []
        var nodes: [Node] = []

        init(bytes: [UInt8]) { self.bytes = bytes }

        mutating func parse() -> [Node]? {
            while let start = find([0x7B, 0x7B], from: index) {  // "{{"
                guard start + 2 < bytes.count else { return nil }
                let sigil = bytes[start + 2]
                let triple = sigil == 0x7B
                guard let close = find(triple ? [0x7D, 0x7D, 0x7D] : [0x7D, 0x7D], from: start + 2) else { return nil }
                let end = close + (triple ? 3 : 2)
                let kindByte: UInt8? = [0x7B, 0x26, 0x23, 0x5E, 0x2F, 0x3E, 0x21].contains(sigil) ? sigil : nil
                let nameBytes = bytes[(start + 2 + (kindByte == nil ? 0 : 1))..<close]
                // Names are read as swift-mustache reads them: whitespace around them is skipped.
                var trimmed = Substring(String(decoding: nameBytes, as: UTF8.self))
                while trimmed.first?.isWhitespace == true { trimmed.removeFirst() }
                while trimmed.last?.isWhitespace == true { trimmed.removeLast() }
                let name = String(trimmed)
                if sigil != 0x21, !Self.isPlainName(name) { return nil }  // not a comment: a plain name only
                // A section, inverted, closing, partial or comment tag alone on its line takes the line.
                let blockTag = [0x23, 0x5E, 0x2F, 0x3E, 0x21].contains(sigil)
                let lineStart = lineStart(before: start)
                let after = blockTag ? lineEnd(after: end) : nil
                let standalone = blockTag && after != nil && onlySpace(lineStart..<start)
                flushText(upTo: standalone ? lineStart : start)
                textStart = standalone ? after! : end
                index = end
                switch sigil {
                case 0x21: continue  // comment
                case 0x23, 0x5E:
                    open.append((name, sigil == 0x5E, nodes))
                    nodes = []
                case 0x2F:
                    guard let section = open.popLast(), section.name == name else { return nil }
                    let inner = nodes
                    nodes = section.outer
                    nodes.append(.section(name, inner, inverted: section.inverted))
                case 0x3E:
                    guard !standalone || lineStart == start else { return nil }  // an indented partial
                    nodes.append(.partial(name))
                default:
                    nodes.append(.variable(name, escaped: kindByte == nil))
                }
            }
            flushText(upTo: bytes.count)
            return open.isEmpty ? nodes : nil
        }

        /// A name without dots, brackets or spaces: what the built-in templates use.
        /// A name of swift-mustache's name characters, without the dots of dotted names and the
        /// brackets of transforms: what the built-in templates use.
        private static func isPlainName(_ name: String) -> Bool {
            !name.isEmpty && name.allSatisfy(nameCharacters.contains)
        }

        private static let nameCharacters = Set<Character>("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_?*")

        private mutating func flushText(upTo end: Int) {
            if textStart < end { nodes.append(.text(Array(bytes[textStart..<end]))) }
        }

        private func find(_ needle: [UInt8], from start: Int) -> Int? {
            guard needle.count <= bytes.count else { return nil }
            var at = start
            while at + needle.count <= bytes.count {
                if bytes[at] == needle[0], bytes[at..<(at + needle.count)].elementsEqual(needle) { return at }
                at += 1
            }
            return nil
        }

        private func lineStart(before position: Int) -> Int {
            var at = position
            while at > 0, bytes[at - 1] != 0x0A { at -= 1 }
            return at
        }

        /// Where the next line starts if only spaces and tabs follow `position` on its line.
        private func lineEnd(after position: Int) -> Int? {
            var at = position
            while at < bytes.count, bytes[at] == 0x20 || bytes[at] == 0x09 { at += 1 }
            if at == bytes.count { return at }
            if bytes[at] == 0x0A { return at + 1 }
            if bytes[at] == 0x0D, at + 1 < bytes.count, bytes[at + 1] == 0x0A { return at + 2 }
            return nil
        }

        private func onlySpace(_ range: Range<Int>) -> Bool {
            bytes[range].allSatisfy { $0 == 0x20 || $0 == 0x09 }
        }
    }
}
