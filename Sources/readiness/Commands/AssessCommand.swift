import ArgumentParser
import Foundation
import ReadinessKit
import ReadinessReports

/// `readiness assess FILE…`: scores questionnaires and prints a summary or the result JSON.
struct AssessCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assess",
        abstract: "Score questionnaires against their rubric.",
        discussion: """
            Prints a summary per startup: score, verdict, a bar per dimension, failed gates and the \
            first five next steps, and writes its reports as <slug>.md and <slug>.html into ./Reports/ \
            (--out and --format choose otherwise; json and csv are also available). The slug is the startup's \
            name in lower-case ASCII with '-' between words; a clash gets -2, -3 in input order. Files are \
            written atomically and replace earlier ones.
            With --json, prints the result JSON instead (an array for several files) and writes no report \
            files unless --out or --format is given.
            A questionnaire that cannot be scored is reported as path:line:column and the exit code is 1; \
            the others are still scored.
            """
    )

    @Argument(help: "Questionnaire files (YAML).", completion: .file(extensions: ["yaml", "yml"]))
    var files: [String]

    @OptionGroup var rubricOptions: RubricOptions

    @OptionGroup(title: "Reports") var reportOptions: ReportOptions

    @OptionGroup var languageOption: LanguageOption

    @Flag(help: "Print the result JSON on standard output instead of a summary.")
    var json = false

    @Option(help: "The assessment date (YYYY-MM-DD) to show when a questionnaire gives none.")
    var date: String?

    func validate() throws {
        if let date, !DateText.isValid(date) {
            throw ValidationError(Problem.badDate(date).description)
        }
    }

    func run() throws {
        let strings = languageOption.language.flatMap(Strings.table(for:)) ?? .english
        let languages = RubricLanguages(preferred: languageOption.language)
        let writesReports = !json || reportOptions.isExplicit
        let renderer = try ReportRenderer.load(templatesFolder: reportOptions.templates, strings: strings)
        let resolver = RubricResolver(resourcesPath: rubricOptions.resources)
        var loader = QuestionnaireLoader(
            resolver: resolver, rubricOverride: rubricOptions.rubric, printDiagnostics: false)
        loader.suggestsBatch = true
        // Files are read and scored on every core, each worker with its own rubric copy;
        // problems are printed as their turn comes, in input order.
        let jobs = files.count >= 32 ? ProcessInfo.processInfo.activeProcessorCount : 1
        let scoring = ParallelScoring(loader: loader, date: date, jobs: jobs, languages: languages)
        var failed = false
        if json, !writesReports {
            // JSON only: render on the workers and stream, keeping no result.
            let asArray = files.count != 1
            let output = JSONOutput(asArray: asArray)
            let render: (AssessmentResult, Rubric) -> [UInt8] = { result, _ in
                JSONOutput.render(result, asArray: asArray)
            }
            try scoring.run(files, transform: render) { outcome in
                switch outcome {
                case .failure(let failure):
                    failed = true
                    loader.report(failure)
                case .success(let bytes): output.add(bytes)
                }
            }
            if !(files.count == 1 && failed) { output.finish() }
            if failed { throw ExitCode.failure }
            return
        }
        var results: [(result: AssessmentResult, rubric: Rubric)] = []
        let keep: (AssessmentResult, Rubric) -> (result: AssessmentResult, rubric: Rubric) = { ($0, $1) }
        try scoring.run(files, transform: keep) { outcome in
            switch outcome {
            case .failure(let failure):
                failed = true
                loader.report(failure)
            case .success(let item):
                results.append(item)
            }
        }
        var written: [ReportOutput.Written] = []
        if writesReports, !results.isEmpty {
            let output = ReportOutput(folder: reportOptions.folder, formats: reportOptions.formats, renderer: renderer)
            do {
                written = try output.write(results)
            } catch {
                DiagnosticPrinter().print(error)
                throw ExitCode.failure
            }
        }
        if json {
            let output = JSONOutput(asArray: files.count != 1)
            for item in results { output.add(JSONOutput.render(item.result, asArray: files.count != 1)) }
            output.finish()
            for item in written {
                Terminal.writeError(strings.format(TerminalWord.reports, item.paths.joined(separator: ", ")) + "\n")
            }
        } else {
            for (index, item) in results.enumerated() {
                let strings = Strings.of(item.rubric, else: strings)
                let printer = SummaryPrinter(style: .stdout, strings: strings)
                if index > 0 { Terminal.print() }
                Terminal.writeOutput(printer.summary(item.result, rubric: item.rubric))
                if index < written.count {
                    Terminal.print()
                    Terminal.print(strings.format(TerminalWord.reports, written[index].paths.joined(separator: ", ")))
                }
            }
        }
        if failed { throw ExitCode.failure }
    }
}
