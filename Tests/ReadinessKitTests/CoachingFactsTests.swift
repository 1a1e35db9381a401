import Testing

@testable import ReadinessKit

/// The coaching facts of the report value on `Tests/Fixtures/format2/rubric.yaml` (see
/// `SecondEditionScoringTests` for the rubric): caps, next levels with their ladder names and
/// blockers, provisional results and what is missing, the action plan, unverified answers.
@Suite("Report facts that coach")
struct CoachingFactsTests {
    static let rubric = RubricDecoder.decode(Fixtures.text("format2/rubric.yaml")).rubric!

    func facts(_ answers: String) throws -> ReportFacts {
        let result = try #require(Fixtures.assess("startup: Acme\nanswers:\n\(answers)", rubric: Self.rubric))
        return ReportFacts(result, rubric: Self.rubric, strings: .english)
    }

    @Test("a capped verdict names the knock-out that capped it and at what")
    func caps() throws {
        // Team (0 + 1 + 1) / 3 = 66.7, tech (0 + 1) / 3 = 33.3, overall 55.6: almost by score.
        // founders none (0 < 0.5: cap almost), ip none (0 < 0.3: cap not-ready); the worst cap decides.
        let facts = try facts(
            "  team.founders: none\n  team.advisors: {value: yes, evidence: e}\n  team.board: yes\n  tech.ip: none\n  tech.trl: 9\n"
        )
        #expect(facts.coaching.uncappedVerdict == "Almost")
        #expect(facts.coaching.gates.map(\.key) == ["team.founders", "tech.ip"])
        #expect(facts.coaching.gates.map(\.cap) == ["Almost", "Not ready"])
        #expect(facts.coaching.gates.map(\.decisive) == [false, true])
        #expect(facts.coaching.gates[1].below == 0.3 && facts.coaching.gates[1].score == 0)
        #expect(facts.verdict == "Not ready")
    }

    @Test("each dimension names its level and next level from its own ladder, with the blockers")
    func nextLevels() throws {
        // Team: founders two (level 1 met), advisors no → level 1 "Founders", next 2 "Advisors".
        // Tech: ip filed 0.6 ≥ pass 0.6, trl 1 = 0 → level 1, next 2 "Prototype" (the rubric's ladder).
        let facts = try facts(
            "  team.founders: two\n  team.advisors: no\n  team.board: no\n  tech.ip: filed\n  tech.trl: 1\n")
        #expect(facts.dimensions.map(\.levelName) == ["Founders", "Idea"])
        let team = try #require(facts.dimensions[0].nextLevel)
        #expect(team.level == 2 && team.name == "Advisors" && team.blockers.map(\.key) == ["team.advisors"])
        #expect(team.blockers[0].question == "Do you have advisors?")
        let tech = try #require(facts.dimensions[1].nextLevel)
        #expect(tech.level == 2 && tech.name == "Prototype" && tech.blockers.map(\.key) == ["tech.trl"])
    }

    @Test("a dimension at its top level has no next level")
    func topLevel() throws {
        let facts = try facts(
            "  team.founders: two\n  team.advisors: {value: yes, evidence: e}\n  team.board: yes\n  tech.ip: granted\n  tech.trl: 9\n"
        )
        #expect(facts.dimensions[0].nextLevel == nil && facts.dimensions[0].levelName == "Board")
    }

    @Test("a provisional result says so and lists what is missing, rubric order")
    func provisional() throws {
        // Answered share: founders (2/3)(1/3) + ip (1/3)(2/3) = 4/9 = 0.44 < 0.75.
        let facts = try facts("  team.founders: two\n  tech.ip: granted\n")
        #expect(facts.coaching.provisional)
        #expect(abs(facts.coaching.answeredShare - 4.0 / 9) < 1e-12 && facts.coaching.minAnswered == 0.75)
        #expect(facts.coaching.missing.map(\.key) == ["team.advisors", "team.board", "tech.trl"])
        #expect(facts.coaching.missing.map(\.dimension) == ["Team", "Team", "Technology"])
    }

    @Test("unverified answers say what they count for")
    func unverified() throws {
        let facts = try facts(
            "  team.founders: two\n  team.advisors: yes\n  team.board: no\n  tech.ip: granted\n  tech.trl: 9\n")
        let advisors = try #require(facts.dimensions[0].rows.first { $0.key == "team.advisors" })
        #expect(advisors.unverified && advisors.evidenceRule == .required)
        #expect(advisors.answerScore == 1 && advisors.score == 0.5)
        #expect(facts.coaching.unverifiedCount == 1 && facts.coaching.unverifiedFactor == 0.5)
    }

    @Test("the action plan holds every gap after the first five, grouped by dimension in rubric order")
    func actionPlan() throws {
        // Nothing answered: five gaps, all shown as next steps, so the plan is empty.
        let none = try facts("  team.founders: none\n")
        #expect(none.nextStepTotal == 5 && none.coaching.actionPlan.isEmpty)
        // A plan only starts after `stepLimit`; every step of the result appears exactly once.
        let result = try #require(
            Fixtures.assess("startup: Acme\nanswers:\n  team.founders: none\n", rubric: Self.rubric))
        var longer = result
        longer.nextSteps += result.nextSteps.reversed()
        let plan = ReportFacts(longer, rubric: Self.rubric, strings: .english).coaching.actionPlan
        #expect(plan.map(\.id) == ["team", "tech"])
        #expect(Set(plan.flatMap(\.steps).map(\.rank)) == Set(6...10))
        for group in plan {
            #expect(group.steps.map(\.rank) == group.steps.map(\.rank).sorted())
            #expect(group.steps.allSatisfy { $0.key.hasPrefix(group.id + ".") })
        }
        #expect(plan.flatMap(\.steps).count == 5)
    }

    @Test("a gate capped at the best verdict is an alert: flagged, never lowering the verdict")
    func alerts() throws {
        let text = Fixtures.text("format2/rubric.yaml").replacingOccurrences(of: "cap: not-ready", with: "cap: ready")
        let rubric = try #require(RubricDecoder.decode(text).rubric)
        #expect(rubric.isAlert(try #require(rubric.criterion("tech.ip"))))
        let answers =
            "  team.founders: two\n  team.advisors: {value: yes, evidence: e}\n  team.board: yes\n  tech.ip: none\n  tech.trl: 9\n"
        let result = try #require(Fixtures.assess("startup: Acme\nanswers:\n\(answers)", rubric: rubric))
        #expect(result.alerts.map(\.criterion) == ["tech.ip"] && result.knockOuts.isEmpty)
        #expect(result.verdict == result.uncappedVerdict)
        let facts = ReportFacts(result, rubric: rubric, strings: .english)
        #expect(facts.gateSentence == nil && facts.alertSentence != nil)
        #expect(facts.coaching.gates.map(\.alert) == [true])
        #expect(result.nextSteps.first?.criterion == "tech.ip")
    }
}
