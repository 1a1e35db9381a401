import Foundation
import Testing

@testable import ReadinessKit

/// How many variants the round-trip test tries: 300 by default, more with `READINESS_FUZZ_COUNT`.
private let count = UInt64(ProcessInfo.processInfo.environment["READINESS_FUZZ_COUNT"] ?? "") ?? 300

/// The one way from a questionnaire file's bytes to a questionnaire: `decode(bytes:rubric:)`.
@Suite("A questionnaire file decodes by one entry point")
struct QuestionnaireBytesTests {
    static let rubrics: [Rubric] = {
        let catalogue = BuiltInRubrics.catalogueNames.flatMap { name in
            BuiltInRubrics.catalogueText(of: name).map { ResourceDecoder.decodeCatalogue($0).resources } ?? []
        }
        let builtIn = BuiltInRubrics.ids.compactMap { id in
            BuiltInRubrics.text(of: id).flatMap { RubricDecoder.decode($0, catalogue: catalogue).rubric }
        }
        return builtIn + [Fixtures.smallRubric]
    }()

    static func decode(_ text: String, _ lookup: (String?) -> RubricLookup) -> Result<
        QuestionnaireDecoder.Decoded, QuestionnaireDecoder.Failure
    > {
        QuestionnaireDecoder.decode(bytes: Array(text.utf8), rubric: lookup)
    }

    @Test("asks once for the rubric that rubric: names, nil when there is none")
    func asksForTheRubric() throws {
        var asked: [String?] = []
        let rubric = Fixtures.smallRubric
        let named = Self.decode("startup: A\nanswers:\n  team.advisors: yes\nrubric: small\n") {
            asked.append($0)
            return .found(rubric)
        }
        _ = Self.decode("startup: A\nanswers: ~\n") {
            asked.append($0)
            return .found(rubric)
        }
        #expect(asked == ["small", nil])
        let decoded = try named.get()
        #expect(decoded.questionnaire.answers.map(\.criterion) == ["team.advisors"])
        #expect(decoded.rubric.id == rubric.id)
        #expect(decoded.warnings.isEmpty)
    }

    @Test("an unknown rubric is an error at rubric:, or at the document when the file names none")
    func unknownRubric() throws {
        let named = Self.decode("startup: A\nrubric: nope\nanswers: ~\n") { _ in .unknown("no such rubric") }
        guard case .failure(let failure) = named else {
            Issue.record("decoded")
            return
        }
        #expect(failure.diagnostics == [.error("no such rubric", at: SourceLocation(line: 2, column: 9))])
        #expect(failure.message == nil)
        let unnamed = Self.decode("# a comment\nstartup: A\nanswers: ~\n") { _ in .unknown("name one") }
        guard case .failure(let none) = unnamed else {
            Issue.record("decoded")
            return
        }
        #expect(none.diagnostics.map(\.location) == [SourceLocation(line: 2, column: 1)])
    }

    @Test("a rubric that cannot be used fails the file as a whole, without a location")
    func unusableRubric() {
        let outcome = Self.decode("startup: A\nrubric: broken\nanswers: ~\n") { _ in .unusable("its rubric is invalid")
        }
        guard case .failure(let failure) = outcome else {
            Issue.record("decoded")
            return
        }
        #expect(failure.diagnostics.isEmpty)
        #expect(failure.message == "its rubric is invalid")
    }

    @Test("empty, unreadable and wrong files fail with located errors; warnings travel with the questionnaire")
    func problems() throws {
        let rubric = Fixtures.smallRubric
        for text in ["", "startup: [\n", "[1, 2]\n", "startup: A\nanswers:\n  nope: 1\n"] {
            guard case .failure(let failure) = Self.decode(text, { _ in .found(rubric) }) else {
                Issue.record("decoded: \(text)")
                continue
            }
            #expect(failure.diagnostics.hasErrors)
        }
        let old = try Self.decode("startup: A\nrubric_version: \"0.1\"\nanswers: ~\n") { _ in .found(rubric) }.get()
        #expect(old.warnings.map(\.severity) == [.warning])
        #expect(old.warnings.first?.location == SourceLocation(line: 2, column: 17))
    }

    @Test("the text entry point takes the same path as a file")
    func textEntryPoint() {
        let output = QuestionnaireDecoder.decode("", rubric: Fixtures.smallRubric)
        #expect(output.questionnaire == nil)
        #expect(output.diagnostics.map(\.message) == ["the questionnaire is empty; expected 'startup:' and 'answers:'"])
    }

    @Test(
        "questionnaires written every which way decode or fail with errors, and what decodes reads back the same",
        arguments: 0..<count)
    func variants(seed: UInt64) {
        var random = SeededRandom(seed: seed)
        let rubric = Self.rubrics[Int(seed) % Self.rubrics.count]
        let text = QuestionnaireVariants.yaml(for: rubric, using: &random)
        switch Self.decode(text, { _ in .found(rubric) }) {
        case .failure(let failure):
            #expect(failure.diagnostics.hasErrors)
        case .success(let decoded):
            #expect(!decoded.warnings.hasErrors)
            var first = decoded.questionnaire
            let again = QuestionnaireDecoder.decode(QuestionnaireYAML.render(first, rubric: rubric), rubric: rubric)
            guard var second = again.questionnaire else {
                Issue.record("did not read back: \(again.diagnostics)")
                return
            }
            // The writer names the rubric and puts answers in rubric order, without their places.
            first.rubric = first.rubric ?? rubric.id
            for index in first.answers.indices { first.answers[index].location = .start }
            for index in second.answers.indices { second.answers[index].location = .start }
            first.answers.sort { $0.criterion < $1.criterion }
            second.answers.sort { $0.criterion < $1.criterion }
            #expect(first == second)
        }
    }
}
