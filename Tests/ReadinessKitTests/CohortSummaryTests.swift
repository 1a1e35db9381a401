import Testing

@testable import ReadinessKit

@Suite("Cohort summary, computed by hand")
struct CohortSummaryTests {
    let rubric = Fixtures.smallRubric

    func result(_ answers: String, startup: String) throws -> AssessmentResult {
        try #require(Fixtures.assess("startup: \(startup)\nanswers:\n\(answers)", rubric: rubric))
    }

    /// Three startups on the small rubric (team weight 2, tech weight 1); every expected number
    /// below is worked out from the rules in the comments, not taken from a run.
    @Test("ranking, verdict counts, dimension means, gaps and resource needs")
    func numbers() throws {
        // A: team (1 + 1) / 2 = 100; tech (2·1 + 1 + 1) / 4 = 100 → overall 100 → "ready".
        let a = try result(
            "  profile.sector: biotech\n  team.founders: 2\n  team.advisors: yes\n  tech.ip: granted\n  tech.trl: 9\n  tech.wetlab: [own, shared]\n",
            startup: "A")
        // B: team (0.5 + 0) / 2 = 25; tech (2·0.6 + 0.5 + 0) / 4 = 42.5 (wetlab applies: sector unanswered)
        //    → overall (2·25 + 42.5) / 3 = 30.83 → "not-ready".
        let b = try result("  team.founders: 1\n  team.advisors: no\n  tech.ip: filed\n  tech.trl: 5\n", startup: "B")
        // C: software, so wetlab does not apply: team (0 + 1) / 2 = 50 (founders 0 fails the gate);
        //    tech (2·1 + 1) / 3 = 100 → overall (2·50 + 100) / 3 = 66.67 → "almost" (and capped there).
        let c = try result(
            "  profile.sector: software\n  team.founders: 0\n  team.advisors: yes\n  tech.ip: granted\n  tech.trl: 9\n",
            startup: "C")
        #expect(a.score == 100 && abs(b.score - 92.5 / 3) < 1e-12 && abs(c.score - 200.0 / 3) < 1e-12)

        var summary = CohortSummary(rubric: rubric)
        summary.add(b, source: "b.yaml", slug: "b")
        summary.add(a, source: "a.yaml", slug: "a")
        summary.add(c, source: "c.yaml", slug: "c")

        #expect(summary.ranking.map(\.startup) == ["A", "C", "B"])
        #expect(summary.verdictCounts.map(\.count) == [1, 1, 1])
        // Team means (25 + 100 + 50) / 3; tech (42.5 + 100 + 100) / 3; profile never counts.
        #expect(summary.dimensionMeans[0] == nil)
        #expect(abs(summary.dimensionMeans[1]! - 175.0 / 3) < 1e-12)
        #expect(abs(summary.dimensionMeans[2]! - 242.5 / 3) < 1e-12)
        // Lowest means: team.founders (1 + 0.5 + 0) / 3 = 0.5, one of three below half (0.5 is not);
        // tech.wetlab counts for A and B only: (1 + 0) / 2 = 0.5, one of two below half.
        // Equal means and equal counts below half: rubric order decides. team.advisors is 2/3.
        let gaps = summary.sharedGaps(limit: 3)
        #expect(gaps.map(\.criterion) == ["team.founders", "tech.wetlab", "team.advisors"])
        #expect(gaps[0].belowHalf == 1 && gaps[0].counted == 3)
        #expect(gaps[1].belowHalf == 1 && gaps[1].counted == 2)
        // team.founders carries resource "lab": it is among the next steps of B and C (not A).
        #expect(summary.resourceNeeds.first?.resource.id == "lab")
        #expect(summary.resourceNeeds.first?.startups == 2)
    }

    @Test("an entry survives its one-line form, whatever its text")
    func entryLine() throws {
        var result = try result("  team.founders: 0\n", startup: "Plain")
        result.startup = "Tab\there\nnew \\ line\u{1F}\r\n"
        let entry = CohortEntry(result, source: "dir/with\ttab.yaml", slug: "tab-here")
        let line = entry.encodedLine()
        #expect(!line.contains("\n"))
        #expect(CohortEntry(encodedLine: line[...]) == entry)
    }
}
