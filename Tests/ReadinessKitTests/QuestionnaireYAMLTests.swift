import Foundation
import Testing

@testable import ReadinessKit

@Suite("Questionnaire YAML writer")
struct QuestionnaireYAMLTests {
    let rubric = Fixtures.smallRubric

    /// Reads rendered text back; answers compare without their locations.
    private func readBack(_ text: String) -> Questionnaire? {
        let output = QuestionnaireDecoder.decode(text, rubric: rubric)
        guard var questionnaire = output.questionnaire else {
            Issue.record("did not read back: \(output.diagnostics)\n\(text)")
            return nil
        }
        for index in questionnaire.answers.indices { questionnaire.answers[index].location = .start }
        return questionnaire
    }

    @Test("every kind of answer, short and long form, reads back identically")
    func roundTrip() throws {
        let questionnaire = Questionnaire(
            startup: "Acme \"Bio\" #1: B.V.", rubric: "small", rubricVersion: "1.0.0", assessor: "Ann O'Neil",
            date: "2026-11-30",
            answers: [
                Answer(criterion: "profile.sector", value: .choice("biotech")),
                Answer(criterion: "team.founders", value: .number(1.25)),
                Answer(
                    criterion: "team.advisors", value: .yesNo(false), evidence: "https://example.org/a?b=c#d",
                    note: "line one\nline two"),
                Answer(
                    criterion: "team.story", value: .text("  - starts with a dash: and has # a hash\t\\ \"quotes\"  ")),
                Answer(criterion: "tech.ip", value: .choice("granted")),
                Answer(criterion: "tech.trl", value: .scale(9)),
                Answer(criterion: "tech.wetlab", value: .multiChoice([])),
            ])
        let text = QuestionnaireYAML.render(questionnaire, rubric: rubric)
        #expect(readBack(text) == questionnaire)
    }

    @Test(
        "text that YAML would otherwise misread stays text",
        arguments: [
            "null", "~", "yes", "No", "010", "1e3", "- item", "key: value", "# not a comment", "'single'", "[a, b]",
            "{a: 1}",
            "&anchor", "*alias", "!tag", "%directive", "@at", "`tick`", "|", ">", "…", "Übermorgen 🚀", "tab\there",
            "bell\u{07}", "nul\u{0}byte", "esc\u{1B}", "nel\u{85}next", "line\u{2028}separator", "para\u{2029}graph",
            "bom\u{FEFF}", "del\u{7F}", "c1\u{9B}", "crlf\r\nend", "trailing   ", "\\backslash\\",
        ])
    func awkwardText(text: String) throws {
        let questionnaire = Questionnaire(
            startup: "X", rubric: "small",
            answers: [
                Answer(criterion: "team.story", value: .text(text), evidence: "<" + text + ">", note: text)
            ])
        let back = readBack(QuestionnaireYAML.render(questionnaire, rubric: rubric))
        #expect(back?.answers == questionnaire.answers)
    }

    @Test("random answers round-trip", arguments: Array(UInt64(1)...40))
    func randomRoundTrip(seed: UInt64) {
        var random = SeededRandom(seed: seed)
        var questionnaire = RandomAnswers.questionnaire(for: rubric, using: &random)
        questionnaire.rubric = "small"
        let back = readBack(QuestionnaireYAML.render(questionnaire, rubric: rubric))
        #expect(back == questionnaire)
    }

    @Test("a blank questionnaire has every question and, once named, validates with nothing answered")
    func blank() throws {
        let text = QuestionnaireYAML.render(Questionnaire(startup: "", rubric: "small"), rubric: rubric)
        for criterion in rubric.allCriteria {
            #expect(text.contains("\n  \(criterion.key):\n"), "missing \(criterion.key)")
            #expect(text.contains("  # \(criterion.question)\n"))
        }
        #expect(text.contains("#   biotech: Biotech"))
        #expect(text.contains("#   from 2 founders: scores 1"))
        #expect(QuestionnaireDecoder.decode(text, rubric: rubric).questionnaire == nil)
        let named = text.replacingFirst("startup:\n", with: "startup: Acme\n")
        let questionnaire = try #require(readBack(named))
        #expect(questionnaire.answers.isEmpty)
        #expect(questionnaire.startup == "Acme")
    }

    @Test("rubric text with line separators and control characters stays inside comments")
    func hostileComments() throws {
        var hostile = rubric
        hostile.dimensions[1].criteria[0].question = "Founders?\u{2028}team.advisors: yes\u{85}x: 1\r\ny"
        hostile.dimensions[1].criteria[0].help = "Help\u{0}with\u{1B}control\u{FEFF}chars"
        let text = QuestionnaireYAML.render(Questionnaire(startup: "A", rubric: "small"), rubric: hostile)
        let output = QuestionnaireDecoder.decode(text, rubric: hostile)
        #expect(output.diagnostics.isEmpty, "\(output.diagnostics)")
        #expect(output.questionnaire?.answers.isEmpty == true)
    }

    @Test("the schema comment and header come first")
    func header() {
        let options = QuestionnaireYAML.Options(schema: "small.questionnaire.schema.json", header: ["Made by a test."])
        let text = QuestionnaireYAML.render(Questionnaire(startup: "A"), rubric: rubric, options: options)
        #expect(
            text.hasPrefix(
                "# yaml-language-server: $schema=small.questionnaire.schema.json\n# Made by a test.\nstartup: \"A\"\n"))
    }

    @Test("quoting escapes exactly what YAML needs")
    func quoting() {
        #expect(YAMLText.quoted("a\"b\\c\nd\te") == #""a\"b\\c\nd\te""#)
        #expect(YAMLText.quoted("\u{0}\u{7}\u{1B}\u{85}\u{2028}\u{FEFF}") == #""\0\x07\e\N\L\uFEFF""#)
        #expect(YAMLText.quoted("Ü ok") == "\"Ü ok\"")
        #expect(YAMLText.key("team.full-time") == "team.full-time")
        #expect(YAMLText.key("yes") == "\"yes\"")
    }

    @Test("the CSV header lists startup, assessor, date and every criterion in rubric order")
    func csvHeader() {
        #expect(
            QuestionnaireCSV.header(for: rubric)
                == "startup,assessor,date,profile.sector,team.founders,team.advisors,team.story,tech.ip,tech.trl,tech.wetlab\n"
        )
    }
}

extension String {
    /// The text with the first occurrence of a target replaced.
    fileprivate func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = range(of: target) else { return self }
        return replacingCharacters(in: range, with: replacement)
    }
}
