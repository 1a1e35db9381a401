import Foundation
import ReadinessKit

/// Reads test fixtures relative to this file, never to the working directory.
enum Fixtures {
    /// The `Tests/Fixtures` folder.
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    /// The package root.
    static let packageRoot = folder.deletingLastPathComponent().deletingLastPathComponent()

    /// A fixture's text.
    static func text(_ path: String) -> String {
        (try? String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)) ?? ""
    }

    /// The small scoring rubric, decoded; fails the test when it does not decode.
    static var smallRubric: Rubric {
        let output = RubricDecoder.decode(text("scoring/rubric.yaml"))
        return output.rubric!
    }

    /// Decodes questionnaire text against a rubric, expecting no errors.
    static func questionnaire(_ text: String, rubric: Rubric) -> Questionnaire? {
        QuestionnaireDecoder.decode(text, rubric: rubric).questionnaire
    }

    /// Scores questionnaire text against a rubric.
    static func assess(_ text: String, rubric: Rubric) -> AssessmentResult? {
        questionnaire(text, rubric: rubric).map { ScoringEngine.assess($0, with: rubric) }
    }
}
