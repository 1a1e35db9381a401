/// The verdict rule: the first verdict whose `min` the score reaches, capped by failed gates.
public enum VerdictRule {
    /// How far the second edition lets a number fall short of a threshold and still reach it
    /// (verdict minimums, gates, `pass`, `min_answered`), and how close two gains must be to tie.
    public static let tolerance = 1e-9

    /// The verdict given and the one the score alone reaches, by the first edition's rule.
    ///
    /// A failed gate caps the verdict at the second in the list (index 1) at best. A score
    /// below every `min` gets the last verdict.
    public static func verdict(for score: Double, verdicts: [Verdict], gateFailed: Bool) -> (
        given: Verdict, uncapped: Verdict
    ) {
        guard !verdicts.isEmpty else { return (none, none) }
        let index = index(for: score, verdicts: verdicts)
        let capped = gateFailed ? Swift.max(index, capIndex(nil, verdicts: verdicts)) : index
        return (verdicts[capped], verdicts[index])
    }

    /// The index of the verdict a score reaches: the first whose `min` ≤ score + `tolerance`,
    /// else the last.
    public static func index(for score: Double, verdicts: [Verdict], tolerance: Double = 0) -> Int {
        verdicts.firstIndex { $0.min <= score + tolerance } ?? verdicts.count - 1
    }

    /// The index of the verdict a failed gate caps at: the verdict `cap` names, else the second
    /// (the only one, when there is one).
    public static func capIndex(_ cap: String?, verdicts: [Verdict]) -> Int {
        if let cap, let index = verdicts.firstIndex(where: { $0.id == cap }) { return index }
        return Swift.min(1, verdicts.count - 1)
    }

    /// What a rubric without verdicts gives.
    static let none = Verdict(id: "none", label: "No verdict", min: 0)
}

/// The level rule: the highest level L carried by a counted criterion such that every counted
/// criterion with level ≤ L scores at least its `pass`; 0 when there is none.
public enum LevelRule {
    /// A dimension's level from its criterion results, each criterion passing at its own
    /// `pass` or else at `pass`.
    public static func level(of dimension: Dimension, results: [CriterionResult], pass: Double) -> Int {
        ladder(of: dimension, results: results, pass: pass, tolerance: 0).level
    }

    /// A dimension's level and next level (the lowest level a counted criterion carries above
    /// it, with the counted criteria there below their `pass`); scores within `tolerance`
    /// below a `pass` pass.
    public static func ladder(
        of dimension: Dimension, results: [CriterionResult], pass: Double,
        tolerance: Double
    ) -> (level: Int, next: NextLevel?) {
        // A candidate L qualifies exactly when no counted criterion below its `pass` has a
        // level ≤ L, so the answer is the highest counted level below the lowest failing one.
        let count = Swift.min(results.count, dimension.criteria.count)
        var lowestFailing = Int.max
        for index in 0..<count {
            let criterion = dimension.criteria[index]
            guard let level = criterion.level, let score = results[index].score else { continue }
            if score < (criterion.pass ?? pass) - tolerance, level < lowestFailing { lowestFailing = level }
        }
        var best = 0
        var next = Int.max
        for index in 0..<count {
            guard let level = dimension.criteria[index].level, results[index].score != nil else { continue }
            if level < lowestFailing, level > best { best = level }
            if level >= lowestFailing, level < next { next = level }
        }
        guard next != Int.max else { return (best, nil) }
        var blocking: [String] = []
        for index in 0..<count where dimension.criteria[index].level == next {
            let criterion = dimension.criteria[index]
            if let score = results[index].score, score < (criterion.pass ?? pass) - tolerance {
                blocking.append(criterion.key)
            }
        }
        return (best, NextLevel(level: next, blocking: blocking))
    }
}
