import Foundation
import Testing

@testable import ReadinessKit

/// The second edition's ranking, result JSON keys and schema.
@Suite("Second-edition ranking, JSON and schema")
struct SecondEditionOutputTests {
    static let rubric = SecondEditionScoringTests.rubric

    static func result(_ startup: String, _ answers: String) throws -> AssessmentResult {
        try #require(Fixtures.assess("startup: \(startup)\nanswers:\n\(answers)", rubric: rubric))
    }

    @Test("cohorts rank by verdict, then score, then input order, in both formats")
    func ranking() throws {
        // Capped: 77.78 by score (almost), ip's gate caps at not-ready.
        let capped = try Self.result(
            "Capped",
            "  team.founders: two\n  team.advisors: {value: yes, evidence: e}\n  team.board: yes\n  tech.ip: none\n  tech.trl: 9\n"
        )
        // Almost: 52.22, no gate fails.
        let almost = try Self.result(
            "Almost", "  team.founders: two\n  team.advisors: yes\n  team.board: no\n  tech.ip: filed\n  tech.trl: 5\n")
        // Ready: 88.89.
        let ready = try Self.result(
            "Ready",
            "  team.founders: one\n  team.advisors: {value: yes, evidence: e}\n  team.board: yes\n  tech.ip: granted\n  tech.trl: 9\n"
        )
        let twin = try Self.result(
            "Twin", "  team.founders: two\n  team.advisors: yes\n  team.board: no\n  tech.ip: filed\n  tech.trl: 5\n")
        #expect(capped.score > almost.score && capped.verdict.id == "not-ready" && almost.verdict.id == "almost")
        var summary = CohortSummary(rubric: Self.rubric)
        for result in [capped, almost, ready, twin] {
            summary.add(result, source: result.startup, slug: result.startup)
        }
        #expect(summary.ranking.map(\.startup) == ["Ready", "Almost", "Twin", "Capped"])
        // A format-1 rubric ranks by the same rule: a capped 95 (second verdict) goes below an
        // uncapped 85 with the first verdict; equal verdicts by score.
        let verdicts = Fixtures.smallRubric.verdicts
        var first = CohortSummary(rubric: Fixtures.smallRubric)
        for (index, (score, verdict)) in [(70.0, 1), (95, 1), (85, 0), (80, 1)].enumerated() {
            var result = almost
            result.score = score
            result.verdict = verdicts[verdict]
            result.startup = "S\(index)"
            first.add(result, source: "", slug: "")
        }
        #expect(first.ranking.map(\.startup) == ["S2", "S1", "S3", "S0"])
    }

    @Test("format-2 results carry the second edition's keys, in order")
    func keys() throws {
        let result = try Self.result("A", "  team.founders: none\n  team.advisors: yes\n  tech.ip: filed\n")
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(ResultJSON.text(result).utf8)) as? [String: Any])
        guard case .object(let pairs) = ResultJSON.value(result) else {
            Issue.record("not an object")
            return
        }
        #expect(
            pairs.map(\.0) == [
                "startup", "rubric", "assessor", "date", "score", "verdict", "verdict_label", "gates_failed",
                "gates", "answered_share", "provisional", "dimensions", "next_steps", "unanswered",
            ])
        #expect(json["gates"] as? [[String: String]] == [["criterion": "team.founders", "cap": "almost"]])
        // Answered: team 2/3 × (1/3 + 1/3) = 4/9, tech 1/3 × 2/3 = 2/9: 2/3 < 0.75.
        #expect(abs((json["answered_share"] as? Double ?? 0) - 2.0 / 3) < 1e-12)
        #expect(json["provisional"] as? Bool == true)
        let dimensions = try #require(json["dimensions"] as? [[String: Any]])
        let next = try #require(dimensions[0]["next_level"] as? [String: Any])
        #expect(next["level"] as? Int == 1 && next["blocking"] as? [String] == ["team.founders"])
        let criteria = try #require(dimensions[0]["criteria"] as? [[String: Any]])
        #expect(criteria[1]["answer_score"] as? Double == 1 && criteria[1]["score"] as? Double == 0.5)
        #expect(criteria[2]["answer_score"] == nil)  // team.board is unanswered
        let steps = try #require(json["next_steps"] as? [[String: Any]])
        #expect(steps[0]["criterion"] as? String == "team.founders" && steps[0]["dimension"] as? String == "team")
        #expect(steps[0]["advice"] as? String == "Find a co-founder.\n\nFull-time founders show commitment.")
        #expect(steps[0]["resources"] as? [String] == ["founders-lab"])
        #expect(steps.contains { $0["advice"] is NSNull })
        let top = try Self.result(
            "B",
            "  team.founders: two\n  team.advisors: {value: yes, evidence: e}\n  team.board: yes\n  tech.ip: granted\n  tech.trl: 9\n"
        )
        let topJSON = try #require(
            try JSONSerialization.jsonObject(with: Data(ResultJSON.text(top).utf8)) as? [String: Any])
        #expect((topJSON["dimensions"] as? [[String: Any]])?.allSatisfy { $0["next_level"] is NSNull } == true)
    }

    @Test("format-1 results keep the first edition's keys only")
    func firstEditionKeys() throws {
        let result = try #require(
            Fixtures.assess("startup: A\nanswers: {team.founders: 0, tech.ip: filed}\n", rubric: Fixtures.smallRubric))
        let text = ResultJSON.text(result)
        for key in [
            "\"gates\"", "answered_share", "provisional", "answer_score", "next_level", "\"advice\"", "\"resources\"",
            "\"dimension\"",
        ] {
            #expect(!text.contains(key), "\(key)")
        }
    }

    @Test("the rubric schema accepts format 2's shapes")
    func schema() throws {
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(RubricSchema.document().rendered().utf8)) as? [String: Any])
        let properties = try #require(json["properties"] as? [String: Any])
        for key in ["extends", "remove", "language", "languages", "unverified", "min_answered"] {
            #expect(properties[key] != nil, "\(key)")
        }
        #expect((json["else"] as? [String: Any])?["required"] as? [String] == ["verdicts", "dimensions"])
        let defs = try #require(json["$defs"] as? [String: Any])
        #expect(defs["text"] != nil && defs["dimensionOverride"] != nil && defs["levels"] != nil)
        let criterion = try #require((defs["criterion"] as? [String: Any])?["properties"] as? [String: Any])
        #expect(
            (criterion["evidence"] as? [String: Any])?["enum"] as? [String] == [
                "expected", "required", "optional", "none",
            ])
        #expect((criterion["gate"] as? [String: Any])?["anyOf"] as? [Any] != nil)
        #expect(criterion["pass"] != nil)
        let dimension = try #require((defs["dimension"] as? [String: Any])?["properties"] as? [String: Any])
        #expect(dimension["levels"] != nil)
    }
}
