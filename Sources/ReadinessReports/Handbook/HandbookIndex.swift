import ReadinessKit

/// What both handbook writers derive from a rubric before writing: question numbers, dimension
/// shares and which questions point to each resource.
///
/// Questions are numbered `dimension.question` from 1 (`2.3` is the third question of the
/// second dimension), so a printed page can refer to another question by number.
struct HandbookIndex {
    /// The rubric the handbook explains.
    let rubric: Rubric
    /// The words and numbers the handbook is written in.
    let strings: Strings
    /// Question numbers by full criterion id: `team.founders` → `2.1`.
    let numbers: [String: String]
    /// The total weight of the dimensions that can score (at least one scored question).
    let scoredWeight: Double
    /// For each resource id, the numbers of the questions (or of their options) that point to it.
    let referencedBy: [String: [String]]

    /// Indexes a rubric, for a handbook in the words of `strings`.
    init(_ rubric: Rubric, strings: Strings) {
        self.rubric = rubric
        self.strings = strings
        var numbers: [String: String] = [:]
        var referencedBy: [String: [String]] = [:]
        for (d, dimension) in rubric.dimensions.enumerated() {
            for (c, criterion) in dimension.criteria.enumerated() {
                let number = "\(d + 1).\(c + 1)"
                numbers[criterion.key] = number
                let ids = criterion.resources + criterion.options.flatMap(\.resources)
                for id in ids where referencedBy[id]?.last != number {
                    referencedBy[id, default: []].append(number)
                }
            }
        }
        self.numbers = numbers
        self.referencedBy = referencedBy
        scoredWeight = rubric.dimensions.filter(Self.canScore).map(\.weight).reduce(0, +)
    }

    /// The number of a question, such as `2.1`.
    func number(_ criterion: Criterion) -> String { numbers[criterion.key] ?? criterion.key }

    /// The number of a dimension, from 1.
    func number(_ dimension: Dimension) -> Int {
        (rubric.dimensions.firstIndex { $0.id == dimension.id } ?? 0) + 1
    }

    /// Whether a dimension has any question that can score.
    static func canScore(_ dimension: Dimension) -> Bool { dimension.criteria.contains(where: \.isScored) }

    /// A dimension's share of the overall score, such as `40.0 %`, or nil when it never scores.
    func share(_ dimension: Dimension) -> String? {
        Self.canScore(dimension) ? ReportText(strings).percent(dimension.weight, of: scoredWeight) : nil
    }

    /// The knock-out questions, in rubric order.
    var gates: [Criterion] { rubric.allCriteria.filter { $0.gate != nil && $0.isScored && !rubric.isAlert($0) } }

    /// The alert questions (gates capped at the best verdict), in rubric order.
    var alerts: [Criterion] { rubric.allCriteria.filter { $0.gate != nil && $0.isScored && rubric.isAlert($0) } }

    /// The verdict a failed gate caps at: the second in the list, or the only one.
    var gateCap: Verdict? {
        rubric.verdicts.isEmpty ? nil : rubric.verdicts[min(1, rubric.verdicts.count - 1)]
    }

    /// The levels worth a table: named ones and those questions carry, ascending.
    var levels: [Int] {
        Set(rubric.levelNames.keys).union(rubric.allCriteria.compactMap(\.level)).sorted()
    }

    /// The numbers of the questions at a level, in rubric order; only `dimension`'s when given.
    func questions(atLevel level: Int, in dimension: Dimension? = nil) -> [String] {
        (dimension?.criteria ?? rubric.allCriteria).filter { $0.level == level }.map(number)
    }

    /// The level tables: one for the rubric's ladder (`dimension` nil) when no dimension has a
    /// ladder of its own; else one per dimension that uses levels, with its ladder's levels and
    /// the levels its questions carry, ascending.
    var ladders: [(dimension: Dimension?, levels: [Int])] {
        guard rubric.dimensions.contains(where: { !$0.levels.isEmpty }) else { return [(nil, levels)] }
        return rubric.dimensions.compactMap { dimension in
            let carried = dimension.criteria.compactMap(\.level)
            guard !carried.isEmpty || !dimension.levels.isEmpty else { return nil }
            let own = dimension.levels.isEmpty ? Array(rubric.levelNames.keys) : Array(dimension.levels.keys)
            return (dimension, Set(own).union(carried).sorted())
        }
    }

    /// The name of a level on a dimension's ladder, or on the rubric's when `dimension` is nil.
    func levelName(_ level: Int, in dimension: Dimension?) -> String? {
        dimension.map { rubric.levelName(level, in: $0) } ?? rubric.levelNames[level]
    }

    /// The resources a question itself points to (not its options'), without repeats.
    func resources(of criterion: Criterion) -> [Resource] {
        var seen: Set<String> = []
        return criterion.resources.filter { seen.insert($0).inserted }.map(resource)
    }

    /// A resource by id; an unknown id becomes a resource titled with the id.
    func resource(_ id: String) -> Resource {
        rubric.resource(id) ?? Resource(id: id, title: id)
    }
}
