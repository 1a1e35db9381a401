import Foundation
import Testing

@testable import ReadinessKit

/// Format-1 rubrics score byte for byte as the first edition did.
///
/// The digests below were recorded with the first-edition engine (commit b4a8d2c, before format
/// 2 existed) over the same seeded questionnaires; `Tests/Fixtures/format1/` holds frozen copies
/// of the built-in rubrics as they were then, so rewriting the built-ins does not move them.
@Suite("First-edition results keep their bytes")
struct FirstEditionBytesTests {
    /// Each format-1 rubric with the digest of its random results' JSON text.
    static let cases: [(String, UInt64)] = [
        ("scoring/rubric.yaml", 2_521_394_424_073_766_092),
        ("reports/rubric.yaml", 619_802_032_037_857_816),
        ("format1/investor-readiness.yaml", 14_650_154_487_829_250_571),
        ("format1/life-sciences.yaml", 14_236_081_790_548_532_841),
    ]

    /// The digest of the demo cohort's results on the frozen rubrics, as `cohort.json` holds them
    /// (the same digest as the result lines of the committed `Reports/cohort.json`, sorted by file).
    static let demoDigest: UInt64 = 8_219_562_714_239_121_855

    static let catalogue = ResourceDecoder.decodeCatalogue(Fixtures.text("format1/resources/life-science-park.yaml"))
        .resources

    static func rubric(_ path: String) throws -> Rubric {
        try #require(RubricDecoder.decode(Fixtures.text(path), catalogue: catalogue).rubric, "\(path)")
    }

    /// FNV-1a over every text in turn, each followed by a newline.
    static func digest(_ texts: [String]) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for text in texts {
            for byte in text.utf8 + [0x0A] {
                hash ^= UInt64(byte)
                hash &*= 0x0000_0100_0000_01B3
            }
        }
        return hash
    }

    @Test("random questionnaires give the recorded bytes", arguments: cases)
    func random(path: String, expected: UInt64) throws {
        let rubric = try Self.rubric(path)
        var random = SeededRandom(seed: 2026)
        var texts: [String] = []
        for round in 0..<300 {
            var questionnaire = RandomAnswers.questionnaire(for: rubric, using: &random)
            for index in questionnaire.answers.indices where (index + round) % 3 == 0 {
                questionnaire.answers[index].evidence = "doc.pdf"
            }
            texts.append(ResultJSON.text(ScoringEngine.assess(questionnaire, with: rubric)))
        }
        #expect(Self.digest(texts) == expected, "\(path): \(Self.digest(texts))")
    }

    @Test("the demo cohort gives the recorded bytes")
    func demo() throws {
        let rubrics = [
            "investor-readiness": try Self.rubric("format1/investor-readiness.yaml"),
            "life-sciences": try Self.rubric("format1/life-sciences.yaml"),
        ]
        // The first edition's demo cohort, kept as it was when the first edition shipped.
        let folder = Fixtures.folder.appendingPathComponent("format1/demo-cohort")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }
            .sorted()
        var texts: [String] = []
        for file in files {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            let id = try #require(YAMLReader.read(text).root?["rubric"]?.scalar)
            let rubric = try #require(rubrics[id])
            let result = try #require(Fixtures.assess(text, rubric: rubric), "\(file)")
            var bytes: [UInt8] = []
            ResultJSON.value(result, file: "Examples/demo-cohort/\(file)").writeCompact(into: &bytes)
            texts.append(String(decoding: bytes, as: UTF8.self))
        }
        #expect(texts.count == 11)
        #expect(Self.digest(texts) == Self.demoDigest, "\(Self.digest(texts))")
    }
}
