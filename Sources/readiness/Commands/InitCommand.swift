import ArgumentParser
import ReadinessKit

/// `readiness init`: writes a blank questionnaire with every question as a comment, or with
/// `--plan` a starting plan from an assessment.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a blank questionnaire, ready to fill in, or a starting plan from an assessment.",
        discussion: """
            Writes the startup and date keys, then every question of the rubric grouped by dimension, \
            each with its help and allowed answers as comments and an empty answer. An empty answer \
            means unanswered: the file validates as soon as the startup's name is filled in. \
            The first line points editors at a JSON Schema (write it with 'readiness schema --rubric R --out .').
            With --format csv, writes the CSV header a form tool should export for 'readiness batch': \
            startup,assessor,date and then every criterion id in rubric order.
            With --plan QUESTIONNAIRE.yaml, writes a starting plan (YAML) for that assessment instead: \
            one target per dimension with a next level, and one open action per first next step and \
            per criterion that blocks a next level, with the step's advice and resource. The rubric is \
            --rubric, else the questionnaire's; the comments are in --lang, else the questionnaire's \
            language, else the rubric's. The first line points editors at <rubric id>.plan.schema.json.
            """
    )

    /// The file kinds `init` writes.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case yaml, csv
    }

    @Option(help: "A built-in rubric id or a rubric file (default: investor-readiness).")
    var rubric: String?

    @Option(help: "A resource catalogue file that replaces the rubric's catalogue.")
    var resources: String?

    @Option(name: .shortAndLong, help: "The file to write (default: standard output).", completion: .file())
    var out: String?

    @Flag(help: "Replace --out when it exists.")
    var force = false

    @Option(help: "What to write: yaml (a questionnaire) or csv (a form tool's header).")
    var format: Format = .yaml

    @Option(help: "The startup's name to fill in.")
    var startup: String?

    @Option(help: "Who assesses: self (the default) or a person's name.")
    var assessor: String = "self"

    @Option(help: "The assessment date to fill in (YYYY-MM-DD).")
    var date: String?

    @Option(
        help: "The JSON Schema path or URL for the editor comment (default: <rubric id>.questionnaire.schema.json).")
    var schema: String?

    @OptionGroup var languageOption: LanguageOption

    @Flag(help: "Write a starting plan (targets and actions) from the assessment QUESTIONNAIRE instead.")
    var plan = false

    @Argument(
        help: "With --plan: the questionnaire (YAML) whose assessment the plan starts from.",
        completion: .file(extensions: ["yaml", "yml"]))
    var questionnaire: String?

    func validate() throws {
        if let date, !DateText.isValid(date) {
            throw ValidationError(Problem.badDate(date).description)
        }
        try validatePlanOptions()
    }

    func run() throws {
        if plan {
            let (text, strings) = try startingPlan()
            return try emit(text, strings: strings)
        }
        var choice = try RubricChoice.load(rubric, resources: resources)
        let (viewed, strings) = RubricLanguages(preferred: languageOption.language).overview(choice.rubric)
        choice.rubric = viewed
        let text: String
        switch format {
        case .csv:
            text = QuestionnaireCSV.header(for: choice.rubric)
        case .yaml:
            text = template(choice, strings: strings)
        }
        try emit(text, strings: strings)
    }

    /// Writes the text to `--out` (atomically; an existing file only with `--force`), else to
    /// standard output.
    private func emit(_ text: String, strings: Strings) throws {
        guard let out else {
            Terminal.writeOutput(text)
            return
        }
        do {
            if force {
                try AtomicWriter.write(text, to: out)
            } else {
                try AtomicFile.create(text, at: out)
            }
        } catch {
            DiagnosticPrinter().print(error)
            throw ExitCode.failure
        }
        Terminal.writeError(strings.format(TerminalWord.wrote, out) + "\n")
    }

    // MARK: - Private

    private func template(_ choice: RubricChoice, strings: Strings) -> String {
        let rubric = choice.rubric
        let reference = RubricReference.text(for: choice.source, questionnairePath: out)
        var questionnaire = Questionnaire(
            startup: startup ?? "", rubric: reference, rubricVersion: rubric.version,
            assessor: assessor, date: date)
        questionnaire.language = languageOption.language
        let questions = strings.plural(rubric.allCriteria.count, one: AskWord.questionsOne, many: .questionsMany)
        let dimensions = strings.plural(rubric.dimensions.count, one: AskWord.dimensionsOne, many: .dimensionsMany)
        let header = [
            strings.format(AskWord.initSummary, rubric.title, rubric.version, questions, dimensions),
            strings[AskWord.initHowTo],
            strings[AskWord.initCommands],
            strings.format(AskWord.initSchema, reference),
        ]
        let options = QuestionnaireYAML.Options(
            schema: schema ?? "\(rubric.id).questionnaire.schema.json", header: header)
        return QuestionnaireYAML.render(questionnaire, rubric: rubric, options: options, strings: strings)
    }
}
