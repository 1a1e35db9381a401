import Foundation
import ReadinessKit
import Testing

@testable import readiness

/// What a founder types in Dutch: ja/nee for yes-no, a decimal comma in Dutch, labels of the
/// rubric's language; English answers keep working.
@Suite("readiness ask: answers typed in Dutch")
struct DutchAnswerTests {
    let rubric = RubricDecoder.decode(
        (try? String(contentsOf: CLI.fixtures.appendingPathComponent("scoring/rubric.yaml"), encoding: .utf8)) ?? ""
    ).rubric!

    @Test(
        "ja, j and nee answer a yes-no question, as y, yes, n and no do",
        arguments: [
            ("ja", true), ("J", true), ("nee", false), ("y", true), ("no", false),
        ])
    func yesNo(typed: String, expected: Bool) throws {
        let criterion = try #require(rubric.criterion("team.advisors"))
        guard case .answer(.yesNo(let value)) = AnswerReader.read(typed, for: criterion, strings: .dutch) else {
            Issue.record("\(typed) was not read as yes or no")
            return
        }
        #expect(value == expected)
    }

    @Test("a decimal comma reads as a decimal in Dutch only")
    func decimalComma() throws {
        let criterion = try #require(rubric.criterion("team.founders"))
        guard case .answer(.number(let value)) = AnswerReader.read("2,5", for: criterion, strings: .dutch) else {
            Issue.record("2,5 was not read as a number in Dutch")
            return
        }
        #expect(value == 2.5)
        if case .answer = AnswerReader.read("2,5", for: criterion, strings: .english) {
            Issue.record("2,5 is not a number in English")
        }
    }
}
