/// Encodes a `Comparison` as JSON for tools (`readiness compare OLD NEW --json`).
///
/// The keys `score_change`, `verdict_before`, `verdict_after` and `changes` (each with
/// `criterion`, `before`, `after`; scores 0–1, null where there is none) keep their names and
/// meaning; the others add detail.
public enum ComparisonJSON {
    /// The comparison as a JSON value.
    public static func value(_ comparison: Comparison) -> JSONValue {
        .object([
            ("startup", .string(comparison.startup)),
            (
                "rubric",
                .object([
                    ("id", .string(comparison.rubricID)),
                    ("version_before", .string(comparison.versions.before)),
                    ("version_after", .string(comparison.versions.after)),
                ])
            ),
            ("date_before", .string(comparison.dates.before)),
            ("date_after", .string(comparison.dates.after)),
            ("score_before", .number(comparison.scoreBefore)),
            ("score_after", .number(comparison.scoreAfter)),
            ("score_change", .number(comparison.scoreChange)),
            ("verdict_before", .string(comparison.verdictBefore.id)),
            ("verdict_after", .string(comparison.verdictAfter.id)),
            ("verdict_change", .string(comparison.verdictChange.rawValue)),
            (
                "dimensions",
                .array(
                    comparison.dimensions.map { dimension in
                        .object([
                            ("id", .string(dimension.id)), ("before", .number(dimension.before)),
                            ("after", .number(dimension.after)), ("change", .number(dimension.change)),
                        ])
                    })
            ),
            (
                "changes",
                .array(
                    comparison.changes.map { change in
                        .object([
                            ("criterion", .string(change.criterion)), ("before", .number(change.before)),
                            ("after", .number(change.after)), ("change", .number(change.change)),
                            ("trend", .string(change.trend.rawValue)),
                            ("answer_before", ResultJSON.answer(change.answerBefore)),
                            ("answer_after", ResultJSON.answer(change.answerAfter)),
                        ])
                    })
            ),
            ("newly_answered", .array(comparison.newlyAnswered.map { .string($0.criterion) })),
            ("gates_failed", .array(comparison.gatesFailed.map { .string($0) })),
            (
                "next_steps",
                .array(
                    comparison.nextSteps.map { step in
                        .object([
                            ("criterion", .string(step.criterion)), ("gain", .number(step.gain)),
                            ("gate_failed", .bool(step.gateFailed)),
                        ])
                    })
            ),
        ])
    }

    /// The comparison as JSON text.
    public static func text(_ comparison: Comparison) -> String { value(comparison).rendered() }
}
