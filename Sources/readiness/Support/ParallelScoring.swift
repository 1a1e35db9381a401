import Foundation
import ReadinessKit

/// Loads and scores questionnaire files on every core, block by block, and hands each outcome
/// to a sink in input order, so memory stays flat however many files there are.
struct ParallelScoring {
    /// One loader per worker, each with its own rubric copies.
    let loaders: [QuestionnaireLoader]
    /// The date for questionnaires that give none.
    let date: String?
    /// Files per block: each block is scored in parallel, then handed over in order.
    var block = 512

    /// A scorer for `files.count` files on up to `jobs` cores.
    init(loader: QuestionnaireLoader, date: String?, jobs: Int) {
        loaders = [loader] + (1..<max(jobs, 1)).map { _ in loader.withOwnRubrics() }
        self.date = date
    }

    /// Scores every file; `transform` runs on the workers (render there what you can),
    /// `sink` runs on the calling thread in input order.
    func run<T>(_ files: [String], transform: (AssessmentResult, Rubric) -> T,
                sink: (Result<T, QuestionnaireLoader.Failure>) throws -> Void) rethrows {
        for start in stride(from: 0, to: files.count, by: block) {
            let end = min(start + block, files.count)
            let outcomes = ParallelMap.map(count: end - start, jobs: loaders.count) { offset, worker in
                loaders[worker].load(path: files[start + offset]).map { loaded -> T in
                    var questionnaire = loaded.questionnaire
                    if questionnaire.date == nil { questionnaire.date = date }
                    return transform(ScoringEngine.assess(questionnaire, with: loaded.rubric), loaded.rubric)
                }
            }
            for outcome in outcomes { try sink(outcome) }
        }
    }
}
