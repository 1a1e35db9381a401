import Testing

@testable import ReadinessKit

/// Thresholds within 1e-9 in the answer's favour and equal gains in rubric order: the second
/// edition only; the same rubric in format 1 keeps the first edition's exact comparisons.
@Suite("Second-edition tolerance and ties")
struct SecondEditionToleranceTests {
    /// One criterion whose two options sum to 0.2 + 0.7 = 0.8999999999999999 in doubles.
    static func nearRubric(format: Int) throws -> Rubric {
        let gate = format == 2 ? "{below: 0.9}" : "0.9"
        let text = rubricText(
            criteria: """
                      - {id: a, question: Q, answer: multi-choice, level: 1, gate: \(gate), options: [{id: x, label: X, score: 0.2}, {id: y, label: Y, score: 0.7}]}
                """, top: "format: \(format)\npass: 0.9\n",
            verdicts: "verdicts:\n  - {id: good, label: Good, min: 90}\n  - {id: bad, label: Bad, min: 0}")
        return try #require(RubricDecoder.decode(text).rubric)
    }

    @Test("a verdict minimum, a gate and a pass are reached within 1e-9 in format 2 only")
    func thresholds() throws {
        for format in [1, 2] {
            let rubric = try Self.nearRubric(format: format)
            let result = try #require(Fixtures.assess("startup: A\nanswers: {d.a: [x, y]}\n", rubric: rubric))
            // 100 × 0.8999999999999999 = 89.99999999999999: 1.4e-14 short of 90, as the score is of the gate and the pass.
            #expect(result.criterion("d.a")?.score ?? 1 < 0.9)
            #expect(result.score < 90 && 90 - result.score < 1e-9)
            #expect(result.verdict.id == (format == 2 ? "good" : "bad"), "format \(format)")
            #expect(result.gatesFailed == (format == 2 ? [] : ["d.a"]), "format \(format)")
            #expect(result.dimensions[0].level == (format == 2 ? 1 : 0), "format \(format)")
        }
    }

    @Test("an answered share within 1e-9 of min_answered is not provisional")
    func answeredShare() throws {
        // Four criteria of weight 0.7, three answered: 2.0999999999999996 / 2.8 = 0.7499999999999999.
        let criteria = (0..<4).map { "      - {id: c\($0), question: Q, answer: yes-no, weight: 0.7}" }.joined(
            separator: "\n")
        let rubric = try #require(
            RubricDecoder.decode(rubricText(criteria: criteria, top: "format: 2\nmin_answered: 0.75\n")).rubric)
        let answers = (0..<3).map { "d.c\($0): yes" }.joined(separator: ", ")
        let result = try #require(Fixtures.assess("startup: A\nanswers: {\(answers)}\n", rubric: rubric))
        #expect(result.answeredShare < 0.75 && 0.75 - result.answeredShare < 1e-9)
        #expect(!result.provisional)
        let fewer = try #require(Fixtures.assess("startup: A\nanswers: {d.c0: yes}\n", rubric: rubric))
        #expect(fewer.provisional)
        // Answered in full, the share is exactly 1 (ten shares of 0.1 no longer sum to 0.9999999999999999).
        let ten = (0..<10).map { "      - {id: c\($0), question: Q, answer: yes-no}" }.joined(separator: "\n")
        let whole = try #require(
            RubricDecoder.decode(rubricText(criteria: ten, top: "format: 2\nmin_answered: 1\n")).rubric)
        let all = (0..<10).map { "d.c\($0): yes" }.joined(separator: ", ")
        #expect(try #require(Fixtures.assess("startup: A\nanswers: {\(all)}\n", rubric: whole)).answeredShare == 1)
    }

    @Test("gains equal within 1e-9 keep rubric order in format 2; format 1 orders by the raw doubles")
    func ties() throws {
        // a: w 1, s 0.4 → 100 × 1 × 1/3 × 0.6 = 19.999999999999996; b: w 2, s 0.7 → 100 × 2/3 × 0.30000000000000004 = 20.0.
        // Both are 20 exactly in arithmetic, so a (first in the rubric) comes first.
        let criteria = """
                  - {id: a, question: Q, answer: choice, options: [{id: o, label: O, score: 0.4}]}
                  - {id: b, question: Q, answer: choice, weight: 2, options: [{id: o, label: O, score: 0.7}]}
            """
        for format in [1, 2] {
            let rubric = try #require(
                RubricDecoder.decode(rubricText(criteria: criteria, top: "format: \(format)\n")).rubric)
            let result = try #require(Fixtures.assess("startup: A\nanswers: {d.a: o, d.b: o}\n", rubric: rubric))
            let gains = result.nextSteps.map(\.gain)
            #expect(gains[0] != gains[1] && abs(gains[0] - gains[1]) < 1e-9)
            #expect(
                result.nextSteps.map(\.criterion) == (format == 2 ? ["d.a", "d.b"] : ["d.b", "d.a"]), "format \(format)"
            )
        }
    }

    @Test("ties group by the run's largest gain, rubric order inside each group")
    func tieGroups() {
        func results(_ gains: [Double]) -> [DimensionResult] {
            [
                DimensionResult(
                    id: "d", title: "D", weight: 1, score: 0, level: nil, nextLevel: nil, contribution: nil,
                    countedWeight: 1,
                    criteria: gains.enumerated().map { index, gain in
                        CriterionResult(
                            id: "d.c\(index)", score: 0, answerScore: 0, status: .unmet, gain: gain,
                            answer: nil, evidence: nil, note: nil, unverified: false, gateFailed: false)
                    })
            ]
        }
        // c1 and c3 are within 1e-9 of the largest (c3): one group, rubric order. c0 is 1.5e-9 below c3, so
        // it starts a group of its own even though it is within 1e-9 of c1; c2 is far below.
        let steps = NextStepOrder.steps(results([5 - 1.5e-9, 5 - 0.4e-9, 1, 5]), tolerance: VerdictRule.tolerance)
        #expect(steps.map(\.criterion) == ["d.c1", "d.c3", "d.c0", "d.c2"])
        let exact = NextStepOrder.steps(results([5 - 1.5e-9, 5 - 0.4e-9, 1, 5]))
        #expect(exact.map(\.criterion) == ["d.c3", "d.c1", "d.c0", "d.c2"])
    }
}
