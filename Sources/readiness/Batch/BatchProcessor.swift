import Foundation
import ReadinessKit
import ReadinessReports

/// What became of one cohort item: scored with its rendered reports, or failed with its problems.
enum BatchOutcome {
    case scored(source: String, result: AssessmentResult, rubric: Rubric, reports: [(ReportFormat, String)])
    case failed(source: String, path: String, diagnostics: [Diagnostic], message: String?)
}

/// Loads, scores and renders cohort items on several threads; outcomes keep input order.
struct BatchProcessor: @unchecked Sendable {
    let loader: QuestionnaireLoader
    let formats: [ReportFormat]
    let templates: ReportTemplates
    let date: String?

    /// Processes items with `jobs` workers, returning outcomes in the items' order.
    func process(_ items: ArraySlice<BatchItem>, jobs: Int) -> [BatchOutcome] {
        let count = items.count
        let base = items.startIndex
        var outcomes = [BatchOutcome?](repeating: nil, count: count)
        outcomes.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let slots = buffer
            DispatchQueue.concurrentPerform(iterations: min(jobs, count)) { worker in
                var index = worker
                while index < count {
                    slots[index] = process(items[base + index])
                    index += jobs
                }
            }
        }
        return outcomes.map { $0! }
    }

    /// Processes one item.
    func process(_ item: BatchItem) -> BatchOutcome {
        switch item {
        case .file(let path):
            switch loader.load(path: path) {
            case .failure(let failure):
                return .failed(source: path, path: path, diagnostics: failure.diagnostics, message: failure.message)
            case .success(let loaded):
                return scored(path, loaded.questionnaire, loaded.rubric)
            }
        case .csvRow(let path, let row):
            guard let questionnaire = row.questionnaire, let rubric = row.rubric else {
                return .failed(source: item.source, path: path, diagnostics: row.diagnostics, message: nil)
            }
            return scored(item.source, questionnaire, rubric)
        }
    }

    // MARK: - Private

    private func scored(_ source: String, _ questionnaire: Questionnaire, _ rubric: Rubric) -> BatchOutcome {
        var questionnaire = questionnaire
        if questionnaire.date == nil { questionnaire.date = date }
        let result = ScoringEngine.assess(questionnaire, with: rubric)
        let reports = formats.map { ($0, $0.render(result, rubric: rubric, templates: templates)) }
        return .scored(source: source, result: result, rubric: rubric, reports: reports)
    }
}
