/// Checks a valid rubric for what makes it weak as a coaching tool, as warnings.
///
/// `readiness validate` shows these (with `RubricDecoder.Output.lint`); scoring never needs
/// them. A warning about something a base rubric holds names that file (`origin`).
public enum RubricLint {
    /// Warnings for a decoded rubric: scored criteria without help, advice or strength; per
    /// dimension, levels no criterion carries (holes), levels its ladder does not name, and (in
    /// format 2) levels used with no ladder at all.
    public static func check(_ rubric: Rubric) -> [Diagnostic] {
        var warnings: [Diagnostic] = []
        for criterion in rubric.allCriteria where criterion.isScored {
            func warn(_ message: String) {
                warnings.append(Diagnostic.warning(message, at: criterion.location).inFile(criterion.origin))
            }
            if criterion.help == nil {
                warn("'\(criterion.key)' has no 'help': say what counts and what evidence to show")
            }
            let optionsWithoutAdvice = criterion.options.filter { $0.score < 1 && $0.advice == nil }
            if criterion.advice == nil, criterion.options.isEmpty || !optionsWithoutAdvice.isEmpty {
                warn("'\(criterion.key)' has no 'advice' for answers short of full marks")
            }
            if criterion.strength == nil { warn("'\(criterion.key)' has no 'strength' to show at full marks") }
        }
        for dimension in rubric.dimensions { warnings += levels(of: dimension, in: rubric) }
        if let missing = hole(in: rubric.levels) {
            warnings.append(
                .warning("'levels' has a hole: level \(missing) has no name", at: .start, code: .levelNamesHole))
        }
        return warnings.sortedByLocation()
    }

    /// A dimension's level holes, unnamed levels and (for its own ladder) gaps in the names.
    static func levels(of dimension: Dimension, in rubric: Rubric) -> [Diagnostic] {
        var warnings: [Diagnostic] = []
        let levelled = dimension.criteria.filter { $0.isScored && $0.level != nil }
        let used = Set(levelled.compactMap(\.level))
        if let top = used.max() {
            for level in 1..<top where !used.contains(level) {
                warnings.append(
                    Diagnostic.warning(
                        "dimension '\(dimension.id)' has no criterion at level \(level) (its levels go up to \(top)): level \(level) can never be reached",
                        at: dimension.location, code: .levelHole
                    ).inFile(dimension.origin))
            }
        }
        let ladder = rubric.ladder(of: dimension)
        let own = !dimension.levels.isEmpty
        // Format 1 may leave levels unnamed (1.x rubrics do); format 2 names each level.
        if ladder.isEmpty, rubric.format >= 2, let first = levelled.first, let level = first.level {
            warnings.append(
                Diagnostic.warning(
                    "'level: \(level)' is used, but neither dimension '\(dimension.id)' nor the rubric names its levels "
                        + "(add 'levels: {1: …, 2: …}' to the dimension or the rubric)",
                    at: first.levelLocation ?? first.location, code: .levelsUnnamed
                ).inFile(first.origin))
        }
        if !ladder.isEmpty {
            for level in used.sorted() where ladder[level] == nil {
                guard let first = levelled.first(where: { $0.level == level }) else { continue }
                let place = own ? "the 'levels' of dimension '\(dimension.id)'" : "'levels'"
                warnings.append(
                    Diagnostic.warning(
                        "level \(level) is used but has no name in \(place)", at: first.location,
                        code: .levelUnnamed
                    ).inFile(first.origin))
            }
        }
        if own, let missing = hole(in: dimension.levels) {
            warnings.append(
                Diagnostic.warning(
                    "the 'levels' of dimension '\(dimension.id)' have a hole: level \(missing) has no name",
                    at: dimension.location, code: .levelNamesHole
                ).inFile(dimension.origin))
        }
        return warnings
    }

    /// The lowest level below a ladder's highest that it does not name.
    private static func hole(in ladder: [Int: LocalizedText]) -> Int? {
        guard let top = ladder.keys.max() else { return nil }
        return (1...top).first { ladder[$0] == nil }
    }
}
