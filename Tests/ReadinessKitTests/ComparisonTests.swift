import Testing

@testable import ReadinessKit

@Suite("Comparing two assessments")
struct ComparisonTests {
    let rubric = Fixtures.smallRubric

    private func result(_ path: String) throws -> AssessmentResult {
        try #require(Fixtures.assess(Fixtures.text(path), rubric: rubric))
    }

    private func close(_ a: Double?, _ b: Double?) -> Bool {
        guard let a, let b else { return a == nil && b == nil }
        return abs(a - b) < 1e-9
    }

    // Hand-computed with the small rubric (team weight 2, tech weight 1; profile never counts):
    // before: team (0.5 + 1) / 2 = 75; tech (2·0.6 + 0 + 1) / 4 = 55; overall (2·75 + 55) / 3 = 68.333…
    // after:  team (1 + 1) / 2 = 100; tech (2·1 + 3/8 + 0.5) / 4 = 71.875; overall (200 + 71.875) / 3 = 90.625
    @Test("a hand-computed pair: scores, verdicts, dimensions and exactly the changed criteria")
    func handComputed() throws {
        let comparison = try Comparison(before: result("ask/before.yaml"), after: result("ask/after.yaml"))
        #expect(close(comparison.scoreBefore, 205.0 / 3))
        #expect(close(comparison.scoreAfter, 90.625))
        #expect(close(comparison.scoreChange, 90.625 - 205.0 / 3))
        #expect(comparison.verdictBefore.id == "almost")
        #expect(comparison.verdictAfter.id == "ready")
        #expect(comparison.verdictChange == .up)
        #expect(comparison.dimensions.map(\.id) == ["profile", "team", "tech"])
        #expect(comparison.dimensions[0].before == nil && comparison.dimensions[0].after == nil)
        #expect(close(comparison.dimensions[1].change, 25))
        #expect(close(comparison.dimensions[2].change, 71.875 - 55))

        #expect(comparison.changes.map(\.criterion) == ["team.founders", "tech.ip", "tech.trl", "tech.wetlab"])
        #expect(comparison.changes.map(\.trend) == [.up, .up, .appeared, .down])
        #expect(close(comparison.changes[0].change, 0.5))
        #expect(close(comparison.changes[1].change, 0.4))
        #expect(comparison.changes[2].before == nil && close(comparison.changes[2].after, 0.375))
        #expect(close(comparison.changes[3].change, -0.5))
        #expect(comparison.improved.map(\.criterion) == ["team.founders", "tech.ip"])
        #expect(comparison.slipped.map(\.criterion) == ["tech.wetlab"])
        #expect(comparison.newlyAnswered.map(\.criterion) == ["team.story", "tech.trl"])
        #expect(comparison.newlyAnswered.first?.value == .text("We spun out of a university lab."))
        #expect(comparison.nextSteps.first?.criterion == "tech.trl")
    }

    @Test("the overall change is exactly the difference of the two results")
    func matchesResults() throws {
        let before = try result("ask/before.yaml")
        let after = try result("ask/after.yaml")
        let comparison = try Comparison(before: before, after: after)
        #expect(comparison.scoreChange == after.score - before.score)
    }

    @Test("an assessment compared with itself has no changes")
    func same() throws {
        let comparison = try Comparison(before: result("ask/after.yaml"), after: result("ask/after.yaml"))
        #expect(comparison.changes.isEmpty)
        #expect(comparison.newlyAnswered.isEmpty)
        #expect(comparison.scoreChange == 0)
        #expect(comparison.verdictChange == .same)
    }

    @Test("different rubrics cannot be compared")
    func differentRubrics() throws {
        var other = try result("ask/after.yaml")
        other.rubricID = "other"
        #expect(throws: ComparisonError.differentRubrics(before: "small", after: "other")) {
            try Comparison(before: try result("ask/before.yaml"), after: other)
        }
    }

    @Test("the JSON keeps the contract's keys, with null where a criterion has no score")
    func json() throws {
        let comparison = try Comparison(before: result("ask/before.yaml"), after: result("ask/after.yaml"))
        let text = ComparisonJSON.text(comparison)
        #expect(text.contains("\"score_change\": 22.29166666666667"))
        #expect(text.contains("\"verdict_before\": \"almost\""))
        #expect(text.contains("\"verdict_after\": \"ready\""))
        #expect(text.contains("{\"criterion\": \"tech.trl\", \"before\": null, \"after\": 0.375"))
    }
}
