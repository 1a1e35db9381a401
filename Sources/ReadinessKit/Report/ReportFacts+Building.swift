
extension ReportFacts {
    /// How many next steps a human-readable report shows.
    public static let stepLimit = 5

    /// Derives the report facts from a result and the rubric it was scored with.
    public init(_ result: AssessmentResult, rubric: Rubric) {
        self.init(uncoached: result, rubric: rubric)
        addCoaching(result, rubric: rubric)
    }

    private init(uncoached result: AssessmentResult, rubric: Rubric) {
        let dimensions = zip(rubric.dimensions, result.dimensions).map { dimension, outcome in
            Self.dimension(dimension, outcome, rubric: rubric)
        }
        let rows = Dictionary(dimensions.flatMap(\.rows).map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
        let titles = Dictionary(dimensions.flatMap { d in d.rows.map { ($0.key, d.title) } }, uniquingKeysWith: { a, _ in a })
        self.init(
            startup: result.startup, rubricTitle: result.rubricTitle, rubricVersion: result.rubricVersion,
            rubricSummary: rubric.summary, assessor: result.assessor, date: result.date,
            score: result.score, verdict: result.verdict.label,
            verdictRank: rubric.verdicts.firstIndex(of: result.verdict) ?? 0,
            verdictCount: max(1, rubric.verdicts.count),
            gateSentence: Self.gateSentence(result, rubric: rubric, rows: rows), isCapped: result.isCapped,
            dimensions: dimensions,
            nextSteps: result.nextSteps.prefix(Self.stepLimit).enumerated().map { index, step in
                Self.step(step, rank: index + 1, rubric: rubric, result: result, dimension: titles[step.criterion] ?? "")
            },
            nextStepTotal: result.nextSteps.count,
            strengths: dimensions.flatMap { d in
                d.rows.filter { $0.status == .met }.map { row in
                    StrengthFacts(key: row.key, question: row.question, answer: row.answer ?? "", dimension: d.title,
                                  text: rubric.criterion(row.key)?.strength)
                }
            },
            unansweredCount: result.unanswered.count,
            usesLevels: result.usesLevels,
            method: MethodFacts(
                totalWeight: result.dimensions.filter { $0.score != nil }.map(\.weight).reduce(0, +),
                verdicts: rubric.verdicts,
                gateCap: rubric.verdicts.count > 1 ? rubric.verdicts[1].label : nil,
                hasGates: rubric.allCriteria.contains { $0.gate != nil },
                levelPass: rubric.pass))
    }

    // MARK: - Private

    private static func dimension(_ dimension: Dimension, _ outcome: DimensionResult, rubric: Rubric) -> DimensionFacts {
        let rows = zip(dimension.criteria, outcome.criteria).map { criterion, result in
            CriterionFacts(
                key: result.id, question: criterion.question, help: criterion.help,
                answer: result.answer.map { AnswerLabel.text($0, for: criterion) },
                score: result.score, weight: criterion.weight, status: result.status, gain: result.gain,
                evidence: result.evidence, note: result.note, unverified: result.unverified,
                gateFailed: result.gateFailed, gate: criterion.gate, answerScore: result.answerScore,
                evidenceRule: criterion.evidence)
        }
        let levelled = dimension.criteria.contains { $0.level != nil }
        let level = outcome.score == nil || !levelled ? nil : outcome.level
        return DimensionFacts(
            id: dimension.id, title: dimension.title, summary: dimension.summary, weight: dimension.weight,
            score: outcome.score, level: level, levelName: level.flatMap { rubric.levelName($0, in: dimension) },
            contribution: outcome.contribution, countedWeight: outcome.countedWeight, rows: rows)
    }

    static func step(_ step: NextStep, rank: Int, rubric: Rubric, result: AssessmentResult,
                             dimension: String) -> StepFacts {
        let criterion = rubric.criterion(step.criterion)
        let chosen = chosenOptions(criterion, answer: result.criterion(step.criterion)?.answer)
        var advice = chosen.compactMap(\.advice)
        if let general = criterion?.advice { advice.append(general) }
        var ids: [String] = criterion?.resources ?? []
        for option in chosen { ids += option.resources }
        var seen = Set<String>()
        let resources = ids.filter { seen.insert($0).inserted }.compactMap { rubric.resource($0) }
        return StepFacts(rank: rank, key: step.criterion, question: criterion?.question ?? step.criterion,
                         dimension: dimension, gain: step.gain, gateFailed: step.gateFailed,
                         advice: advice, resources: resources)
    }

    private static func chosenOptions(_ criterion: Criterion?, answer: AnswerValue?) -> [ChoiceOption] {
        guard let criterion else { return [] }
        let ids: [String]
        switch answer {
        case .choice(let id)?: ids = [id]
        case .multiChoice(let chosen)?: ids = chosen
        default: ids = []
        }
        return ids.compactMap { id in criterion.options.first { $0.id == id } }
    }

    private static func gateSentence(_ result: AssessmentResult, rubric: Rubric, rows: [String: CriterionFacts]) -> String? {
        guard !result.gatesFailed.isEmpty else { return nil }
        let parts = result.gatesFailed.map { key -> String in
            guard let row = rows[key] else { return key }
            let score = NumberText.oneDecimal(100 * (row.score ?? 0))
            let gate = NumberText.oneDecimal(100 * (row.gate ?? 0))
            return "“\(row.question)” (\(key)) scores \(score) out of 100, below its gate of \(gate)"
        }
        let list = Self.sentenceList(parts)
        let what = result.gatesFailed.count == 1 ? "a gate failed" : "\(result.gatesFailed.count) gates failed"
        if result.isCapped {
            return "The verdict is capped at \(result.verdict.label) because \(what): \(list). "
                + "The score alone would reach \(result.uncappedVerdict.label)."
        }
        let cap = rubric.verdicts.count > 1 ? rubric.verdicts[1].label : result.verdict.label
        return "The verdict is capped at \(cap) at best because \(what): \(list). "
            + "The score alone reaches only \(result.uncappedVerdict.label), so the cap does not lower it now."
    }

    private static func sentenceList(_ parts: [String]) -> String {
        if parts.count <= 1 { return parts.joined() }
        return parts.dropLast().joined(separator: "; ") + "; and " + parts[parts.count - 1]
    }
}
