import ReadinessKit

/// What must hold for any input, whatever its bytes: each check returns what broke.
enum Invariants {
    /// Every diagnostic has a message and a location on line and column 1 or later.
    static func located(_ diagnostics: [Diagnostic], _ stage: String) -> [String] {
        diagnostics.compactMap { diagnostic in
            if diagnostic.message.isEmpty { return "\(stage): a diagnostic without a message" }
            if diagnostic.location.line < 1 || diagnostic.location.column < 1 {
                return "\(stage): diagnostic at \(diagnostic.location): \(diagnostic.message)"
            }
            return nil
        }
    }

    /// A decoded rubric comes with no error; a missing one with at least one.
    static func decoded(_ output: RubricDecoder.Output, _ stage: String) -> [String] {
        var broken = located(output.diagnostics + output.lint, stage)
        if (output.rubric == nil) != output.diagnostics.hasErrors {
            broken.append("\(stage): rubric \(output.rubric == nil ? "missing without" : "given with") an error")
        }
        return broken
    }

    /// Scores are finite and between 0 and 100, the whole and each dimension's.
    static func score(_ result: AssessmentResult) -> [String] {
        var broken: [String] = []
        if !result.score.isFinite || !(0...100).contains(result.score) { broken.append("score \(result.score)") }
        if !(0...1).contains(result.answeredShare) { broken.append("answered share \(result.answeredShare)") }
        for dimension in result.dimensions {
            if let score = dimension.score, !score.isFinite || !(0...100).contains(score) {
                broken.append("dimension \(dimension.id) score \(score)")
            }
        }
        return broken
    }

    /// A decoded rubric scores an empty questionnaire and a full one within bounds.
    static func scores(_ rubric: Rubric) -> [String] {
        FuzzAnswers.questionnaires(for: rubric).flatMap { score(ScoringEngine.assess($0, with: rubric)) }
    }
}

/// Questionnaires for any rubric, built without randomness so a crash repeats.
enum FuzzAnswers {
    /// No answers at all, and every criterion answered (yes, the first option, the top of a scale).
    static func questionnaires(for rubric: Rubric) -> [Questionnaire] {
        let answers = rubric.allCriteria.map { criterion in
            Answer(criterion: criterion.key, value: value(for: criterion.answer), evidence: "https://example.org/e")
        }
        return [
            Questionnaire(startup: "Empty", answers: []),
            Questionnaire(startup: "Full", date: "2026-01-01", answers: answers),
        ]
    }

    private static func value(for kind: AnswerKind) -> AnswerValue {
        switch kind {
        case .yesNo: .yesNo(true)
        case .choice(let options): .choice(options.first?.id ?? "")
        case .multiChoice(let options): .multiChoice(options.map(\.id))
        case .scale(let scale): .scale(scale.max)
        case .number(let bands): .number((bands.first?.from ?? 0) + 1)
        case .text: .text("Some text")
        }
    }
}
