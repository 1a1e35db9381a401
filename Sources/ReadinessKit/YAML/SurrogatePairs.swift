import CYaml

/// Rewrites JSON-style surrogate-pair escapes in double-quoted scalars (`"\ud83d\ude42"`, as
/// Python's `json.dumps` writes an emoji) to the one escape libyaml reads (`\U0001F642`); a
/// surrogate escape that is not half of a pair is a located error.
///
/// Which `"` opens a double-quoted scalar is libyaml's own answer: its scanner runs over a copy
/// in which every surrogate escape reads `\uFFFD` (same length, same structure), and each
/// double-quoted scalar it finds is then walked escape by escape in the original text. The same
/// characters in comments and in plain, single-quoted and block scalars are left alone.
struct SurrogatePairs {
    /// The text to parse: the original with each pair rewritten (and each lone half replaced).
    private(set) var bytes: [UInt8]
    /// One error per surrogate escape that is not half of a pair, in text order.
    private(set) var diagnostics: [Diagnostic] = []
    /// Where locations in `bytes` lie in the original text.
    private(set) var shifts = ColumnShifts()

    /// The rewritten text, or nil when the text has no surrogate escape at all (the usual case).
    static func rewrite(_ original: [UInt8]) -> SurrogatePairs? {
        guard let first = nextCandidate(in: original, from: 0) else { return nil }
        var neutral = original
        var index: Int? = first
        while let at = index {
            neutral.replaceSubrange(at + 2..<at + 6, with: Array("FFFD".utf8))
            index = nextCandidate(in: original, from: at + 6)
        }
        let quotes = doubleQuoteStarts(in: neutral)
        var result = SurrogatePairs(bytes: [])
        result.build(from: original, quotes: quotes)
        return result
    }

    // MARK: - Private

    private static let backslash = UInt8(ascii: "\\"), quote = UInt8(ascii: "\"")

    private init(bytes: [UInt8]) { self.bytes = bytes }

    /// The offset of the next `\u` escape of a surrogate (D800–DFFF) at or after `start`.
    private static func nextCandidate(in bytes: [UInt8], from start: Int) -> Int? {
        var index = start
        while index + 6 <= bytes.count {
            if bytes[index] == backslash, bytes[index + 1] == UInt8(ascii: "u"),
                let value = hex4(bytes, at: index + 2), (0xD800...0xDFFF).contains(value)
            {
                return index
            }
            index += 1
        }
        return nil
    }

    /// The value of four hex digits at `at`, or nil.
    private static func hex4(_ bytes: [UInt8], at: Int) -> Int? {
        guard at + 4 <= bytes.count else { return nil }
        var value = 0
        for offset in at..<at + 4 {
            guard let digit = hexDigit(bytes[offset]) else { return nil }
            value = value << 4 | digit
        }
        return value
    }

