import Foundation
import Testing
@testable import ReadinessKit

/// How many variants and mutations each test tries: 300 by default, more with `READINESS_FUZZ_COUNT`.
private let count = UInt64(ProcessInfo.processInfo.environment["READINESS_FUZZ_COUNT"] ?? "") ?? 300

/// The fast path (`QuestionnaireEventDecoder`) may only ever answer what the full way
/// (`YAMLReader` + `QuestionnaireDecoder`) answers without a word, byte for byte; and it must
/// answer the ordinary file, or it saves nothing.
@Suite("The event decoder agrees with the full decoder")
struct EventDecoderEquivalenceTests {
    static let rubrics: [Rubric] = {
        let catalogue = BuiltInRubrics.catalogueNames.flatMap { name in
            BuiltInRubrics.catalogueText(of: name).map { ResourceDecoder.decodeCatalogue($0).resources } ?? []
        }
        let builtIn = BuiltInRubrics.ids.compactMap { id in
            BuiltInRubrics.text(of: id).flatMap { RubricDecoder.decode($0, catalogue: catalogue).rubric }
        }
        return builtIn + [Fixtures.smallRubric]
    }()

    static let demoFiles: [[UInt8]] = {
        let folder = Fixtures.packageRoot.appendingPathComponent("Examples/demo-cohort")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.sorted().filter { $0.hasSuffix(".yaml") }.compactMap {
            FileManager.default.contents(atPath: folder.appendingPathComponent($0).path).map { Array($0) }
        }
    }()

    /// The full way's questionnaire and diagnostics.
    static func full(_ bytes: [UInt8], _ rubric: Rubric) -> (questionnaire: Questionnaire?, diagnostics: [Diagnostic]) {
        let read = YAMLReader.read(bytes: bytes)
        guard let root = read.root else { return (nil, read.diagnostics) }
        let output = QuestionnaireDecoder.decode(root, readDiagnostics: read.diagnostics, rubric: rubric)
        return (output.questionnaire, output.diagnostics)
    }

    static func fast(_ bytes: [UInt8], _ rubric: Rubric) -> Questionnaire? {
        QuestionnaireEventDecoder.decode(bytes: bytes) { _ in rubric }?.questionnaire
    }

    /// Checks the fast answer against the full one; returns whether the fast path answered.
    @discardableResult
    static func agree(_ bytes: [UInt8], _ rubric: Rubric, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Bool {
        guard let fast = fast(bytes, rubric) else { return false }
        let full = full(bytes, rubric)
        #expect(full.diagnostics.isEmpty, "the fast path answered a file the full way has words for: \(full.diagnostics)",
                sourceLocation: sourceLocation)
        // `==` on strings takes canonically equivalent spellings as equal; the dump does not.
        #expect(String(reflecting: full.questionnaire) == String(reflecting: Optional(fast)), sourceLocation: sourceLocation)
        return true
    }

    @Test("the rubrics decode")
    func rubricsDecode() {
        #expect(Self.rubrics.count == BuiltInRubrics.ids.count + 1)
        #expect(Self.demoFiles.count >= 10)
    }

    @Test("every demo questionnaire takes the fast path and decodes the same")
    func demoCohort() throws {
        let rubric = try #require(Self.rubrics.first { $0.id == "investor-readiness" })
        for bytes in Self.demoFiles {
            #expect(Self.agree(bytes, rubric))
        }
    }

    @Test("varied questionnaires decode the same", arguments: 0..<count)
    func variants(seed: UInt64) {
        var random = SeededRandom(seed: seed)
        let rubric = Self.rubrics[Int(seed) % Self.rubrics.count]
        Self.agree(Array(QuestionnaireVariants.yaml(for: rubric, using: &random).utf8), rubric)
    }

