import Foundation
import Testing

@testable import ReadinessKit

/// Issue 16, the kit's part: hostile numbers, keys and limits, generated here.
@Suite("hostile input in the kit")
struct HostileKitTests {
    @Test("a weight above the maximum is out of range, and the message says the maximum")
    func weightTooLarge() {
        let text = rubricText(criteria: "      - {id: a, question: Q, answer: yes-no, weight: 1000000001}")
            .replacingOccurrences(of: "    title: D\n", with: "    title: D\n    weight: 1000000001\n")
        let errors = RubricDecoder.decode(text).diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 2)
        #expect(errors.allSatisfy { $0.code == .outOfRange && $0.message.contains("1000000000") })
    }

    @Test(
        "a huge scale answer is out of range, not 'not whole'",
        arguments: ["-1e308", "1e308", "10000000000000000000000"])
    func hugeScaleAnswer(value: String) {
        let text = "startup: A\nrubric: small\nanswers:\n  tech.trl: \(value)\n"
        let output = QuestionnaireDecoder.decode(text, rubric: Fixtures.smallRubric)
        #expect(output.questionnaire == nil)
        #expect(output.diagnostics.count == 1)
        #expect(output.diagnostics.first?.message.hasSuffix("is out of range") == true)
        #expect(output.diagnostics.first?.location == SourceLocation(line: 4, column: 13))
    }

    @Test("tiny weights never score above 100")
    func tinyWeights() throws {
        let criteria = (1...7).map { "      - {id: c\($0), question: Q, answer: yes-no, weight: 1e-300}" }.joined(
            separator: "\n")
        let rubric = try #require(RubricDecoder.decode(rubricText(criteria: criteria)).rubric)
        let answers = (1...7).map { "  d.c\($0): yes" }.joined(separator: "\n")
        let result = try #require(Fixtures.assess("startup: A\nrubric: t\nanswers:\n\(answers)\n", rubric: rubric))
        #expect(result.score == 100)
        #expect(result.dimensions.allSatisfy { ($0.score ?? 0) <= 100 })
    }

    @Test("an unknown key is quoted short and escaped, not as the whole line")
    func unknownKeyQuotedShort() {
        let line = "root:*:19000:0:99999:7:::" + String(repeating: "x", count: 200) + "\u{1B}[2J"
        let output = QuestionnaireDecoder.decode(
            "startup: A\n\"\(line.replacingOccurrences(of: "\u{1B}", with: "\\e"))\": 1\n",
            rubric: Fixtures.smallRubric)
        let unknown = output.diagnostics.filter { $0.code == .unknownKey }
        #expect(unknown.count == 1)
        #expect(
            unknown.first.map {
                $0.message.count < 120 && !$0.message.contains("\u{1B}") && $0.message.contains("root:*:19000")
            } == true)
        #expect(QuotedText.short("a\u{1B}b") == "a\\u{1B}b")
        #expect(QuotedText.short(String(repeating: "y", count: 41)) == String(repeating: "y", count: 40) + "…")
    }

    @Test("a CSV with more rows than the limit is refused at the first row too many")
    func csvRows() {
        let text = "startup\n" + String(repeating: "a\n", count: CSVTable.maxRows + 1)
        let parsed = CSVTable.parse(text)
        #expect(parsed.table == nil)
        #expect(parsed.diagnostics.map(\.code) == [.tooManyRows])
        #expect(parsed.diagnostics.first?.location == SourceLocation(line: CSVTable.maxRows + 2, column: 1))
        #expect(
            CSVTable.parse("startup\n" + String(repeating: "a\n", count: CSVTable.maxRows)).table?.records.count
                == CSVTable.maxRows)
    }
}
