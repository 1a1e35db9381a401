import CYaml

/// Reads YAML text into a `YAMLNode` tree on libyaml's event parser, keeping every location.
///
/// The reader is deliberately strict: one document per stream, no anchors or aliases (so no
/// alias bombs), no duplicate keys, scalar keys only, bounded size, depth and node count, and
/// UTF-8 only. Every problem is returned as a located `Diagnostic`; it never traps.
public enum YAMLReader {
    /// The outcome of reading: the document's root (nil when empty or unreadable) and problems.
    public struct Output: Sendable {
        /// The root node, or nil when the text is empty or could not be read.
        public var root: YAMLNode?
        /// Every problem found, in the order found.
        public var diagnostics: [Diagnostic]
    }

    /// Reads raw bytes, checking first that they are UTF-8 within the size limit.
    public static func read(bytes: [UInt8], limits: YAMLLimits = .standard) -> Output {
        // A UTF-8 byte-order mark (Windows editors add one) is skipped; locations are unchanged.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return read(bytes: Array(bytes.dropFirst(3)), limits: limits) }
        if bytes.count > limits.maxBytes {
            return Output(
                root: nil,
                diagnostics: [
                    .error(
                        "file is too large (\(bytes.count) bytes; the limit is \(limits.maxBytes))", at: .start)
                ])
        }
        // libyaml's reader decodes every byte and refuses invalid UTF-8 (bad or missing
        // continuation bytes, overlong forms, surrogates), so a file it reads to the end is
        // valid: only a file with problems is checked, to name its first bad byte instead.
        let output = parseRewritingSurrogatePairs(bytes, limits: limits)
        if !output.diagnostics.isEmpty, let bad = TextPosition.firstInvalidUTF8(in: bytes) {
            return Output(root: nil, diagnostics: [.error("file is not UTF-8 text (invalid byte)", at: bad)])
        }
        return output
    }

    /// Reads text within the size limit.
    public static func read(_ text: String, limits: YAMLLimits = .standard) -> Output {
        read(bytes: Array(text.utf8), limits: limits)
    }

    // MARK: - Private

    /// Parses after rewriting JSON-style surrogate pairs (`\ud83d\ude42`) in double-quoted
    /// scalars, which libyaml refuses; a lone half is an error of its own, beside the parser's.
    private static func parseRewritingSurrogatePairs(_ bytes: [UInt8], limits: YAMLLimits) -> Output {
        guard let rewritten = SurrogatePairs.rewrite(bytes) else { return parse(bytes, limits: limits) }
        var output = parse(rewritten.bytes, limits: limits, shifts: rewritten.shifts)
        if !rewritten.diagnostics.isEmpty {
            output.root = nil
            output.diagnostics = (rewritten.diagnostics + output.diagnostics).sortedByLocation()
        }
        return output
    }

    private static func parse(_ bytes: [UInt8], limits: YAMLLimits, shifts: ColumnShifts = ColumnShifts()) -> Output {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            return Output(root: nil, diagnostics: [.error("could not start the YAML parser", at: .start)])
        }
        defer { yaml_parser_delete(&parser) }
        return bytes.withUnsafeBufferPointer { buffer in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            var builder = TreeBuilder(limits: limits)
            builder.shifts = shifts
            var event = yaml_event_t()
            while true {
                guard yaml_parser_parse(&parser, &event) == 1 else {
                    builder.diagnostics.append(libyamlError(parser, bytes: buffer, shifts: shifts))
                    return builder.output(failed: true)
                }
                let finished = builder.consume(event)
                yaml_event_delete(&event)
                if finished { return builder.output(failed: builder.stopped) }
            }
        }
    }

    private static func libyamlError(
        _ parser: yaml_parser_t, bytes: UnsafeBufferPointer<UInt8>,
        shifts: ColumnShifts
    ) -> Diagnostic {
        let problem = parser.problem.map { String(cString: $0) } ?? "unreadable YAML"
        if parser.error == YAML_READER_ERROR {
            let location = TextPosition.location(ofOffset: parser.problem_offset, in: bytes)
            return .error("invalid YAML: \(problem)", at: shifts.original(location))
        }
        let mark = parser.problem_mark
        if let tab = TabProblem.diagnostic(
            problem: problem, line: mark.line + 1, column: mark.column + 1, in: bytes)
        {
            return Diagnostic(
                .error, tab.message, at: shifts.original(tab.location), code: tab.code)
        }
        var message = "invalid YAML: \(problem)"
        if let context = parser.context.map({ String(cString: $0) }) {
            let line = parser.context_mark.line + 1
            message += " (\(context) at line \(line))"
        }
        return .error(message, at: shifts.original(SourceLocation(line: mark.line + 1, column: mark.column + 1)))
    }
}
