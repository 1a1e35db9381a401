/// Encodes an `AssessmentResult` as the result JSON of the design brief.
///
/// The brief's keys (startup, rubric, score, verdict, gates_failed, dimensions, next_steps,
/// unanswered) keep their names and meaning; extra keys add detail for tools.
public enum ResultJSON {
    /// The result as a JSON value; `file`, when given (a cohort's source file), follows `startup`.
    public static func value(_ result: AssessmentResult, file: String? = nil) -> JSONValue {
        var pairs: [(String, JSONValue)] = [("startup", .string(result.startup))]
        if let file { pairs.append(("file", .string(file))) }
        pairs += [
            ("rubric", .object([("id", .string(result.rubricID)), ("version", .string(result.rubricVersion))])),
            ("assessor", .string(result.assessor)),
            ("date", .string(result.date)),
            ("score", .number(result.score)),
            ("verdict", .string(result.verdict.id)),
            ("verdict_label", .string(result.verdict.label)),
        ]
        if result.isCapped { pairs.append(("verdict_uncapped", .string(result.uncappedVerdict.id))) }
        pairs += [
            ("gates_failed", .array(result.gatesFailed.map { .string($0) })),
            ("dimensions", .array(result.dimensions.map { dimension($0, levels: result.usesLevels) })),
            ("next_steps", .array(result.nextSteps.map { step in
                .object([("criterion", .string(step.criterion)), ("gain", .number(step.gain)),
                         ("gate_failed", .bool(step.gateFailed))])
            })),
            ("unanswered", .array(result.unanswered.map { .string($0) })),
        ]
        return .object(pairs)
    }

    /// The result as JSON text.
    public static func text(_ result: AssessmentResult) -> String { value(result).rendered() }

    /// The answer as JSON: a string, number, boolean or list, or null.
    public static func answer(_ value: AnswerValue?) -> JSONValue {
        switch value {
        case nil: return .null
        case .yesNo(let yes)?: return .bool(yes)
        case .choice(let id)?: return .string(id)
        case .multiChoice(let ids)?: return .array(ids.map { .string($0) })
        case .scale(let value)?: return .integer(value)
        case .number(let value)?: return .number(value)
        case .text(let text)?: return .string(text)
        }
    }

    // MARK: - Private

    private static func dimension(_ dimension: DimensionResult, levels: Bool) -> JSONValue {
        var pairs: [(String, JSONValue)] = [
            ("id", .string(dimension.id)),
            ("title", .string(dimension.title)),
            ("weight", .number(dimension.weight)),
            ("score", .number(dimension.score)),
        ]
        if levels { pairs.append(("level", .integer(dimension.level ?? 0))) }
        pairs.append(("criteria", .array(dimension.criteria.map(criterion))))
        return .object(pairs)
    }

    private static func criterion(_ criterion: CriterionResult) -> JSONValue {
        var pairs: [(String, JSONValue)] = [
            ("id", .string(criterion.id)),
            ("score", .number(criterion.score)),
            ("status", .string(criterion.status.rawValue)),
            ("gain", .number(criterion.gain)),
            ("answer", answer(criterion.answer)),
        ]
        // Evidence and notes stay in the questionnaire and in the Markdown, HTML and CSV
        // reports; echoing them here would make the JSON of a large cohort several times larger.
        if criterion.evidence != nil { pairs.append(("has_evidence", .bool(true))) }
        if criterion.unverified { pairs.append(("unverified", .bool(true))) }
        if criterion.gateFailed { pairs.append(("gate_failed", .bool(true))) }
        return .object(pairs)
    }
}
