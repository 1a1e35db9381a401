import ArgumentParser
import Foundation
import ReadinessKit

/// `readiness init --plan QUESTIONNAIRE.yaml`: a starting plan from an assessment.
extension InitCommand {
    /// Refuses the options that only a blank questionnaire takes, and a questionnaire without `--plan`.
    func validatePlanOptions() throws {
        guard plan else {
            if questionnaire != nil { throw ValidationError(Problem.questionnaireWithoutPlan.description) }
            return
        }
        guard questionnaire != nil else { throw ValidationError(Problem.planNeedsQuestionnaire.description) }
        let given = [
            ("--format", format == .csv), ("--startup", startup != nil), ("--date", date != nil),
            ("--assessor", assessor != "self"),
        ]
        if let option = given.first(where: \.1)?.0 { throw ValidationError(Problem.notWithPlan(option).description) }
    }

    /// The starting plan's YAML and the strings it is written in; exits 1 (with the problems
    /// printed) when the questionnaire or its rubric does not load.
    func startingPlan() throws -> (text: String, strings: Strings) {
        guard let path = questionnaire else { throw ValidationError(Problem.planNeedsQuestionnaire.description) }
        let resolver = RubricResolver(resourcesPath: resources)
        let loader = QuestionnaireLoader(resolver: resolver, rubricOverride: rubric)
        guard case .success(let loaded) = loader.load(path: path) else { throw ExitCode.failure }
        let viewed = RubricLanguages(preferred: languageOption.language).rubric(
            loaded.rubric, for: loaded.questionnaire)
        let strings = Strings.of(viewed, else: .english)
        let result = ScoringEngine.assess(loaded.questionnaire, with: viewed)
        let folder = (path as NSString).deletingLastPathComponent
        let source =
            rubric.flatMap { resolver.source(for: $0) }
            ?? loaded.questionnaire.rubric.flatMap { resolver.source(for: $0, relativeTo: folder) }
        let reference = source.map { RubricReference.text(for: $0, questionnairePath: out) } ?? viewed.id
        let plan = Plan.starting(from: result, rubric: reference) { question in
            strings.format(PlanFileWord.actionFallback, question)
        }
        let text = PlanYAML.render(
            plan, from: result, schema: schema ?? "\(viewed.id).plan.schema.json", strings: strings)
        return (text, strings)
    }
}
