/// Scores a questionnaire against a rubric: applicability, dimension and overall scores,
/// verdict with gate caps, levels, gains, next steps and unanswered criteria.
public enum ScoringEngine {
    /// Scores answers already checked against the rubric (see `QuestionnaireDecoder`).
    public static func assess(_ questionnaire: Questionnaire, with rubric: Rubric) -> AssessmentResult {
        var answers: [String: Answer] = [:]
        answers.reserveCapacity(questionnaire.answers.count)
        for answer in questionnaire.answers where answers[answer.criterion] == nil { answers[answer.criterion] = answer }

        var dimensions: [DimensionResult] = []
        var unanswered: [String] = []
        for dimension in rubric.dimensions {
            var criteria: [CriterionResult] = []
            var weightedSum = 0.0
            var weightTotal = 0.0
            for criterion in dimension.criteria {
                let answer = answers[criterion.key]
                let result = evaluate(criterion, answer: answer, answers: answers)
                if result.status != .notApplicable, answer == nil { unanswered.append(criterion.key) }
                if let score = result.score {
                    weightedSum += criterion.weight * score
                    weightTotal += criterion.weight
                }
                criteria.append(result)
            }
            let score: Double? = weightTotal > 0 ? 100 * weightedSum / weightTotal : nil
            dimensions.append(DimensionResult(id: dimension.id, title: dimension.title, weight: dimension.weight,
                                              score: score, level: nil, contribution: nil,
                                              countedWeight: weightTotal, criteria: criteria))
        }

        var overallWeight = 0.0
        var overallSum = 0.0
        for dimension in dimensions {
            if let score = dimension.score {
                overallSum += dimension.weight * score
                overallWeight += dimension.weight
            }
        }
        let overall = overallWeight > 0 ? overallSum / overallWeight : 0

        var gatesFailed: [String] = []
        let usesLevels = rubric.usesLevels
        for d in dimensions.indices {
            let dimension = rubric.dimensions[d]
            if let score = dimensions[d].score {
                dimensions[d].contribution = dimensions[d].weight * score / overallWeight
            }
            for c in dimensions[d].criteria.indices {
                let criterion = dimension.criteria[c]
                guard let score = dimensions[d].criteria[c].score else { continue }
                dimensions[d].criteria[c].gain = 100 * (dimension.weight / overallWeight)
                    * (criterion.weight / dimensions[d].countedWeight) * (1 - score)
                if let gate = criterion.gate, score < gate {
                    dimensions[d].criteria[c].gateFailed = true
                    gatesFailed.append(criterion.key)
                }
            }
            if usesLevels {
                dimensions[d].level = LevelRule.level(of: dimension, results: dimensions[d].criteria, pass: rubric.pass)
            }
        }

        let (verdict, uncapped) = VerdictRule.verdict(for: overall, verdicts: rubric.verdicts, gateFailed: !gatesFailed.isEmpty)
        return AssessmentResult(
            startup: questionnaire.startup, rubricID: rubric.id, rubricVersion: rubric.version,
            rubricTitle: rubric.title, assessor: questionnaire.assessor, date: questionnaire.date,
            score: overall, verdict: verdict, uncappedVerdict: uncapped, gatesFailed: gatesFailed,
            dimensions: dimensions, nextSteps: NextStepOrder.steps(dimensions), unanswered: unanswered,
            usesLevels: usesLevels)
    }

    // MARK: - Private

    private static func evaluate(_ criterion: Criterion, answer: Answer?, answers: [String: Answer]) -> CriterionResult {
        var result = CriterionResult(id: criterion.key, score: nil, status: .unscored, gain: nil,
                                     answer: answer?.value, evidence: answer?.evidence, note: answer?.note,
                                     unverified: false, gateFailed: false)
        guard CriterionScorer.isApplicable(criterion, answers: answers) else {
            result.status = .notApplicable
            return result
        }
        if let answer, criterion.evidenceExpected, answer.evidence == nil { result.unverified = true }
        guard criterion.isScored else { return result }
        guard let answer else {
            result.score = 0
            result.status = .unanswered
            return result
        }
        let score = CriterionScorer.score(answer.value, for: criterion) ?? 0
        result.score = score
        result.status = score >= 1 ? .met : (score <= 0 ? .unmet : .partial)
        return result
    }
}
