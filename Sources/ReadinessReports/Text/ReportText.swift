import ReadinessKit

/// Words and numbers both human-readable writers use, so Markdown and HTML say the same, in the
/// language of one strings table.
public struct ReportText: Sendable {
    /// The table the words and numbers come from.
    public let strings: Strings

    /// The report text of a strings table.
    public init(_ strings: Strings) { self.strings = strings }

    /// A 0–100 score with one decimal, or `–` when it does not count.
    public func score(_ value: Double?) -> String {
        value.map(strings.numbers.oneDecimal) ?? "–"
    }

    /// A criterion score (0–1) shown on the 0–100 scale with one decimal, or `–`.
    public func criterionScore(_ value: Double?) -> String {
        value.map { strings.numbers.oneDecimal(100 * $0) } ?? "–"
    }

    /// Points to gain, such as `+12.5`.
    public func gain(_ value: Double) -> String { "+" + strings.numbers.oneDecimal(value) }

    /// A weight as written in a rubric: `2`, `1.5`.
    public func weight(_ value: Double) -> String { strings.numbers.canonical(value) }

    /// A share as a percentage with one decimal: `66.7 %`.
    public func percent(_ part: Double, of total: Double) -> String {
        total > 0 ? strings.format(ReportWord.percent, strings.numbers.oneDecimal(100 * part / total)) : "–"
    }

    /// The words for a criterion status.
    public func status(_ status: CriterionStatus) -> String {
        switch status {
        case .met: return strings[ReportWord.met]
        case .partial: return strings[ReportWord.partial]
        case .unmet: return strings[ReportWord.unmet]
        case .unanswered: return strings[ReportWord.unanswered]
        case .notApplicable: return strings[ReportWord.statusNotApplicable]
        case .unscored: return strings[ReportWord.unscored]
        }
    }

    /// A symbol for a criterion status, shown beside the words (colour is never the only signal).
    public static func statusSymbol(_ status: CriterionStatus) -> String {
        switch status {
        case .met: return "✓"
        case .partial: return "◐"
        case .unmet: return "✗"
        case .unanswered: return "?"
        case .notApplicable: return "–"
        case .unscored: return "·"
        }
    }

    /// The level as shown: `2 · Team`, `2`, `0 · none yet`, or `–` when it does not apply.
    public func level(_ dimension: DimensionFacts) -> String {
        guard let level = dimension.level else { return "–" }
        let number = strings.numbers.integer(level)
        if level == 0 { return strings.format(ReportWord.levelNoneYet, number) }
        return dimension.levelName.map { strings.format(ReportWord.levelNamed, number, $0) } ?? number
    }

    /// The line under a next step's question: gain, dimension and whether it is a failed gate.
    public func stepLine(_ step: StepFacts) -> String {
        strings.format(step.gateFailed ? ReportWord.stepLineGate : .stepLine, gain(step.gain), step.dimension)
    }

    /// The sentence that says how many next steps the JSON lists beyond the ones shown.
    public func moreSteps(_ facts: ReportFacts) -> String? {
        let more = facts.nextStepTotal - facts.nextSteps.count
        guard more > 0 else { return nil }
        return strings.plural(more, one: ReportWord.moreStepsOne, many: .moreStepsMany)
    }

    /// The verdict thresholds as a sentence: `Ready from 75; Almost from 50; Not ready below 50.`
    public func verdictRule(_ verdicts: [Verdict]) -> String {
        var parts: [String] = []
        for (index, verdict) in verdicts.enumerated() {
            if index == verdicts.count - 1, index > 0 {
                parts.append(strings.format(ReportWord.verdictBelow, verdict.label, weight(verdicts[index - 1].min)))
            } else {
                parts.append(strings.format(ReportWord.verdictFrom, verdict.label, weight(verdict.min)))
            }
        }
        return parts.joined(separator: "; ") + "."
    }

    /// The rule by which a failed gate caps the verdict, or nil when the rubric has no gates.
    public func gateRule(_ method: MethodFacts) -> String? {
        guard method.hasGates else { return nil }
        let cap =
            method.gateCap.map { strings.format(ReportWord.gateCapAtBest, $0) } ?? strings[ReportWord.gateCapVerdict]
        return strings.format(method.namedCaps ? ReportWord.gateRuleCaps : ReportWord.gateRule, cap)
    }

    /// The rule by which a dimension reaches a level, or nil when the rubric has no levels.
    public func levelRule(_ facts: ReportFacts) -> String? {
        facts.usesLevels ? strings.format(ReportWord.levelRule, criterionScore(facts.method.levelPass)) : nil
    }

    /// The sentence about unanswered questions, or nil when every question is answered.
    public func unanswered(_ count: Int) -> String? {
        count > 0 ? strings.plural(count, one: ReportWord.unansweredOne, many: .unansweredMany) : nil
    }

    /// The formulas, in words a reader can follow with the tables.
    public var formula: String { strings[ReportWord.formula] }
}
