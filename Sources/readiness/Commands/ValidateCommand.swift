import ArgumentParser
import ReadinessKit

/// `readiness validate FILE…`: checks rubrics, resource catalogues and questionnaires.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check rubrics, resource catalogues, questionnaires and plans.",
        discussion: """
            Tells each file's kind by its keys (a rubric has 'dimensions', a catalogue only \
            'resources', a questionnaire 'startup' and 'answers', a plan 'targets' or 'actions'; a .csv \
            file is a form export of questionnaires, checked row by row) and prints every problem as \
            path:line:column: error: message (row:column for CSV; warnings too). A plan is checked \
            against --rubric, else the rubric its 'rubric:' names (relative to its folder), else the \
            default rubric. Exits 1 when any file has an error.
            """
    )

    @Argument(
        help: "Rubric, catalogue, questionnaire or plan files (YAML), or questionnaire CSV exports.",
        completion: .file(extensions: ["yaml", "yml", "csv"]))
    var files: [String]

    @OptionGroup var rubricOptions: RubricOptions

    @Flag(name: .shortAndLong, help: "Print nothing for files without problems.")
    var quiet = false

    @Flag(
        inversion: .prefixedNo,
        help:
            "Warn about rubric criteria without help, advice or strength, unnamed levels, level holes and missing translations."
    )
    var lint = true

    func run() throws {
        let strings = Strings.english
        let numbers = strings.numbers
        let resolver = RubricResolver(resourcesPath: rubricOptions.resources)
        let loader = QuestionnaireLoader(resolver: resolver, rubricOverride: rubricOptions.rubric)
        let printer = DiagnosticPrinter()
        let style = Style.stdout
        var failures = 0
        for path in files {
            var summary: String?
            if path.lowercased().hasSuffix(".csv") {
                summary = validateCSV(path, resolver: resolver, printer: printer, strings: strings)
                if let summary {
                    if !quiet { Terminal.print("\(style.green("✓")) \(TerminalText.visible(path)): \(summary)") }
                } else {
                    failures += 1
                }
                continue
            }
            switch FileReader.bytes(at: path) {
            case .failure(let failure):
                printer.print(failure == .isFolder ? .folderToValidate(path) : failure, path: path)
            case .success(let bytes):
                let read = YAMLReader.read(bytes: bytes)
                guard let root = read.root else {
                    let empty = Diagnostic.error(Problem.emptyFile.description, at: .start)
                    printer.print(read.diagnostics.isEmpty ? [empty] : read.diagnostics, path: path)
                    break
                }
                if QuestionnaireHeader.looksLikeRubric(root) {
                    if let output = resolver.decode(.file(path)) {
                        let lint = lint ? (output.rubric.map(RubricLint.check) ?? []) + output.lint : []
                        let diagnostics = (output.diagnostics + lint).sortedByLocation()
                        if !diagnostics.isEmpty { printer.print(diagnostics, path: path) }
                        if let rubric = output.rubric {
                            let dimensions = strings.plural(
                                rubric.dimensions.count, one: TerminalWord.dimensionsOne,
                                many: .dimensionsMany)
                            let criteria = strings.plural(
                                rubric.scoredCriteriaCount, one: TerminalWord.scoredCriteriaOne,
                                many: .scoredCriteriaMany)
                            summary = strings.format(
                                TerminalWord.validRubric, rubric.id, rubric.version, dimensions, criteria)
                        }
                    }
                } else if root["resources"] != nil, root["answers"] == nil, root["startup"] == nil {
                    let decoded = ResourceDecoder.decodeCatalogue(bytes: bytes)
                    if !decoded.diagnostics.isEmpty { printer.print(decoded.diagnostics, path: path) }
                    if !decoded.diagnostics.hasErrors {
                        summary = strings.plural(
                            decoded.resources.count, one: TerminalWord.validCatalogueOne,
                            many: .validCatalogueMany)
                    }
                } else if PlanDecoder.looksLikePlan(root) {
                    summary = validatePlan(path, bytes: bytes, resolver: resolver, printer: printer, strings: strings)
                } else if case .success(let loaded) = loader.load(bytes: bytes, path: path) {
                    summary = strings.plural(
                        loaded.questionnaire.answers.count, one: TerminalWord.validQuestionnaireOne,
                        many: .validQuestionnaireMany, loaded.rubric.id)
                }
            }
            if let summary {
                if !quiet { Terminal.print("\(style.green("✓")) \(TerminalText.visible(path)): \(summary)") }
            } else {
                failures += 1
            }
        }
        if failures > 0 {
            let line = strings.plural(
                files.count, one: TerminalWord.failedValidationOne, many: .failedValidationMany,
                numbers.integer(failures))
            Terminal.writeError(line + "\n")
            throw ExitCode.failure
        }
    }

    /// Checks a plan against its rubric: every problem located; a summary when there is no error.
    private func validatePlan(
        _ path: String, bytes: [UInt8], resolver: RubricResolver, printer: DiagnosticPrinter, strings: Strings
    ) -> String? {
        guard
            let rubric = PlanFile.rubric(
                forPlanAt: path, bytes: bytes, override: rubricOptions.rubric, resolver: resolver, printer: printer),
            let plan = PlanFile.load(bytes: bytes, path: path, rubric: rubric, printer: printer)
        else { return nil }
        let targets = strings.plural(plan.targets.count, one: PlanFileWord.targetsOne, many: .targetsMany)
        let actions = strings.plural(plan.actions.count, one: PlanFileWord.actionsOne, many: .actionsMany)
        return strings.format(PlanFileWord.validPlan, TerminalText.visible(plan.startup), rubric.id, targets, actions)
    }

    /// Checks a questionnaire CSV: every row's problems at `file.csv:row:column`; a summary when all are fine.
    private func validateCSV(
        _ path: String, resolver: RubricResolver, printer: DiagnosticPrinter,
        strings: Strings
    ) -> String? {
        guard let rows = BatchInput(resolver: resolver, rubricOverride: rubricOptions.rubric).csvRows(path) else {
            return nil
        }
        var bad = 0
        for row in rows where !row.diagnostics.isEmpty {
            printer.print(row.diagnostics.sortedByLocation(), path: path)
            if row.diagnostics.hasErrors { bad += 1 }
        }
        guard bad == 0 else { return nil }
        let startups = strings.plural(rows.count, one: TerminalWord.startupsOne, many: .startupsMany)
        guard let rubric = rows.first?.rubric else { return strings.format(TerminalWord.validCSV, startups) }
        return strings.format(TerminalWord.validCSVFor, rubric.id, startups)
    }
}
