/// Scores a questionnaire against a rubric: applicability, dimension and overall scores,
/// verdict with gate caps, levels, gains, next steps and unanswered criteria.
public enum ScoringEngine {
    /// Scores answers already checked against the rubric (see `QuestionnaireDecoder`).
    public static func assess(_ questionnaire: Questionnaire, with rubric: Rubric) -> AssessmentResult {
        let answers = AnswerSlots(questionnaire, rubric: rubric)
        var dimensions: [DimensionResult] = []
        dimensions.reserveCapacity(rubric.dimensions.count)
        var unanswered: [String] = []
        for (d, dimension) in rubric.dimensions.enumerated() {
            var criteria: [CriterionResult] = []
            criteria.reserveCapacity(dimension.criteria.count)
            var weightedSum = 0.0
            var weightTotal = 0.0
            for c in dimension.criteria.indices {
                let criterion = dimension.criteria[c]
                let answer = answers[d, c]
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
        let rubricDimensions = rubric.dimensions
        for d in dimensions.indices {
            if let score = dimensions[d].score {
                dimensions[d].contribution = dimensions[d].weight * score / overallWeight
            }
            let dimensionWeight = rubricDimensions[d].weight
            for c in dimensions[d].criteria.indices {
                guard let score = dimensions[d].criteria[c].score else { continue }
                dimensions[d].criteria[c].gain = 100 * (dimensionWeight / overallWeight)
                    * (rubricDimensions[d].criteria[c].weight / dimensions[d].countedWeight) * (1 - score)
                if let gate = rubricDimensions[d].criteria[c].gate, score < gate {
                    dimensions[d].criteria[c].gateFailed = true
                    gatesFailed.append(rubricDimensions[d].criteria[c].key)
                }
            }
            if usesLevels {
                dimensions[d].level = LevelRule.level(of: rubricDimensions[d], results: dimensions[d].criteria, pass: rubric.pass)
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

    private static func evaluate(_ criterion: Criterion, answer: Answer?, answers: AnswerSlots) -> CriterionResult {
        var result = CriterionResult(id: criterion.key, score: nil, status: .unscored, gain: nil,
                                     answer: answer?.value, evidence: answer?.evidence, note: answer?.note,
                                     unverified: false, gateFailed: false)
        guard answers.isApplicable(criterion) else {
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
