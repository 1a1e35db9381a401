/// Who and when a result is about: the questionnaire's header fields a result carries.
package struct ResultHeader: Sendable {
    /// The startup's name.
    package var startup: String
    /// Who assessed, if given.
    package var assessor: String?
    /// The assessment date, if given.
    package var date: String?

    /// The header of a questionnaire.
    package init(_ questionnaire: Questionnaire) {
        self.init(startup: questionnaire.startup, assessor: questionnaire.assessor, date: questionnaire.date)
    }

    /// A header from its fields.
    package init(startup: String, assessor: String?, date: String?) {
        self.startup = startup
        self.assessor = assessor
        self.date = date
    }
}

extension CriterionStatus {
    /// The status of a counted, answered criterion with this counted score.
    package init(counted score: Double) {
        self = score >= 1 ? .met : (score <= 0 ? .unmet : .partial)
    }
}

extension ScoringEngine {
    /// The rest of the rules, from every criterion's result (per dimension, rubric order):
    /// dimension and overall scores, verdict with gate caps, levels and next levels, gains,
    /// next steps, unanswered (applicable criteria whose result has no answer) and the answered
    /// share. `assess` and the panel both end here, so there is one set of rules.
    package static func aggregate(
        _ criteria: [[CriterionResult]], of header: ResultHeader,
        with rubric: Rubric
    ) -> AssessmentResult {
        let edition = rubric.edition
        let tolerance = edition.format >= 2 ? VerdictRule.tolerance : 0
        let rubricDimensions = rubric.dimensions
        var dimensions: [DimensionResult] = []
        dimensions.reserveCapacity(rubricDimensions.count)
        var unanswered: [String] = []
        for (d, dimension) in rubricDimensions.enumerated() {
            var weightedSum = 0.0
            var weightTotal = 0.0
            for c in dimension.criteria.indices {
                let criterion = dimension.criteria[c]
                let result = criteria[d][c]
                if result.status != .notApplicable, result.answer == nil { unanswered.append(criterion.key) }
                if let score = result.score {
                    weightedSum += criterion.weight * score
                    weightTotal += criterion.weight
                }
            }
            // Clamped: with tiny weights (1e-300) rounding can land a hair outside 0…100.
            let score: Double? = weightTotal > 0 ? Swift.min(100, Swift.max(0, 100 * weightedSum / weightTotal)) : nil
            dimensions.append(
                DimensionResult(
                    id: dimension.id, title: dimension.title, weight: dimension.weight,
                    score: score, level: nil, nextLevel: nil, contribution: nil,
                    countedWeight: weightTotal, criteria: criteria[d]))
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
                let ladder = LevelRule.ladder(
                    of: rubricDimensions[d], results: dimensions[d].criteria, pass: rubric.pass,
                    tolerance: tolerance)
                dimensions[d].level = ladder.level
                dimensions[d].nextLevel = ladder.next
            }
        }

        answeredShare = overallWeight > 0 ? Swift.min(1, answeredShare / overallWeight) : 0
        var verdict = VerdictRule.none
        var uncapped = VerdictRule.none
        if !verdicts.isEmpty {
            let index = VerdictRule.index(for: overall, verdicts: verdicts, tolerance: tolerance)
            uncapped = verdicts[index]
            verdict = verdicts[Swift.max(index, capIndex)]
        }
        return AssessmentResult(
            startup: header.startup, rubricID: rubric.id, rubricVersion: rubric.version,
            rubricTitle: rubric.title, assessor: header.assessor, date: header.date,
            score: overall, verdict: verdict, uncappedVerdict: uncapped, gatesFailed: gatesFailed, gates: gates,
            dimensions: dimensions, nextSteps: NextStepOrder.steps(dimensions, tolerance: tolerance),
            unanswered: unanswered, usesLevels: usesLevels, answeredShare: answeredShare,
            provisional: answeredShare < edition.minAnswered - tolerance, rubric: rubric)
    }
}
