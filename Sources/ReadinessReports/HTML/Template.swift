import ReadinessKit

/// A Mustache template parsed for `TemplateValue` contexts: the one engine for the built-in report
/// templates and for customised ones (`--templates DIR`).
///
/// It knows the part of Mustache report templates need: text, `{{name}}` (escaped), `{{{name}}}`
/// and `{{&name}}` (raw), dotted names (`{{words.next-steps}}`), sections, inverted sections,
/// comments and partials, with the specification's rule that a section, comment or partial tag
/// alone on its line takes the line with it. Anything else (set delimiters, inheritance, pragmas)
/// is refused with its line and column, as are unclosed tags and sections, names that are not
/// names and sections nested deeper than `maximumDepth`. Rendering is bounded (see
/// `maximumOutput` and `maximumSteps`), so no template can make the tool hang or fill memory.
struct Template: Sendable {
    /// One piece of a parsed template.
    indirect enum Node: Sendable {
        case text([UInt8])
        case variable(Name, escaped: Bool)
        case section(Name, [Node], inverted: Bool)
        case partial(String, at: Position)
    }

    /// A name as a template writes it: one part, or several joined by dots.
    struct Name: Sendable, Equatable {
        /// The parts, in order; `{{a.b}}` is `["a", "b"]`.
        let parts: [String]
        /// Where the tag is, for errors found while rendering.
        let position: Position
    }

    /// A 1-based line and column in the template text.
    struct Position: Sendable, Equatable {
        let line: Int
        let column: Int
    }

    /// How deep sections may nest.
    static let maximumDepth = 32
    /// The most bytes one page may have.
    static let maximumOutput = 256 * 1_048_576
    /// The most nodes one page may visit while rendering.
    static let maximumSteps = 50_000_000

    /// The template's nodes, in order.
    let nodes: [Node]

    /// Parses template text; `name` goes into errors.
    init(_ text: String, name: String) throws(TemplateError) {
        var parser = Parser(bytes: Array(text.utf8), name: name)
        nodes = try parser.parse()
    }

    /// The partials the template includes, with where it includes each, in order.
    var partialReferences: [(name: String, at: Position)] {
        var found: [(String, Position)] = []
        func visit(_ nodes: [Node]) {
            for node in nodes {
                switch node {
                case .partial(let name, let at): found.append((name, at))
                case .section(_, let inner, _): visit(inner)
                case .text, .variable: break
                }
            }
        }
        visit(nodes)
        return found
    }
}

