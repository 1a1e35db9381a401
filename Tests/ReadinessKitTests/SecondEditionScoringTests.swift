import Testing

@testable import ReadinessKit

/// The second edition's rules on `Tests/Fixtures/format2/rubric.yaml`, every number worked out
/// by hand in the comments. Team (W 2): founders (choice, level 1, gate 0.5), advisors (yes-no,
/// level 2, evidence required), board (yes-no, level 3), its own ladder. Tech (W 1): ip (choice,
/// w 2, level 1, pass 0.6, gate {below 0.3, cap not-ready}), trl (scale 1–9, level 2).
/// Verdicts ready ≥ 80, almost ≥ 50, not-ready; unverified 0.5; min_answered 0.75.
@Suite("Second-edition scoring, computed by hand")
struct SecondEditionScoringTests {
    static let rubric = RubricDecoder.decode(Fixtures.text("format2/rubric.yaml")).rubric!

    func assess(_ answers: String) throws -> AssessmentResult {
        try #require(Fixtures.assess("startup: Acme\nanswers:\n\(answers)", rubric: Self.rubric))
    }

    @Test("the rubric reads as format 2 with its settings and both languages")
    func settings() {
        let rubric = Self.rubric
        #expect(rubric.format == 2 && rubric.isSecondEdition)
        #expect(rubric.language == "en" && rubric.languages == ["en", "nl"])
        #expect(rubric.edition.unverified == 0.5 && rubric.edition.minAnswered == 0.75)
        #expect(rubric.titleText.text == "Second edition" && rubric.titleText.text(in: "nl") == "Tweede editie")
        #expect(rubric.title == "Second edition")
        #expect(
            rubric.criterion("team.founders")?.texts.question.translations["nl"]
                == "Hoeveel oprichters werken voltijds?")
        #expect(rubric.criterion("tech.ip")?.gateCap == "not-ready" && rubric.criterion("tech.ip")?.gate == 0.3)
        #expect(rubric.criterion("team.founders")?.gate == 0.5 && rubric.criterion("team.founders")?.gateCap == nil)
        #expect(rubric.criterion("team.advisors")?.evidence == .required)
        #expect(rubric.criterion("tech.ip")?.pass == 0.6)
        #expect(rubric.levelName(2, in: rubric.dimensions[0]) == "Advisors")
        #expect(rubric.levelName(2, in: rubric.dimensions[1]) == "Prototype")
        #expect(rubric.resource("founders-lab")?.titleText.text(in: "nl") == "Oprichterslab")
    }

    @Test("required evidence: an answer without it counts score × unverified")
    func evidenceDiscount() throws {
        // Team: founders 1, advisors 1 × 0.5 (no evidence), board 0 → 100 × 1.5 / 3 = 50.
        // Tech: ip 0.6 × 2, trl (5 − 1) / 8 = 0.5 → 100 × 1.7 / 3 = 56.67. Overall (2 × 50 + 56.67) / 3 = 52.22.
        let result = try assess(
            "  team.founders: two\n  team.advisors: yes\n  team.board: no\n  tech.ip: filed\n  tech.trl: 5\n")
        let advisors = try #require(result.criterion("team.advisors"))
        #expect(
            advisors.score == 0.5 && advisors.answerScore == 1 && advisors.unverified && advisors.status == .partial)
        // Gain at counted score 0.5: 100 × 2/3 × 1/3 × 0.5.
        #expect(abs((advisors.gain ?? 0) - 100.0 / 9) < 1e-12)
        #expect(result.dimensions[0].score == 50)
        #expect(abs(result.score - 470.0 / 9) < 1e-12)
        #expect(result.verdict.id == "almost")
        // With evidence: team (1 + 1 + 0) / 3 = 66.67 → overall (133.33 + 56.67) / 3 = 63.33.
        let verified = try assess(
            "  team.founders: two\n  team.advisors: {value: yes, evidence: board.pdf}\n  team.board: no\n  tech.ip: filed\n  tech.trl: 5\n"
        )
        #expect(verified.criterion("team.advisors")?.score == 1)
        #expect(verified.criterion("team.advisors")?.status == .met)
        #expect(abs(verified.score - 190.0 / 3) < 1e-12)
    }

    @Test("the verdict is the worst of the score's verdict and every failed gate's cap")
    func gateCaps() throws {
        // Team 100; tech: ip none 0, trl 9 → 1: 100 × 1 / 3 = 33.33; overall (200 + 33.33) / 3 = 77.78: almost.
        // ip 0 < 0.3 fails and caps at not-ready; the verdict is not-ready, uncapped almost.
        let capped = try assess(
            "  team.founders: two\n  team.advisors: {value: yes, evidence: e}\n  team.board: yes\n  tech.ip: none\n  tech.trl: 9\n"
        )
        #expect(abs(capped.score - 700.0 / 9) < 1e-12)
        #expect(capped.uncappedVerdict.id == "almost")
        #expect(capped.verdict.id == "not-ready")
        #expect(capped.gates == [GateFailure(criterion: "tech.ip", cap: Self.rubric.verdicts[2])])
        // founders one (0.5) is not below its gate 0.5; ip granted: team (0.5 + 1 + 1) / 3 = 83.33, tech 100 →
        // overall (166.67 + 100) / 3 = 88.89: ready. founders none fails the shorthand gate: cap almost (second).
        let shorthand = try assess(
            "  team.founders: none\n  team.advisors: {value: yes, evidence: e}\n  team.board: yes\n  tech.ip: granted\n  tech.trl: 9\n"
        )
        // team (0 + 1 + 1) / 3 = 66.67 → overall (133.33 + 100) / 3 = 77.78: almost, cap almost: no change.
        #expect(shorthand.gates.map(\.cap.id) == ["almost"] && shorthand.verdict.id == "almost" && !shorthand.isCapped)
        let both = try assess("  team.founders: none\n  tech.ip: none\n")
        #expect(both.gatesFailed == ["team.founders", "tech.ip"])
        #expect(both.gates.map(\.cap.id) == ["almost", "not-ready"])
        #expect(both.verdict.id == "not-ready")
        let passing = try assess(
            "  team.founders: one\n  team.advisors: {value: yes, evidence: e}\n  team.board: yes\n  tech.ip: granted\n  tech.trl: 9\n"
        )
        #expect(passing.gatesFailed.isEmpty && abs(passing.score - 800.0 / 9) < 1e-12 && passing.verdict.id == "ready")
    }

    @Test("levels pass at each criterion's own pass; the next level names its blockers")
    func levelsAndNextLevel() throws {
        // Team: founders 1 passes level 1; advisors 0.5 (unverified) < 1 blocks level 2 → level 1, next 2.
        // Tech: ip 0.6 ≥ its pass 0.6 → level 1; trl 0.5 < 1 → next 2 blocked by trl.
        let result = try assess(
            "  team.founders: two\n  team.advisors: yes\n  team.board: no\n  tech.ip: filed\n  tech.trl: 5\n")
        #expect(result.dimensions.map(\.level) == [1, 1])
        #expect(result.dimensions[0].nextLevel == NextLevel(level: 2, blocking: ["team.advisors"]))
        #expect(result.dimensions[1].nextLevel == NextLevel(level: 2, blocking: ["tech.trl"]))
        // Everything at full marks: top levels, no next level.
        let top = try assess(
            "  team.founders: two\n  team.advisors: {value: yes, evidence: e}\n  team.board: yes\n  tech.ip: granted\n  tech.trl: 9\n"
        )
        #expect(top.dimensions.map(\.level) == [3, 2])
        #expect(top.dimensions.map(\.nextLevel) == [nil, nil])
        // Nothing answered: level 0, the next level is the lowest carried, blocked by every criterion there.
        let none = try assess("")
        #expect(none.dimensions.map(\.level) == [0, 0])
        #expect(none.dimensions[1].nextLevel == NextLevel(level: 1, blocking: ["tech.ip"]))
    }

    @Test("the answered share and provisional results")
    func answeredShare() throws {
        // Only team answered: share = (2/3) × (1/3 + 1/3 + 1/3) = 2/3 < 0.75 → provisional. The verdict
        // is still given by the rules: team 100 × 2/3 = 66.67 (almost), capped by the unanswered ip's gate.
        let team = try assess("  team.founders: two\n  team.advisors: {value: yes, evidence: e}\n  team.board: yes\n")
        #expect(abs(team.answeredShare - 2.0 / 3) < 1e-12)
        #expect(team.provisional)
        #expect(team.uncappedVerdict.id == "almost" && team.verdict.id == "not-ready")
        // Adding tech.ip: 2/3 + (1/3) × (2/3) = 8/9 ≥ 0.75.
        let more = try assess("  team.founders: two\n  team.advisors: yes\n  team.board: yes\n  tech.ip: filed\n")
        #expect(abs(more.answeredShare - 8.0 / 9) < 1e-12)
        #expect(!more.provisional)
        #expect(try assess("").answeredShare == 0)
    }

    @Test("next steps carry their dimension, the advice a report shows and the resources")
    func stepAdvice() throws {
        let result = try assess("  team.founders: none\n  tech.ip: none\n")
        let founders = try #require(result.nextSteps.first { $0.criterion == "team.founders" })
        #expect(founders.dimension == "team")
        // The chosen option's advice first, then the criterion's, a blank line between.
        #expect(result.advice(for: founders) == "Find a co-founder.\n\nFull-time founders show commitment.")
        #expect(result.resources(for: founders) == ["founders-lab"])
        let ip = try #require(result.nextSteps.first { $0.criterion == "tech.ip" })
        #expect(result.advice(for: ip) == "File a priority application.\n\nAsk the IP clinic.")
        // The criterion's ip-clinic, then the option's (the same id, once).
        #expect(result.resources(for: ip) == ["ip-clinic"])
        let board = try #require(result.nextSteps.first { $0.criterion == "team.board" })
        #expect(result.advice(for: board) == nil && result.resources(for: board).isEmpty)
    }
}
