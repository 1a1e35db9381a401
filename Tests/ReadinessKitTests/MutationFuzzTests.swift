import Foundation
import Testing

@testable import ReadinessKit

/// How many mutations each fuzz test tries: 300 by default, more with `READINESS_FUZZ_COUNT`.
private let fuzzCount = UInt64(ProcessInfo.processInfo.environment["READINESS_FUZZ_COUNT"] ?? "") ?? 300

/// A bounded, repeatable fuzz run in the ordinary test suite: real rubrics and questionnaires,
/// mutated byte by byte, must always end in a result or in located diagnostics, never a trap.
@Suite("Mutated inputs never crash the reader or the decoders")
struct MutationFuzzTests {
    static let questionnaire = Array(Fixtures.text("../../Examples/demo-cohort/lumen-cryo.yaml").utf8)
    static let rubricBytes = Array(Fixtures.text("scoring/rubric.yaml").utf8)

    /// One mutation: flip, insert, delete or duplicate a slice, chosen by the seed.
    static func mutate(_ bytes: [UInt8], seed: UInt64) -> [UInt8] {
        var random = SeededRandom(seed: seed)
        var out = bytes
        for _ in 0..<Int.random(in: 1...4, using: &random) where !out.isEmpty {
            let at = Int.random(in: 0..<out.count, using: &random)
            switch Int.random(in: 0..<5, using: &random) {
            case 0: out[at] = UInt8.random(in: 0...255, using: &random)
            case 1:
                out.insert(contentsOf: Array(":-[]{}&*!|>'\"#\t\n ".utf8).shuffled(using: &random).prefix(3), at: at)
            case 2: out.removeSubrange(at..<min(out.count, at + Int.random(in: 1...40, using: &random)))
            case 3: out.insert(contentsOf: out[at..<min(out.count, at + 200)], at: at)
            default: out = Array(out.prefix(at))
            }
        }
        return out
    }

    @Test("the seeds are real files")
    func seeds() {
        #expect(Self.questionnaire.count > 1000)
        #expect(Self.rubricBytes.count > 500)
    }

    @Test("mutated questionnaires", arguments: 0..<fuzzCount)
    func questionnaires(seed: UInt64) {
        let rubric = Fixtures.smallRubric
        let bytes = Self.mutate(Self.questionnaire, seed: seed)
        switch QuestionnaireDecoder.decode(bytes: bytes, rubric: { _ in .found(rubric) }) {
        case .success(let decoded):
            let result = ScoringEngine.assess(decoded.questionnaire, with: rubric)
            #expect((0...100).contains(result.score))
            for diagnostic in decoded.warnings {
                #expect(diagnostic.location.line >= 1 && diagnostic.location.column >= 1)
            }
        case .failure(let failure):
            #expect(failure.diagnostics.hasErrors)
            for diagnostic in failure.diagnostics {
                #expect(diagnostic.location.line >= 1 && diagnostic.location.column >= 1)
            }
        }
    }

    @Test("mutated rubrics", arguments: 0..<fuzzCount)
    func rubrics(seed: UInt64) {
        let bytes = Self.mutate(Self.rubricBytes, seed: seed &+ 10_000)
        let read = YAMLReader.read(bytes: bytes)
        guard let root = read.root else { return }
        let output = RubricDecoder.decode(root, readDiagnostics: read.diagnostics)
        #expect(output.rubric != nil || output.diagnostics.hasErrors)
        if let rubric = output.rubric {
            var random = SeededRandom(seed: seed)
            let result = ScoringEngine.assess(RandomAnswers.questionnaire(for: rubric, using: &random), with: rubric)
            #expect((0...100).contains(result.score))
        }
    }
}
