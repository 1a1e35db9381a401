extension Rubric {
    /// Whether a criterion's gate is an alert: its cap names the best verdict, so failing it
    /// can never lower a verdict; reports flag it as urgent instead (low runway, say).
    public func isAlert(_ criterion: Criterion) -> Bool {
        guard verdicts.count > 1, let cap = criterion.gateCap else { return false }
        return cap == verdicts[0].id
    }
}

extension AssessmentResult {
    /// The failed gates that are alerts (capped at the best verdict), rubric order.
    public var alerts: [GateFailure] {
        gates.filter { rubric.verdicts.count > 1 && $0.cap == rubric.verdicts[0] }
    }

    /// The failed gates that are knock-outs (every failed gate that is not an alert), rubric order.
    public var knockOuts: [GateFailure] {
        gates.filter { !(rubric.verdicts.count > 1 && $0.cap == rubric.verdicts[0]) }
    }
}
