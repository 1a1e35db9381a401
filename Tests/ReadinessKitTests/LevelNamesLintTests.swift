import Testing

@testable import ReadinessKit

/// `level:` on a criterion with no level names anywhere: a warning in format 2, none in format 1.
@Suite("Lint: levels without names")
struct LevelNamesLintTests {
    private static func rubric(format: Int, levels: String = "", dimensionLevels: String = "") -> String {
        """
        format: \(format)
        id: t
        version: 1.0.0
        title: T
        verdicts: [{id: good, label: Good, min: 0}]
        \(levels)dimensions:
          - id: d
            title: D
        \(dimensionLevels)    criteria:
              - {id: a, question: Q, answer: yes-no, »level: 1}
              - {id: b, question: Q, answer: yes-no, level: 2}
        """
    }

    @Test("format 2: one warning per dimension, at the first criterion's 'level' key")
    func formatTwo() throws {
        let marked = MarkedText(Self.rubric(format: 2))
        let rubric = try #require(RubricDecoder.decode(marked.text).rubric)
        let warnings = RubricLint.check(rubric).filter { $0.code == .levelsUnnamed }
        #expect(warnings.map(\.location) == [marked.marker])
        #expect(warnings.first?.severity == .warning)
    }

    @Test(
        "no warning in format 1, or when the rubric or the dimension names its levels",
        arguments: [
            rubric(format: 1),
            rubric(format: 2, levels: "levels: {1: Idea, 2: Team}\n"),
            rubric(format: 2, dimensionLevels: "    levels: {1: Idea, 2: Team}\n"),
        ])
    func named(text: String) throws {
        let rubric = try #require(RubricDecoder.decode(MarkedText(text).text).rubric)
        #expect(!RubricLint.check(rubric).contains { $0.code == .levelsUnnamed })
    }

    @Test("counted words have one form for one and one for more, in English and Dutch")
    func plurals() {
        for strings in [Strings.english, Strings.dutch] {
            let one = strings.plural(1, one: ResourceWord.capacityValueOne, many: .capacityValueMany)
            let two = strings.plural(2, one: ResourceWord.capacityValueOne, many: .capacityValueMany)
            #expect(one.hasPrefix("1 startup ") && two.hasPrefix("2 startups "))
            let fallback = strings.plural(
                1, one: TerminalWord.languageFallbackOne, many: .languageFallbackMany, "r", "nl", "en")
            #expect(!fallback.contains("1 texts") && !fallback.contains("1 teksten"))
        }
    }
}
