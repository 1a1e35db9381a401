import Foundation
import Testing

/// `--lang` end to end: Dutch reports, the fallback note, usage errors, and outputs that never
/// depend on the machine's locale or time zone.
@Suite("readiness --lang, end to end")
struct LanguageCLITests {
    @Test("batch --lang nl writes Dutch reports and overview with decimal commas; JSON stays neutral")
    func dutchBatch() throws {
        let out = try CLI.temporaryFolder()
        let run = try CLI.run([
            "batch", "Examples/demo-cohort", "--lang", "nl", "--out", out.path, "--quiet",
            "--format", "md,html,json",
        ])
        #expect(run.status == 0, "\(run.stderr)")
        let html = try String(contentsOf: out.appendingPathComponent("lumen-cryo.html"), encoding: .utf8)
        #expect(html.contains("<html lang=\"nl\">"))
        #expect(html.contains("71,8"))
        let cohort = try String(contentsOf: out.appendingPathComponent("cohort.md"), encoding: .utf8)
        #expect(cohort.hasPrefix("# Cohortoverzicht"), "\(cohort.prefix(200))")
        let json = try String(contentsOf: out.appendingPathComponent("lumen-cryo.json"), encoding: .utf8)
        #expect(json.contains("\"language\":\"nl\"") || json.contains("\"language\": \"nl\""))
        #expect(!json.contains("71,8"))
    }

    @Test("an unknown --lang is a usage error naming the offered languages")
    func unknownLanguage() throws {
        let run = try CLI.run(["assess", "Examples/demo-cohort/lumen-cryo.yaml", "--lang", "de"])
        #expect(run.status == 64)
        #expect(run.stderr.contains("en, nl"))
    }

    @Test("outputs are byte-identical under other LANG, LC_ALL and TZ")
    func localeIndependent() throws {
        let plain = try CLI.temporaryFolder()
        let other = try CLI.temporaryFolder()
        #expect(
            try CLI.run(["batch", "Examples/demo-cohort", "--out", plain.path, "--quiet", "--lang", "nl"]).status == 0)
        let env = ["LANG": "nl_NL.UTF-8", "LC_ALL": "de_DE.UTF-8", "TZ": "Pacific/Kiritimati"]
        #expect(
            try CLI.run(
                ["batch", "Examples/demo-cohort", "--out", other.path, "--quiet", "--lang", "nl"],
                environment: env
            ).status == 0)
        for name in try FileManager.default.contentsOfDirectory(atPath: plain.path) {
            let a = try Data(contentsOf: plain.appendingPathComponent(name))
            let b = try Data(contentsOf: other.appendingPathComponent(name))
            #expect(a == b, "\(name) differs under another locale")
        }
    }
}
