/// Checks a valid rubric for what makes it weak as a coaching tool, as warnings.
///
/// `readiness validate` shows these; scoring never needs them.
public enum RubricLint {
    /// Warnings for a decoded rubric: scored criteria without help or advice, levels without names.
    public static func check(_ rubric: Rubric) -> [Diagnostic] {
        var warnings: [Diagnostic] = []
        for criterion in rubric.allCriteria where criterion.isScored {
            if criterion.help == nil {
                warnings.append(.warning("'\(criterion.key)' has no 'help': say what counts and what evidence to show", at: criterion.location))
            }
            let optionsWithoutAdvice = criterion.options.filter { $0.score < 1 && $0.advice == nil }
            if criterion.advice == nil, criterion.options.isEmpty || !optionsWithoutAdvice.isEmpty {
                warnings.append(.warning("'\(criterion.key)' has no 'advice' for answers short of full marks", at: criterion.location))
            }
            if criterion.strength == nil {
                warnings.append(.warning("'\(criterion.key)' has no 'strength' to show at full marks", at: criterion.location))
            }
        }
        let used = Set(rubric.allCriteria.compactMap(\.level))
        if !rubric.levelNames.isEmpty {
            for level in used.sorted() where rubric.levelNames[level] == nil {
                let first = rubric.allCriteria.first { $0.level == level }
                warnings.append(.warning("level \(level) is used but has no name in 'levels'", at: first?.location ?? .start))
            }
            if let top = rubric.levelNames.keys.max(), let missing = (1...top).first(where: { rubric.levelNames[$0] == nil }) {
                warnings.append(.warning("'levels' has a hole: level \(missing) has no name", at: .start))
            }
        }
        return warnings.sortedByLocation()
    }
}