extension Template {
    /// Reads template bytes into nodes.
    fileprivate struct Parser {
        let bytes: [UInt8]
        let name: String
        var index = 0
        /// Where the text not yet emitted starts.
        var textStart = 0
        /// Open sections: name, inverted, and the nodes before it.
        var open: [(name: Name, inverted: Bool, outer: [Node])] = []
        var nodes: [Node] = []
        /// How far lines and columns have been counted, and the line and column there.
        var lines = LineCounter()

        init(bytes: [UInt8], name: String) {
            self.bytes = bytes
            self.name = name
        }

        mutating func parse() throws(TemplateError) -> [Node] {
            while let start = find([0x7B, 0x7B], from: index) {  // "{{"
                let sigil: UInt8 = start + 2 < bytes.count ? bytes[start + 2] : 0
                let triple = sigil == 0x7B
                guard let close = find(triple ? [0x7D, 0x7D, 0x7D] : [0x7D, 0x7D], from: start + 2) else {
                    throw error(.unclosedTag, at: start)
                }
                let end = close + (triple ? 3 : 2)
                let kinds: [UInt8] = [0x7B, 0x26, 0x23, 0x5E, 0x2F, 0x3E, 0x21]  // { & # ^ / > !
                let hasSigil = kinds.contains(sigil)
                if [0x3D, 0x3C, 0x24, 0x25].contains(sigil) {  // = < $ %
                    throw error(.unsupportedTag(String(decoding: bytes[start..<end], as: UTF8.self)), at: start)
                }
                let raw = String(decoding: bytes[(start + 2 + (hasSigil ? 1 : 0))..<close], as: UTF8.self)
                let text = raw.trimmingSpaces
                // A section, inverted, closing, partial or comment tag alone on its line takes the line.
                let blockTag = [0x23, 0x5E, 0x2F, 0x3E, 0x21].contains(sigil)
                let lineStart = blockTag ? spaceOnlyLineStart(before: start) : nil
                let after = lineStart == nil ? nil : lineEnd(after: end)
                if let lineStart, let after {
                    flushText(upTo: lineStart)
                    textStart = after
                } else {
                    flushText(upTo: start)
                    textStart = end
                }
                index = end
                if sigil == 0x21 { continue }  // a comment
                guard Self.isName(text) || (text == "." && sigil != 0x3E) else {
                    throw error(.invalidName(text), at: start)
                }
                let tagName = Name(
                    parts: text == "." ? ["."] : text.split(separator: ".").map(String.init),
                    position: position(of: start))
                switch sigil {
                case 0x23, 0x5E:
                    guard open.count < Template.maximumDepth else { throw error(.tooDeep, at: start) }
                    open.append((tagName, sigil == 0x5E, nodes))
                    nodes = []
                case 0x2F:
                    guard let section = open.popLast() else { throw error(.unexpectedClose(text), at: start) }
                    guard section.name.parts == tagName.parts else {
                        throw error(
                            .mismatchedClose(expected: section.name.parts.joined(separator: "."), found: text),
                            at: start)
                    }
                    let inner = nodes
                    nodes = section.outer
                    nodes.append(.section(section.name, inner, inverted: section.inverted))
                case 0x3E:
                    nodes.append(.partial(text, at: position(of: start)))
                default:
                    nodes.append(.variable(tagName, escaped: !hasSigil))
                }
            }
            flushText(upTo: bytes.count)
            if let section = open.last {
                throw TemplateError(
                    name: name, line: section.name.position.line, column: section.name.position.column,
                    reason: .unclosedSection(section.name.parts.joined(separator: ".")))
            }
            return nodes
        }

        /// Letters, digits and `-_?*`, in parts joined by single dots.
        private static func isName(_ text: String) -> Bool {
            !text.isEmpty
                && text.split(separator: ".", omittingEmptySubsequences: false).allSatisfy { part in
                    !part.isEmpty && part.allSatisfy(nameCharacters.contains)
                }
        }

        private static let nameCharacters = Set<Character>(
            "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_?*")

        private mutating func error(_ reason: TemplateError.Reason, at offset: Int) -> TemplateError {
            let at = position(of: offset)
            return TemplateError(name: name, line: at.line, column: at.column, reason: reason)
        }

        /// The line and column (in Unicode scalars) of a byte offset at or after the last one
        /// asked for: tags are met in order, so counting goes on from where it stopped.
        private mutating func position(of offset: Int) -> Position {
            let bytes = self.bytes
            lines.advance(to: offset) { bytes[$0] }
            return Position(line: lines.location.line, column: lines.location.column)
        }

        private mutating func flushText(upTo end: Int) {
            if textStart < end { nodes.append(.text(Array(bytes[textStart..<end]))) }
        }

        private func find(_ needle: [UInt8], from start: Int) -> Int? {
            var at = start
            while at + needle.count <= bytes.count {
                if bytes[at] == needle[0], bytes[at..<(at + needle.count)].elementsEqual(needle) { return at }
                at += 1
            }
            return nil
        }

        /// Where the line of `position` starts, if only spaces and tabs come before it on its line.
        private func spaceOnlyLineStart(before position: Int) -> Int? {
            var at = position
            while at > 0, bytes[at - 1] == 0x20 || bytes[at - 1] == 0x09 { at -= 1 }
            return at == 0 || bytes[at - 1] == 0x0A ? at : nil
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
    }
}

extension String {
    /// The text without the whitespace around it, as Mustache reads a tag's name.
    fileprivate var trimmingSpaces: String {
        var text = Substring(self)
        while text.first?.isWhitespace == true { text.removeFirst() }
        while text.last?.isWhitespace == true { text.removeLast() }
        return String(text)
    }
}
