import Foundation
import Testing

@Suite("readiness batch, end to end")
struct BatchCLITests {
    /// Every file in a folder, by name, with its bytes.
    func contents(of folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            var isFolder: ObjCBool = false
            let url = folder.appendingPathComponent(name)
            // Reports/panel holds the demo panel's reports (PanelCLITests checks them).
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), isFolder.boolValue { continue }
            files[name] = try Data(contentsOf: url)
        }
        return files
    }

    @Test("the committed Reports/ are exactly what the README's demo command writes")
    func samplesUpToDate() throws {
        let out = try CLI.temporaryFolder()
        let run = try CLI.run(["batch", "Examples/demo-cohort", "--out", out.path, "--quiet"])
        #expect(run.status == 0, "\(run.stderr)")
        let written = try contents(of: out)
        let committed = try contents(of: CLI.packageRoot.appendingPathComponent("Reports"))
        #expect(Set(written.keys) == Set(committed.keys), "run: swift run readiness batch Examples/demo-cohort")
        for (name, data) in written where committed[name] != data {
            Issue.record("Reports/\(name) is stale; run: swift run readiness batch Examples/demo-cohort")
        }
    }

    @Test("output is byte-identical whatever --jobs is")
    func jobsDeterministic() throws {
        let one = try CLI.temporaryFolder()
        let two = try CLI.temporaryFolder()
        _ = try CLI.run([
            "batch", "Examples/demo-cohort", "--out", one.path, "--jobs", "1", "--format", "md,html,json,csv",
        ])
        _ = try CLI.run([
            "batch", "Examples/demo-cohort", "--out", two.path, "--jobs", "4", "--format", "md,html,json,csv",
        ])
        let first = try contents(of: one)
        #expect(first.count == 11 * 4 + 4)
        #expect(first == (try contents(of: two)))
    }

    @Test("the cohort as CSV scores exactly as the YAML files")
    func csvMatchesYAML() throws {
        let yaml = try CLI.temporaryFolder()
        let csv = try CLI.temporaryFolder()
        _ = try CLI.run(["batch", "Examples/demo-cohort", "--out", yaml.path, "--summary-only"])
        let run = try CLI.run([
            "batch", "Examples/demo-cohort.csv", "--rubric", "investor-readiness", "--out", csv.path, "--summary-only",
        ])
        #expect(run.status == 0, "\(run.stderr)")
        let scores = { (folder: URL) throws -> [String] in
            let text = try String(contentsOf: folder.appendingPathComponent("cohort.csv"), encoding: .utf8)
            return text.split(separator: "\r\n").map { line in
                let fields = line.split(separator: ",", omittingEmptySubsequences: false)
                return ([fields[1]] + fields[3...]).joined(separator: ",")
            }
        }
        #expect(try scores(yaml) == scores(csv))
    }

    @Test("a broken questionnaire is reported with its location and skipped; exit 1")
    func brokenIsolated() throws {
        let input = try CLI.temporaryFolder()
        let out = try CLI.temporaryFolder()
        for name in ["helix-bio.yaml", "fennel-health.yaml"] {
            try FileManager.default.copyItem(
                at: CLI.packageRoot.appendingPathComponent("Examples/demo-cohort/\(name)"),
                to: input.appendingPathComponent(name))
        }
        try "startup: Broken\nrubric: investor-readiness\nanswers:\n  product.trl: 12\n".write(
            to: input.appendingPathComponent("broken.yaml"), atomically: true, encoding: .utf8)
        try "startup: [\n".write(to: input.appendingPathComponent("garbled.yaml"), atomically: true, encoding: .utf8)
        let run = try CLI.run(["batch", input.path, "--out", out.path, "--quiet"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("broken.yaml:4:16: error:"), "\(run.stderr)")
        #expect(run.stderr.contains("garbled.yaml:2:1: error: invalid YAML"), "\(run.stderr)")
        #expect(run.stdout.contains("2 startups scored, 2 could not be scored"))
        let overview = try String(contentsOf: out.appendingPathComponent("cohort.md"), encoding: .utf8)
        #expect(overview.contains("## Could not be scored"))
        #expect(overview.contains("broken.yaml:4:16: error:"))
        let names = try FileManager.default.contentsOfDirectory(atPath: out.path)
        #expect(!names.contains { $0.hasPrefix(".readiness-tmp") })
    }

    @Test("a questionnaire's warnings are printed with its location, in input order; it is still scored")
    func warningsShown() throws {
        let input = try CLI.temporaryFolder()
        let out = try CLI.temporaryFolder()
        try
            "startup: Old Form\nrubric: investor-readiness\nrubric_version: \"0.9\"\nanswers:\n  market.segment: confirmed\n"
            .write(
                to: input.appendingPathComponent("a-old.yaml"), atomically: true, encoding: .utf8)
        try "startup: Broken\nrubric: investor-readiness\nanswers:\n  product.trl: 12\n".write(
            to: input.appendingPathComponent("b-broken.yaml"), atomically: true, encoding: .utf8)
        let run = try CLI.run(["batch", input.path, "--out", out.path, "--quiet", "--summary-only"])
        #expect(run.status == 1)
        let warning = "a-old.yaml:3:17: warning: answers were written for version 0.9 of 'investor-readiness'"
        let warningAt = try #require(run.stderr.range(of: warning), "\(run.stderr)")
        let errorAt = try #require(run.stderr.range(of: "b-broken.yaml:4:16: error:"), "\(run.stderr)")
        #expect(warningAt.lowerBound < errorAt.lowerBound)
        #expect(run.stdout.contains("1 startup scored, 1 could not be scored"), "\(run.stdout)")
    }

    @Test("two startups with the same name both get reports, the second with -2")
    func sameName() throws {
        let input = try CLI.temporaryFolder()
        let out = try CLI.temporaryFolder()
        let source = CLI.packageRoot.appendingPathComponent("Examples/demo-cohort/helix-bio.yaml")
        try FileManager.default.copyItem(at: source, to: input.appendingPathComponent("a.yaml"))
        try FileManager.default.copyItem(at: source, to: input.appendingPathComponent("b.yaml"))
        let run = try CLI.run(["batch", input.path, "--out", out.path, "--format", "md"])
        #expect(run.status == 0)
        let names = Set(try FileManager.default.contentsOfDirectory(atPath: out.path))
        #expect(
            names.isSuperset(of: [
                "helix-bio-b-v.md", "helix-bio-b-v-2.md", "cohort.md", "cohort.html", "cohort.csv", "cohort.json",
            ]))
    }
}
