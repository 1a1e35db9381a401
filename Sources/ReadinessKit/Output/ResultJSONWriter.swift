/// Writes a result as compact JSON straight into bytes: the same keys, order and numbers as
/// `ResultJSON.value(_:)` written with `JSONValue.writeCompact`, without building the value
/// tree first. A cohort writes thousands of results, so this is its fast path.
public enum ResultJSONWriter {
    /// Appends the result as one compact JSON object; `file`, when given, follows `startup`.
    /// `fragments` (one per thread) saves rendering what every result of a rubric shares.
    public static func write(_ result: AssessmentResult, file: String? = nil, into out: inout [UInt8],
                             fragments: ResultJSONFragments = ResultJSONFragments()) {
        var numbers = NumberMemo()
        append("{\"startup\":", &out)
        JSONValue.escape(result.startup, into: &out)
        if let file {
            append(",\"file\":", &out)
            JSONValue.escape(file, into: &out)
        }
        append(",\"rubric\":{\"id\":", &out)
        JSONValue.escape(result.rubricID, into: &out)
        append(",\"version\":", &out)
        JSONValue.escape(result.rubricVersion, into: &out)
        append("},\"assessor\":", &out)
        optionalString(result.assessor, &out)
        append(",\"date\":", &out)
        optionalString(result.date, &out)
        append(",\"score\":", &out)
        numbers.append(result.score, to: &out)
        append(",\"verdict\":", &out)
        JSONValue.escape(result.verdict.id, into: &out)
        append(",\"verdict_label\":", &out)
        JSONValue.escape(result.verdict.label, into: &out)
        if result.isCapped {
            append(",\"verdict_uncapped\":", &out)
            JSONValue.escape(result.uncappedVerdict.id, into: &out)
        }
        append(",\"gates_failed\":", &out)
        strings(result.gatesFailed, &out)
        append(",\"dimensions\":[", &out)
        var flat = 0
        for (index, dimension) in result.dimensions.enumerated() {
            if index > 0 { out.append(0x2C) }
            out.append(contentsOf: fragments.dimension(index, dimension))
            write(dimension, levels: result.usesLevels, flat: flat, fragments, &numbers, &out)
            flat += dimension.criteria.count
        }
        append("],\"next_steps\":[", &out)
        for (index, step) in result.nextSteps.enumerated() {
            append(index > 0 ? ",{\"criterion\":" : "{\"criterion\":", &out)
            JSONValue.escape(step.criterion, into: &out)
            append(",\"gain\":", &out)
            numbers.append(step.gain, to: &out)
            append(step.gateFailed ? ",\"gate_failed\":true}" : ",\"gate_failed\":false}", &out)
        }
        append("],\"unanswered\":", &out)
        strings(result.unanswered, &out)
        out.append(0x7D)
    }

    // MARK: - Private

    /// A dimension after its shared piece (`…"score":`).
    private static func write(_ dimension: DimensionResult, levels: Bool, flat: Int, _ fragments: ResultJSONFragments,
                              _ numbers: inout NumberMemo, _ out: inout [UInt8]) {
        optionalNumber(dimension.score, &numbers, &out)
        if levels {
            append(",\"level\":", &out)
            JSONValue.appendInteger(dimension.level ?? 0, to: &out)
        }
        append(",\"criteria\":[", &out)
        for index in dimension.criteria.indices {
            if index > 0 { out.append(0x2C) }
            out.append(contentsOf: fragments.criterion(flat + index, id: dimension.criteria[index].id))
            write(dimension.criteria[index], &numbers, &out)
        }
        append("]}", &out)
    }

    /// A criterion after its shared piece (`…"score":`).
    private static func write(_ criterion: CriterionResult, _ numbers: inout NumberMemo, _ out: inout [UInt8]) {
        optionalNumber(criterion.score, &numbers, &out)
        switch criterion.status {  // one literal each: the same bytes as escaping the raw value
        case .met: append(",\"status\":\"met\",\"gain\":", &out)
        case .partial: append(",\"status\":\"partial\",\"gain\":", &out)
        case .unmet: append(",\"status\":\"unmet\",\"gain\":", &out)
        case .unanswered: append(",\"status\":\"unanswered\",\"gain\":", &out)
        case .notApplicable: append(",\"status\":\"not-applicable\",\"gain\":", &out)
        case .unscored: append(",\"status\":\"unscored\",\"gain\":", &out)
        }
        optionalNumber(criterion.gain, &numbers, &out)
        append(",\"answer\":", &out)
        switch criterion.answer {
        case nil: append("null", &out)
        case .yesNo(let yes)?: append(yes ? "true" : "false", &out)
        case .choice(let id)?: JSONValue.escape(id, into: &out)
        case .multiChoice(let ids)?: strings(ids, &out)
        case .scale(let value)?: JSONValue.appendInteger(value, to: &out)
        case .number(let value)?: numbers.append(value, to: &out)
        case .text(let text)?: JSONValue.escape(text, into: &out)
        }
        if criterion.evidence != nil { append(",\"has_evidence\":true", &out) }
        if criterion.unverified { append(",\"unverified\":true", &out) }
        if criterion.gateFailed { append(",\"gate_failed\":true", &out) }
        out.append(0x7D)
    }

    private static func strings(_ values: [String], _ out: inout [UInt8]) {
        out.append(0x5B)
        for index in values.indices {
            if index > 0 { out.append(0x2C) }
            JSONValue.escape(values[index], into: &out)
        }
        out.append(0x5D)
    }

    private static func optionalString(_ value: String?, _ out: inout [UInt8]) {
        if let value { JSONValue.escape(value, into: &out) } else { append("null", &out) }
    }

    private static func optionalNumber(_ value: Double?, _ numbers: inout NumberMemo, _ out: inout [UInt8]) {
        if let value { numbers.append(value, to: &out) } else { append("null", &out) }
    }

    private static func append(_ literal: StaticString, _ out: inout [UInt8]) {
        literal.withUTF8Buffer { out.append(contentsOf: $0) }
    }

    /// The last few numbers of one result and their text: gains and scores repeat within a
    /// result, and formatting a double costs far more than copying its bytes.
    private struct NumberMemo {
        private var bits: [UInt64] = []
        private var spans: [Range<Int>] = []
        /// The text of every number remembered (kept apart from the output: appending a slice
        /// of an array to itself would copy the whole array).
        private var text: [UInt8] = []
        private var next = 0
        private static let size = 16

        init() {
            bits.reserveCapacity(Self.size)
            spans.reserveCapacity(Self.size)
            text.reserveCapacity(512)
        }

        mutating func append(_ value: Double, to out: inout [UInt8]) {
            let key = value.bitPattern
            let found = bits.withUnsafeBufferPointer { bits -> Int in
                for index in bits.indices where bits[index] == key { return index }
                return -1
            }
            if found >= 0 {
                let span = spans[found]
                text.withUnsafeBufferPointer { out.append(contentsOf: UnsafeBufferPointer(rebasing: $0[span])) }
                return
            }
            let start = text.count
            JSONValue.appendNumber(value, to: &text)
            text.withUnsafeBufferPointer { out.append(contentsOf: UnsafeBufferPointer(rebasing: $0[start...])) }
            if bits.count < Self.size {
                bits.append(key)
                spans.append(start..<text.count)
            } else {
                bits[next] = key
                spans[next] = start..<text.count
                next = (next + 1) % Self.size
            }
        }
    }
}
