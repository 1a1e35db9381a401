extension ReportFacts {
    /// How many next steps a human-readable report shows.
    public static let stepLimit = 5

    /// Derives the report facts from a result and the rubric it was scored with, in the words
    /// and numbers of `strings`.
    public init(_ result: AssessmentResult, rubric: Rubric, strings: Strings) {
        self.init(uncoached: result, rubric: rubric, strings: strings)
        addCoaching(result, rubric: rubric)
    }

    private init(uncoached result: AssessmentResult, rubric: Rubric, strings: Strings) {
        let dimensions = zip(rubric.dimensions, result.dimensions).map { dimension, outcome in
            Self.dimension(dimension, outcome, rubric: rubric, strings: strings)
        }
        let rows = Dictionary(dimensions.flatMap(\.rows).map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
        let titles = Dictionary(
            dimensions.flatMap { d in d.rows.map { ($0.key, d.title) } }, uniquingKeysWith: { a, _ in a })
        self.init(
            startup: result.startup, rubricTitle: result.rubricTitle, rubricVersion: result.rubricVersion,
            rubricSummary: rubric.summary, assessor: result.assessor, date: result.date,
            score: result.score, verdict: result.verdict.label,
            verdictRank: rubric.verdicts.firstIndex(of: result.verdict) ?? 0,
            verdictCount: max(1, rubric.verdicts.count),
            gateSentence: Self.gateSentence(result, rubric: rubric, rows: rows, strings: strings),
            isCapped: result.isCapped,
            dimensions: dimensions,
            nextSteps: result.nextSteps.prefix(Self.stepLimit).enumerated().map { index, step in
                Self.step(
                    step, rank: index + 1, rubric: rubric, result: result, dimension: titles[step.criterion] ?? "")
            },
            nextStepTotal: result.nextSteps.count,
            strengths: dimensions.flatMap { d in
                d.rows.filter { $0.status == .met }.map { row in
                    StrengthFacts(
                        key: row.key, question: row.question, answer: row.answer ?? "", dimension: d.title,
                        text: rubric.criterion(row.key)?.strength)
                }
            },
            unansweredCount: result.unanswered.count,
            usesLevels: result.usesLevels,
            method: MethodFacts(
                totalWeight: result.dimensions.filter { $0.score != nil }.map(\.weight).reduce(0, +),
                verdicts: rubric.verdicts,
                gateCap: rubric.verdicts.count > 1 ? rubric.verdicts[1].label : nil,
                namedCaps: rubric.allCriteria.contains { $0.gateCap != nil },
                hasGates: rubric.allCriteria.contains { $0.gate != nil },
                levelPass: rubric.pass),
            strings: strings)
    }

    // MARK: - Private

    private static func dimension(
        _ dimension: Dimension, _ outcome: DimensionResult, rubric: Rubric,
        strings: Strings
    ) -> DimensionFacts {
        let rows = zip(dimension.criteria, outcome.criteria).map { criterion, result in
            CriterionFacts(
                key: result.id, question: criterion.question, help: criterion.help,
                answer: result.answer.map { AnswerLabel.text($0, for: criterion, strings: strings) },
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

    static func step(
        _ step: NextStep, rank: Int, rubric: Rubric, result: AssessmentResult,
        dimension: String
    ) -> StepFacts {
        let criterion = rubric.criterion(step.criterion)
        let resources = result.resources(for: step).compactMap { rubric.resource($0) }
        return StepFacts(
            rank: rank, key: step.criterion, question: criterion?.question ?? step.criterion,
            dimension: dimension, gain: step.gain, gateFailed: step.gateFailed,
            advice: result.adviceParts(for: step), resources: resources)
    }

    private static func gateSentence(
        _ result: AssessmentResult, rubric: Rubric, rows: [String: CriterionFacts],
        strings: Strings
    ) -> String? {
        let knockOuts = result.knockOuts
        guard !knockOuts.isEmpty else { return nil }
        let numbers = strings.numbers
        // Named caps (format 2) differ per gate, so each part says its own; the shorthand caps
        // every gate at the second verdict, which the sentence names once.
        let namedCaps = rubric.allCriteria.contains { $0.gateCap != nil }
        let parts = knockOuts.map { gate -> String in
            let key = gate.criterion
            guard let row = rows[key] else { return key }
            let score = numbers.oneDecimal(100 * (row.score ?? 0))
            let threshold = numbers.oneDecimal(100 * (row.gate ?? 0))
            return namedCaps
                ? strings.format(ReportWord.gatePartCap, row.question, key, score, threshold, gate.cap.label)
                : strings.format(ReportWord.gatePart, row.question, key, score, threshold)
        }
        let list = Self.sentenceList(parts, strings: strings)
        let what = strings.plural(knockOuts.count, one: ReportWord.gateOne, many: .gateMany)
        if result.isCapped {
            return strings.format(
                ReportWord.cappedSentence, result.verdict.label, what, list, result.uncappedVerdict.label)
        }
        // The worst cap among the failed gates: the best verdict they still allow.
        let worst = knockOuts.compactMap { rubric.verdicts.firstIndex(of: $0.cap) }.max()
        let cap = worst.map { rubric.verdicts[$0].label } ?? result.verdict.label
        return strings.format(ReportWord.capAtBestSentence, cap, what, list, result.uncappedVerdict.label)
    }

    private static func sentenceList(_ parts: [String], strings: Strings) -> String {
        if parts.count <= 1 { return parts.joined() }
        return strings.format(ReportWord.gateList, parts.dropLast().joined(separator: "; "), parts[parts.count - 1])
    }
}
