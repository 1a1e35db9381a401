import ArgumentParser
import ReadinessKit
import ReadinessReports

/// `readiness assess FILE…`: scores questionnaires and prints a summary or the result JSON.
struct AssessCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assess",
        abstract: "Score questionnaires against their rubric.",
        discussion: """
            Prints a summary per startup: score, verdict, a bar per dimension, failed gates and the \
            first five next steps. With --json, prints the result JSON instead (an array for several files).
            A questionnaire that cannot be scored is reported as path:line:column and the exit code is 1; \
            the others are still scored.
            """
    )

    @Argument(help: "Questionnaire files (YAML).", completion: .file(extensions: ["yaml", "yml"]))
    var files: [String]

    @OptionGroup var rubricOptions: RubricOptions

    @Flag(help: "Print the result JSON on standard output instead of a summary.")
    var json = false

    @Option(help: "The assessment date (YYYY-MM-DD) to show when a questionnaire gives none.")
    var date: String?

    func validate() throws {
        if let date, !DateText.isValid(date) {
            throw ValidationError("--date must be a date written YYYY-MM-DD, not '\(date)'")
        }
    }

    func run() throws {
        let resolver = RubricResolver(resourcesPath: rubricOptions.resources)
        let loader = QuestionnaireLoader(resolver: resolver, rubricOverride: rubricOptions.rubric)
        var results: [(result: AssessmentResult, rubric: Rubric)] = []
        var failed = false
        for path in files {
            switch loader.load(path: path) {
            case .failure: failed = true
            case .success(let loaded):
                var questionnaire = loaded.questionnaire
                if questionnaire.date == nil { questionnaire.date = date }
                results.append((ScoringEngine.assess(questionnaire, with: loaded.rubric), loaded.rubric))
            }
        }
        if json {
            let value: JSONValue = files.count == 1 && results.count == 1
                ? ResultJSON.value(results[0].result) : .array(results.map { ResultJSON.value($0.result) })
            if !(files.count == 1 && results.isEmpty) { print(value.rendered()) }
        } else {
            let printer = SummaryPrinter(style: .stdout)
            for (index, item) in results.enumerated() {
                if index > 0 { print("") }
                print(printer.summary(item.result, rubric: item.rubric), terminator: "")
            }
        }
        if failed { throw ExitCode.failure }
    }
}

/// Options that choose the rubric and resource catalogue.
struct RubricOptions: ParsableArguments {
    @Option(help: "A built-in rubric id or a rubric file; overrides the questionnaire's 'rubric:'.")
    var rubric: String?

    @Option(help: "A resource catalogue file that replaces the rubric's catalogue.")
    var resources: String?
}
