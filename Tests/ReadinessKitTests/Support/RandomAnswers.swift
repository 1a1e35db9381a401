import ReadinessKit

/// A small deterministic random generator (SplitMix64), so property tests repeat exactly.
struct SeededRandom: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Random valid answers for a rubric, for property tests.
enum RandomAnswers {
    /// A questionnaire answering each criterion with probability 0.8.
    static func questionnaire(for rubric: Rubric, using random: inout SeededRandom) -> Questionnaire {
        var answers: [Answer] = []
        for criterion in rubric.allCriteria where Double.random(in: 0..<1, using: &random) < 0.8 {
            answers.append(Answer(criterion: criterion.key, value: value(for: criterion, using: &random)))
        }
        return Questionnaire(startup: "Random", answers: answers)
    }

    /// A random valid value for a criterion.
    static func value(for criterion: Criterion, using random: inout SeededRandom) -> AnswerValue {
        switch criterion.answer {
        case .yesNo: return .yesNo(Bool.random(using: &random))
        case .choice(let options): return .choice(options.randomElement(using: &random)!.id)
        case .multiChoice(let options):
            return .multiChoice(options.filter { _ in Bool.random(using: &random) }.map(\.id))
        case .scale(let scale): return .scale(Int.random(in: scale.min...scale.max, using: &random))
        case .number(let bands):
            let low = bands[0].from
            return .number((low + Double.random(in: 0...20, using: &random) * 1.5).rounded())
        case .text: return .text("Some text")
        }
    }
}
