import Foundation
import Testing

/// The CLI points a user who typed the wrong thing at the right one.
@Suite("Usage hints")
struct UsageHintCLITests {
    @Test(
        "an unknown subcommand is a usage error with a did-you-mean hint",
        arguments: [
            (["asses", "a.yaml"], "unknown command 'asses' (did you mean 'assess'?)", "Usage: readiness <subcommand>"),
            (["valdate"], "unknown command 'valdate' (did you mean 'validate'?)", "Usage: readiness <subcommand>"),
            (
                ["templates", "exprot", "x"], "unknown command 'exprot' (did you mean 'export'?)",
                "Usage: readiness templates <subcommand>"
            ),
        ])
    func unknownCommand(arguments: [String], message: String, usage: String) throws {
        let run = try CLI.run(arguments)
        #expect(run.status == 64)
        #expect(run.stderr.contains(message), "\(run.stderr)")
        #expect(run.stderr.contains(usage), "\(run.stderr)")
        #expect(run.stdout.isEmpty)
    }

    @Test("a word far from every subcommand lists them without a guess")
    func noGuess() throws {
        let run = try CLI.run(["frobnicate"])
        #expect(run.status == 64)
        #expect(run.stderr.contains("unknown command 'frobnicate'; the commands are assess, batch"))
    }

    @Test("help, --version and known subcommands are untouched")
    func known() throws {
        #expect(try CLI.run(["help", "assess"]).status == 0)
        #expect(try CLI.run(["--version"]).status == 0)
        #expect(try CLI.run(["rubrics"]).status == 0)
    }

    @Test("assess on a folder suggests batch; validate on a folder suggests a glob")
    func folder() throws {
        let folder = "Examples/demo-cohort"
        let assess = try CLI.run(["assess", folder])
        #expect(assess.status == 1)
        #expect(
            assess.stderr.contains(
                "\(folder): error: is a folder, not a file; to score every questionnaire in it, run: readiness batch \(folder)"
            ), "\(assess.stderr)")
        let validate = try CLI.run(["validate", folder])
        #expect(validate.status == 1)
        #expect(validate.stderr.contains("run: readiness validate \(folder)/*.yaml"), "\(validate.stderr)")
    }

    @Test("a folder name with a space is quoted for the shell")
    func quoted() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("readiness-hint-\(UUID().uuidString)")
        let folder = root.appendingPathComponent("my cohort")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let run = try CLI.run(["assess", "my cohort"], in: root)
        #expect(run.stderr.contains("run: readiness batch 'my cohort'"), "\(run.stderr)")
    }
}
