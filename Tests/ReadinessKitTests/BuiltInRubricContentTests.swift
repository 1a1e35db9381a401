import Foundation
import Testing

@testable import ReadinessKit

/// Keeps the content of the built-in rubrics honest: they load with no warning, every ladder is
/// whole, every knock-out names its cap and needs evidence, every option has a label, and the
/// demo cohort gets the verdicts a coach agrees with. Files are read relative to this file.
@Suite("Built-in rubric content")
struct BuiltInRubricContentTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let rubricIDs = ["investor-readiness", "life-sciences"]

    static func text(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    static func decode(_ id: String) throws -> RubricDecoder.Output {
        RubricDecoder.decode(try text("Rubrics/\(id).yaml"), origin: "Rubrics/\(id).yaml")
    }

    static func rubric(_ id: String) throws -> Rubric {
        let output = try decode(id)
        return try #require(output.rubric, "\(output.diagnostics)")
    }

    @Test("both rubrics load with no error and no warning", arguments: rubricIDs)
    func loadsClean(id: String) throws {
        let output = try Self.decode(id)
        let rubric = try #require(output.rubric, "\(output.diagnostics)")
        #expect(output.diagnostics.isEmpty, "\(output.diagnostics)")
        #expect(output.lint.isEmpty, "\(output.lint)")
        let lint = RubricLint.check(rubric)
        #expect(lint.isEmpty, "\(lint.map(\.description))")
        #expect(rubric.id == id && rubric.version == "2.0.0" && rubric.format == 2)
        #expect(BuiltInRubrics.text(of: id) == (try Self.text("Rubrics/\(id).yaml")), "run scripts/embed-builtins")
    }

    @Test("every dimension's ladder runs from 1 to its top with a criterion at every level", arguments: rubricIDs)
    func laddersHaveNoHole(id: String) throws {
        let rubric = try Self.rubric(id)
        for dimension in rubric.dimensions where dimension.criteria.contains(where: \.isScored) {
            let ladder = rubric.ladder(of: dimension)
            let used = Set(dimension.criteria.filter(\.isScored).compactMap(\.level))
            #expect(!dimension.levels.isEmpty, "\(dimension.id) has no ladder of its own")
            let top = try #require(ladder.keys.max(), "\(dimension.id)")
            #expect(Set(ladder.keys) == Set(1...top), "\(dimension.id): ladder \(ladder.keys.sorted())")
            #expect(used == Set(1...top), "\(dimension.id): levels used \(used.sorted()), ladder 1...\(top)")
        }
    }

    @Test("every gate has required evidence and a cap that names a verdict", arguments: rubricIDs)
    func gatesAreStrict(id: String) throws {
        let rubric = try Self.rubric(id)
        let verdicts = Set(rubric.verdicts.map(\.id))
        let gated = rubric.allCriteria.filter { $0.gate != nil }
        #expect(gated.count >= 7)
        for criterion in gated {
            #expect(criterion.evidence == .required, "\(criterion.key)")
            let cap = try #require(criterion.gateCap, "\(criterion.key) has no cap")
            #expect(verdicts.contains(cap), "\(criterion.key): \(cap)")
        }
        // The knock-outs the coach asked for are there.
        for key in [
            "ip.ownership", "ip.freedom-to-operate", "ip.prior-disclosure", "product.unapproved-use",
            "team.founders-full-time", "finance.runway",
        ] {
            #expect(rubric.criterion(key)?.gate != nil, "\(key)")
        }
        // Low runway is an alert, not a verdict: its cap is the best verdict.
        #expect(rubric.criterion("finance.runway")?.gateCap == rubric.verdicts.first?.id)
    }

    @Test(
        "every option has a label; every scored question help, advice, a strength and a resource", arguments: rubricIDs)
    func everyOptionLabelled(id: String) throws {
        let rubric = try Self.rubric(id)
        for criterion in rubric.allCriteria {
            for option in criterion.options {
                #expect(!option.label.trimmingCharacters(in: .whitespaces).isEmpty, "\(criterion.key).\(option.id)")
            }
            if criterion.isScored {
                #expect(criterion.help != nil && criterion.strength != nil, "\(criterion.key)")
                #expect(!criterion.resources.isEmpty, "\(criterion.key) points at no resource")
            }
        }
    }

    @Test("life-sciences extends investor-readiness and adds the life-science dimensions")
    func lifeSciencesExtends() throws {
        let base = try Self.rubric("investor-readiness")
        let rubric = try Self.rubric("life-sciences")
        #expect(rubric.verdicts == base.verdicts)
        #expect(
            rubric.dimensions.map(\.id) == base.dimensions.map(\.id) + [
                "clinical", "regulatory", "quality", "cmc", "market-access",
            ])
        let clinical = try #require(rubric.dimensions.first { $0.id == "clinical" })
        #expect(clinical.criteria.first { $0.id == "phase-1" }?.level == 6)
        #expect(clinical.criteria.first { $0.id == "phase-2" }?.level == 7)
        #expect(clinical.criteria.first { $0.id == "phase-3" }?.level == 8)
    }

    /// Each demo startup, its rubric folder, its expected verdict, whether it is provisional, and
    /// the gates it must fail.
    struct Case: Sendable, CustomTestStringConvertible {
        let file: String
        let verdict: String
        let provisional: Bool
        let gates: [String]
        var testDescription: String { "\(file) → \(verdict)\(provisional ? " (provisional)" : "")" }
    }

    static let cohort: [Case] = [
        Case(
            file: "demo-cohort/lumen-cryo.yaml", verdict: "almost-ready", provisional: false, gates: ["finance.runway"]),
        Case(
            file: "demo-cohort/novaderm-labs.yaml", verdict: "not-ready", provisional: false,
            gates: ["ip.ownership", "legal.cap-table"]),
        Case(
            file: "demo-cohort/cardiotrack-health.yaml", verdict: "not-ready", provisional: false,
            gates: ["product.unapproved-use", "legal.gdpr"]),
        Case(file: "demo-cohort/ventri-ai.yaml", verdict: "not-ready", provisional: true, gates: []),
        Case(file: "demo-cohort/helix-bio.yaml", verdict: "almost-ready", provisional: false, gates: []),
        Case(file: "demo-cohort/clearsight-diagnostics.yaml", verdict: "investor-ready", provisional: false, gates: []),
        Case(file: "demo-cohort/pulsewave-medical.yaml", verdict: "investor-ready", provisional: false, gates: []),
        Case(file: "demo-cohort/mosaic-antibodies.yaml", verdict: "not-ready", provisional: false, gates: []),
        Case(
            file: "demo-cohort/sproutline-microbiome.yaml", verdict: "not-ready", provisional: false,
            gates: ["team.founders-full-time"]),
        Case(
            file: "demo-cohort/tidewater-enzymes.yaml", verdict: "not-ready", provisional: false,
            gates: ["ip.ownership"]),
        Case(
            file: "demo-cohort/fennel-health.yaml", verdict: "not-ready", provisional: false,
            gates: ["team.founders-full-time", "legal.gdpr"]),
        Case(file: "life-sciences/helix-bio.yaml", verdict: "almost-ready", provisional: false, gates: []),
        Case(file: "life-sciences/pulsewave-medical.yaml", verdict: "investor-ready", provisional: false, gates: []),
    ]

    @Test("the demo cohort gets the verdicts a coach agrees with", arguments: cohort)
    func demoVerdict(_ expected: Case) throws {
        let text = try Self.text("Examples/\(expected.file)")
        let id = expected.file.hasPrefix("life-sciences/") ? "life-sciences" : "investor-readiness"
        let rubric = try Self.rubric(id)
        let decoded = QuestionnaireDecoder.decode(text, rubric: rubric)
        let questionnaire = try #require(decoded.questionnaire, "\(decoded.diagnostics)")
        #expect(questionnaire.rubric == id)
        let result = ScoringEngine.assess(questionnaire, with: rubric)
        #expect(result.verdict.id == expected.verdict, "\(expected.file): \(result.score) \(result.gatesFailed)")
        #expect(result.provisional == expected.provisional, "\(expected.file): answered \(result.answeredShare)")
        #expect(result.gatesFailed == expected.gates, "\(expected.file)")
        if expected.file.hasSuffix("ventri-ai.yaml") { #expect(result.unanswered.count == 15) }
        if expected.file.hasSuffix("lumen-cryo.yaml") {
            #expect(result.verdict.id != "investor-ready")
            #expect(result.nextSteps.first?.criterion == "finance.runway")
        }
    }
}
