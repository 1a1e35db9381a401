import Testing

@testable import ReadinessKit

@Suite("Scoring rules, computed by hand")
struct ScoringTests {
    let rubric = Fixtures.smallRubric

    func assess(_ answers: String) throws -> AssessmentResult {
        try #require(Fixtures.assess("startup: Acme\nanswers:\n\(answers)", rubric: rubric))
    }

    @Test("weighted dimension and overall scores")
    func weightedMeans() throws {
        // team: founders 1 → 0.5, advisors yes → 1: (0.5 + 1) / 2 = 75.
        // tech: ip filed 0.6 × 2, trl 5 → 0.5, wetlab own+shared → min(1.2, 1) = 1: 2.7 / 4 = 67.5.
        // overall: (2 × 75 + 1 × 67.5) / 3 = 72.5.
        let result = try assess(
            """
              profile.sector: biotech
              team.founders: 1
              team.advisors: yes
              tech.ip: filed
              tech.trl: 5
              tech.wetlab: [own, shared]
            """)
        #expect(result.dimensions.map(\.score) == [nil, 75, 67.5])
        #expect(result.score == 72.5)
        #expect(result.verdict.id == "almost")
        #expect(result.gatesFailed.isEmpty)
        #expect(result.unanswered == ["team.story"])
    }

    @Test("a false `when` makes a criterion not applicable; it drops out")
    func whenFalse() throws {
        let result = try assess("  profile.sector: software\n  tech.ip: granted\n  tech.trl: 9\n")
        let wetlab = try #require(result.criterion("tech.wetlab"))
        #expect(wetlab.status == .notApplicable)
        #expect(wetlab.score == nil)
        #expect(result.dimensions[2].score == 100)
        #expect(!result.unanswered.contains("tech.wetlab"))
    }

