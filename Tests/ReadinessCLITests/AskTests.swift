import Foundation
import ReadinessKit
import Testing

@testable import readiness

@Suite("readiness ask: the question-by-question session")
struct AskTests {
    let rubric = RubricDecoder.decode(
        (try? String(contentsOf: CLI.fixtures.appendingPathComponent("scoring/rubric.yaml"), encoding: .utf8)) ?? ""
    ).rubric!

    /// Runs a session over scripted lines; returns the outcome, the text shown and every saved questionnaire.
    private func drive(_ lines: [String], start: Questionnaire? = nil, options: AskSession.Options = .init())
        throws -> (outcome: AskSession.Outcome, session: AskSession, output: String, saves: [Questionnaire])
    {
        var session = AskSession(
            rubric: rubric, questionnaire: start ?? Questionnaire(startup: "Acme", rubric: "small"),
            options: options)
        var input = ScriptedLines(lines)
        var output = ""
        var saves: [Questionnaire] = []
        let outcome = try session.run(input: &input, output: { output += $0 }, save: { saves.append($0) })
        return (outcome, session, output, saves)
    }

    private func answers(_ questionnaire: Questionnaire) -> [String: AnswerValue] {
        Dictionary(uniqueKeysWithValues: questionnaire.answers.map { ($0.criterion, $0.value) })
    }

