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
        let edition = rubric.edition
        let tolerance = edition.format >= 2 ? VerdictRule.tolerance : 0
        let rubricDimensions = rubric.dimensions
        var dimensions: [DimensionResult] = []
        dimensions.reserveCapacity(rubricDimensions.count)
        var unanswered: [String] = []
        for (d, dimension) in rubricDimensions.enumerated() {
            var criteria: [CriterionResult] = []
            criteria.reserveCapacity(dimension.criteria.count)
            var weightedSum = 0.0
            var weightTotal = 0.0
            for c in dimension.criteria.indices {
                let criterion = dimension.criteria[c]
                let answer = answers[d, c]
                let result = evaluate(criterion, answer: answer, answers: answers, unverified: edition.unverified)
                if result.status != .notApplicable, answer == nil { unanswered.append(criterion.key) }
                if let score = result.score {
                    weightedSum += criterion.weight * score
                    weightTotal += criterion.weight
                }
                criteria.append(result)
            }
            // Clamped: with tiny weights (1e-300) rounding can land a hair outside 0…100.
            let score: Double? = weightTotal > 0 ? Swift.min(100, Swift.max(0, 100 * weightedSum / weightTotal)) : nil
            dimensions.append(DimensionResult(id: dimension.id, title: dimension.title, weight: dimension.weight,
                                              score: score, level: nil, nextLevel: nil, contribution: nil,
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
        let overall = overallWeight > 0 ? Swift.min(100, Swift.max(0, overallSum / overallWeight)) : 0

        let verdicts = rubric.verdicts
        var gatesFailed: [String] = []
        var gates: [GateFailure] = []
        var capIndex = -1
        var answeredShare = 0.0
        let usesLevels = rubric.usesLevels
        for d in dimensions.indices {
            if let score = dimensions[d].score {
                dimensions[d].contribution = dimensions[d].weight * score / overallWeight
            }
            let dimensionShare = rubricDimensions[d].weight / overallWeight
            let countedWeight = dimensions[d].countedWeight
            var answeredWeight = 0.0
            for c in dimensions[d].criteria.indices {
                guard let score = dimensions[d].criteria[c].score else { continue }
                let criterion = rubricDimensions[d].criteria[c]
                let criterionShare = criterion.weight / countedWeight
                // Multiplied in this order, as the first edition did, so gains keep their bits.
                dimensions[d].criteria[c].gain = 100 * dimensionShare * criterionShare * (1 - score)
                if dimensions[d].criteria[c].status != .unanswered { answeredWeight += criterion.weight }
                if let gate = criterion.gate, score < gate - tolerance {
                    dimensions[d].criteria[c].gateFailed = true
                    gatesFailed.append(criterion.key)
                    if !verdicts.isEmpty {
                        let cap = VerdictRule.capIndex(criterion.gateCap, verdicts: verdicts)
                        capIndex = Swift.max(capIndex, cap)
                        gates.append(GateFailure(criterion: criterion.key, cap: verdicts[cap]))
                    }
                }
            }
            // Summed as the overall weight is, so a dimension answered in full adds exactly its weight
            // and a rubric answered in full has a share of exactly 1.
            if dimensions[d].score != nil, countedWeight > 0 {
                answeredShare += dimensions[d].weight * (answeredWeight / countedWeight)
            }
            if usesLevels {
                let ladder = LevelRule.ladder(of: rubricDimensions[d], results: dimensions[d].criteria, pass: rubric.pass,
                                              tolerance: tolerance)
                dimensions[d].level = ladder.level
                dimensions[d].nextLevel = ladder.next
            }
        }

        var verdict = VerdictRule.none
        var uncapped = VerdictRule.none
        if !verdicts.isEmpty {
            let index = VerdictRule.index(for: overall, verdicts: verdicts, tolerance: tolerance)
            uncapped = verdicts[index]
            verdict = verdicts[Swift.max(index, capIndex)]
        }
        answeredShare = overallWeight > 0 ? Swift.min(1, answeredShare / overallWeight) : 0
        return AssessmentResult(
            startup: questionnaire.startup, rubricID: rubric.id, rubricVersion: rubric.version,
            rubricTitle: rubric.title, assessor: questionnaire.assessor, date: questionnaire.date,
            score: overall, verdict: verdict, uncappedVerdict: uncapped, gatesFailed: gatesFailed, gates: gates,
            dimensions: dimensions, nextSteps: NextStepOrder.steps(dimensions, tolerance: tolerance),
            unanswered: unanswered, usesLevels: usesLevels, answeredShare: answeredShare,
            provisional: answeredShare < edition.minAnswered - tolerance, rubric: rubric)
    }

    // MARK: - Private

    private static func evaluate(_ criterion: Criterion, answer: Answer?, answers: AnswerSlots,
                                 unverified: Double) -> CriterionResult {
        var result = CriterionResult(id: criterion.key, score: nil, answerScore: nil, status: .unscored, gain: nil,
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
        let answerScore = CriterionScorer.score(answer.value, for: criterion) ?? 0
        let score = evidence == .required && result.unverified ? answerScore * unverified : answerScore
        result.answerScore = answerScore
        result.score = score
        result.status = score >= 1 ? .met : (score <= 0 ? .unmet : .partial)
        return result
    }
}
