import ArgumentParser
import Foundation
import ReadinessKit
import ReadinessReports

/// `readiness panel INPUT…`: several assessors per startup: consensus, disagreement, founder
/// against panel, reviewer calibration and recusal.
struct PanelCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "panel",
        abstract: "Score startups assessed by several people: consensus, disagreement, founder vs panel, reviewers.",
        discussion: """
            INPUT is what 'batch' takes: folders of YAML questionnaires and/or form CSVs. The \
            assessments of one startup are the questionnaires with the same 'startup'; each needs \
            an 'assessor' ('self' is the founder's own). A criterion's panel score is the mean of \
            the members' scores, else the founder's. --conflicts FILE (CSV or YAML of assessor, \
            startup pairs) recuses assessors. The out folder gets a panel report per startup \
            (--format picks) and panel.md, panel.html, panel.csv and panel.json. A questionnaire \
            that cannot be used is reported and skipped; the exit code is then 1. Output is \
            byte-identical whatever --jobs is.
            """
    )

    @Argument(help: "Folders of YAML questionnaires and/or CSV files.", completion: .file())
    var inputs: [String]

    @OptionGroup var rubricOptions: RubricOptions

    @OptionGroup var reportOptions: ReportOptions

    @OptionGroup var languageOption: LanguageOption

    @Option(
        help: ArgumentHelp("A CSV or YAML file of assessor, startup pairs to recuse.", valueName: "file"),
        completion: .file())
    var conflicts: String?

    @Option(help: ArgumentHelp("Normalise each reviewer's scores before ranking: z.", valueName: "method"))
    var normalize: String?

    @Option(
        help: ArgumentHelp(
            "The spread (0-1) from which a criterion is listed to discuss (default 0.5).",
            valueName: "spread"))
    var discuss = PanelEngine.defaultDiscuss

    @Option(name: .long, help: "Parallel workers (default: the number of cores).")
    var jobs = ProcessInfo.processInfo.activeProcessorCount

    @Flag(name: .shortAndLong, help: "No progress display.")
    var quiet = false

    func validate() throws {
        if jobs < 1 { throw ValidationError(Problem.jobsBelowOne.description) }
        if jobs > BatchCommand.maxJobs {
            throw ValidationError(Problem.tooManyJobs(limit: BatchCommand.maxJobs).description)
        }
        if let normalize, normalize != "z" { throw ValidationError(Problem.normalizeMethod(normalize).description) }
        if !(0...1).contains(discuss) { throw ValidationError(Problem.discussRange.description) }
    }

    func run() throws {
        let strings = languageOption.language.flatMap(Strings.table(for:)) ?? .english
        let printer = DiagnosticPrinter()
        let recusals = try PanelConflictsFile.load(conflicts)
        let renderer = try ReportRenderer.load(templatesFolder: reportOptions.templates, strings: strings)
        let resolver = RubricResolver(resourcesPath: rubricOptions.resources)
        let loader = QuestionnaireLoader(
            resolver: resolver, rubricOverride: rubricOptions.rubric, printDiagnostics: false)
        let (items, unreadable) = BatchInput(resolver: resolver, rubricOverride: rubricOptions.rubric).items(
            from: inputs)
        let loaders = [loader] + (1..<jobs).map { _ in loader.withOwnRubrics() }
        let progress = Progress(total: items.count, quiet: quiet, strings: strings)
        let (assessments, failed) = try PanelLoading(
            loaders: loaders, languages: RubricLanguages(preferred: languageOption.language)
        ).load(items, progress: progress)
        let (startups, problems) = PanelGrouping.group(assessments, conflicts: recusals)
        for problem in problems { printer.print([problem.diagnostic], path: problem.path) }
        let out = reportOptions.folder
        do {
            try OutputLock.acquire(out)
        } catch {
            printer.print(error)
            throw ExitCode.failure
        }
        let interrupt = InterruptCleanup(folder: out)
        defer { interrupt.cancel() }
        let output = PanelOutput(folder: out, formats: reportOptions.formats, renderer: renderer, jobs: jobs)
        do {
            let results = try output.assess(startups, discuss: discuss)
            if results.isEmpty {
                printer.error(Problem.nothingPanelled)
                throw ExitCode.failure
            }
            try output.write(PanelRun(results, normalize: normalize != nil), discuss: discuss)
        } catch let failure as AtomicWriter.Failure {
            printer.print(failure)
            throw ExitCode.failure
        }
        let notUsed = unreadable + failed + problems.count
        var line = strings.plural(startups.count, one: TerminalWord.scoredOne, many: .scoredMany)
        if notUsed > 0 { line += strings.format(TerminalWord.notScored, strings.numbers.integer(notUsed)) }
        line += strings.format(
            TerminalWord.overview, (out as NSString).appendingPathComponent(PanelOutput.overviewName + ".md"))
        Terminal.print(line)
        if notUsed > 0 || resolver.failed { throw ExitCode.failure }
    }
}
