/// The verdict rule: the first verdict whose `min` the score reaches, capped by failed gates.
public enum VerdictRule {
    /// The verdict given and the one the score alone reaches.
    ///
    /// A failed gate caps the verdict at the second in the list (index 1) at best. A score
    /// below every `min` gets the last verdict.
    public static func verdict(for score: Double, verdicts: [Verdict], gateFailed: Bool) -> (given: Verdict, uncapped: Verdict) {
        guard let last = verdicts.last else {
            let none = Verdict(id: "none", label: "No verdict", min: 0)
            return (none, none)
        }
        let index = verdicts.firstIndex { $0.min <= score } ?? verdicts.count - 1
        let capped = gateFailed ? Swift.max(index, Swift.min(1, verdicts.count - 1)) : index
        _ = last
        return (verdicts[capped], verdicts[index])
    }
}

/// The level rule: the highest level L carried by a counted criterion such that every counted
/// criterion with level ≤ L scores at least `pass`; 0 when there is none.
public enum LevelRule {
    /// A dimension's level from its criterion results.
    public static func level(of dimension: Dimension, results: [CriterionResult], pass: Double) -> Int {
        // A candidate L qualifies exactly when no counted criterion below `pass` has a level
        // ≤ L, so the answer is the highest counted level below the lowest failing one.
        var lowestFailing = Int.max
        for index in results.indices where index < dimension.criteria.count {
            guard let level = dimension.criteria[index].level, let score = results[index].score else { continue }
            if score < pass, level < lowestFailing { lowestFailing = level }
        }
        var best = 0
        for index in results.indices where index < dimension.criteria.count {
            guard let level = dimension.criteria[index].level, results[index].score != nil else { continue }
            if level < lowestFailing, level > best { best = level }
        }
        return best
    }
}

/// The order of next steps: failed gates first in rubric order, then by gain (highest first),
/// ties in rubric order; only criteria with gain above 0.
public enum NextStepOrder {
    /// The next steps from dimension results.
    public static func steps(_ dimensions: [DimensionResult]) -> [NextStep] {
        var gates: [NextStep] = []
        // Sorted as plain numbers, so sorting moves no strings.
        var rest: [(gain: Double, dimension: Int32, criterion: Int32)] = []
        for (d, dimension) in dimensions.enumerated() {
            for (c, result) in dimension.criteria.enumerated() {
                guard let gain = result.gain, gain > 0 else { continue }
                if result.gateFailed {
                    gates.append(NextStep(criterion: result.id, gain: gain, gateFailed: true))
                } else {
                    rest.append((gain, Int32(d), Int32(c)))
                }
            }
        }
        // Rubric order is (dimension, criterion) order: ties keep it.
        rest.sort { a, b in
            if a.gain != b.gain { return a.gain > b.gain }
            return a.dimension != b.dimension ? a.dimension < b.dimension : a.criterion < b.criterion
        }
        var steps = gates
        steps.reserveCapacity(gates.count + rest.count)
        for entry in rest {
            steps.append(NextStep(criterion: dimensions[Int(entry.dimension)].criteria[Int(entry.criterion)].id,
                                  gain: entry.gain, gateFailed: false))
        }
        return steps
    }
}
