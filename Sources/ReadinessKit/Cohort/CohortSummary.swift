/// Summarises a cohort as results arrive: ranking, verdict counts, shared gaps and the
/// resources the cohort needs. Aggregates are kept as running totals; each startup's small
/// entry goes to a `CohortEntryStore` (memory by default, a file for huge cohorts), and only
/// its score stays here for the ranking.
public struct CohortSummary: Sendable {
    /// Per-criterion running totals, for the gaps the cohort shares.
    public struct CriterionTally: Sendable, Equatable {
        /// The full criterion id.
        public var criterion: String
        /// How many startups it counted for.
        public var counted: Int = 0
        /// The sum of its scores where it counted.
        public var scoreSum: Double = 0
        /// How many scored below half marks.
        public var belowHalf: Int = 0

        /// The mean score where it counted, or nil.
        public var mean: Double? { counted > 0 ? scoreSum / Double(counted) : nil }
        /// The share (0–1) of counted startups below half marks.
        public var belowHalfShare: Double { counted > 0 ? Double(belowHalf) / Double(counted) : 0 }
    }

    /// The rubric every startup was scored with.
    public let rubric: Rubric
    /// How many next steps count as "on a startup's list" for resource needs (as reports show).
    public let stepsShown: Int
    /// Where each startup's entry is kept; ids are input order.
    public let store: CohortEntryStore
    /// Each startup's overall score, by entry id: with `verdictRanks`, all the ranking needs in memory.
    private var scores: [Double] = []
    /// Each startup's verdict as its position in the rubric's list (best 0), by entry id.
    private var verdictRanks: [Int32] = []
    /// How many startups got each verdict, by the verdict's position in the rubric.
    private var verdictTally: [Int]
    /// Running sums and counts of each dimension's score, where it applies.
    private var dimensionSums: [Double]
    private var dimensionCounts: [Int]
    /// Questionnaires that could not be scored, in input order.
    public private(set) var failures: [CohortFailure] = []
    /// Running totals per criterion, in rubric order.
    public private(set) var tallies: [CriterionTally]
    /// What the cohort asks of each resource, startup by startup.
    public private(set) var demand: ResourceDemand
    private let index: [String: Int]
    private var nextTally = 0
    /// Indices of the dimensions that can score at all (not only profile questions), in rubric order.
    public let scoredDimensionIndices: [Int]

    /// Starts an empty summary for a rubric.
    public init(rubric: Rubric, stepsShown: Int = 5, store: CohortEntryStore = InMemoryEntryStore()) {
        self.rubric = rubric
        self.stepsShown = stepsShown
        demand = ResourceDemand(stepsShown: stepsShown)
        self.store = store
        verdictTally = Array(repeating: 0, count: rubric.verdicts.count)
        dimensionSums = Array(repeating: 0, count: rubric.dimensions.count)
        dimensionCounts = Array(repeating: 0, count: rubric.dimensions.count)
        tallies = rubric.allCriteria.filter(\.isScored).map { CriterionTally(criterion: $0.key) }
        index = Dictionary(uniqueKeysWithValues: tallies.enumerated().map { ($1.criterion, $0) })
        scoredDimensionIndices = rubric.dimensions.indices.filter {
            rubric.dimensions[$0].criteria.contains(where: \.isScored)
        }
    }

    /// Adds one scored startup; returns its entry.
    @discardableResult
    public mutating func add(_ result: AssessmentResult, source: String, slug: String) -> CohortEntry {
        let entry = CohortEntry(result, source: source, slug: slug)
        store.append(entry)
        nextTally = 0
        scores.append(result.score)
        let verdict = rubric.verdicts.firstIndex { $0.id == result.verdict.id }
        verdictRanks.append(verdict.map { Int32($0) } ?? Int32.max)
        if let verdict { verdictTally[verdict] += 1 }
        for (index, dimension) in result.dimensions.enumerated() where index < dimensionSums.count {
            if let score = dimension.score {
                dimensionSums[index] += score
                dimensionCounts[index] += 1
            }
        }
        for dimension in result.dimensions {
            for criterion in dimension.criteria {
                guard let score = criterion.score, let position = tallyPosition(of: criterion.id) else { continue }
                tallies[position].counted += 1
                tallies[position].scoreSum += score
                if score < 0.5 { tallies[position].belowHalf += 1 }
            }
        }
        demand.add(result, rubric: rubric)
        return entry
    }

    /// A criterion's tally, found by the next position first: results list criteria in rubric
    /// order, so the hash lookup is only a fallback.
    private mutating func tallyPosition(of id: String) -> Int? {
        if nextTally < tallies.count, tallies[nextTally].criterion == id {
            defer { nextTally += 1 }
            return nextTally
        }
        guard let position = index[id] else { return nil }
        nextTally = position + 1
        return position
    }

    /// Adds a questionnaire that could not be scored.
    public mutating func addFailure(_ failure: CohortFailure) {
        failures.append(failure)
    }

    /// How many startups were scored.
    public var count: Int { scores.count }

    /// The entry of a startup by id (input order).
    public func entry(_ id: Int) -> CohortEntry { store.entry(id) }

    /// Every entry in input order (reads the whole store: for small cohorts and tests).
    public var entries: [CohortEntry] { (0..<count).map(entry) }

    /// Entries in rank order (see `rankingOrder`).
    public var ranking: [CohortEntry] { rankingOrder.map(entry) }

    /// Entry ids in rank order: by verdict (best first), then score (highest first), then input
    /// order, so a capped startup never ranks above one with a better verdict (every format).
    public var rankingOrder: [Int] {
        scores.indices.sorted { a, b in
            if verdictRanks[a] != verdictRanks[b] { return verdictRanks[a] < verdictRanks[b] }
            return scores[a] != scores[b] ? scores[a] > scores[b] : a < b
        }
    }

    /// The entries the Markdown and HTML overviews list, in rank order: the top
    /// `overviewRowLimit`, read from the store once. `order` is `rankingOrder`, when the caller
    /// has it already.
    public func overviewEntries(order: [Int]? = nil) -> [CohortEntry] {
        (order ?? rankingOrder).prefix(Self.overviewRowLimit).map(entry)
    }

    /// How many startups the Markdown and HTML overviews list at most; `cohort.csv` lists all.
    public static let overviewRowLimit = 1_000

    /// How many startups got each verdict, in the rubric's verdict order.
    public var verdictCounts: [(verdict: Verdict, count: Int)] {
        zip(rubric.verdicts, verdictTally).map { ($0, $1) }
    }

    /// The criteria with the lowest mean score (ties by more below half, then rubric order).
    public func sharedGaps(limit: Int = 10) -> [CriterionTally] {
        tallies.enumerated().filter { $0.element.counted > 0 }.sorted { a, b in
            let (ma, mb) = (a.element.mean ?? 1, b.element.mean ?? 1)
            if ma != mb { return ma < mb }
            if a.element.belowHalf != b.element.belowHalf { return a.element.belowHalf > b.element.belowHalf }
            return a.offset < b.offset
        }.prefix(limit).map(\.element)
    }

    /// Every resource of the catalogue by how many startups need it (most first, ties in
    /// catalogue order), unused ones last, each with its sources and capacity.
    public var resourceNeeds: [ResourceNeed] { demand.needs(of: rubric.resources) }

    /// The mean score per dimension over startups where it applies, in rubric order.
    public var dimensionMeans: [Double?] {
        zip(dimensionSums, dimensionCounts).map { sum, count in count == 0 ? nil : sum / Double(count) }
    }
}
