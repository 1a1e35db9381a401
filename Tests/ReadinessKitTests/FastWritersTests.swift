import Foundation
import Testing

@testable import ReadinessKit

/// The fast paths a cohort takes must write exactly what the plain paths write.
@Suite("Fast writers agree with the plain ones")
struct FastWritersTests {
    /// Random results on both built-in rubrics and the small fixture rubric, with every answer
    /// kind, capped verdicts, evidence flags and awkward text.
    static func results() throws -> [AssessmentResult] {
        var rubrics = [Fixtures.smallRubric]
        let catalogue = BuiltInRubrics.catalogueNames.flatMap { name in
            BuiltInRubrics.catalogueText(of: name).map { ResourceDecoder.decodeCatalogue($0).resources } ?? []
        }
        for id in BuiltInRubrics.ids {
            let text = try #require(BuiltInRubrics.text(of: id))
            rubrics.append(try #require(RubricDecoder.decode(text, catalogue: catalogue).rubric))
        }
        var random = SeededRandom(seed: 42)
        var results: [AssessmentResult] = []
        // The demo cohort: real answers, with a capped verdict (Lumen Cryo) among them.
        let demo = Fixtures.packageRoot.appendingPathComponent("Examples/demo-cohort")
        let files = try FileManager.default.contentsOfDirectory(atPath: demo.path).filter { $0.hasSuffix(".yaml") }
            .sorted()
        for file in files {
            let text = try String(contentsOf: demo.appendingPathComponent(file), encoding: .utf8)
            results.append(try #require(Fixtures.assess(text, rubric: rubrics[1]), "\(file)"))
        }
        for rubric in rubrics {
            for round in 0..<40 {
                var questionnaire = RandomAnswers.questionnaire(for: rubric, using: &random)
                questionnaire.startup =
                    ["Plain", "Quote \" and \\ back", "Tab\tnew\nline", "Ünïcode ✓ \u{2028}", "\u{1}ctl"][round % 5]
                questionnaire.assessor = round % 2 == 0 ? nil : "Ann \"A\""
                questionnaire.date = round % 3 == 0 ? nil : "2026-11-30"
                for index in questionnaire.answers.indices where round % 4 == 0 && index % 3 == 0 {
                    questionnaire.answers[index].evidence = "doc.pdf"
                }
                results.append(ScoringEngine.assess(questionnaire, with: rubric))
            }
        }
        return results
    }

    @Test("a cohort's result JSON carries its file second and parses to the plain value plus that key")
    func resultJSONWithFile() throws {
        for result in try Self.results() {
            guard case .object(let pairs) = ResultJSON.value(result, file: "dir/a \"b\".yaml") else {
                Issue.record("not an object")
                return
            }
            #expect(pairs[1].0 == "file")
            guard case .object(let plain) = ResultJSON.value(result) else { return }
            #expect(pairs.count == plain.count + 1)
        }
    }

    @Test("compact JSON parses to the same value as pretty JSON")
    func compactEqualsPretty() throws {
        for result in try Self.results().prefix(20) {
            var compact: [UInt8] = []
            ResultJSON.value(result).writeCompact(into: &compact)
            let pretty = Data(ResultJSON.text(result).utf8)
            let a = try JSONSerialization.jsonObject(with: Data(compact)) as? NSDictionary
            let b = try JSONSerialization.jsonObject(with: pretty) as? NSDictionary
            #expect(a != nil && a == b)
        }
    }

    @Test("a cohort entry read back from bytes equals the entry, for every result")
    func entryBytes() throws {
        for (index, result) in try Self.results().enumerated() {
            let entry = CohortEntry(result, source: "in\\dir/\(index).yaml", slug: "s-\(index)")
            var bytes: [UInt8] = []
            entry.appendEncodedLine(to: &bytes)
            #expect(!bytes.contains(0x0A))
            let back = bytes.withUnsafeBufferPointer { CohortEntry(encodedBytes: $0) }
            #expect(back == entry)
        }
    }

    @Test(
        "a damaged entry line is refused, not misread",
        arguments: ["", "a\tb", "x\tx\tx\tnot-a-number\tv\tV\t0\t\t-\t\t0", "x\tx\tx\t1\tv\tV\t0\t1,zz\t-\t\t0"])
    func damagedEntry(line: String) {
        #expect(CohortEntry(encodedLine: line[...]) == nil)
    }
}

@Suite("Yes and no")
struct YesNoTests {
    @Test(
        "every spelling the brief allows, in any case and with spaces; nothing else",
        arguments: [
            ("yes", true), ("YES", true), (" Yes ", true), ("y", true), ("Y", true), ("true", true), ("True\t", true),
            ("no", false), ("NO", false), ("n", false), ("\nN", false), ("false", false), ("FALSE", false),
        ])
    func spellings(text: String, value: Bool) {
        #expect(NodeDecoder.parseBool(text) == value)
    }

    @Test(
        "near misses are not answers",
        arguments: ["", " ", "ye", "yess", "nope", "\u{0}y", "y\u{0}", "oui", "1", "on", "ja"])
    func nearMisses(text: String) {
        #expect(NodeDecoder.parseBool(text) == nil)
    }
}

@Suite("CSV fields as bytes")
struct CSVFieldBytesTests {
    @Test(
        "appendField writes what field(_:) writes, always defused",
        arguments: [
            "Plain", "Acme, Inc.", "Say \"hi\"", "line\nbreak", "cr\rhere", " lead", "trail ", "=SUM(A1)", "+1", "-x",
            "@home",
            "\tTab", "'quoted", "Ünïcode ✓", " \u{301}combining", "x \u{301}", "", "a\u{2028}b", "=\"a,b\"",
        ])
    func field(text: String) {
        var out: [UInt8] = []
        CSVText.appendField(text, to: &out)
        #expect(String(decoding: out, as: UTF8.self) == CSVText.field(text))
        #expect(!["=", "+", "-", "@", "\t", "\r"].contains(out.first.map { String(UnicodeScalar($0)) } ?? ""))
    }

    @Test(
        "one decimal, as bytes and as text",
        arguments: [0.0, 0.04, 0.05, 0.15, 99.95, 100, -0.04, -0.05, -12.34, 61.428571])
    func oneDecimal(value: Double) {
        let tenths = (value * 10).rounded(.toNearestOrAwayFromZero)
        let whole = Int(abs(tenths))
        let expected = (tenths < 0 && whole != 0 ? "-" : "") + "\(whole / 10).\(whole % 10)"
        #expect(NumberText.oneDecimal(value) == expected)
    }
}

@Suite("CriterionIndex")
struct CriterionIndexTests {
    @Test("finds every criterion of the built-in rubrics where it is, and nothing else")
    func findsEveryCriterion() throws {
        let catalogue = BuiltInRubrics.catalogueNames.flatMap { name in
            BuiltInRubrics.catalogueText(of: name).map { ResourceDecoder.decodeCatalogue($0).resources } ?? []
        }
        for id in BuiltInRubrics.ids {
            let text = try #require(BuiltInRubrics.text(of: id))
            let rubric = try #require(RubricDecoder.decode(text, catalogue: catalogue).rubric)
            for (d, dimension) in rubric.dimensions.enumerated() {
                for (c, criterion) in dimension.criteria.enumerated() {
                    let found = rubric.position(of: criterion.key)
                    #expect(found?.dimension == d && found?.criterion == c, "\(criterion.key)")
                }
            }
            for miss in ["", "team", "team.", "TEAM.full-time-founders", "team.full-time-founders ", "x.y"] {
                #expect(rubric.position(of: miss) == nil, "\(miss)")
            }
        }
    }
}
