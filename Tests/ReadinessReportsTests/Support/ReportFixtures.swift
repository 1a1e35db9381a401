import Foundation
import ReadinessKit
import Testing

/// Reads fixtures and scores them, with paths relative to this file, never to the working directory.
enum ReportFixtures {
    /// The package root.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `Tests/Fixtures` folder.
    static let folder = packageRoot.appendingPathComponent("Tests/Fixtures")

    /// This test target's `Golden` folder.
    static let goldenFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Golden")

    /// The text of a file below the package root.
    static func text(_ path: String) throws -> String {
        try String(contentsOf: packageRoot.appendingPathComponent(path), encoding: .utf8)
    }

    /// The report-test rubric (`Tests/Fixtures/reports/rubric.yaml`).
    static func reportRubric() throws -> Rubric {
        try rubric(at: "Tests/Fixtures/reports/rubric.yaml")
    }

    /// A rubric file below the package root, with its catalogue from `resources/` beside it.
    static func rubric(at path: String) throws -> Rubric {
        let text = try self.text(path)
        var catalogue: [Resource]?
        if let name = YAMLReader.read(text).root?["catalogue"]?.scalar {
            let folder = (path as NSString).deletingLastPathComponent
            let catalogueText = try self.text("\(folder)/resources/\(name).yaml")
            catalogue = ResourceDecoder.decodeCatalogue(catalogueText).resources
        }
        let output = RubricDecoder.decode(text, catalogue: catalogue)
        let rubric = try #require(output.rubric, "\(path) does not decode: \(output.diagnostics)")
        return rubric
    }

    /// Scores a questionnaire file below the package root against a rubric.
    static func assess(_ path: String, rubric: Rubric) throws -> AssessmentResult {
        try assess(text: self.text(path), rubric: rubric)
    }

    /// Scores questionnaire text against a rubric.
    static func assess(text: String, rubric: Rubric) throws -> AssessmentResult {
        let output = QuestionnaireDecoder.decode(text, rubric: rubric)
        let questionnaire = try #require(output.questionnaire, "questionnaire does not decode: \(output.diagnostics)")
        return ScoringEngine.assess(questionnaire, with: rubric)
    }

    /// The report fixtures by name (`capped`, `hostile`), scored with the report-test rubric.
    static func reportCase(_ name: String) throws -> (result: AssessmentResult, rubric: Rubric) {
        let rubric = try reportRubric()
        return (try assess("Tests/Fixtures/reports/\(name).yaml", rubric: rubric), rubric)
    }

    /// Every questionnaire of a folder below the package root (sorted by file name), scored
    /// with its rubric from `Rubrics/`.
    static func folderCases(_ folder: String) throws -> [(result: AssessmentResult, rubric: Rubric)] {
        let url = packageRoot.appendingPathComponent(folder)
        let files = try FileManager.default.contentsOfDirectory(atPath: url.path).filter { $0.hasSuffix(".yaml") }
            .sorted()
        try #require(!files.isEmpty, "no questionnaires in \(folder)")
        var rubrics: [String: Rubric] = [:]
        var cases: [(result: AssessmentResult, rubric: Rubric)] = []
        for file in files {
            let text = try self.text("\(folder)/\(file)")
            let id = try #require(YAMLReader.read(text).root?["rubric"]?.scalar, "\(file) names no rubric")
            if rubrics[id] == nil { rubrics[id] = try rubric(at: "Rubrics/\(id).yaml") }
            let rubric = rubrics[id]!
            cases.append((try assess(text: text, rubric: rubric), rubric))
        }
        return cases
    }

    /// The small scoring fixture (two scored dimensions: bars, no radar).
    static func smallCase() throws -> (result: AssessmentResult, rubric: Rubric) {
        let rubric = try rubric(at: "Tests/Fixtures/scoring/rubric.yaml")
        return (try assess("Tests/Fixtures/scoring/acme.yaml", rubric: rubric), rubric)
    }
}
