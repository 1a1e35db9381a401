import Testing

@testable import ReadinessKit

@Suite("Scoring properties")
struct ScoringPropertyTests {
    let rubric = Fixtures.smallRubric

    @Test("every score is within bounds", arguments: 0..<200)
    func bounds(seed: UInt64) {
        var random = SeededRandom(seed: seed)
        let result = ScoringEngine.assess(RandomAnswers.questionnaire(for: rubric, using: &random), with: rubric)
        #expect((0...100).contains(result.score))
        for dimension in result.dimensions {
            if let score = dimension.score { #expect((0...100).contains(score)) }
        }
        for criterion in result.allCriteria {
            if let score = criterion.score { #expect((0...1).contains(score)) }
            if let gain = criterion.gain { #expect(gain >= 0 && gain <= 100) }
        }
        let contributions = result.dimensions.compactMap(\.contribution).reduce(0, +)
        #expect(abs(contributions - result.score) < 1e-9)
    }

    @Test("answering a criterion better never lowers the overall score", arguments: 0..<100)
    func monotone(seed: UInt64) {
        var random = SeededRandom(seed: seed)
        let questionnaire = RandomAnswers.questionnaire(for: rubric, using: &random)
        let before = ScoringEngine.assess(questionnaire, with: rubric)
        let referenced = Set(rubric.allCriteria.compactMap(\.when?.criterion))
        for criterion in rubric.allCriteria where criterion.isScored && !referenced.contains(criterion.key) {
            let candidate = RandomAnswers.value(for: criterion, using: &random)
            guard let new = CriterionScorer.score(candidate, for: criterion),
                new >= (before.criterion(criterion.key)?.score ?? 0)
            else { continue }
            var better = questionnaire
            better.answers.removeAll { $0.criterion == criterion.key }
            better.answers.append(Answer(criterion: criterion.key, value: candidate))
            let after = ScoringEngine.assess(better, with: rubric)
            #expect(after.score >= before.score - 1e-12, "\(criterion.key)")
        }
    }

    @Test("same input, same bytes")
    func deterministic() {
        var random = SeededRandom(seed: 42)
        let questionnaire = RandomAnswers.questionnaire(for: rubric, using: &random)
        let first = ResultJSON.text(ScoringEngine.assess(questionnaire, with: rubric))
        let second = ResultJSON.text(ScoringEngine.assess(questionnaire, with: rubric))
        #expect(first == second)
    }
}
