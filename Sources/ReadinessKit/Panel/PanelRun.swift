/// A whole panel run: every startup's panel result ranked, the reviewers' calibration, the
/// founders' mean gap and the recusals.
public struct PanelRun: Sendable {
    /// The startups' results, ranked: verdict best first, then score (the normalised score when
    /// asked and there is one) highest first, then input order.
    public var startups: [PanelResult]
    /// The reviewers, byte order of names.
    public var reviewers: [PanelReviewer]
    /// The mean founder-minus-panel overall gap over the startups with a founder; nil when none.
    public var founderGap: Double?
    /// The mean founder gap per dimension id (first-seen order), over the startups where both score.
    public var founderGapByDimension: [(id: String, gap: Double)]
    /// Every ignored assessment, input order.
    public var recused: [PanelAssessment]
    /// Whether `--normalize z` was asked for.
    public var normalized: Bool
    /// What the startups' consensus results ask of each resource of their rubrics' catalogues
    /// (every resource id once, first rubric first), against its capacity.
    public var resourceNeeds: [ResourceNeed]

    /// Ranks results given in input order and derives the overview.
    public init(_ results: [PanelResult], normalize: Bool) {
        var results = results
        if normalize {
            for (index, score) in PanelNormalization.scores(of: results).enumerated() {
                results[index].normalizedScore = score
            }
        }
        reviewers = PanelReviewer.reviewers(of: results)
        let gaps = results.compactMap(\.selfGap)
        founderGap = gaps.isEmpty ? nil : gaps.reduce(0.0) { $0 + $1.overall } / Double(gaps.count)
        var ids: [String] = []
        var sums: [String: (sum: Double, count: Int)] = [:]
        for gap in gaps {
            for (id, value) in gap.dimensions {
                if sums[id] == nil { ids.append(id) }
                sums[id, default: (0, 0)].sum += value
                sums[id, default: (0, 0)].count += 1
            }
        }
        founderGapByDimension = ids.map { ($0, sums[$0]!.sum / Double(sums[$0]!.count)) }
        recused = results.flatMap(\.startup.recused).sorted { $0.position < $1.position }
        normalized = normalize
        resourceNeeds = Self.resourceNeeds(of: results)
        startups = results.sorted { a, b in
            let (va, vb) = (Self.verdictIndex(a), Self.verdictIndex(b))
            if va != vb { return va < vb }
            let (sa, sb) = (Self.rankingScore(a, normalize), Self.rankingScore(b, normalize))
            if sa != sb { return sa > sb }
            return a.startup.position < b.startup.position
        }
    }

    /// The same overview with other startups (already ranked), for writers that stream them.
    package init(ranked run: PanelRun, startups: [PanelResult]) {
        self = run
        self.startups = startups
    }

    /// The score a result ranks by: the normalised score when asked for and there is one.
    public static func rankingScore(_ panel: PanelResult, _ normalize: Bool) -> Double {
        normalize ? panel.normalizedScore ?? panel.result.score : panel.result.score
    }

    /// Each startup counted once, by its consensus result, in input order.
    private static func resourceNeeds(of results: [PanelResult]) -> [ResourceNeed] {
        var demand = ResourceDemand(stepsShown: ReportFacts.stepLimit)
        var catalogue: [Resource] = []
        var seen: Set<String> = []
        for panel in results {
            demand.add(panel.result, rubric: panel.result.rubric)
            for resource in panel.result.rubric.resources where seen.insert(resource.id).inserted {
                catalogue.append(resource)
            }
        }
        return demand.needs(of: catalogue)
    }

    private static func verdictIndex(_ panel: PanelResult) -> Int {
        panel.result.rubric.verdicts.firstIndex { $0.id == panel.result.verdict.id } ?? Int.max
    }
}
