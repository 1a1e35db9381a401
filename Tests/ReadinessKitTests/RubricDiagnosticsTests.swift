import Testing

@testable import ReadinessKit

/// A minimal valid rubric with one dimension whose criteria (and extra top-level text) a test supplies.
func rubricText(criteria: String, top: String = "", verdicts: String? = nil) -> String {
    """
    id: t
    version: 1.0.0
    title: T
    \(verdicts ?? "verdicts:\n  - {id: good, label: Good, min: 50}\n  - {id: bad, label: Bad, min: 0}")
    \(top)dimensions:
      - id: d
        title: D
        criteria:
    \(criteria)
    resources:
      - {id: lab, title: Lab}
    """
}

@Suite("Rubric diagnostics")
struct RubricDiagnosticsTests {
    static let cases: [(String, String)] = [
        (
            "      - {id: a, question: Q, answer: yes-no, »wieght: 2}",
            "unknown key 'wieght' in a criterion (did you mean 'weight'?)"
        ),
        (
            "      - {id: a, question: Q, answer: »yesno}",
            "unknown answer kind 'yesno' (did you mean 'yes-no'?); use one of yes-no, choice, multi-choice, scale, number, text"
        ),
        (
            "      - {id: a, question: Q, answer: yes-no, weight: »-1}",
            "a criterion's 'weight' must be from 0 to 1000000000, not -1"
        ),
        (
            "      - {id: a, question: Q, answer: yes-no, weight: »heavy}",
            "a criterion's 'weight' must be a number, not 'heavy'"
        ),
        ("      - {id: a, question: Q, answer: yes-no, gate: »1.5}", "'gate' must be from 0 to 1, not 1.5"),
        ("      - {id: a, question: Q, answer: yes-no, level: »10}", "'level' must be from 1 to 9, not 10"),
        ("      - »{id: a, answer: yes-no}", "missing required key 'question' in a criterion"),
        (
            "      - {id: a, question: Q, answer: yes-no}\n      - {id: »a, question: R, answer: yes-no}",
            "duplicate criterion id 'd.a' (first at line 11)"
        ),
        (
            "      - {id: a, question: Q, answer: choice, options: [{id: x, label: X, score: 1}, {id: »x, label: Y, score: 0}]}",
            "duplicate option id 'x'"
        ),
        (
            "      - {id: a, question: Q, answer: choice, options: [{id: x, label: X, score: »2}]}",
            "an option's 'score' must be from 0 to 1, not 2"
        ),
        (
            "      - {id: a, question: Q, answer: number, bands: [{from: 5, score: 0}, {from: »5, score: 1}]}",
            "bands must ascend: 'from: 5' follows 'from: 5'"
        ),
        ("      - {id: a, question: Q, answer: »number}", "a number criterion needs 'bands'"),
        (
            "      - {id: a, question: Q, answer: scale, scale: {min: 5, max: »5}}",
            "'scale.max' (5) must be above 'scale.min' (5)"
        ),
        (
            "      - {id: a, question: Q, answer: yes-no, »options: []}",
            "'options' does not apply to a yes-no criterion (only to choice and multi-choice)"
        ),
        (
            "      - {id: a, question: Q, answer: yes-no, when: {answer: »d.nope, is: yes}}",
            "'when' names unknown criterion 'd.nope'"
        ),
        (
            "      - {id: a, question: Q, answer: yes-no}\n      - {id: b, question: Q, answer: yes-no, when: {answer: d.a, is: »maybe}}",
            "'when' compares with yes-no criterion 'd.a': use yes or no, not 'maybe'"
        ),
        (
            "      - {id: a, question: Q, answer: yes-no, resources: [»labb]}",
            "unknown resource 'labb' (did you mean 'lab'?)"
        ),
        (
            "      - {id: a, question: Q, answer: yes-no, evidence: »always}",
            "'evidence' must be 'expected', 'required' or 'optional', not 'always'"
        ),
        ("      - {id: a, question: »[Q], answer: yes-no}", "'question' must be text, not a list"),
    ]

    @Test("each problem is reported at its exact line and column", arguments: cases)
    func located(criteria: String, message: String) {
        let marked = MarkedText(rubricText(criteria: criteria))
        let output = RubricDecoder.decode(marked.text)
        #expect(output.rubric == nil)
        let errors = output.diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 1, "\(output.diagnostics)")
        #expect(errors.first?.message == message)
        #expect(errors.first?.location == marked.marker)
    }

    @Test("verdict minimums must descend")
    func verdictOrder() {
        let marked = MarkedText(
            rubricText(
                criteria: "      - {id: a, question: Q, answer: yes-no}",
                verdicts: "verdicts:\n  - {id: good, label: Good, min: 50}\n  - {id: bad, label: Bad, min: »60}"))
        let errors = RubricDecoder.decode(marked.text).diagnostics.filter { $0.severity == .error }
        #expect(
            errors == [.error("verdict minimums must descend (best verdict first): 60 follows 50", at: marked.marker)])
    }

    @Test("a newer rubric format is refused with a clear message")
    func newerFormat() {
        let marked = MarkedText(
            rubricText(criteria: "      - {id: a, question: Q, answer: yes-no}", top: "format: »3\n"))
        let errors = RubricDecoder.decode(marked.text).diagnostics
        #expect(errors.first?.location == marked.marker)
        #expect(errors.first?.code == .formatUnsupported)
        #expect(errors.first?.message.contains("rubric format 3") == true)
    }

    @Test("a rubric id must be a slug")
    func rubricID() {
        let text = rubricText(criteria: "      - {id: a, question: Q, answer: yes-no}").replacingOccurrences(
            of: "id: t\n", with: "id: Not A Slug\n")
        let errors = RubricDecoder.decode(text).diagnostics
        #expect(errors.first?.location == SourceLocation(line: 1, column: 5))
    }

    @Test("every problem is reported at once, in order")
    func collectsAll() {
        let criteria =
            "      - {id: a, question: Q, answer: yes-no, gate: 2}\n      - {id: b, question: Q, answer: choice}"
        let output = RubricDecoder.decode(rubricText(criteria: criteria))
        #expect(output.diagnostics.count == 2)
        #expect(output.diagnostics.map(\.location.line) == [11, 12])
    }

    @Test("a valid rubric decodes with its values")
    func valid() throws {
        let rubric = Fixtures.smallRubric
        #expect(rubric.id == "small")
        #expect(rubric.dimensions.map(\.id) == ["profile", "team", "tech"])
        #expect(rubric.criterion("tech.wetlab")?.when == Condition(criterion: "profile.sector", values: ["biotech"]))
        #expect(rubric.levelNames[2] == "Team")
        #expect(rubric.usesLevels)
        #expect(rubric.scoredCriteriaCount == 5)
    }

    @Test("a catalogue resolves resource ids, and a missing catalogue is an error")
    func catalogue() {
        let text = rubricText(
            criteria: "      - {id: a, question: Q, answer: yes-no, resources: [park-lab]}", top: "catalogue: park\n")
        let withCatalogue = RubricDecoder.decode(text, catalogue: [Resource(id: "park-lab", title: "Park lab")])
        #expect(withCatalogue.rubric?.resource("park-lab")?.title == "Park lab")
        let without = RubricDecoder.decode(text)
        #expect(without.diagnostics.contains { $0.message.contains("catalogue 'park' was not found") })
    }
}
