/// Shared helpers for decoding a `YAMLNode` tree by hand while collecting located problems.
struct NodeDecoder {
    /// Every problem found so far.
    var diagnostics: [Diagnostic] = []
    /// Lint warnings found on the way (texts missing in an offered language), for `validate`.
    var lint: [Diagnostic] = []
    /// What a rubric file being read allows and how its texts read (the defaults suit every
    /// other file).
    var context = TextContext()

    /// The most problems reported for one file; then one last error says the rest are not shown.
    static let maxDiagnostics = 100

    /// Whether the report is full: callers skip costly work (such as did-you-mean hints).
    var isFull: Bool { diagnostics.count >= Self.maxDiagnostics }

    mutating func error(_ message: String, at location: SourceLocation, code: DiagnosticCode? = nil) {
        add(.error(message, at: location, code: code))
    }

    mutating func warning(_ message: String, at location: SourceLocation, code: DiagnosticCode? = nil) {
        add(.warning(message, at: location, code: code))
    }

    private mutating func add(_ diagnostic: Diagnostic) {
        if diagnostics.count < Self.maxDiagnostics {
            diagnostics.append(diagnostic)
        } else if diagnostics.count == Self.maxDiagnostics {
            diagnostics.append(
                .error("too many problems; only the first \(Self.maxDiagnostics) are shown", at: diagnostic.location))
        }
    }

    /// The pairs of a mapping node; an error when it is something else.
    mutating func mapping(_ node: YAMLNode, _ what: @autoclosure () -> String) -> [YAMLPair]? {
        if let pairs = node.mapping { return pairs }
        error("\(what()) must be a mapping, not \(node.kindDescription)", at: node.location, code: .wrongType)
        return nil
    }

    /// The items of a sequence node; an error when it is something else.
    mutating func sequence(_ node: YAMLNode, _ what: @autoclosure () -> String) -> [YAMLNode]? {
        if let items = node.sequence { return items }
        error("\(what()) must be a list, not \(node.kindDescription)", at: node.location, code: .wrongType)
        return nil
    }

    /// Reports keys that are not allowed, with a did-you-mean hint.
    mutating func checkKeys(_ pairs: [YAMLPair], allowed: [String], in what: String) {
        for pair in pairs where !allowed.contains(pair.key) {
            if isFull { return error("", at: pair.keyLocation, code: .unknownKey) }
            let hint = pair.key.utf8.count > 64 ? "" : Suggestion.hint(for: pair.key, in: allowed)
            error(
                "unknown key '\(QuotedText.short(pair.key))' in \(what)\(hint)", at: pair.keyLocation, code: .unknownKey
            )
        }
    }

    /// Reports required keys that are missing, at the mapping's location.
    mutating func require(_ keys: [String], in pairs: [YAMLPair], at location: SourceLocation, in what: String) {
        for key in keys where !pairs.contains(where: { $0.key == key }) {
            error("missing required key '\(key)' in \(what)", at: location, code: .missingKey)
        }
    }

    /// A non-empty text value; an error for a collection or nothing.
    mutating func text(_ node: YAMLNode, _ what: @autoclosure () -> String) -> String? {
        guard let text = node.scalar, !node.isNull else {
            error("\(what()) must be text, not \(node.kindDescription)", at: node.location, code: .wrongType)
            return nil
        }
        return text
    }

    /// An optional text value: nil when absent or null.
    mutating func optionalText(_ node: YAMLNode?, _ what: @autoclosure () -> String) -> String? {
        guard let node, !node.isNull else { return nil }
        return text(node, what())
    }

    /// A number, optionally within a closed range.
    mutating func number(
        _ node: YAMLNode, _ what: @autoclosure () -> String, in range: ClosedRange<Double>? = nil,
        rangeText: String? = nil
    ) -> Double? {
        guard let text = node.scalar, !node.isNull, let value = NumberText.parse(text) else {
            error("\(what()) must be a number, not \(describe(node))", at: node.location, code: .wrongType)
            return nil
        }
        if let range, !range.contains(value) {
            let bounds =
                rangeText
                ?? "from \(NumberText.canonical(range.lowerBound)) to \(NumberText.canonical(range.upperBound))"
            error(
                "\(what()) must be \(bounds), not \(NumberText.canonical(value))", at: node.location, code: .outOfRange)
            return nil
        }
        return value
    }

