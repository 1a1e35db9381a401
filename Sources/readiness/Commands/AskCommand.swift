import ArgumentParser
import Foundation
import ReadinessKit

/// `readiness ask`: asks the rubric's questions in the terminal, saves after each answer, resumes.
struct AskCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ask",
        abstract: "Answer the questions one by one in the terminal; saves after each answer and resumes.",
        discussion: """
            Asks profile questions first, then dimension by dimension, skipping questions that do not \
            apply. Choose options by number or id (several separated by commas or spaces), answer yes-no \
            with y or n; ? shows help, s or Enter skips, b goes back, q stops. Every answer is saved to \
            FILE at once (default: <startup>.yaml), so stopping or killing it loses nothing: run the same \
            command again to go on from the first unanswered question (--review goes through all of them).
            At the end it prints the summary and writes the reports (--out, --format).
            Input may be piped, one answer per line; the end of input stops and keeps what was answered.
            A new file gets today's date unless --date is given.
            """
    )

    @Argument(
        help: "The questionnaire to write or resume (default: <startup slug>.yaml).",
        completion: .file(extensions: ["yaml", "yml"]))
    var file: String?

    @Option(help: "A built-in rubric id or a rubric file (default: the file's rubric, else investor-readiness).")
    var rubric: String?

    @Option(help: "A resource catalogue file that replaces the rubric's catalogue.")
    var resources: String?

    @Option(help: "The startup's name (asked when neither this nor the file gives it).")
    var startup: String?

    @Option(help: "Who answers, for a new file: self (the default) or a person's name.")
    var assessor: String = "self"

    @Option(help: "The assessment date for a new file (YYYY-MM-DD; default: today).")
    var date: String?

    @Flag(help: "Go through every question, answered or not.")
    var review = false

    @Flag(help: "Also ask for evidence and a note after each answer.")
    var details = false

    @OptionGroup var reportOptions: ReportOptions

    @Flag(help: "Write no reports at the end; print the summary only.")
    var noReports = false

    @OptionGroup var languageOption: LanguageOption

    func validate() throws {
        if let date, !DateText.isValid(date) {
            throw ValidationError(Problem.badDate(date).description)
        }
    }

    func run() throws {
        let style = Style.stdout
        let echo = !Terminal.stdinIsTTY
        let output: (String) -> Void = {
            Terminal.writeOutput($0)
            fflush(nil)
        }
        var input = StandardInputLines()
        let chosen = languageOption.language.flatMap(Strings.table(for:)) ?? .english
        guard var start = try AskStart.prepare(self, input: &input, output: output, echo: echo, strings: chosen) else {
            return
        }
        // The interview speaks --lang, else the file's language:, else the rubric's.
        let (language, strings) = LanguageChoice.choose(
            preferred: languageOption.language,
            questionnaire: start.questionnaire.language,
            rubric: start.rubric.language)
        start.rubric = RubricLanguages(preferred: language).rubric(start.rubric, for: nil)
        start.strings = strings
        if languageOption.language != nil, start.questionnaire.language != language {
            start.questionnaire.language = language
            start.needsSave = true
        }
        output(start.greeting(style: style))

        var session = AskSession(
            rubric: start.rubric, questionnaire: start.questionnaire,
            options: .init(review: review, details: details, echo: echo), style: style,
            strings: strings)
        let rubric = start.rubric
        let outcome: AskSession.Outcome
        do throws(AtomicWriter.Failure) {
            if start.needsSave { try start.save(start.questionnaire) }
            outcome = try session.run(input: &input, output: output) { questionnaire throws(AtomicWriter.Failure) in
                try start.save(questionnaire)
            }
        } catch {
            DiagnosticPrinter().print(error)
            throw ExitCode.failure
        }
        start.questionnaire = session.questionnaire
        let result = ScoringEngine.assess(session.questionnaire, with: rubric)
        if outcome == .stopped {
            output(start.stopped(result, style: style))
            return
        }
        output("\n" + SummaryPrinter(style: style, strings: strings).summary(result, rubric: rubric))
        if !noReports {
            try AskReports.write(result, rubric: rubric, options: reportOptions, strings: strings, output: output)
        }
    }
}
