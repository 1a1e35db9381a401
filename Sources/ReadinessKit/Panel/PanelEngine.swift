/// Scores one startup's panel by DESIGN.md's "Panel review" rules, through the scoring engine's
/// own rules: the panel only decides each criterion's score, `ScoringEngine.aggregate` does the rest.
public enum PanelEngine {
    /// The default discuss threshold: criteria whose spread reaches it are listed to discuss.
    public static let defaultDiscuss = 0.5

    /// The panel result of one startup; `discuss` is the spread that lists a criterion to discuss.
    public static func assess(_ startup: PanelStartup, discuss: Double = defaultDiscuss) -> PanelResult {
        let rubric = startup.rubric
        let founder = startup.founder.map { AnswerSlots($0.questionnaire, rubric: rubric) }
        let members = startup.members.map { AnswerSlots($0.questionnaire, rubric: rubric) }
        let names = startup.memberNames
        let facts = PanelFacts.slots(startup, founder: founder, members: members)
        var criteria: [[CriterionResult]] = []
        var panel: [PanelCriterion] = []
        var discussed: [String] = []
        for (d, dimension) in rubric.dimensions.enumerated() {
            var results: [CriterionResult] = []
            for c in dimension.criteria.indices {
                let criterion = dimension.criteria[c]
                let fact = facts[d, c]
                var result = CriterionResult(
                    id: criterion.key, score: nil, answerScore: nil, status: .unscored, gain: nil,
                    answer: fact?.value, evidence: fact?.evidence, note: fact?.note,
                    unverified: false, gateFailed: false)
                var info = PanelCriterion(id: criterion.key, memberScores: [], spread: nil, selfScore: nil, source: nil)
                if !facts.isApplicable(criterion) {
                    result.status = .notApplicable
                } else if criterion.isScored {
                    let answers = members.indices.compactMap { m in members[m][d, c].map { (names[m], $0) } }
                    score(criterion, members: answers, founder: founder?[d, c], rubric: rubric, into: &result, &info)
                }
                if let spread = info.spread, spread >= discuss - VerdictRule.tolerance {
                    discussed.append(criterion.key)
                }
                results.append(result)
                panel.append(info)
            }
            criteria.append(results)
        }
        let header = ResultHeader(startup: startup.name, assessor: nil, date: latestDate(startup))
        let result = ScoringEngine.aggregate(criteria, of: header, with: rubric)
        let founderResult = startup.founder.map { ScoringEngine.assess($0.questionnaire, with: rubric) }
        return PanelResult(
            result: result, startup: startup, criteria: panel, discuss: discussed,
            selfGap: founderResult.map { gap($0, result, panel) }, founderResult: founderResult,
            memberResults: startup.members.map { ScoringEngine.assess($0.questionnaire, with: rubric) },
            normalizedScore: nil)
    }

    // MARK: - Private

    /// A counted criterion: the members' mean, else the founder's score, else unanswered.
    private static func score(
        _ criterion: Criterion, members: [(String, Answer)], founder: Answer?, rubric: Rubric,
        into result: inout CriterionResult, _ info: inout PanelCriterion
    ) {
        let unverified = rubric.edition.unverified
        let expectsEvidence = criterion.evidence != .optional
        var answerSum = 0.0
        for (name, answer) in members {
            let scores = ScoringEngine.scores(of: answer, for: criterion, unverified: unverified)
            info.memberScores.append((name, scores.counted))
            answerSum += scores.answer
            if expectsEvidence, answer.evidence == nil { result.unverified = true }
        }
        if let founder {
            info.selfScore = ScoringEngine.scores(of: founder, for: criterion, unverified: unverified).counted
        }
        if let mean = info.memberMean {
            result.score = mean
            result.answerScore = answerSum / Double(members.count)
            info.source = .panel
        } else if let founder {
            let scores = ScoringEngine.scores(of: founder, for: criterion, unverified: unverified)
            result.score = scores.counted
            result.answerScore = scores.answer
            result.unverified = expectsEvidence && founder.evidence == nil
            info.source = .`self`
        }
        if let score = result.score {
            result.status = CriterionStatus(counted: score)
        } else {
            result.score = 0
            result.status = .unanswered
        }
        if info.memberScores.count >= 2 {
            let scores = info.memberScores.map(\.score)
            info.spread = scores.max()! - scores.min()!
        }
    }

    /// Founder minus panel: overall, per dimension where both score, per criterion where both exist.
    private static func gap(_ own: AssessmentResult, _ panel: AssessmentResult, _ criteria: [PanelCriterion])
        -> PanelGap
    {
        var dimensions: [(id: String, gap: Double)] = []
        for (mine, theirs) in zip(own.dimensions, panel.dimensions) {
            if let a = mine.score, let b = theirs.score { dimensions.append((theirs.id, a - b)) }
        }
        let gaps = criteria.compactMap { info in
            info.selfScore.flatMap { own in info.memberMean.map { (id: info.id, gap: own - $0) } }
        }
        return PanelGap(overall: own.score - panel.score, dimensions: dimensions, criteria: gaps)
    }

    /// The latest date any counted assessment gives (ISO dates sort as text), if any.
    private static func latestDate(_ startup: PanelStartup) -> String? {
        ((startup.founder.map { [$0] } ?? []) + startup.members).compactMap(\.questionnaire.date).max()
    }
}
