/// Writes a result as compact JSON straight into bytes: the same keys, order and numbers as
/// `ResultJSON.value(_:)` written with `JSONValue.writeCompact`, without building the value
/// tree first. A cohort writes thousands of results, so this is its fast path.
public enum ResultJSONWriter {
    /// Appends the result as one compact JSON object; `file`, when given, follows `startup`.
    /// `fragments` (one per thread) saves rendering what every result of a rubric shares, and
    /// the text of numbers written before.
    public static func write(_ result: AssessmentResult, file: String? = nil, into out: inout [UInt8],
                             fragments: ResultJSONFragments = ResultJSONFragments()) {
        JSONValue.append("{\"startup\":", &out)
        JSONValue.escape(result.startup, into: &out)
        if let file {
            JSONValue.append(",\"file\":", &out)
            JSONValue.escape(file, into: &out)
        }
        JSONValue.append(",\"rubric\":{\"id\":", &out)
        JSONValue.escape(result.rubricID, into: &out)
        JSONValue.append(",\"version\":", &out)
        JSONValue.escape(result.rubricVersion, into: &out)
        JSONValue.append("},\"assessor\":", &out)
        optionalString(result.assessor, &out)
        JSONValue.append(",\"date\":", &out)
        optionalString(result.date, &out)
        JSONValue.append(",\"score\":", &out)
        fragments.appendNumber(result.score, to: &out)
        JSONValue.append(",\"verdict\":", &out)
        JSONValue.escape(result.verdict.id, into: &out)
        JSONValue.append(",\"verdict_label\":", &out)
        JSONValue.escape(result.verdict.label, into: &out)
        if result.isCapped {
            JSONValue.append(",\"verdict_uncapped\":", &out)
            JSONValue.escape(result.uncappedVerdict.id, into: &out)
        }
        JSONValue.append(",\"gates_failed\":", &out)
        strings(result.gatesFailed, &out)
        JSONValue.append(",\"dimensions\":[", &out)
        var flat = 0
        for (index, dimension) in result.dimensions.enumerated() {
            if index > 0 { out.append(0x2C) }
            out.append(contentsOf: fragments.dimension(index, dimension))
            write(dimension, levels: result.usesLevels, flat: flat, fragments, &out)
            flat += dimension.criteria.count
        }
        JSONValue.append("],\"next_steps\":[", &out)
        for (index, step) in result.nextSteps.enumerated() {
            JSONValue.append(index > 0 ? ",{\"criterion\":" : "{\"criterion\":", &out)
            JSONValue.escape(step.criterion, into: &out)
            JSONValue.append(",\"gain\":", &out)
            fragments.appendNumber(step.gain, to: &out)
            JSONValue.append(step.gateFailed ? ",\"gate_failed\":true}" : ",\"gate_failed\":false}", &out)
        }
        JSONValue.append("],\"unanswered\":", &out)
        strings(result.unanswered, &out)
        out.append(0x7D)
    }

    // MARK: - Private

    /// A dimension after its shared piece (`…"score":`).
    private static func write(_ dimension: DimensionResult, levels: Bool, flat: Int, _ fragments: ResultJSONFragments,
                              _ out: inout [UInt8]) {
        optionalNumber(dimension.score, fragments, &out)
        if levels {
            JSONValue.append(",\"level\":", &out)
            JSONValue.appendInteger(dimension.level ?? 0, to: &out)
        }
        JSONValue.append(",\"criteria\":[", &out)
        for index in dimension.criteria.indices {
            if index > 0 { out.append(0x2C) }
            out.append(contentsOf: fragments.criterion(flat + index, id: dimension.criteria[index].id))
            write(dimension.criteria[index], fragments, &out)
        }
        JSONValue.append("]}", &out)
    }

    /// A criterion after its shared piece (`…"score":`).
    private static func write(_ criterion: CriterionResult, _ fragments: ResultJSONFragments, _ out: inout [UInt8]) {
        optionalNumber(criterion.score, fragments, &out)
        switch criterion.status {  // one literal each: the same bytes as escaping the raw value
        case .met: JSONValue.append(",\"status\":\"met\",\"gain\":", &out)
        case .partial: JSONValue.append(",\"status\":\"partial\",\"gain\":", &out)
        case .unmet: JSONValue.append(",\"status\":\"unmet\",\"gain\":", &out)
        case .unanswered: JSONValue.append(",\"status\":\"unanswered\",\"gain\":", &out)
        case .notApplicable: JSONValue.append(",\"status\":\"not-applicable\",\"gain\":", &out)
        case .unscored: JSONValue.append(",\"status\":\"unscored\",\"gain\":", &out)
        }
        optionalNumber(criterion.gain, fragments, &out)
        JSONValue.append(",\"answer\":", &out)
        switch criterion.answer {
        case nil: JSONValue.append("null", &out)
        case .yesNo(let yes)?: JSONValue.append(yes ? "true" : "false", &out)
        case .choice(let id)?: JSONValue.escape(id, into: &out)
        case .multiChoice(let ids)?: strings(ids, &out)
        case .scale(let value)?: JSONValue.appendInteger(value, to: &out)
        case .number(let value)?: fragments.appendNumber(value, to: &out)
        case .text(let text)?: JSONValue.escape(text, into: &out)
        }
        if criterion.evidence != nil { JSONValue.append(",\"has_evidence\":true", &out) }
        if criterion.unverified { JSONValue.append(",\"unverified\":true", &out) }
        if criterion.gateFailed { JSONValue.append(",\"gate_failed\":true", &out) }
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
        if let value { JSONValue.escape(value, into: &out) } else { JSONValue.append("null", &out) }
    }

    private static func optionalNumber(_ value: Double?, _ fragments: ResultJSONFragments, _ out: inout [UInt8]) {
        if let value { fragments.appendNumber(value, to: &out) } else { JSONValue.append("null", &out) }
    }
}
