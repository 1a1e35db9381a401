import ReadinessKit

/// Words and numbers both human-readable writers use, so Markdown and HTML say the same.
public enum ReportText {
    /// A 0–100 score with one decimal, or `–` when it does not count.
    public static func score(_ value: Double?) -> String {
        value.map(NumberText.oneDecimal) ?? "–"
    }

    /// A criterion score (0–1) shown on the 0–100 scale with one decimal, or `–`.
    public static func criterionScore(_ value: Double?) -> String {
        value.map { NumberText.oneDecimal(100 * $0) } ?? "–"
    }

    /// Points to gain, such as `+12.5`.
    public static func gain(_ value: Double) -> String { "+" + NumberText.oneDecimal(value) }

    /// A weight as written in a rubric: `2`, `1.5`.
    public static func weight(_ value: Double) -> String { NumberText.canonical(value) }

    /// A share as a percentage with one decimal: `66.7 %`.
    public static func percent(_ part: Double, of total: Double) -> String {
        total > 0 ? NumberText.oneDecimal(100 * part / total) + " %" : "–"
    }

    /// The words for a criterion status.
    public static func status(_ status: CriterionStatus) -> String {
        switch status {
        case .met: return "met"
        case .partial: return "partial"
        case .unmet: return "unmet"
        case .unanswered: return "unanswered"
        case .notApplicable: return "not applicable"
        case .unscored: return "not scored"
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
    public static func level(_ dimension: DimensionFacts) -> String {
        guard let level = dimension.level else { return "–" }
        if level == 0 { return "0 · none yet" }
        return dimension.levelName.map { "\(level) · \($0)" } ?? String(level)
    }

    /// The line under a next step's question: gain, dimension and whether it is a failed gate.
    public static func stepLine(_ step: StepFacts) -> String {
        var line = "\(gain(step.gain)) points · \(step.dimension)"
        if step.gateFailed { line += " · failed gate" }
        return line
    }

    /// The sentence that says how many next steps the JSON lists beyond the ones shown.
    public static func moreSteps(_ facts: ReportFacts) -> String? {
        let more = facts.nextStepTotal - facts.nextSteps.count
        guard more > 0 else { return nil }
        return "\(more) more step\(more == 1 ? "" : "s") with smaller gains: every counted criterion below 100 in the tables below."
    }

    /// The verdict thresholds as a sentence: `Ready from 75; Almost from 50; Not ready below 50.`
    public static func verdictRule(_ verdicts: [Verdict]) -> String {
        var parts: [String] = []
        for (index, verdict) in verdicts.enumerated() {
            if index == verdicts.count - 1, index > 0 {
                parts.append("\(verdict.label) below \(NumberText.canonical(verdicts[index - 1].min))")
            } else {
                parts.append("\(verdict.label) from \(NumberText.canonical(verdict.min))")
            }
        }
        return parts.joined(separator: "; ") + "."
    }

    /// The rule by which a failed gate caps the verdict, or nil when the rubric has no gates.
    public static func gateRule(_ method: MethodFacts) -> String? {
        guard method.hasGates else { return nil }
        let cap = method.gateCap.map { "\($0) at best" } ?? "the verdict"
        return "Some criteria are gates: when one scores below its gate, the verdict is capped at \(cap), whatever the overall score."
    }

    /// The formulas, in words a reader can follow with the tables.
    public static let formula = """
        Each criterion scores from 0 to 100. A dimension's score D is the weighted mean of its criteria: \
        D = Σ(w × s) / Σw over the criteria that count (unanswered ones count as 0; not applicable and \
        unscored ones drop out). The overall score is the weighted mean of the dimensions: Σ(W × D) / ΣW, \
        so each dimension contributes W × D / ΣW points.
        """
}
