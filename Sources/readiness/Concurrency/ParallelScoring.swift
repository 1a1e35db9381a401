import Foundation
import ReadinessKit

/// Loads and scores questionnaire files on every core and hands each outcome to a sink in input
/// order (an `OrderedPipeline`), so memory stays flat however many files there are.
struct ParallelScoring {
    /// One loader per worker, each with its own rubric copies.
    let loaders: [QuestionnaireLoader]
    /// The date for questionnaires that give none.
    let date: String?
    /// The rubrics in the language of each report.
    let languages: RubricLanguages
    /// A scorer for files on up to `jobs` cores.
    init(loader: QuestionnaireLoader, date: String?, jobs: Int, languages: RubricLanguages) {
        loaders = [loader] + (1..<max(jobs, 1)).map { _ in loader.withOwnRubrics() }
        self.date = date
        self.languages = languages
    }

    /// Scores every file; `transform` runs on the workers (render there what you can),
    /// `sink` runs on the calling thread in input order, while the workers go on.
    func run<T>(
        _ files: [String], transform: @escaping (AssessmentResult, Rubric) -> T,
        sink: (Result<T, QuestionnaireLoader.Failure>) throws -> Void
    ) throws {
        let loaders = self.loaders
        let date = self.date
        let languages = self.languages
        // A questionnaire's warnings travel with its outcome and are printed in input order.
        typealias Item = (outcome: Result<T, QuestionnaireLoader.Failure>, warnings: [Diagnostic])
        try OrderedPipeline<Item>.run(count: files.count, jobs: loaders.count, window: 64 * loaders.count) {
            index, worker in
            switch loaders[worker].load(path: files[index]) {
            case .failure(let failure): return (.failure(failure), [])
            case .success(let loaded):
                var questionnaire = loaded.questionnaire
                if questionnaire.date == nil { questionnaire.date = date }
                let rubric = languages.rubric(loaded.rubric, for: questionnaire)
                return (.success(transform(ScoringEngine.assess(questionnaire, with: rubric), rubric)), loaded.warnings)
            }
        } consume: { index, item, _ in
            loaders[0].reportWarnings(item.warnings, path: files[index])
            try sink(item.outcome)
        }
    }
}
