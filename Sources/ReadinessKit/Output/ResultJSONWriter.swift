/// Writes a result as compact JSON straight into bytes: the same keys, order and numbers as
/// `ResultJSON.value(_:)` written with `JSONValue.writeCompact`, without building the value
/// tree first. A cohort writes thousands of results, so this is its fast path.
public enum ResultJSONWriter {
    /// Appends the result as one compact JSON object; `file`, when given, follows `startup`.
    public static func write(_ result: AssessmentResult, file: String? = nil, into out: inout [UInt8]) {
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
        JSONValue.appendNumber(result.score, to: &out)
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
        for (index, dimension) in result.dimensions.enumerated() {
            if index > 0 { out.append(0x2C) }
            write(dimension, levels: result.usesLevels, &out)
        }
        append("],\"next_steps\":[", &out)
        for (index, step) in result.nextSteps.enumerated() {
            append(index > 0 ? ",{\"criterion\":" : "{\"criterion\":", &out)
            JSONValue.escape(step.criterion, into: &out)
            append(",\"gain\":", &out)
            JSONValue.appendNumber(step.gain, to: &out)
            append(step.gateFailed ? ",\"gate_failed\":true}" : ",\"gate_failed\":false}", &out)
        }
        append("],\"unanswered\":", &out)
        strings(result.unanswered, &out)
        out.append(0x7D)
    }

    // MARK: - Private

    private static func write(_ dimension: DimensionResult, levels: Bool, _ out: inout [UInt8]) {
        append("{\"id\":", &out)
        JSONValue.escape(dimension.id, into: &out)
        append(",\"title\":", &out)
        JSONValue.escape(dimension.title, into: &out)
        append(",\"weight\":", &out)
        JSONValue.appendNumber(dimension.weight, to: &out)
        append(",\"score\":", &out)
        optionalNumber(dimension.score, &out)
        if levels {
            append(",\"level\":", &out)
            out.append(contentsOf: String(dimension.level ?? 0).utf8)
        }
        append(",\"criteria\":[", &out)
        for index in dimension.criteria.indices {
            if index > 0 { out.append(0x2C) }
            write(dimension.criteria[index], &out)
        }
        append("]}", &out)
    }

    private static func write(_ criterion: CriterionResult, _ out: inout [UInt8]) {
        append("{\"id\":", &out)
        JSONValue.escape(criterion.id, into: &out)
        append(",\"score\":", &out)
        optionalNumber(criterion.score, &out)
        append(",\"status\":", &out)
        JSONValue.escape(criterion.status.rawValue, into: &out)
        append(",\"gain\":", &out)
        optionalNumber(criterion.gain, &out)
        append(",\"answer\":", &out)
        switch criterion.answer {
        case nil: append("null", &out)
        case .yesNo(let yes)?: append(yes ? "true" : "false", &out)
        case .choice(let id)?: JSONValue.escape(id, into: &out)
        case .multiChoice(let ids)?: strings(ids, &out)
        case .scale(let value)?: out.append(contentsOf: String(value).utf8)
        case .number(let value)?: JSONValue.appendNumber(value, to: &out)
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

    private static func optionalNumber(_ value: Double?, _ out: inout [UInt8]) {
        if let value { JSONValue.appendNumber(value, to: &out) } else { append("null", &out) }
    }

    private static func append(_ literal: StaticString, _ out: inout [UInt8]) {
        literal.withUTF8Buffer { out.append(contentsOf: $0) }
    }
}