    @Test("bad answers are explained and asked again; every kind is read")
    func badAnswers() throws {
        let run = try drive([
            "1", "three", "-1", "2", "maybe", "y", "A story", "7", "filde", "2", "12", "4.5", "5", "1,9", "own shared",
        ])
        #expect(run.outcome == .finished)
        #expect(run.output.contains("✗ 'team.founders' takes a number, not 'three'"))
        #expect(run.output.contains("✗ 'team.founders' is -1, below the lowest band (from 0)"))
        #expect(run.output.contains("✗ 'team.advisors' takes yes or no, not 'maybe'"))
        #expect(run.output.contains("✗ there is no option 7; pick a number from 1 to 3"))
        #expect(run.output.contains("✗ 'filde' is not an option (did you mean 'filed'?)"))
        #expect(run.output.contains("✗ 'tech.trl' takes a whole number from 1 to 9; 12 is out of range"))
        #expect(run.output.contains("✗ there is no option 9; pick a number from 1 to 3"))
        #expect(
            answers(run.session.questionnaire) == [
                "profile.sector": .choice("biotech"), "team.founders": .number(2), "team.advisors": .yesNo(true),
                "team.story": .text("A story"), "tech.ip": .choice("filed"), "tech.trl": .scale(5),
                "tech.wetlab": .multiChoice(["own", "shared"]),
            ])
        #expect(run.saves.count == 7)
    }

    @Test("profile questions come first and show where the founder is")
    func position() throws {
        let run = try drive([])
        #expect(run.outcome == .stopped)
        #expect(run.output.contains("Profile  ·  question 1 of 7\nWhich sector?"))
        #expect(run.saves.isEmpty)
    }

    @Test("an empty line or s skips, b goes back, q stops; answers are in rubric order")
    func skipBackQuit() throws {
        let run = try drive(["1", "", "b", "3", "s", "b", "b", "", "n", "q"])
        #expect(run.outcome == .stopped)
        #expect(
            answers(run.session.questionnaire) == [
                "profile.sector": .choice("biotech"), "team.founders": .number(3), "team.advisors": .yesNo(false),
            ])
        #expect(
            run.session.questionnaire.answers.map(\.criterion) == ["profile.sector", "team.founders", "team.advisors"])
        #expect(run.output.contains("now: 3 founders"))
    }

    @Test("b on the first question stays there")
    func backAtStart() throws {
        let run = try drive(["b", "q"])
        #expect(run.output.contains("This is the first question."))
    }

    @Test("resuming starts at the first unanswered question")
    func resume() throws {
        let start = Questionnaire(
            startup: "Acme", rubric: "small",
            answers: [
                Answer(criterion: "profile.sector", value: .choice("biotech")),
                Answer(criterion: "team.founders", value: .number(1)),
                Answer(criterion: "tech.ip", value: .choice("none")),
            ])
        let run = try drive(["y", "q"], start: start)
        #expect(run.output.hasPrefix("\nTeam  ·  question 3 of 7\nDo you have advisors?"))
        #expect(run.output.contains("Technology  ·  question 4 of 7") == false)
        #expect(run.output.contains("Team  ·  question 4 of 7\nTell us your story."))
        #expect(answers(run.session.questionnaire)["team.advisors"] == .yesNo(true))
        #expect(answers(run.session.questionnaire)["tech.ip"] == .choice("none"))
    }

    @Test("with everything answered, --review walks through all and Enter keeps each answer")
    func review() throws {
        let full = try drive(["1", "2", "y", "story", "3", "9", "1"]).session.questionnaire
        let again = try drive(["", "", "", "", "1", "", ""], start: full, options: .init(review: true))
        #expect(again.outcome == .finished)
        var expected = answers(full)
        expected["tech.ip"] = .choice("none")
        #expect(answers(again.session.questionnaire) == expected)
        let none = try drive([], start: full)
        #expect(none.outcome == .finished)
        #expect(none.output.contains("Every question is answered."))
    }

    @Test("what `when` rules out is skipped, and counted out of the total")
    func when() throws {
        let run = try drive(["software", "2", "y", "", "granted", "9"])
        #expect(run.outcome == .finished)
        #expect(run.output.contains("question 6 of 6"))
        #expect(!run.output.contains("wet lab"))
    }

    @Test("options by id or label, multi-choice by ids or none")
    func optionForms() throws {
        let run = try drive(["BIOTECH", "0", "no", "", "Granted", "1", "-"])
        #expect(answers(run.session.questionnaire)["profile.sector"] == .choice("biotech"))
        #expect(answers(run.session.questionnaire)["tech.ip"] == .choice("granted"))
        #expect(answers(run.session.questionnaire)["tech.wetlab"] == .multiChoice([]))
    }

    @Test("? shows the help and asks again")
    func help() throws {
        let run = try drive(["1", "?", "q"])
        #expect(run.output.contains("Answer: a number (founders), at least 0."))
        #expect(run.output.contains("from 2 founders: scores 1"))
        #expect(run.output.contains("Knock-out"))
    }

    @Test("--details asks for evidence and a note; Enter keeps, - clears")
    func details() throws {
        let run = try drive(
            ["1", "2", "", "", "y", "https://example.org/board", "Two advisors", "q"], options: .init(details: true))
        let advisors = try #require(run.session.questionnaire.answer("team.advisors"))
        #expect(advisors.evidence == "https://example.org/board")
        #expect(advisors.note == "Two advisors")
        #expect(run.session.questionnaire.answer("team.founders")?.evidence == nil)
        let cleared = try drive(
            ["", "", "y", "-", "", "q"], start: run.session.questionnaire,
            options: .init(review: true, details: true))
        #expect(cleared.session.questionnaire.answer("team.advisors")?.evidence == nil)
        #expect(cleared.session.questionnaire.answer("team.advisors")?.note == "Two advisors")
    }

    @Test("every save is a questionnaire that reads back identically")
    func savesRoundTrip() throws {
        let run = try drive(["1", "2", "y", "A \"quoted\" story: # not a comment", "3", "9", "2 1"])
        for saved in run.saves {
            let text = QuestionnaireYAML.render(saved, rubric: rubric)
            var back = try #require(QuestionnaireDecoder.decode(text, rubric: rubric).questionnaire)
            for index in back.answers.indices { back.answers[index].location = saved.answers[index].location }
            #expect(back == saved)
        }
    }

    @Test("the name is asked until given; the end of input gives none")
    func askName() {
        var input = ScriptedLines(["", "  Acme   Bio  "])
        var output = ""
        #expect(AskSession.askName(input: &input, output: { output += $0 }, echo: false) == "Acme Bio")
        #expect(output.contains("The name is needed"))
        var empty = ScriptedLines([])
        #expect(AskSession.askName(input: &empty, output: { _ in }, echo: false) == nil)
    }
}
