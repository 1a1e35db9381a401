/// Encodes the report value as JSON: every fact and word a report shows, plus the result JSON,
/// so a tool can rebuild any report of a startup from that one file.
///
/// `report_format` names this layout's version; it goes up when a key changes meaning. The
/// result JSON of the design brief sits under `result` unchanged.
public enum ReportJSON {
    /// The version of this JSON layout.
    public static let version = 1

    /// The report value and its result as one JSON object.
    public static func value(_ facts: ReportFacts, result: AssessmentResult) -> JSONValue {
        .object([
            ("report_format", .integer(version)),
            ("language", .string(facts.strings.language)),
            ("startup", .string(facts.startup)),
            (
                "rubric",
                .object([
                    ("title", .string(facts.rubricTitle)), ("version", .string(facts.rubricVersion)),
                    ("summary", .string(facts.rubricSummary)),
                ])
            ),
            ("assessor", .string(facts.assessor)),
            ("date", .string(facts.date)),
            ("score", .number(facts.score)),
            (
                "verdict",
                .object([
                    ("label", .string(facts.verdict)), ("rank", .integer(facts.verdictRank)),
                    ("count", .integer(facts.verdictCount)), ("capped", .bool(facts.isCapped)),
                ])
            ),
            ("gate_heading", .string(facts.gateHeading)),
            ("gate_sentence", .string(facts.gateSentence)),
            ("alert_sentence", .string(facts.alertSentence)),
            ("provisional_sentence", .string(facts.provisionalSentence)),
            ("uses_levels", .bool(facts.usesLevels)),
            ("dimensions", .array(facts.dimensions.map(dimension))),
            ("next_steps", .array(facts.nextSteps.map(step))),
            ("next_step_total", .integer(facts.nextStepTotal)),
            ("strengths", .array(facts.strengths.map(strength))),
            ("unanswered_count", .integer(facts.unansweredCount)),
            ("method", method(facts.method)),
            ("coaching", coaching(facts.coaching)),
            ("result", ResultJSON.value(result)),
        ])
    }

    // MARK: - Private

    private static func dimension(_ dimension: DimensionFacts) -> JSONValue {
        .object([
            ("id", .string(dimension.id)), ("title", .string(dimension.title)), ("summary", .string(dimension.summary)),
            ("weight", .number(dimension.weight)), ("score", .number(dimension.score)),
            ("level", dimension.level.map { .integer($0) } ?? .null), ("level_name", .string(dimension.levelName)),
            ("contribution", .number(dimension.contribution)), ("counted_weight", .number(dimension.countedWeight)),
            ("criteria", .array(dimension.rows.map(row))),
            ("next_level", dimension.nextLevel.map(nextLevel) ?? .null),
        ])
    }

    private static func row(_ row: CriterionFacts) -> JSONValue {
        .object([
            ("id", .string(row.key)), ("question", .string(row.question)), ("help", .string(row.help)),
            ("answer", .string(row.answer)), ("score", .number(row.score)), ("weight", .number(row.weight)),
            ("status", .string(row.status.rawValue)), ("gain", .number(row.gain)), ("evidence", .string(row.evidence)),
            ("note", .string(row.note)), ("unverified", .bool(row.unverified)), ("gate_failed", .bool(row.gateFailed)),
            ("gate", .number(row.gate)), ("answer_score", .number(row.answerScore)),
            ("evidence_rule", .string(row.evidenceRule.rawValue)),
        ])
    }

    private static func nextLevel(_ next: NextLevelFacts) -> JSONValue {
        .object([
            ("level", .integer(next.level)), ("name", .string(next.name)),
            (
                "blocking",
                .array(
                    next.blockers.map { .object([("criterion", .string($0.key)), ("question", .string($0.question))]) })
            ),
        ])
    }

    private static func coaching(_ coaching: CoachingFacts) -> JSONValue {
        .object([
            ("uncapped_verdict", .string(coaching.uncappedVerdict)),
            (
                "gates",
                .array(
                    coaching.gates.map { gate in
                        .object([
                            ("criterion", .string(gate.key)), ("question", .string(gate.question)),
                            ("score", .number(gate.score)), ("below", .number(gate.below)), ("cap", .string(gate.cap)),
                            ("alert", .bool(gate.alert)),
                            ("decisive", .bool(gate.decisive)),
                        ])
                    })
            ),
            ("provisional", .bool(coaching.provisional)), ("answered_share", .number(coaching.answeredShare)),
            ("min_answered", .number(coaching.minAnswered)),
            (
                "missing",
                .array(
                    coaching.missing.map { missing in
                        .object([
                            ("criterion", .string(missing.key)), ("question", .string(missing.question)),
                            ("dimension", .string(missing.dimension)),
                        ])
                    })
            ),
            (
                "action_plan",
                .array(
                    coaching.actionPlan.map { group in
                        .object([
                            ("dimension", .string(group.id)), ("title", .string(group.title)),
                            ("steps", .array(group.steps.map(step))),
                        ])
                    })
            ),
            ("unverified_count", .integer(coaching.unverifiedCount)),
            ("unverified_factor", .number(coaching.unverifiedFactor)),
        ])
    }

    private static func step(_ step: StepFacts) -> JSONValue {
        .object([
            ("rank", .integer(step.rank)), ("criterion", .string(step.key)), ("question", .string(step.question)),
            ("dimension", .string(step.dimension)), ("gain", .number(step.gain)),
            ("gate_failed", .bool(step.gateFailed)),
            ("advice", .array(step.advice.map { .string($0) })),
            ("resources", .array(step.resources.map(resource))),
        ])
    }

    private static func resource(_ resource: Resource) -> JSONValue {
        .object([
            ("id", .string(resource.id)), ("title", .string(resource.title)), ("url", .string(resource.url)),
            ("summary", .string(resource.summary)), ("contact", .string(resource.contact)),
        ])
    }

    private static func strength(_ strength: StrengthFacts) -> JSONValue {
        .object([
            ("criterion", .string(strength.key)), ("question", .string(strength.question)),
            ("answer", .string(strength.answer)), ("dimension", .string(strength.dimension)),
            ("text", .string(strength.text)),
        ])
    }

    private static func method(_ method: MethodFacts) -> JSONValue {
        .object([
            ("total_weight", .number(method.totalWeight)),
            (
                "verdicts",
                .array(
                    method.verdicts.map { verdict in
                        .object([
                            ("id", .string(verdict.id)), ("label", .string(verdict.label)),
                            ("min", .number(verdict.min)),
                        ])
                    })
            ),
            ("gate_cap", .string(method.gateCap)), ("named_caps", .bool(method.namedCaps)),
            ("has_gates", .bool(method.hasGates)),
            ("level_pass", .number(method.levelPass)),
        ])
    }
}
