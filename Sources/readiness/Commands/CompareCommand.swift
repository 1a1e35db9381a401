import ArgumentParser
import Foundation
import ReadinessKit
import ReadinessReports

/// `readiness compare OLD NEW`: what changed between two assessments of one startup.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Show what changed between two assessments of one startup.",
        discussion: """
            Scores both questionnaires (against the same rubric) and prints the overall and per-dimension \
            change, the verdict change, the criteria that improved, slipped or were newly scored, the newly \
            answered questions and the next steps now. With --format (md, html, json) or --out, also writes \
            <startup>-progress.<ext> reports. With --json, prints the comparison JSON instead: \
            score_change, verdict_before, verdict_after and changes (criterion, before, after; criterion \
            scores 0–1, null where there is none).
            """
    )

    @Argument(help: "The older questionnaire.", completion: .file(extensions: ["yaml", "yml"]))
    var old: String

    @Argument(help: "The newer questionnaire.", completion: .file(extensions: ["yaml", "yml"]))
    var new: String

    @OptionGroup var rubricOptions: RubricOptions

    @Flag(help: "Print the comparison JSON on standard output instead of the terminal view.")
    var json = false

    @OptionGroup var reportOptions: ReportOptions

    @OptionGroup var languageOption: LanguageOption

    func validate() throws {
        if let csv = reportOptions.formats.first(where: { $0 == .csv }), reportOptions.isExplicit {
            throw ValidationError(Problem.compareFormat(csv.rawValue).description)
        }
    }

    func run() throws {
        let resolver = RubricResolver(resourcesPath: rubricOptions.resources)
        let loader = QuestionnaireLoader(resolver: resolver, rubricOverride: rubricOptions.rubric)
        let loadedOld = loader.load(path: old)
        let loadedNew = loader.load(path: new)
        guard case .success(let before) = loadedOld, case .success(let after) = loadedNew else {
            throw ExitCode.failure
        }
        if before.questionnaire.startup != after.questionnaire.startup {
            DiagnosticPrinter().warning(.twoStartups(before.questionnaire.startup, after.questionnaire.startup))
        }
        // Both sides in the language of the newer assessment: --lang, else its language:, else its rubric's.
        let languages = RubricLanguages(preferred: languageOption.language ?? after.questionnaire.language)
        let afterRubric = languages.rubric(after.rubric, for: after.questionnaire)
        let beforeRubric = languages.rubric(before.rubric, for: after.questionnaire)
        let strings = Strings.of(afterRubric, else: .english)
        let comparison: Comparison
        do {
            comparison = try Comparison(
                before: ScoringEngine.assess(before.questionnaire, with: beforeRubric),
                after: ScoringEngine.assess(after.questionnaire, with: afterRubric))
        } catch {
            DiagnosticPrinter().error(error.message)
            throw ExitCode.failure
        }
        let facts = CompareFacts(comparison, rubric: afterRubric, strings: strings)
        if json {
            print(ComparisonJSON.text(comparison))
        } else {
            Terminal.writeOutput(ComparisonPrinter(style: .stdout, strings: strings).text(facts))
        }
        if reportOptions.isExplicit { try writeReports(comparison, facts: facts, strings: strings) }
    }

    // MARK: - Private

    private func writeReports(_ comparison: Comparison, facts: CompareFacts, strings: Strings) throws {
        let renderer = try ReportRenderer.load(templatesFolder: reportOptions.templates, strings: strings)
        let slug = Slug.make(comparison.startup) + "-progress"
        var paths: [String] = []
        for format in reportOptions.formats {
            let text: String
            switch format {
            case .markdown: text = CompareMarkdownWriter.write(facts)
            case .html: text = try CompareHTMLWriter.write(facts, templates: renderer.templates)
            case .json: text = ComparisonJSON.text(comparison) + "\n"
            case .csv: continue
            }
            let path = (reportOptions.folder as NSString).appendingPathComponent("\(slug).\(format.fileExtension)")
            do {
                try AtomicWriter.write(text, to: path)
            } catch {
                DiagnosticPrinter().print(error)
                throw ExitCode.failure
            }
            paths.append(path)
        }
        if !paths.isEmpty {
            Terminal.writeError(strings.format(TerminalWord.reports, paths.joined(separator: ", ")) + "\n")
        }
    }
}
