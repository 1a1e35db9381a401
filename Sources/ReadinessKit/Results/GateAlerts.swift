extension Rubric {
    /// Whether a criterion's gate is an alert: its cap names the best verdict, so failing it
    /// can never lower a verdict; reports flag it as urgent instead (low runway, say).
    public func isAlert(_ criterion: Criterion) -> Bool {
        criterion.gateCap.map { isAlertCap($0) } ?? false
    }

    /// Whether a gate capped at the verdict `id` is an alert: the best of several verdicts.
    func isAlertCap(_ id: String) -> Bool { verdicts.count > 1 && id == verdicts[0].id }
}

extension AssessmentResult {
    /// The failed gates that are alerts (capped at the best verdict), rubric order.
    public var alerts: [GateFailure] {
        gates.filter { rubric.isAlertCap($0.cap.id) }
    }

    /// The failed gates that are knock-outs (every failed gate that is not an alert), rubric order.
    public var knockOuts: [GateFailure] {
        gates.filter { !rubric.isAlertCap($0.cap.id) }
    }
}

extension AssessmentResult {
    /// The answered share as a whole percentage, rounded down (never shows 80 % for 79.6 %).
    public var answeredPercent: Int { Int((100 * answeredShare).rounded(.down)) }

    /// The rubric's `min_answered` as a whole percentage, rounded up.
    public var minAnsweredPercent: Int { Int((100 * rubric.edition.minAnswered).rounded(.up)) }
}
