import Foundation
import Testing

@Suite("readiness panel, end to end")
struct PanelCLITests {
    static let command =
        "swift run readiness panel Examples/panel --rubric investor-readiness --conflicts Examples/panel/conflicts.csv --out Reports/panel"
    static let rubric = "Tests/Fixtures/panel/rubric.yaml"

    /// Every file in a folder, by name, with its bytes.
    func contents(of folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            files[name] = try Data(contentsOf: folder.appendingPathComponent(name))
        }
        return files
    }

    /// panel.json as an object, with each startup's `date` dropped (CSV rows give none here).
    func panelJSON(_ folder: URL) throws -> NSDictionary {
        let data = try Data(contentsOf: folder.appendingPathComponent("panel.json"))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        return object as NSDictionary
    }

    @Test("the committed Reports/panel are exactly what the demo command writes")
    func samplesUpToDate() throws {
        let out = try CLI.temporaryFolder()
        let run = try CLI.run([
            "panel", "Examples/panel", "--rubric", "investor-readiness", "--conflicts",
            "Examples/panel/conflicts.csv", "--out", out.path, "--quiet",
        ])
        #expect(run.status == 0, "\(run.stderr)")
        let written = try contents(of: out)
        let committed = try contents(of: CLI.packageRoot.appendingPathComponent("Reports/panel"))
        #expect(Set(written.keys) == Set(committed.keys), "run: \(Self.command)")
        for (name, data) in written where committed[name] != data {
            Issue.record("Reports/panel/\(name) is stale; run: \(Self.command)")
        }
    }

    @Test("output is byte-identical whatever --jobs is")
    func jobsDeterministic() throws {
        let one = try CLI.temporaryFolder()
        let four = try CLI.temporaryFolder()
        for (folder, jobs) in [(one, "1"), (four, "4")] {
            let run = try CLI.run([
                "panel", "Examples/panel", "--rubric", "investor-readiness", "--conflicts",
                "Examples/panel/conflicts.csv", "--normalize", "z", "--out", folder.path,
                "--format", "md,html,json,csv", "--jobs", jobs, "--quiet",
            ])
            #expect(run.status == 0, "\(run.stderr)")
        }
        let first = try contents(of: one)
        #expect(first.count == 5 * 4 + 4)
        #expect(first == (try contents(of: four)))
    }

    @Test("a panel given as a CSV with an assessor column gives the same results as YAML")
    func csvMatchesYAML() throws {
        let yaml = try CLI.temporaryFolder()
        let csv = try CLI.temporaryFolder()
        let a = try CLI.run([
            "panel", "Tests/Fixtures/panel/yaml", "--rubric", Self.rubric, "--conflicts",
            "Tests/Fixtures/panel/conflicts.csv", "--out", yaml.path, "--format", "json", "--quiet",
        ])
        let b = try CLI.run([
            "panel", "Tests/Fixtures/panel/panel.csv", "--rubric", Self.rubric, "--conflicts",
            "Tests/Fixtures/panel/conflicts.yaml", "--out", csv.path, "--format", "json", "--quiet",
        ])
        #expect(a.status == 0 && b.status == 0, "\(a.stderr)\(b.stderr)")
        #expect(try panelJSON(yaml) == panelJSON(csv))
        #expect(try contents(of: yaml)["acme.json"] == contents(of: csv)["acme.json"])
    }

    @Test("a missing assessor and a second founder are located errors; the rest is still scored")
    func badAssessmentsAreSkipped() throws {
        let input = try CLI.temporaryFolder()
        let out = try CLI.temporaryFolder()
        let folder = CLI.packageRoot.appendingPathComponent("Tests/Fixtures/panel/yaml")
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            try FileManager.default.copyItem(
                at: folder.appendingPathComponent(name), to: input.appendingPathComponent(name))
        }
        try "startup: Acme\nanswers:\n  team.cto: yes\n".write(
            to: input.appendingPathComponent("anonymous.yaml"), atomically: true, encoding: .utf8)
        try "startup: Acme\nassessor: SELF\nanswers:\n  team.cto: no\n".write(
            to: input.appendingPathComponent("acme-zself.yaml"), atomically: true, encoding: .utf8)
        let run = try CLI.run([
            "panel", input.path, "--rubric", Self.rubric, "--out", out.path, "--format", "json", "--quiet",
        ])
        #expect(run.status == 1)
        #expect(run.stderr.contains("\(input.path)/anonymous.yaml:1:1: error:"))
        let second = run.stderr.split(separator: "\n").first { $0.contains("acme-zself.yaml:1:1: error:") }
        #expect(second?.contains("acme-self.yaml") == true, "\(run.stderr)")  // names both files
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("panel.json").path))
    }

    @Test("each bad row of a conflicts file is located and the run stops")
    func badConflicts() throws {
        let folder = try CLI.temporaryFolder()
        let conflicts = folder.appendingPathComponent("conflicts.csv")
        try "assessor,startup\nCy,Acme\n,Beta\nAnn,\n".write(to: conflicts, atomically: true, encoding: .utf8)
        let run = try CLI.run([
            "panel", "Tests/Fixtures/panel/yaml", "--rubric", Self.rubric, "--conflicts", conflicts.path,
            "--out", folder.appendingPathComponent("out").path, "--quiet",
        ])
        #expect(run.status == 1)
        #expect(run.stderr.contains("conflicts.csv:3:1: error:"))
        #expect(run.stderr.contains("conflicts.csv:4:2: error:"))
    }

    @Test("--normalize takes z only and --discuss a spread from 0 to 1")
    func badOptions() throws {
        #expect(try CLI.run(["panel", "Examples/panel", "--normalize", "rank"]).status == 64)
        #expect(try CLI.run(["panel", "Examples/panel", "--discuss", "2"]).status == 64)
    }
}
