import ReadinessKit

extension CompareFacts {
    /// How many next steps the reports show.
    public static let stepCount = 5

    /// Derives the facts of a comparison, naming criteria by the newer rubric's questions, in the
    /// words and numbers of `strings`.
    public init(_ comparison: Comparison, rubric: Rubric, strings: Strings) {
        let text = ReportText(strings)
        let numbers = strings.numbers
        let dimensionTitle: (String) -> String = { key in
            let id = String(key.prefix { $0 != "." })
            return rubric.dimensions.first { $0.id == id }?.title ?? id
        }
        let row: (CriterionChange) -> CompareRow = { change in
            let criterion = rubric.criterion(change.criterion)
            return CompareRow(
                id: change.criterion, title: criterion?.question ?? change.criterion,
                dimension: dimensionTitle(change.criterion),
                before: text.criterionScore(change.before), after: text.criterionScore(change.after),
                change: change.trend == .appeared
                    ? strings[ComparePageWord.new]
                    : (change.trend == .disappeared
                        ? strings[ComparePageWord.gone]
                        : Self.signed(change.change.map { 100 * $0 }, numbers: numbers)),
                trend: change.trend,
                answers: (
                    Self.label(change.answerBefore, criterion, strings),
                    Self.label(change.answerAfter, criterion, strings)
                ))
        }
        startup = comparison.startup
        rubricTitle = comparison.rubricTitle
        rubricVersion =
            comparison.versions.before == comparison.versions.after
            ? comparison.versions.after : "\(comparison.versions.before) → \(comparison.versions.after)"
        dates = (comparison.dates.before ?? "–", comparison.dates.after ?? "–")
        scores = (numbers.oneDecimal(comparison.scoreBefore), numbers.oneDecimal(comparison.scoreAfter))
        scoreAfter = comparison.scoreAfter
        scoreChange = Self.signed(comparison.scoreChange, numbers: numbers)
        scoreTrend = comparison.scoreChange > 0 ? .up : (comparison.scoreChange < 0 ? .down : .same)
        verdicts = (comparison.verdictBefore.label, comparison.verdictAfter.label)
        verdictTrend = comparison.verdictChange
        verdictRank = (
            rubric.verdicts.firstIndex { $0.id == comparison.verdictAfter.id } ?? 0, max(1, rubric.verdicts.count)
        )
        dimensions = comparison.dimensions.map { dimension in
            let trend: Trend =
                switch (dimension.before, dimension.after) {
                case (let old?, let new?): new > old ? .up : (new < old ? .down : .same)
                case (nil, .some): .appeared
                case (.some, nil): .disappeared
                case (nil, nil): .same
                }
            return CompareRow(
                id: dimension.id, title: dimension.title, dimension: dimension.title,
                before: text.score(dimension.before), after: text.score(dimension.after),
                change: Self.signed(dimension.change, numbers: numbers), trend: trend, answers: (nil, nil))
        }
        improved = comparison.changes.filter { $0.trend == .up }.map(row)
        slipped = comparison.changes.filter { $0.trend == .down }.map(row)
        newlyScored = comparison.changes.filter { $0.trend == .appeared }.map(row)
        noLongerScored = comparison.changes.filter { $0.trend == .disappeared }.map(row)
        newlyAnswered = comparison.newlyAnswered.map { answer in
            let criterion = rubric.criterion(answer.criterion)
            return CompareRow(
                id: answer.criterion, title: criterion?.question ?? answer.criterion,
                dimension: dimensionTitle(answer.criterion), before: "–", after: "–", change: "–",
                trend: .appeared, answers: (nil, Self.label(answer.value, criterion, strings)))
        }
        nextSteps = comparison.nextSteps.prefix(Self.stepCount).enumerated().map { index, step in
            CompareStep(
                rank: index + 1, criterion: step.criterion,
                question: rubric.criterion(step.criterion)?.question ?? step.criterion,
                dimension: dimensionTitle(step.criterion), gain: text.gain(step.gain),
                gateFailed: step.gateFailed)
        }
        nextStepTotal = comparison.nextSteps.count
        self.strings = strings
    }

    // MARK: - Private

    private static func label(_ value: AnswerValue?, _ criterion: Criterion?, _ strings: Strings) -> String? {
        guard let value else { return nil }
        guard let criterion else { return AnswerHelp.text(value) }
        return AnswerLabel.text(value, for: criterion, strings: strings)
    }
}
