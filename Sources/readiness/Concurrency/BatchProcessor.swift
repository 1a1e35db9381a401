import Foundation
import ReadinessKit
import ReadinessReports

/// What became of one cohort item: scored with its rendered reports, or failed with its problems.
enum BatchOutcome {
    /// `json` is the result's element of `cohort.json`, rendered on the worker thread.
    /// `warnings` are the questionnaire's warnings, printed in input order against `path`
    /// (for a CSV row, its file: the warnings' locations are rows and columns there).
    case scored(
        source: String, result: AssessmentResult, rubric: Rubric, reports: [(ReportFormat, [UInt8])], json: [UInt8],
        warnings: [Diagnostic], path: String)
    /// `invalidRubric` names a rubric that failed to load, for the main resolver to report once.
    case failed(
        source: String, path: String, diagnostics: [Diagnostic], message: String?,
        invalidRubric: RubricResolver.Source? = nil)
}

/// Loads, scores and renders one cohort item; runs on the workers of an `OrderedPipeline`.
struct BatchProcessor: Sendable {
    /// One loader per worker, each with its own rubric copies: reference counts on values that
    /// several cores touch at once make them wait for each other.
    let loaders: [QuestionnaireLoader]
    let formats: [ReportFormat]
    /// Nil when no per-startup report is written.
    let renderer: ReportRenderer?
    let date: String?

    /// The rubrics in the language of each report.
    let languages: RubricLanguages

    init(
        loaders: [QuestionnaireLoader], formats: [ReportFormat], renderer: ReportRenderer?, date: String?,
        languages: RubricLanguages
    ) {
        self.languages = languages
        self.loaders = loaders
        self.formats = formats
        self.renderer = renderer
        self.date = date
    }

    /// Processes one item on worker `worker`.
    func process(_ item: BatchItem, worker: Int) -> BatchOutcome {
        let loader = loaders[worker]
        switch item {
        case .file:
            let path = item.source
            switch loader.load(path: path) {
            case .failure(let failure):
                return .failed(
                    source: path, path: path, diagnostics: failure.diagnostics, message: failure.message,
                    invalidRubric: failure.invalidRubric)
            case .success(let loaded):
                return scored(
                    path, loaded.questionnaire, loaded.rubric, warnings: (loaded.warnings, path), worker: worker)
            }
        case .csvRow(let path, let row):
            guard let questionnaire = row.questionnaire, let rubric = row.rubric else {
                return .failed(source: item.source, path: path, diagnostics: row.diagnostics, message: nil)
            }
            return scored(item.source, questionnaire, rubric, warnings: (row.diagnostics, path), worker: worker)
        }
    }

    // MARK: - Private

    private func scored(
        _ source: String, _ questionnaire: Questionnaire, _ rubric: Rubric,
        warnings: (diagnostics: [Diagnostic], path: String), worker: Int
    ) -> BatchOutcome {
        var questionnaire = questionnaire
        if questionnaire.date == nil { questionnaire.date = date }
        let rubric = languages.rubric(rubric, for: questionnaire)
        let result = ScoringEngine.assess(questionnaire, with: rubric)
        let reports: [(ReportFormat, [UInt8])]
        do throws(TemplateError) {
            reports = try renderer?.render(formats, result: result, rubric: rubric) ?? []
        } catch {
            let template = "\(error.name).\(DefaultTemplates.fileExtension):\(error.line):\(error.column)"
            return .failed(
                source: source, path: warnings.path, diagnostics: [],
                message: "its report cannot be rendered: \(template): \(error.message)")
        }
        let json = CohortJSONWriter.result(result, source: source)
        return .scored(
            source: source, result: result, rubric: rubric, reports: reports, json: json,
            warnings: warnings.diagnostics, path: warnings.path)
    }
}
