/// Scores a questionnaire against a rubric: applicability, dimension and overall scores,
/// verdict with gate caps, levels, gains, next steps and unanswered criteria.
///
/// A format-1 rubric scores by the first edition's rules exactly. A format-2 rubric adds the
/// second edition's: counted scores with the evidence discount, caps per gate, thresholds and
/// equal gains within `VerdictRule.tolerance`; both get next levels and the answered share.
public enum ScoringEngine {
    /// Scores answers already checked against the rubric (see `QuestionnaireDecoder`).
    public static func assess(_ questionnaire: Questionnaire, with rubric: Rubric) -> AssessmentResult {
        let answers = AnswerSlots(questionnaire, rubric: rubric)
        let unverified = rubric.edition.unverified
        var criteria: [[CriterionResult]] = []
        criteria.reserveCapacity(rubric.dimensions.count)
        for (d, dimension) in rubric.dimensions.enumerated() {
            var results: [CriterionResult] = []
            results.reserveCapacity(dimension.criteria.count)
            for c in dimension.criteria.indices {
                results.append(
                    evaluate(dimension.criteria[c], answer: answers[d, c], answers: answers, unverified: unverified))
            }
            criteria.append(results)
        }
        return aggregate(criteria, of: ResultHeader(questionnaire), with: rubric)
    }

    /// A criterion's answer score (before the evidence discount) and its counted score (after it),
    /// as the rules give them for one answer, whether or not the criterion applies.
    package static func scores(of answer: Answer, for criterion: Criterion, unverified: Double)
        -> (answer: Double, counted: Double)
    {
        let answerScore = CriterionScorer.score(answer.value, for: criterion) ?? 0
        let discounted = criterion.evidence == .required && answer.evidence == nil
        return (answerScore, discounted ? answerScore * unverified : answerScore)
    }

    // MARK: - Private

    private static func evaluate(
        _ criterion: Criterion, answer: Answer?, answers: AnswerSlots,
        unverified: Double
    ) -> CriterionResult {
        var result = CriterionResult(
            id: criterion.key, score: nil, answerScore: nil, status: .unscored, gain: nil,
            answer: answer?.value, evidence: answer?.evidence, note: answer?.note,
            unverified: false, gateFailed: false)
        guard answers.isApplicable(criterion) else {
            result.status = .notApplicable
            return result
        }
        let evidence = criterion.evidence
        if let answer, evidence != .optional, answer.evidence == nil { result.unverified = true }
        guard criterion.isScored else { return result }
        guard let answer else {
            result.score = 0
            result.status = .unanswered
            return result
        }
        let (answerScore, score) = scores(of: answer, for: criterion, unverified: unverified)
        result.answerScore = answerScore
        result.score = score
        result.status = CriterionStatus(counted: score)
        return result
    }
}
