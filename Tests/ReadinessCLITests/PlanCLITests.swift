import Foundation
import Testing

/// Plans on the command line: `validate` and `init --plan`.
@Suite("readiness validate and init --plan for plans")
struct PlanCLITests {
    let folder = CLI.fixtures.appendingPathComponent("plan")

    private func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    @Test("a valid plan gets one ✓ line, against the rubric its 'rubric:' names beside it")
    func validPlan() throws {
        let run = try CLI.run(["validate", path("acme.plan.yaml")], environment: ["NO_COLOR": "1"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "✓ \(path("acme.plan.yaml")): plan for Acme against plan-test, 2 targets, 1 action\n")
        #expect(run.stderr.isEmpty)
    }

    @Test("every problem of a plan is printed as path:line:column, and validate exits 1")
    func brokenPlan() throws {
        let file = path("broken.plan.yaml")
        let run = try CLI.run(["validate", file], environment: ["NO_COLOR": "1"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("\(file):4:17: error: unknown dimension 'iq' (did you mean 'ip'?)"))
        #expect(run.stderr.contains("\(file):4:36: error: 'due' must be a date written YYYY-MM-DD"))
        #expect(run.stderr.contains("\(file):6:53: error: 'status' must be open, done or dropped"))
        #expect(run.stdout.isEmpty)
    }

    @Test("a plan whose rubric is unknown is an error at 'rubric:'; --rubric overrides it")
    func rubricChoice() throws {
        let temporary = try CLI.temporaryFolder()
        let file = temporary.appendingPathComponent("plan.yaml")
        try "startup: Acme\nrubric: nowhere\ntargets:\n  - {dimension: ip, level: 2}\n".write(
            to: file, atomically: true, encoding: .utf8)
        let unknown = try CLI.run(["validate", file.path], environment: ["NO_COLOR": "1"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("\(file.path):2:9: error: unknown rubric 'nowhere'"))
        let overridden = try CLI.run(
            ["validate", "--rubric", path("rubric.yaml"), file.path], environment: ["NO_COLOR": "1"])
        #expect(overridden.status == 0, "\(overridden.stderr)")
        #expect(overridden.stderr.contains("warning: the plan names rubric 'nowhere' but is read against 'plan-test'"))
    }

    @Test("a plan without 'rubric:' is read against the default rubric")
    func defaultRubric() throws {
        let temporary = try CLI.temporaryFolder()
        let file = temporary.appendingPathComponent("plan.yaml")
        try "startup: Acme\nactions: []\n".write(to: file, atomically: true, encoding: .utf8)
        let run = try CLI.run(["validate", file.path], environment: ["NO_COLOR": "1"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("plan for Acme against investor-readiness, 0 targets, 0 actions"))
    }

    @Test("a startup name with terminal escapes is shown harmless")
    func hostileName() throws {
        let temporary = try CLI.temporaryFolder()
        let file = temporary.appendingPathComponent("plan.yaml")
        try "startup: \"Evil\\e[31mRed\"\nrubric: \(path("rubric.yaml"))\ntargets: []\n".write(
            to: file, atomically: true, encoding: .utf8)
        let run = try CLI.run(["validate", file.path], environment: ["NO_COLOR": "1"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(!run.stdout.contains("\u{1B}"))
    }

    @Test("init --plan writes a starting plan that validates cleanly, its rubric relative to the plan")
    func initPlan() throws {
        let temporary = try CLI.temporaryFolder()
        let file = temporary.appendingPathComponent("deep/acme.plan.yaml")
        try FileManager.default.createDirectory(
            at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        let run = try CLI.run(
            ["init", "--plan", "acme.yaml", "-o", file.path], environment: ["NO_COLOR": "1"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr == "Wrote \(file.path)\n")
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.hasPrefix("# yaml-language-server: $schema=plan-test.plan.schema.json\n"))
        #expect(text.contains("\nrubric: \"../../"), "\(text)")
        #expect(text.contains("  - criterion: ip.search\n"))
        let validate = try CLI.run(["validate", file.path], environment: ["NO_COLOR": "1"])
        #expect(validate.status == 0, "\(validate.stderr)")
        #expect(validate.stderr.isEmpty, "\(validate.stderr)")
        #expect(validate.stdout.contains("plan for Acme against plan-test, 1 target, 4 actions"))
        // An existing file is kept unless --force.
        let again = try CLI.run(["init", "--plan", path("acme.yaml"), "-o", file.path])
        #expect(again.status == 1)
        #expect(try String(contentsOf: file, encoding: .utf8) == text)
        let forced = try CLI.run(["init", "--plan", path("acme.yaml"), "-o", file.path, "--force", "--lang", "nl"])
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(
            try String(contentsOf: file, encoding: .utf8).contains("# Doelen: het volgende niveau van elk onderdeel."))
        #expect(try CLI.run(["validate", file.path]).status == 0)
    }

    @Test("init --plan to standard output gives the same bytes every run")
    func initPlanDeterministic() throws {
        let one = try CLI.run(["init", "--plan", "acme.yaml"], in: folder)
        let two = try CLI.run(["init", "--plan", "acme.yaml"], in: folder)
        #expect(one.status == 0, "\(one.stderr)")
        #expect(one.stdout == two.stdout)
        #expect(one.stdout.contains("\nrubric: \"rubric.yaml\"\n"))
    }

    @Test(
        "init --plan refuses what does not fit",
        arguments: [
            ["init", "--plan"], ["init", "Tests/Fixtures/plan/acme.yaml"],
            ["init", "--plan", "Tests/Fixtures/plan/acme.yaml", "--format", "csv"],
            ["init", "--plan", "Tests/Fixtures/plan/acme.yaml", "--startup", "Other"],
        ])
    func initPlanUsage(arguments: [String]) throws {
        let run = try CLI.run(arguments)
        #expect(run.status == 64, "\(run.stderr)")
    }

    @Test("init --plan from a broken questionnaire prints its problems and writes nothing")
    func initPlanBrokenQuestionnaire() throws {
        let temporary = try CLI.temporaryFolder()
        let input = temporary.appendingPathComponent("bad.yaml")
        try "startup: Acme\nrubric: \(path("rubric.yaml"))\nanswers:\n  ip.serch: yes\n".write(
            to: input, atomically: true, encoding: .utf8)
        let out = temporary.appendingPathComponent("plan.yaml")
        let run = try CLI.run(["init", "--plan", input.path, "-o", out.path], environment: ["NO_COLOR": "1"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("\(input.path):4:3: error: unknown criterion 'ip.serch'"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test("the example plan of docs/formats.md validates against the built-in rubric")
    func documentedExample() throws {
        let docs = try String(
            contentsOf: CLI.packageRoot.appendingPathComponent("docs/formats.md"), encoding: .utf8)
        let section = try #require(docs.range(of: "## Plan (YAML)"))
        let rest = docs[section.upperBound...]
        let start = try #require(rest.range(of: "```yaml\n"))
        let end = try #require(rest[start.upperBound...].range(of: "```"))
        let temporary = try CLI.temporaryFolder()
        let file = temporary.appendingPathComponent("plan.yaml")
        try String(rest[start.upperBound..<end.lowerBound]).write(to: file, atomically: true, encoding: .utf8)
        let run = try CLI.run(["validate", file.path], environment: ["NO_COLOR": "1"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.isEmpty, "\(run.stderr)")
    }
}
