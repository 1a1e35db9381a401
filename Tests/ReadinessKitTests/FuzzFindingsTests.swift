import Testing

@testable import ReadinessKit

/// What the coverage-guided fuzzer (`Fuzz/`) found, each kept fixed here by the smallest input.
@Suite("Fuzz findings")
struct FuzzFindingsTests {
    @Test(
        "a fully answered rubric has an answered share of exactly 1 (not 1.0000000000000002 or 0.9999999999999996)",
        arguments: ["investor-readiness", "life-sciences"])
    func answeredShareExactlyOne(id: String) throws {
        let rubric = try #require(RubricDecoder.decode(BuiltInRubrics.text(of: id) ?? "").rubric)
        var full = 0
        for seed in 0..<40 as Range<UInt64> {
            var random = SeededRandom(seed: seed)
            let answers = rubric.allCriteria.map {
                Answer(criterion: $0.key, value: RandomAnswers.value(for: $0, using: &random))
            }
            let result = ScoringEngine.assess(Questionnaire(startup: "Full", answers: answers), with: rubric)
            #expect(result.answeredShare == 1, "seed \(seed)")
            full += result.unanswered.isEmpty ? 1 : 0
        }
        #expect(full == 40)
        var random = SeededRandom(seed: 3)
        let half = rubric.allCriteria.enumerated().filter { $0.offset.isMultiple(of: 2) }.map {
            Answer(criterion: $0.element.key, value: RandomAnswers.value(for: $0.element, using: &random))
        }
        let partial = ScoringEngine.assess(Questionnaire(startup: "Half", answers: half), with: rubric)
        #expect(partial.answeredShare > 0 && partial.answeredShare < 1)
    }
}
