import Testing

@testable import ReadinessKit

/// Target status (met, missed, open as of a date) and blockers, by hand on `PlanFixture`.
@Suite("Plan target status")
struct PlanStatusTests {
    let rubric = PlanFixture.rubric
    let result = PlanFixture.result

    @Test("the fixture scores as the cases assume")
    func fixture() {
        let ip = result.dimensions.first { $0.id == "ip" }
        #expect(ip?.level == 2)
        #expect(abs((ip?.score ?? 0) - 200.0 / 3) < 1e-9)
        #expect(result.dimensions.first { $0.id == "finance" }?.score == 50)
        #expect(result.dimensions.first { $0.id == "clinical" }?.score == nil)
    }

    /// (target, status as of 2027-02-01, blockers).
    static let cases: [(PlanTarget, TargetStatus, [String])] = [
        // Level only.
        (PlanTarget(dimension: "ip", level: 2), .met, []),
        (PlanTarget(dimension: "ip", level: 1, due: "2026-01-01"), .met, []),
        (PlanTarget(dimension: "ip", level: 3), .open, ["ip.fto"]),
        // Score only: exactly reached counts; the dimension's criteria with a gain block it.
        (PlanTarget(dimension: "finance", score: 50), .met, []),
        (PlanTarget(dimension: "finance", score: 60), .open, ["finance.model"]),
        (PlanTarget(dimension: "ip", score: 200.0 / 3), .met, []),
        // Both: each part must be reached; blockers of the part not reached.
        (PlanTarget(dimension: "ip", level: 2, score: 60), .met, []),
        (PlanTarget(dimension: "ip", level: 2, score: 70), .open, ["ip.fto"]),
        (PlanTarget(dimension: "ip", level: 3, score: 60), .open, ["ip.fto"]),
        // Due before, at and after the assessment's date.
        (PlanTarget(dimension: "ip", level: 3, due: "2027-01-31"), .missed, ["ip.fto"]),
        (PlanTarget(dimension: "ip", level: 3, due: "2027-02-01"), .open, ["ip.fto"]),
        (PlanTarget(dimension: "ip", level: 3, due: "2027-02-02"), .open, ["ip.fto"]),
        (PlanTarget(dimension: "finance", score: 50, due: "2027-01-31"), .met, []),
        // Not applicable, absent, neither level nor score: never met.
        (PlanTarget(dimension: "clinical", level: 1), .open, []),
        (PlanTarget(dimension: "clinical", score: 0, due: "2027-01-01"), .missed, []),
        (PlanTarget(dimension: "nowhere", level: 1), .open, []),
        (PlanTarget(dimension: "ip", due: "2027-01-01"), .missed, []),
        // A level target on a dimension without levels.
        (PlanTarget(dimension: "finance", level: 1), .open, []),
    ]

    @Test("status and blockers as DESIGN.md says", arguments: cases)
    func status(target: PlanTarget, expected: TargetStatus, blockers: [String]) {
        #expect(target.status(in: result, asOf: "2027-02-01") == expected)
        #expect(target.blockers(in: result, rubric: rubric) == blockers)
    }

    @Test("one target over a year of dates: open, open on the due date, then missed; met once reached")
    func overTime() {
        let target = PlanTarget(dimension: "ip", level: 3, due: "2027-03-31")
        #expect(target.status(in: result, asOf: "2027-01-15") == .open)
        #expect(target.status(in: result, asOf: "2027-03-31") == .open)
        #expect(target.status(in: result, asOf: "2027-04-01") == .missed)
        let later = Fixtures.assess(
            PlanFixture.questionnaireText.replacingOccurrences(of: "ip.fto: no", with: "ip.fto: yes"), rubric: rubric)!
        #expect(target.status(in: later, asOf: "2027-06-30") == .met)
        #expect(target.blockers(in: later, rubric: rubric).isEmpty)
    }

    @Test("blockers of a level target list every failing criterion up to the level, in rubric order")
    func levelBlockersInOrder() {
        let none = Fixtures.assess(
            """
            startup: Acme
            answers: {ip.search: no, ip.filed: no, ip.fto: no}
            """, rubric: rubric)!
        #expect(PlanTarget(dimension: "ip", level: 2).blockers(in: none, rubric: rubric) == ["ip.search", "ip.filed"])
        #expect(
            PlanTarget(dimension: "ip", level: 3).blockers(in: none, rubric: rubric)
                == ["ip.search", "ip.filed", "ip.fto"])
    }

    @Test("a plan finds the actions of a criterion and the targets of a dimension")
    func lookups() {
        let plan = Plan(
            startup: "Acme",
            targets: [PlanTarget(dimension: "ip", level: 3), PlanTarget(dimension: "finance", score: 70)],
            actions: [
                PlanAction(criterion: "ip.fto", action: "FTO search"),
                PlanAction(criterion: "finance.model", action: "Model", status: .done),
                PlanAction(criterion: "ip.fto", action: "Book the clinic", status: .dropped),
            ])
        #expect(plan.actions(for: "ip.fto").map(\.action) == ["FTO search", "Book the clinic"])
        #expect(plan.targets(for: "finance").count == 1)
    }
}
