import Foundation
import ReadinessKit

/// Loads a panel's questionnaires on every core, in input order: each item becomes a
/// `PanelAssessment` or is reported (file:line:column) and skipped.
struct PanelLoading {
    /// One loader per worker, each with its own rubric copies.
    let loaders: [QuestionnaireLoader]
    /// The rubrics in the panel's language (`--lang`, else the rubric's).
    var languages = RubricLanguages(preferred: nil)

    /// What became of one item.
    enum Outcome {
        case loaded(PanelAssessment, warnings: [Diagnostic])
        case failed(QuestionnaireLoader.Failure)
    }

    /// The assessments that loaded (positions count every item) and how many failed.
    /// `progress` is told after each item, in input order.
    func load(_ items: [BatchItem], progress: Progress? = nil) throws -> (assessments: [PanelAssessment], failed: Int) {
        var assessments: [PanelAssessment] = []
        var failed = 0
        let loaders = self.loaders
        let languages = self.languages
        try OrderedPipeline<Outcome>.run(count: items.count, jobs: loaders.count, window: 64 * loaders.count) {
            index, worker in
            Self.outcome(items[index], position: index, loader: loaders[worker], languages: languages)
        } consume: { index, outcome, _ in
            progress?.update(index + 1)
            switch outcome {
            case .loaded(let assessment, let warnings):
                loaders[0].reportWarnings(warnings, path: assessment.path)
                assessments.append(assessment)
            case .failed(let failure):
                loaders[0].report(failure)
                failed += 1
            }
        }
        progress?.finish()
        return (assessments, failed)
    }

    private static func outcome(
        _ item: BatchItem, position: Int, loader: QuestionnaireLoader,
        languages: RubricLanguages
    ) -> Outcome {
        switch item {
        case .file:
            let path = item.source
            switch loader.load(path: path) {
            case .failure(let failure): return .failed(failure)
            case .success(let loaded):
                return .loaded(
                    PanelAssessment(
                        questionnaire: loaded.questionnaire, rubric: languages.rubric(loaded.rubric, for: nil),
                        source: path,
                        position: position), warnings: loaded.warnings)
            }
        case .csvRow(let path, let row):
            guard let questionnaire = row.questionnaire, let rubric = row.rubric else {
                return .failed(QuestionnaireLoader.Failure(path: path, diagnostics: row.diagnostics, message: nil))
            }
            let assessment = PanelAssessment(
                questionnaire: questionnaire, rubric: languages.rubric(rubric, for: nil), source: item.source,
                path: path,
                location: SourceLocation(line: row.row, column: 1), position: position)
            return .loaded(assessment, warnings: row.diagnostics)
        }
    }
}
