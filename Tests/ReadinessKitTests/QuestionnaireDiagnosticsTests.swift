import Testing

@testable import ReadinessKit

@Suite("Questionnaire diagnostics")
struct QuestionnaireDiagnosticsTests {
    static let cases: [(String, String)] = [
        ("  »team.founder: 2", "unknown criterion 'team.founder' (did you mean 'team.founders'?)"),
        (
            "  tech.ip: »filled",
            "unknown option 'filled' for 'tech.ip' (did you mean 'filed'?); options: none, filed, granted"
        ),
        ("  tech.trl: »12", "'tech.trl' takes a whole number from 1 to 9; 12 is out of range"),
        ("  tech.trl: »4.5", "'tech.trl' takes a whole number from 1 to 9; 4.5 is not whole"),
        ("  team.founders: »-1", "'team.founders' is -1, below the lowest band (from 0)"),
        ("  team.founders: »two", "'team.founders' takes a number, not 'two'"),
        ("  team.advisors: »maybe", "'team.advisors' takes yes or no, not 'maybe'"),
        ("  team.advisors: »[yes]", "'team.advisors' takes yes or no, not a list"),
        ("  tech.wetlab: [own, »own]", "option 'own' is chosen twice for 'tech.wetlab'"),
        ("  team.story: »{value: [a]}", "'team.story' takes text, not a list"),
        ("  team.advisors: {value: yes, »proof: x}", "unknown key 'proof' in an answer"),
    ]

    @Test("each problem in an answer is reported at its exact line and column", arguments: cases)
    func located(answer: String, message: String) {
        let marked = MarkedText("startup: Acme\nrubric: small\nanswers:\n\(answer)\n")
        let output = QuestionnaireDecoder.decode(marked.text, rubric: Fixtures.smallRubric)
        #expect(output.questionnaire == nil)
        #expect(output.diagnostics.count == 1, "\(output.diagnostics)")
        #expect(output.diagnostics.first?.message == message)
        // A long-form `value` points inside the mapping: accept the marked mapping or its value.
        #expect(output.diagnostics.first?.location.line == marked.marker.line)
        if !answer.contains("{value: [") { #expect(output.diagnostics.first?.location == marked.marker) }
    }

    @Test(
        "questionnaire-level problems",
        arguments: [
            ("»answers: {}\n", "missing required key 'startup' in the questionnaire"),
            ("startup: A\n»startp: B\n", "unknown key 'startp' in the questionnaire (did you mean 'startup'?)"),
            ("startup: A\ndate: »2026-02-30\n", "'date' must be a date written YYYY-MM-DD, not '2026-02-30'"),
            ("startup: A\nanswers: »[a]\n", "'answers' must be a mapping, not a list"),
            ("startup: »''\n", "'startup' is empty; give the startup's name"),
            ("startup:» \nanswers: {}\n", "'startup' is empty; give the startup's name"),
            ("startup: »'   '\n", "'startup' is empty; give the startup's name"),
        ])
    func topLevel(source: String, message: String) {
        let marked = MarkedText(source)
        let output = QuestionnaireDecoder.decode(marked.text, rubric: Fixtures.smallRubric)
        #expect(output.diagnostics.first?.message == message)
        #expect(output.diagnostics.first?.location == marked.marker)
    }

    @Test("a scalar means what its criterion expects")
    func meanings() throws {
        let rubric = Fixtures.smallRubric
        let text = """
            startup: Acme
            answers:
              team.founders: 010
              team.advisors: FALSE
              tech.trl: 4.0
              team.story: no
              tech.wetlab: shared
            """
        let questionnaire = try #require(Fixtures.questionnaire(text, rubric: rubric))
        #expect(questionnaire.answer("team.founders")?.value == .number(10))
        #expect(questionnaire.answer("team.advisors")?.value == .yesNo(false))
        #expect(questionnaire.answer("tech.trl")?.value == .scale(4))
        #expect(questionnaire.answer("team.story")?.value == .text("no"))
        #expect(questionnaire.answer("tech.wetlab")?.value == .multiChoice(["shared"]))
    }

    @Test(
        "yes-no accepts yes, no, true and false in any case",
        arguments: ["yes", "YES", "True", "no", "No", "false", "FALSE"])
    func yesNo(word: String) {
        let text = "startup: A\nanswers:\n  team.advisors: \(word)\n"
        let value = Fixtures.questionnaire(text, rubric: Fixtures.smallRubric)?.answer("team.advisors")?.value
        #expect(value == .yesNo(["yes", "true"].contains(word.lowercased())))
    }

    @Test("an empty answer is unanswered, not an error")
    func emptyAnswer() throws {
        let text =
            "startup: A\nanswers:\n  team.advisors:\n  tech.ip: ~\n  team.founders: {value: null, note: later}\n  tech.trl: ''\n  team.story: {evidence: x}\n"
        let questionnaire = try #require(Fixtures.questionnaire(text, rubric: Fixtures.smallRubric))
        #expect(questionnaire.answers.isEmpty)
    }

    @Test("evidence and note are kept from the long form")
    func longForm() throws {
        let text = "startup: A\nanswers:\n  team.advisors: {value: yes, evidence: 'https://x.org', note: Two}\n"
        let answer = try #require(Fixtures.questionnaire(text, rubric: Fixtures.smallRubric)?.answer("team.advisors"))
        #expect(answer.evidence == "https://x.org")
        #expect(answer.note == "Two")
    }

    @Test("several problems are all reported, ordered by line")
    func collectsAll() {
        let text = "startup: A\nanswers:\n  tech.trl: 0\n  tech.ip: x\n  nope: 1\n"
        let output = QuestionnaireDecoder.decode(text, rubric: Fixtures.smallRubric)
        #expect(output.diagnostics.map(\.location.line) == [3, 4, 5])
    }
}
