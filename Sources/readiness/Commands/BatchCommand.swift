import ArgumentParser
import Foundation
import ReadinessKit
import ReadinessReports

/// `readiness batch INPUT…`: scores a whole cohort and writes its reports and overview.
struct BatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Score a whole cohort: every startup's reports plus a cohort overview.",
        discussion: """
            INPUT is a folder (every .yaml/.yml below it, sorted by path) or a CSV file as a form \
            tool exports it (a 'startup' column, one column per criterion id, optional \
            <criterion>.evidence and <criterion>.note columns, multi-choice values separated by ';'). \
            The out folder gets <slug>.md and <slug>.html per startup (--format picks) and \
            cohort.md, cohort.html, cohort.csv and cohort.json. A questionnaire that cannot be \
            scored is reported (file:line:column, or file.csv:row:column) and skipped; the exit \
            code is then 1. Output is byte-identical whatever --jobs is.
            """
    )

    @Argument(help: "Folders of YAML questionnaires and/or CSV files.", completion: .file())
    var inputs: [String]

    @OptionGroup var rubricOptions: RubricOptions

    @OptionGroup var reportOptions: ReportOptions

    @OptionGroup var languageOption: LanguageOption

    @Option(name: .long, help: "Parallel workers (default: the number of cores).")
    var jobs = ProcessInfo.processInfo.activeProcessorCount

    @Flag(name: .long, help: "Write only the cohort overview, no per-startup reports.")
    var summaryOnly = false

    @Flag(name: .shortAndLong, help: "No progress display.")
    var quiet = false

    @Option(help: "The assessment date (YYYY-MM-DD) for questionnaires that give none.")
    var date: String?

    /// The most workers `--jobs` may ask for: each holds its own rubric cache and buffers.
    static let maxJobs = 256

    func validate() throws {
        if jobs < 1 { throw ValidationError(Problem.jobsBelowOne.description) }
        if jobs > Self.maxJobs { throw ValidationError(Problem.tooManyJobs(limit: Self.maxJobs).description) }
        if let date, !DateText.isValid(date) { throw ValidationError(Problem.badDate(date).description) }
    }

    func run() throws {
        let strings = languageOption.language.flatMap(Strings.table(for:)) ?? .english
        let languages = RubricLanguages(preferred: languageOption.language)
        let formats = summaryOnly ? [] : reportOptions.formats
        let out = reportOptions.folder
        // Templates are read only when a report needs them (a customised folder may not parse).
        let renderer =
            formats.isEmpty ? nil : try ReportRenderer.load(templatesFolder: reportOptions.templates, strings: strings)
        let resolver = RubricResolver(resourcesPath: rubricOptions.resources)
        let loader = QuestionnaireLoader(
            resolver: resolver, rubricOverride: rubricOptions.rubric, printDiagnostics: false)
        let (items, unreadable) = BatchInput(resolver: resolver, rubricOverride: rubricOptions.rubric).items(
            from: inputs)
        let loaders = [loader] + (1..<jobs).map { _ in loader.withOwnRubrics() }
        let processor = BatchProcessor(
            loaders: loaders, formats: formats, renderer: renderer, date: date, languages: languages)
        var writer = CohortWriter(folder: out, formats: formats, summaryOnly: summaryOnly, strings: strings)
        let progress = Progress(total: items.count, quiet: quiet, strings: strings)
        do {
            try OutputLock.acquire(out)
        } catch {
            DiagnosticPrinter().print(error)
            throw ExitCode.failure
        }
        let interrupt = InterruptCleanup(folder: out)
        defer { interrupt.cancel() }

        // Workers load, score and render; this thread names, summarises and streams in input
        // order at the same time, and hands report files back to the workers to write.
        do {
            try OrderedPipeline<BatchOutcome>.run(count: items.count, jobs: jobs, window: 64 * jobs) { index, worker in
                processor.process(items[index], worker: worker)
            } consume: { index, outcome, tasks in
                if case .failed(_, _, _, _, let source?) = outcome { _ = resolver.rubric(at: source) }
                try writer.add(outcome, tasks: tasks)
                progress.update(index + 1)
            }
            progress.finish()
            try writer.finish()
        } catch let failure as AtomicWriter.Failure {
            progress.finish()
            DiagnosticPrinter().print(failure)
            throw ExitCode.failure
        }
        let failed = writer.failedCount + unreadable
        let numbers = strings.numbers
        var line = strings.plural(writer.scoredCount, one: TerminalWord.scoredOne, many: .scoredMany)
        if failed > 0 { line += strings.format(TerminalWord.notScored, numbers.integer(failed)) }
        if writer.scoredCount > 0 {
            line += strings.format(TerminalWord.overview, (out as NSString).appendingPathComponent("cohort.md"))
        }
        Terminal.print(line)
        if failed > 0 || resolver.failed { throw ExitCode.failure }
    }
}