    /// A whole number, optionally within a closed range.
    mutating func integer(_ node: YAMLNode, _ what: @autoclosure () -> String, in range: ClosedRange<Int>? = nil)
        -> Int?
    {
        guard let text = node.scalar, !node.isNull, let value = NumberText.parse(text) else {
            error("\(what()) must be a whole number, not \(describe(node))", at: node.location, code: .wrongType)
            return nil
        }
        guard let whole = NumberText.parseInteger(text) else {
            error(
                "\(what()) must be a whole number, not \(NumberText.canonical(value))", at: node.location,
                code: .wrongType)
            return nil
        }
        if let range, !range.contains(whole) {
            error(
                "\(what()) must be from \(range.lowerBound) to \(range.upperBound), not \(whole)", at: node.location,
                code: .outOfRange)
            return nil
        }
        return whole
    }

    /// A boolean written yes/no/true/false (any case).
    mutating func bool(_ node: YAMLNode, _ what: @autoclosure () -> String) -> Bool? {
        if let text = node.scalar, let value = Self.parseBool(text) { return value }
        error("\(what()) must be yes or no, not \(describe(node))", at: node.location, code: .wrongType)
        return nil
    }

    /// A list of text values; a single text value counts as a list of one.
    mutating func textList(_ node: YAMLNode, _ what: @autoclosure () -> String) -> [(String, SourceLocation)] {
        if let items = node.sequence {
            return items.compactMap { item in text(item, "each item of \(what())").map { ($0, item.location) } }
        }
        if node.isNull { return [] }
        if let single = node.scalar { return [(single, node.location)] }
        error("\(what()) must be a list, not \(node.kindDescription)", at: node.location, code: .wrongType)
        return []
    }

    /// Parses yes/no/true/false/y/n in any case.
    static func parseBool(_ text: String) -> Bool? {
        text.withUTF8Bytes(parseBool(bytes:))
    }

    /// `parseBool(_:)` of the text the bytes spell.
    static func parseBool(bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        // Compared byte by byte, ASCII case folded: no lower-cased copy for every answer.
        var bytes = bytes[...]
        while let first = bytes.first, first == 0x20 || first == 0x09 || first == 0x0A || first == 0x0D {
            bytes = bytes.dropFirst()
        }
        while let last = bytes.last, last == 0x20 || last == 0x09 || last == 0x0A || last == 0x0D {
            bytes = bytes.dropLast()
        }
        guard bytes.count <= 5, !bytes.contains(0) else { return nil }
        // Up to five bytes, ASCII case folded, packed in an integer: no array per answer.
        var word: UInt64 = 0
        for byte in bytes { word = word << 8 | UInt64((0x41...0x5A).contains(byte) ? byte | 0x20 : byte) }
        switch word {
        case 0x79_65_73, 0x74_72_75_65, 0x79: return true  // yes, true, y
        case 0x6E_6F, 0x66_61_6C_73_65, 0x6E: return false  // no, false, n
        default: return nil
        }
    }

    /// A node quoted for a message: `'text'`, or its kind.
    func describe(_ node: YAMLNode) -> String {
        guard let text = node.scalar, !node.isNull else { return node.kindDescription }
        let short = text.count > 40 ? String(text.prefix(40)) + "…" : text
        return "'\(short)'"
    }
}

/// Whether an id is of the form `[a-z0-9-]+`.
func isSlugID(_ text: String) -> Bool {
    !text.isEmpty && text.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D }
}

/// Whether an id is usable for a dimension, criterion or option: letters, digits, `-`, `_`, no dots.
func isPlainID(_ text: String) -> Bool {
    !text.isEmpty
        && text.unicodeScalars.allSatisfy {
            ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_") && $0.isASCII
        }
}
