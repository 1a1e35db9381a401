import Foundation
import Testing

/// Format 2 through the command line: bases found relative to the file that extends them,
/// problems inside a base printed with the base's path, cohorts ranked by verdict.
@Suite("Format 2 end to end")
struct Format2CLITests {
    static let folder = "Tests/Fixtures/format2/cli"

    @Test("a rubric extending a base by a relative path validates; the base's lint names the base")
    func relativeBase() throws {
        let run = try CLI.run(["validate", "\(Self.folder)/rubrics/park.yaml"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("rubric park 1.0.0, 2 dimensions, 3 scored criteria"))
        #expect(run.stderr.contains("\(Self.folder)/bases/base.yaml:15:9: warning: 'team.advisors' has no 'help'"))
    }

    @Test("an error inside a base is printed with the base's path, line and column")
    func errorInBase() throws {
        let run = try CLI.run(["validate", "\(Self.folder)/broken/top.yaml"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("\(Self.folder)/broken/top.yaml:5:10: error: base rubric 'base.yaml' has errors"))
        #expect(
            run.stderr.contains("\(Self.folder)/broken/base.yaml:10:69: error: a criterion's 'weight' must be a number")
        )
    }

    @Test("batch ranks a format-2 cohort by verdict, then score: the capped startup comes last")
    func ranking() throws {
        let out = try CLI.temporaryFolder()
        let run = try CLI.run(["batch", "\(Self.folder)/cohort", "--out", out.path, "--format", "json", "--quiet"])
        #expect(run.status == 0, "\(run.stderr)")
        let csv = try String(contentsOf: out.appendingPathComponent("cohort.csv"), encoding: .utf8)
        let rows = csv.split(whereSeparator: \.isNewline).dropFirst().map {
            $0.split(separator: ",").prefix(5).joined(separator: ",")
        }
        #expect(rows.map { $0.split(separator: ",")[1] } == ["Ready", "Almost", "Capped"], "\(csv)")
        #expect(rows.last?.hasSuffix("66.7,not-ready") == true)
        let json = try Data(contentsOf: out.appendingPathComponent("capped.json"))
        let report = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        let result = try #require(report["result"] as? [String: Any])
        #expect(result["gates"] as? [[String: String]] == [["criterion": "money.runway", "cap": "not-ready"]])
        #expect(result["verdict_uncapped"] as? String == "almost")
    }
}
