import Testing

@testable import ReadinessKit

/// Properties of the second edition on random format-2 rubrics and random questionnaires.
@Suite("Second-edition properties")
struct SecondEditionPropertyTests {
    /// A random rubric with random questionnaires for it, from one seed.
    static func cases(seed: UInt64, count: Int = 12) throws -> (Rubric, [Questionnaire]) {
        var random = SeededRandom(seed: seed)
        let rubric = try #require(RandomRubric.rubric(using: &random))
        var questionnaires: [Questionnaire] = []
        for _ in 0..<count {
            var questionnaire = RandomAnswers.questionnaire(for: rubric, using: &random)
            for index in questionnaire.answers.indices where Bool.random(using: &random) {
                questionnaire.answers[index].evidence = "doc.pdf"
            }
            questionnaires.append(questionnaire)
        }
        return (rubric, questionnaires)
    }

    static func verdictIndex(_ verdict: Verdict, in rubric: Rubric) -> Int {
        rubric.verdicts.firstIndex(of: verdict) ?? -1
    }

    @Test("adding evidence never lowers a score", arguments: 0..<40)
    func evidence(seed: UInt64) throws {
        let (rubric, questionnaires) = try Self.cases(seed: seed)
        for questionnaire in questionnaires {
            let before = ScoringEngine.assess(questionnaire, with: rubric)
            var proven = questionnaire
            for index in proven.answers.indices { proven.answers[index].evidence = "proof.pdf" }
            let after = ScoringEngine.assess(proven, with: rubric)
            #expect(after.score >= before.score - 1e-12)
            for (a, b) in zip(after.allCriteria, before.allCriteria) {
                #expect((a.score ?? 0) >= (b.score ?? 0), "\(a.id)")
                #expect(!a.unverified)
            }
            #expect(Self.verdictIndex(after.verdict, in: rubric) <= Self.verdictIndex(before.verdict, in: rubric))
        }
    }

    @Test("a failed gate never raises a verdict", arguments: 0..<40)
    func gates(seed: UInt64) throws {
        let (rubric, questionnaires) = try Self.cases(seed: seed)
        var ungated = rubric
        ungated.dimensions = rubric.dimensions.map { dimension in
            var dimension = dimension
            for index in dimension.criteria.indices { dimension.criteria[index].gate = nil }
            return dimension
        }
        for questionnaire in questionnaires {
            let result = ScoringEngine.assess(questionnaire, with: rubric)
            let free = ScoringEngine.assess(questionnaire, with: ungated)
            #expect(result.score == free.score)
            #expect(free.verdict == free.uncappedVerdict && result.uncappedVerdict == free.verdict)
            #expect(
                Self.verdictIndex(result.verdict, in: rubric) >= Self.verdictIndex(result.uncappedVerdict, in: rubric))
            // The verdict is exactly the worst of the score's and the caps'.
            let caps = result.gates.map { Self.verdictIndex($0.cap, in: rubric) }
            #expect(
                Self.verdictIndex(result.verdict, in: rubric)
                    == ([Self.verdictIndex(result.uncappedVerdict, in: rubric)] + caps).max())
            #expect(result.gates.map(\.criterion) == result.gatesFailed)
        }
    }

    @Test("equal gains keep rubric order; other gains descend")
    func ties() throws {
        var ties = 0
        var noisy = 0
        for seed in 0..<40 {
            let (rubric, questionnaires) = try Self.cases(seed: UInt64(seed), count: 25)
            for questionnaire in questionnaires {
                let steps = ScoringEngine.assess(questionnaire, with: rubric).nextSteps.filter { !$0.gateFailed }
                for (first, second) in zip(steps, steps.dropFirst()) {
                    #expect(second.gain <= first.gain + VerdictRule.tolerance)
                }
                for i in steps.indices {
                    for j in steps.indices where j > i && abs(steps[i].gain - steps[j].gain) < 1e-12 {
                        ties += 1
                        if steps[i].gain < steps[j].gain { noisy += 1 }
                        #expect(steps[i].position < steps[j].position, "\(steps[i].criterion) \(steps[j].criterion)")
                    }
                }
            }
        }
        // The rubrics make equal gains often, and floating-point noise orders some of them the wrong way.
        #expect(ties > 100 && noisy > 10, "\(ties) ties, \(noisy) against the raw doubles")
    }

    @Test("the answered share is the share of the score that rests on answers")
    func answeredShare() throws {
        for seed in 0..<30 {
            let (rubric, questionnaires) = try Self.cases(seed: UInt64(seed))
            for questionnaire in questionnaires {
                let result = ScoringEngine.assess(questionnaire, with: rubric)
                #expect((0...1 + 1e-12).contains(result.answeredShare))
                let unansweredCounted = result.allCriteria.contains { $0.status == .unanswered }
                if !unansweredCounted, result.dimensions.contains(where: { $0.score != nil }) {
                    #expect(abs(result.answeredShare - 1) < 1e-9)
                }
                #expect(
                    result.provisional == (result.answeredShare < rubric.edition.minAnswered - VerdictRule.tolerance))
            }
        }
    }

    @Test("with no format-2 key used, format 2 scores as format 1", arguments: 0..<50)
    func sameAsFirstEdition(seed: UInt64) throws {
        let first = Fixtures.smallRubric
        let second = try #require(RubricDecoder.decode("format: 2\n" + Fixtures.text("scoring/rubric.yaml")).rubric)
        var random = SeededRandom(seed: seed)
        let questionnaire = RandomAnswers.questionnaire(for: first, using: &random)
        let a = ScoringEngine.assess(questionnaire, with: first)
        let b = ScoringEngine.assess(questionnaire, with: second)
        #expect(a.score == b.score && a.verdict == b.verdict && a.gatesFailed == b.gatesFailed)
        #expect(
            a.dimensions.map(\.score) == b.dimensions.map(\.score)
                && a.dimensions.map(\.level) == b.dimensions.map(\.level))
        #expect(a.allCriteria.map(\.gain) == b.allCriteria.map(\.gain))
        #expect(Set(a.nextSteps.map(\.criterion)) == Set(b.nextSteps.map(\.criterion)))
    }
}