    private static func hexDigit(_ byte: UInt8) -> Int? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): Int(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): Int(byte - UInt8(ascii: "a")) + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): Int(byte - UInt8(ascii: "A")) + 10
        default: nil
        }
    }

    /// The byte offsets of the opening quotes of the double-quoted scalars libyaml's scanner
    /// finds, in order.
    ///
    /// The scanner holds back the tokens of a line while a key may still follow, so an error
    /// loses the scalars just before it: the text before the error is scanned again (the tokens
    /// of a prefix are those of the whole), a few times at most. A scalar the error is inside
    /// counts too (libyaml names where it opened), so its pairs are read and the error is its own.
    private static func doubleQuoteStarts(in bytes: [UInt8]) -> [Int] {
        var starts: [Int] = []
        var limit = bytes.count
        for _ in 0..<4 {
            let scan = scan(bytes, upTo: limit)
            starts += scan.starts
            guard let error = scan.errorOffset, error > 0, error < limit else { break }
            limit = error
        }
        return Array(Set(starts)).sorted()
    }

    /// What one run of the scanner over the first `limit` bytes found: the double-quoted
    /// scalars' opening quotes and, when it failed, the byte offset of the failure.
    private static func scan(_ bytes: [UInt8], upTo limit: Int) -> (starts: [Int], errorOffset: Int?) {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return ([], nil) }
        defer { yaml_parser_delete(&parser) }
        return bytes.withUnsafeBufferPointer { buffer in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, limit)
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            var starts: [Int] = []
            var cursor = CharacterCursor()
            var token = yaml_token_t()
            while yaml_parser_scan(&parser, &token) == 1 {
                defer { yaml_token_delete(&token) }
                if token.type == YAML_STREAM_END_TOKEN { return (starts, nil) }
                if token.type == YAML_SCALAR_TOKEN, token.data.scalar.style == YAML_DOUBLE_QUOTED_SCALAR_STYLE {
                    starts.append(cursor.byteOffset(ofCharacter: token.start_mark.index, in: buffer))
                }
            }
            if parser.error != YAML_SCANNER_ERROR { return (starts, nil) }
            // Offsets are found in order: the scalar the error is inside opened before the error.
            var errorCursor = CharacterCursor()
            if parser.context.map({ String(cString: $0) }) == "while scanning a quoted scalar" {
                let open = errorCursor.byteOffset(ofCharacter: parser.context_mark.index, in: buffer)
                if open < limit, buffer[open] == quote { starts.append(open) }
            }
            return (starts, errorCursor.byteOffset(ofCharacter: parser.problem_mark.index, in: buffer))
        }
    }

    /// Copies `original` into `bytes`, rewriting the pairs inside the scalars opening at `quotes`.
    private mutating func build(from original: [UInt8], quotes: [Int]) {
        bytes.reserveCapacity(original.count)
        var copied = 0
        var counter = LineCounter()
        var pairsOnLine = (line: 0, count: 0)
        for start in quotes where start >= copied {
            for escape in Self.surrogateEscapes(in: original, quoteAt: start) {
                counter.advance(to: escape.offset) { original[$0] }
                let location = counter.location
                bytes.append(contentsOf: original[copied..<escape.offset])
                guard let scalar = escape.scalar else {
                    // Reported here, so the parser reads a replacement character instead.
                    diagnostics.append(
                        .error(
                            "a \\u escape of half a surrogate pair (D800–DFFF) needs its other half right after it",
                            at: location, code: .loneSurrogate))
                    bytes.append(contentsOf: Array("\\uFFFD".utf8))
                    copied = escape.offset + 6
                    continue
                }
                let digits = String(scalar, radix: 16, uppercase: true)
                bytes.append(contentsOf: Array(("\\U" + String(repeating: "0", count: 8 - digits.count) + digits).utf8))
                copied = escape.offset + 12
                if pairsOnLine.line != location.line { pairsOnLine = (location.line, 0) }
                shifts.add(
                    line: location.line, column: location.column - 2 * pairsOnLine.count,
                    offset: escape.offset - 2 * shifts.count)
                pairsOnLine.count += 1
            }
        }
        bytes.append(contentsOf: original[copied...])
    }

    /// A surrogate escape in a double-quoted scalar: a pair (with the scalar it stands for, and
    /// twelve bytes long) or half of one alone (six bytes, no scalar).
    private struct Escape {
        let offset: Int
        let scalar: Int?
    }

    /// The surrogate escapes of the double-quoted scalar whose opening quote is at `quoteAt`,
    /// walking escape by escape to its closing quote; an invalid escape ends the walk (libyaml
    /// reports it).
    private static func surrogateEscapes(in bytes: [UInt8], quoteAt: Int) -> [Escape] {
        var found: [Escape] = []
        var index = quoteAt + 1
        while index < bytes.count, bytes[index] != quote {
            guard bytes[index] == backslash, index + 1 < bytes.count else {
                index += 1
                continue
            }
            switch bytes[index + 1] {
            case UInt8(ascii: "x"): index += 4
            case UInt8(ascii: "U"): index += 10
            case UInt8(ascii: "u"):
                guard let high = hex4(bytes, at: index + 2) else { return found }
                if (0xD800...0xDBFF).contains(high), index + 12 <= bytes.count,
                    bytes[index + 6] == backslash, bytes[index + 7] == UInt8(ascii: "u"),
                    let low = hex4(bytes, at: index + 8), (0xDC00...0xDFFF).contains(low)
                {
                    found.append(Escape(offset: index, scalar: 0x10000 + (high - 0xD800) << 10 + (low - 0xDC00)))
                    index += 12
                } else {
                    if (0xD800...0xDFFF).contains(high) { found.append(Escape(offset: index, scalar: nil)) }
                    index += 6
                }
            default: index += 2
            }
        }
        return found
    }
}

/// Turns libyaml's character indexes (every Unicode scalar counts one, CR and LF each one) into
/// byte offsets in UTF-8 text, for indexes met in order.
private struct CharacterCursor {
    private var characters = 0
    private var offset = 0

    mutating func byteOffset(ofCharacter target: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        while characters < target, offset < bytes.count {
            offset += 1
            while offset < bytes.count, bytes[offset] & 0xC0 == 0x80 { offset += 1 }
            characters += 1
        }
        return offset
    }
}
