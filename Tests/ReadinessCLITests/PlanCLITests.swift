import Foundation
import Testing

/// Plans on the command line: `validate` and `schema --which plan`.
@Suite("readiness validate and schema for plans")
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
}
