@testable import ReadinessKit

/// Random format-2 rubrics for property tests: weights and option scores that make equal gains
/// differ in floating point, gates with and without caps, required evidence, levels and passes.
enum RandomRubric {
    /// A rubric's YAML text, chosen by the generator.
    static func text(using random: inout SeededRandom) -> String {
        var lines = [
            "format: 2", "id: random", "version: '1'", "title: Random",
            "unverified: \(pick([0.25, 0.5, 0.8], &random))", "min_answered: \(pick([0, 0.5, 0.9], &random))",
            "verdicts:", "  - {id: top, label: Top, min: 75}", "  - {id: mid, label: Mid, min: 50}",
            "  - {id: low, label: Low, min: 0}", "dimensions:",
        ]
        for d in 0..<Int.random(in: 2...4, using: &random) {
            lines += [
                "  - id: d\(d)", "    title: D\(d)", "    weight: \(pick([1, 2, 3, 1.5], &random))", "    criteria:",
            ]
            for c in 0..<Int.random(in: 2...5, using: &random) {
                var fields = ["id: c\(c)", "question: Q", "weight: \(pick([1, 2, 3, 0.5], &random))"]
                switch Int.random(in: 0..<3, using: &random) {
                case 0: fields.append("answer: yes-no")
                case 1: fields.append("answer: scale, scale: {min: 0, max: \(pick([4, 5, 10], &random))}")
                default:
                    let options = (0...10).filter { _ in Bool.random(using: &random) }.map {
                        "{id: o\($0), label: O, score: \(Double($0) / 10)}"
                    }
                    fields.append(
                        "answer: choice, options: [\((options.isEmpty ? ["{id: o0, label: O, score: 0}"] : options).joined(separator: ", "))]"
                    )
                }
                if Bool.random(using: &random) { fields.append("level: \(Int.random(in: 1...4, using: &random))") }
                if Int.random(in: 0..<4, using: &random) == 0 {
                    fields.append("pass: \(pick([0.5, 0.7, 0.9], &random))")
                }
                switch Int.random(in: 0..<6, using: &random) {
                case 0: fields.append("gate: \(pick([0.3, 0.5], &random))")
                case 1:
                    fields.append(
                        "gate: {below: \(pick([0.3, 0.6], &random)), cap: \(pick(["mid", "low", "top"], &random))}")
                default: break
                }
                fields.append("evidence: \(pick(["required", "expected", "optional", "required"], &random))")
                lines.append("      - {\(fields.joined(separator: ", "))}")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A decoded random rubric.
    static func rubric(using random: inout SeededRandom) -> Rubric? {
        RubricDecoder.decode(text(using: &random)).rubric
    }

    private static func pick<T>(_ choices: [T], _ random: inout SeededRandom) -> T {
        choices[Int.random(in: 0..<choices.count, using: &random)]
    }
}