    @Test("a `when` naming an unanswered criterion counts as true")
    func whenUnanswered() throws {
        let result = try assess("  tech.ip: granted\n")
        #expect(result.criterion("tech.wetlab")?.status == .unanswered)
        #expect(result.criterion("tech.wetlab")?.score == 0)
        // tech: (2 × 1 + 0 + 0) / 4 = 50.
        #expect(result.dimensions[2].score == 50)
        #expect(
            result.unanswered == [
                "profile.sector", "team.founders", "team.advisors", "team.story", "tech.trl", "tech.wetlab",
            ])
    }

    @Test("a failed gate caps the verdict at the second and comes first in next steps")
    func gateCap() throws {
        // team: founders 0 → 0 (gate 0.5 fails), advisors yes → 50. tech: all 1 → 100.
        // overall (2 × 50 + 100) / 3 = 66.67: "almost" anyway. Make tech and team reach "ready":
        let result = try assess(
            """
              profile.sector: software
              team.founders: 0
              team.advisors: yes
              tech.ip: granted
              tech.trl: 9
            """)
        #expect(result.gatesFailed == ["team.founders"])
        #expect(result.nextSteps.first?.criterion == "team.founders")
        #expect(result.nextSteps.first?.gateFailed == true)
        #expect(abs(result.score - 200.0 / 3) < 1e-12)
        #expect(result.verdict.id == "almost")
    }

    @Test("the gate cap lowers a verdict the score alone would reach")
    func gateCapLowers() throws {
        let text = rubricText(
            criteria: """
                      - {id: a, question: Q, answer: yes-no, gate: 1}
                      - {id: b, question: Q, answer: yes-no, weight: 9}
                """)
        let rubric = try #require(RubricDecoder.decode(text).rubric)
        let result = try #require(Fixtures.assess("startup: A\nanswers: {d.a: no, d.b: yes}\n", rubric: rubric))
        #expect(result.score == 90)
        #expect(result.uncappedVerdict.id == "good")
        #expect(result.verdict.id == "bad")
        #expect(result.isCapped)
    }

    @Test("gain is the overall points at score 1; next steps by gain, ties in rubric order")
    func gains() throws {
        let result = try assess("  profile.sector: biotech\n  team.founders: 2\n  team.advisors: yes\n")
        // tech has 4 weight: ip (w 2, s 0): 100 × 1/3 × 2/4 = 16.67; trl and wetlab (w 1, s 0): 8.33 each.
        #expect(result.nextSteps.map(\.criterion) == ["tech.ip", "tech.trl", "tech.wetlab"])
        #expect(abs(result.nextSteps[0].gain - 100.0 / 6) < 1e-12)
        #expect(abs(result.nextSteps[1].gain - 100.0 / 12) < 1e-12)
        #expect(result.criterion("team.founders")?.gain == 0)
    }

    @Test("levels: the highest level whose criteria up to it all pass")
    func levels() throws {
        #expect(try assess("  team.founders: 2\n").dimensions[1].level == 1)
        #expect(try assess("  team.founders: 2\n  team.advisors: yes\n").dimensions[1].level == 2)
        #expect(try assess("  team.founders: 1\n  team.advisors: yes\n").dimensions[1].level == 0)
        #expect(try assess("").dimensions[2].level == 0)
    }

    @Test("levels use the rubric's `pass`")
    func levelPass() throws {
        let text = rubricText(
            criteria: """
                      - {id: a, question: Q, answer: scale, scale: {min: 0, max: 10}, level: 1}
                      - {id: b, question: Q, answer: scale, scale: {min: 0, max: 10}, level: 3}
                """, top: "pass: 0.8\n")
        let rubric = try #require(RubricDecoder.decode(text).rubric)
        let level = { (a: Int, b: Int) in
            Fixtures.assess("startup: A\nanswers: {d.a: \(a), d.b: \(b)}\n", rubric: rubric)?.dimensions[0].level
        }
        #expect(level(8, 8) == 3)
        #expect(level(8, 7) == 1)
        #expect(level(7, 10) == 0)
    }

    @Test(
        "yes-no invert, number bands, scale and multi-choice cap",
        arguments: [
            ("{id: a, question: Q, answer: yes-no, invert: true}", "no", 1.0),
            ("{id: a, question: Q, answer: yes-no, invert: true}", "yes", 0.0),
            (
                "{id: a, question: Q, answer: number, bands: [{from: 0, score: 0}, {from: 3, score: 0.4}, {from: 12, score: 1}]}",
                "11.9", 0.4
            ),
            (
                "{id: a, question: Q, answer: number, bands: [{from: 0, score: 0}, {from: 3, score: 0.4}, {from: 12, score: 1}]}",
                "12", 1.0
            ),
            ("{id: a, question: Q, answer: scale, scale: {min: 1, max: 5}}", "2", 0.25),
            (
                "{id: a, question: Q, answer: multi-choice, options: [{id: x, label: X, score: 0.7}, {id: y, label: Y, score: 0.6}]}",
                "[x, y]", 1.0
            ),
            (
                "{id: a, question: Q, answer: multi-choice, options: [{id: x, label: X, score: 0.7}, {id: y, label: Y, score: 0.6}]}",
                "[]", 0.0
            ),
        ])
    func answerKinds(criterion: String, answer: String, score: Double) throws {
        let rubric = try #require(RubricDecoder.decode(rubricText(criteria: "      - \(criterion)")).rubric)
        let result = try #require(Fixtures.assess("startup: A\nanswers: {d.a: \(answer)}\n", rubric: rubric))
        #expect(result.criterion("d.a")?.score == score)
        #expect(result.score == 100 * score)
    }

    @Test("no counted criterion at all: score 0 and the last verdict")
    func nothingCounts() throws {
        let rubric = try #require(
            RubricDecoder.decode(rubricText(criteria: "      - {id: a, question: Q, answer: text}")).rubric)
        let result = try #require(Fixtures.assess("startup: A\n", rubric: rubric))
        #expect(result.score == 0)
        #expect(result.dimensions[0].score == nil)
        #expect(result.verdict.id == "bad")
        #expect(result.nextSteps.isEmpty)
        #expect(result.unanswered == ["d.a"])
    }

    @Test("evidence expected but not given is flagged unverified")
    func unverified() throws {
        #expect(try assess("  team.advisors: yes\n").criterion("team.advisors")?.unverified == true)
        #expect(
            try assess("  team.advisors: {value: yes, evidence: doc}\n").criterion("team.advisors")?.unverified == false
        )
    }
}
