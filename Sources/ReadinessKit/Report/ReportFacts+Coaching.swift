extension ReportFacts {
    /// Adds what coaches: each dimension's next level with its blockers, the failed gates with
    /// their caps, the provisional status and what is missing, and the action plan.
    mutating func addCoaching(_ result: AssessmentResult, rubric: Rubric) {
        let rows = Dictionary(dimensions.flatMap(\.rows).map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
        for (index, (dimension, outcome)) in zip(rubric.dimensions, result.dimensions).enumerated()
        where index < dimensions.count {
            guard let next = outcome.nextLevel, outcome.score != nil else { continue }
            dimensions[index].nextLevel = NextLevelFacts(
                level: next.level, name: rubric.levelName(next.level, in: dimension),
                blockers: next.blocking.map { BlockerFacts(key: $0, question: rows[$0]?.question ?? $0) })
        }
        var coaching = CoachingFacts()
        coaching.uncappedVerdict = result.uncappedVerdict.label
        let alerts = Set(result.alerts.map(\.criterion))
        coaching.gates = result.gates.map { gate in
            let row = rows[gate.criterion]
            return GateFacts(
                key: gate.criterion, question: row?.question ?? gate.criterion, score: row?.score ?? 0,
                below: row?.gate ?? 0, cap: gate.cap.label, alert: alerts.contains(gate.criterion),
                decisive: result.isCapped && gate.cap == result.verdict)
        }
        alertSentence = Self.alertSentence(coaching.gates.filter(\.alert), strings: strings)
        coaching.provisional = result.provisional
        if result.provisional {
            provisionalSentence = strings.format(
                CoachWord.provisional, strings.numbers.integer(result.answeredPercent),
                strings.numbers.integer(result.minAnsweredPercent))
        }
        coaching.answeredShare = result.answeredShare
        coaching.minAnswered = rubric.edition.minAnswered
        let titles = Dictionary(
            dimensions.flatMap { d in d.rows.map { ($0.key, d.title) } }, uniquingKeysWith: { a, _ in a })
        coaching.missing = result.unanswered.map { key in
            MissingFacts(key: key, question: rows[key]?.question ?? key, dimension: titles[key] ?? "")
        }
        coaching.actionPlan = Self.actionPlan(result, rubric: rubric, titles: titles)
        coaching.unverifiedCount = dimensions.flatMap(\.rows).filter(\.unverified).count
        coaching.unverifiedFactor = rubric.edition.unverified
        self.coaching = coaching
    }

    // MARK: - Private

    /// "“Runway?” (finance.runway) scores 20.0 out of 100, below its alert level of 50.0. …"
    private static func alertSentence(_ alerts: [GateFacts], strings: Strings) -> String? {
        guard !alerts.isEmpty else { return nil }
        let numbers = strings.numbers
        let parts = alerts.map { gate in
            strings.format(
                CoachWord.alertPart, gate.question, gate.key, numbers.oneDecimal(100 * gate.score),
                numbers.oneDecimal(100 * gate.below))
        }
        return strings.format(CoachWord.alertSentence, parts.joined(separator: "; "))
    }

    /// Every next step after the first `stepLimit`, grouped by dimension in rubric order.
    private static func actionPlan(_ result: AssessmentResult, rubric: Rubric, titles: [String: String])
        -> [ActionGroup]
    {
        var byDimension: [String: [StepFacts]] = [:]
        for (index, next) in result.nextSteps.enumerated().dropFirst(stepLimit) {
            let facts = step(
                next, rank: index + 1, rubric: rubric, result: result,
                dimension: titles[next.criterion] ?? "")
            byDimension[next.dimension, default: []].append(facts)
        }
        return rubric.dimensions.compactMap { dimension in
            byDimension[dimension.id].map { ActionGroup(id: dimension.id, title: dimension.title, steps: $0) }
        }
    }
}