    @Test("most clean variants take the fast path, and some are left to the full decoder")
    func coverage() {
        var clean = 0, fast = 0, givenUp = 0
        for seed in 0..<UInt64(600) {
            var random = SeededRandom(seed: seed)
            let rubric = Self.rubrics[Int(seed) % Self.rubrics.count]
            let bytes = Array(QuestionnaireVariants.yaml(for: rubric, using: &random).utf8)
            let isClean = Self.full(bytes, rubric).diagnostics.isEmpty
            let answered = Self.fast(bytes, rubric) != nil
            if isClean { clean += 1 }
            if answered { fast += 1 }
            if isClean && !answered { givenUp += 1 }
        }
        #expect(clean > 100)
        #expect(fast * 10 >= clean * 7, "fast path took \(fast) of \(clean) clean variants")
        #expect(givenUp > 0, "no clean variant was left to the full decoder: the hard cases are not exercised")
    }

    @Test("mutated questionnaires decode the same", arguments: 0..<count)
    func mutated(seed: UInt64) {
        var random = SeededRandom(seed: seed &+ 77)
        let rubric = Self.rubrics[0]
        let seedFile = seed % 2 == 0
            ? Self.demoFiles[Int(seed / 2) % Self.demoFiles.count]
            : Array(QuestionnaireVariants.yaml(for: rubric, using: &random).utf8)
        Self.agree(MutationFuzzTests.mutate(seedFile, seed: seed), rubric)
    }

    @Test("gives up where the full decoder has something to say, or a spelling it reads its own way", arguments: [
        "startup: A\nanswers:\n  market.problem-statement: yes\n  market.problem-statement: no\n",  // repeated key
        "startup: A\nanswers:\n  market.problem-statement: &a yes\n",                             // anchor
        "startup: A\nrubric_version: \"0.1\"\nanswers: ~\n",                                         // version warning
        "startup: A\nanswers:\n  profile.founded: 2_023\n",                                          // underscores
        "startup: A\nanswers:\n  profile.founded: +2023\n",                                          // sign
        "startup: A\nanswers:\n  profile.stage: \"se\u{0301}ed\"\n",                                 // other code points
        "startup: A\nanswers:\n  nope.nope: yes\n",                                                  // unknown criterion
        "startup: A\nanswers: [a]\n",                                                                // answers not a mapping
        "startup: A\nanswers: ~\n---\nstartup: B\n",                                                 // two documents
        "answers: ~\n",                                                                              // no startup
        "startup: \"  \"\nanswers: ~\n",                                                             // blank startup
        "startup: A\ndate: 2026-02-30\nanswers: ~\n",                                                // no such date
        "startup: A\nanswers:\n  market.problem-statement: {value: yes, nope: 1}\n",                 // unknown key
        "startup: A\nanswers:\n  ? [a]\n  : yes\n",                                                  // collection key
        "startup: A\nanswers:\n  market.problem-statement: 'yes\n",                                  // libyaml error
        "[1, 2]\n",                                                                                  // not a mapping
        "",                                                                                          // empty
    ])
    func givesUp(text: String) throws {
        let rubric = try #require(Self.rubrics.first { $0.id == "investor-readiness" })
        #expect(Self.fast(Array(text.utf8), rubric) == nil)
        Self.agree(Array(text.utf8), rubric)
    }

    @Test("asks for the rubric with rubric:'s text when it comes before the answers, and gives up without one")
    func rubricQuestion() throws {
        let rubric = try #require(Self.rubrics.first { $0.id == "investor-readiness" })
        var asked: [String?] = []
        let before = Array("startup: A\nrubric: investor-readiness\nanswers:\n  market.problem-statement: yes\n".utf8)
        let decoded = QuestionnaireEventDecoder.decode(bytes: before) { asked.append($0); return rubric }
        #expect(decoded?.questionnaire.answers.count == 1)
        let after = Array("startup: A\nanswers: ~\nrubric: investor-readiness\n".utf8)
        _ = QuestionnaireEventDecoder.decode(bytes: after) { asked.append($0); return rubric }
        let late = Array("startup: A\nanswers:\n  market.problem-statement: yes\nrubric: x\n".utf8)
        _ = QuestionnaireEventDecoder.decode(bytes: late) { asked.append($0); return rubric }
        #expect(asked == ["investor-readiness", "investor-readiness", nil])
        #expect(QuestionnaireEventDecoder.decode(bytes: before) { _ in nil } == nil)
    }
}
