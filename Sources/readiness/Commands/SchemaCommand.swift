import ArgumentParser
import Foundation
import ReadinessKit

/// `readiness schema`: JSON Schemas for rubrics, questionnaires and plans, for editors.
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Write JSON Schemas (draft 2020-12) for rubrics, questionnaires and plans.",
        discussion: """
            With --out DIR, writes rubric.schema.json, questionnaire.schema.json and plan.schema.json \
            (generic: any rubric) into DIR, and with --rubric also <rubric id>.questionnaire.schema.json, \
            which lists every criterion with its question and allowed answers, and \
            <rubric id>.plan.schema.json, which lists the rubric's dimension, criterion and resource ids. \
            Without --out, prints one schema: the questionnaire schema (rubric-specific with --rubric), \
            the plan schema with --kind plan (rubric-specific with --rubric), or the rubric schema with \
            --kind rubric.
            Point an editor at a schema with a first line such as
              # yaml-language-server: $schema=investor-readiness.questionnaire.schema.json
            ('readiness init' writes that line).
            """
    )

    /// Which schema to print.
    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case questionnaire, rubric, plan
    }

    @Option(help: "A built-in rubric id or a rubric file: also make a questionnaire schema for that rubric.")
    var rubric: String?

    @Option(help: "A resource catalogue file that replaces the rubric's catalogue.")
    var resources: String?

    @Option(
        name: .shortAndLong, help: "A folder to write the schemas into (created if missing).", completion: .directory)
    var out: String?

    @Option(help: "Without --out, which schema to print: questionnaire, rubric or plan.")
    var kind: Kind = .questionnaire

    func run() throws {
        let specific = try rubric.map { try RubricChoice.load($0, resources: resources).rubric }
        guard let out else {
            let value: JSONValue
            switch kind {
            case .rubric: value = RubricSchema.document()
            case .questionnaire: value = specific.map(QuestionnaireSchema.specific) ?? QuestionnaireSchema.generic()
            case .plan: value = specific.map(PlanSchema.specific) ?? PlanSchema.generic()
            }
            print(value.rendered())
            return
        }
        var files: [(String, JSONValue)] = [
            ("rubric.schema.json", RubricSchema.document()),
            ("questionnaire.schema.json", QuestionnaireSchema.generic()),
            ("plan.schema.json", PlanSchema.generic()),
        ]
        if let specific {
            files.append(("\(specific.id).questionnaire.schema.json", QuestionnaireSchema.specific(for: specific)))
            files.append(("\(specific.id).plan.schema.json", PlanSchema.specific(for: specific)))
        }
        let strings = Strings.english
        for (name, value) in files {
            let path = (out as NSString).appendingPathComponent(name)
            do throws(AtomicWriter.Failure) {
                try AtomicWriter.write(value.rendered() + "\n", to: path)
            } catch {
                DiagnosticPrinter().print(error)
                throw ExitCode.failure
            }
            Terminal.writeError(strings.format(TerminalWord.wrote, path) + "\n")
        }
    }
}
