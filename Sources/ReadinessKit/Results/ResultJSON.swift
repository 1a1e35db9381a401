/// Encodes an `AssessmentResult` as the result JSON of the design brief.
///
/// The brief's keys (startup, rubric, score, verdict, gates_failed, dimensions, next_steps,
/// unanswered) keep their names and meaning; extra keys add detail for tools. The second
/// edition's keys (`gates`, `answered_share`, `provisional`, `answer_score`, `next_level`, and
/// each next step's `dimension`, `advice` and `resources`) appear for format-2 rubrics only, so
/// a format-1 rubric's JSON stays byte for byte what it was.
public enum ResultJSON {
    /// The result as a JSON value; `file`, when given (a cohort's source file), follows `startup`.
    /// `secondEdition` forces the second edition's keys on or off (default: the rubric's format).
    public static func value(_ result: AssessmentResult, file: String? = nil, secondEdition: Bool? = nil) -> JSONValue {
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
        let second = secondEdition ?? result.isSecondEdition
        pairs.append(("gates_failed", .array(result.gatesFailed.map { .string($0) })))
        if second {
            pairs += [
                (
                    "gates",
                    .array(
                        result.gates.map {
                            .object([("criterion", .string($0.criterion)), ("cap", .string($0.cap.id))])
                        })
                ),
                ("answered_share", .number(result.answeredShare)),
                ("provisional", .bool(result.provisional)),
            ]
        }
        pairs += [
            ("dimensions", .array(result.dimensions.map { dimension($0, levels: result.usesLevels, second: second) })),
            ("next_steps", .array(result.nextSteps.map { second ? secondEditionStep($0, of: result) : step($0) })),
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

    private static func step(_ step: NextStep) -> JSONValue {
        .object([
            ("criterion", .string(step.criterion)), ("gain", .number(step.gain)),
            ("gate_failed", .bool(step.gateFailed)),
        ])
    }

    private static func secondEditionStep(_ step: NextStep, of result: AssessmentResult) -> JSONValue {
        .object([
            ("criterion", .string(step.criterion)), ("dimension", .string(step.dimension)),
            ("gain", .number(step.gain)), ("gate_failed", .bool(step.gateFailed)),
            ("advice", .string(result.advice(for: step))),
            ("resources", .array(result.resources(for: step).map { .string($0) })),
        ])
    }

    private static func dimension(_ dimension: DimensionResult, levels: Bool, second: Bool) -> JSONValue {
        var pairs: [(String, JSONValue)] = [
            ("id", .string(dimension.id)),
            ("title", .string(dimension.title)),
            ("weight", .number(dimension.weight)),
            ("score", .number(dimension.score)),
        ]
        if levels { pairs.append(("level", .integer(dimension.level ?? 0))) }
        if levels, second {
            let next = dimension.nextLevel.map { next in
                JSONValue.object([
                    ("level", .integer(next.level)), ("blocking", .array(next.blocking.map { .string($0) })),
                ])
            }
            pairs.append(("next_level", next ?? .null))
        }
        pairs.append(("criteria", .array(dimension.criteria.map { criterion($0, second: second) })))
        return .object(pairs)
    }

    private static func criterion(_ criterion: CriterionResult, second: Bool) -> JSONValue {
        var pairs: [(String, JSONValue)] = [
            ("id", .string(criterion.id)),
            ("score", .number(criterion.score)),
        ]
        if second, let answerScore = criterion.answerScore { pairs.append(("answer_score", .number(answerScore))) }
        pairs += [
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
