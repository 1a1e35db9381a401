import Foundation
import Testing

@Suite("readiness assess and validate, end to end")
struct AssessCLITests {
    let rubric = "Tests/Fixtures/scoring/rubric.yaml"
    let acme = "Tests/Fixtures/scoring/acme.yaml"

    @Test("--json prints the result JSON with the brief's keys")
    func json() throws {
        let run = try CLI.run(["assess", "--rubric", rubric, "--json", acme])
        #expect(run.status == 0, "\(run.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        for key in ["startup", "rubric", "score", "verdict", "gates_failed", "dimensions", "next_steps", "unanswered"] {
            #expect(object[key] != nil, "missing \(key)")
        }
        #expect(object["score"] as? Double == 72.5)
        #expect(object["verdict"] as? String == "almost")
        let dimensions = try #require(object["dimensions"] as? [[String: Any]])
        #expect(dimensions[0]["score"] is NSNull)
        let criteria = try #require(dimensions[1]["criteria"] as? [[String: Any]])
        #expect(Set(["id", "score", "status", "gain"]).isSubset(of: Set(criteria[0].keys)))
    }

    @Test("several files give an array, in input order")
    func array() throws {
        let run = try CLI.run(["assess", "--rubric", rubric, "--json", acme, acme])
        let array = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
        #expect(array.count == 2)
    }

    @Test("the summary shows score, verdict, bars and next steps, without colour on a pipe")
    func summary() throws {
        let out = try CLI.temporaryFolder()
        let run = try CLI.run(["assess", "--rubric", rubric, "--out", out.path, acme])
        #expect(run.status == 0)
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("acme-therapeutics.html").path))
        #expect(run.stdout.contains("Score 72.5 / 100"))
        #expect(run.stdout.contains("█"))
        #expect(run.stdout.contains("Next steps:"))
        #expect(!run.stdout.contains("\u{1B}["))
    }

    @Test("an invalid questionnaire exits 1 naming file:line:column; the others are still scored")
    func invalid() throws {
        let folder = try CLI.temporaryFolder()
        let bad = folder.appendingPathComponent("bad.yaml")
        try "startup: Bad\nanswers:\n  tech.trl: 12\n  team.founder: 2\n".write(
            to: bad, atomically: true, encoding: .utf8)
        let run = try CLI.run(["assess", "--rubric", rubric, "--json", bad.path, acme])
        #expect(run.status == 1)
        #expect(
            run.stderr.contains(
                "\(bad.path):3:13: error: 'tech.trl' takes a whole number from 1 to 9; 12 is out of range"))
        #expect(
            run.stderr.contains(
                "\(bad.path):4:3: error: unknown criterion 'team.founder' (did you mean 'team.founders'?)"))
        let array = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
        #expect(array.count == 1)
    }

    @Test("a questionnaire's warnings are printed with file:line:column, with and without --json; exit 0")
    func warnings() throws {
        let folder = try CLI.temporaryFolder()
        let old = folder.appendingPathComponent("old.yaml")
        try "startup: Old\nrubric_version: \"0.9\"\nanswers:\n  tech.trl: 4\n".write(
            to: old, atomically: true, encoding: .utf8)
        let expected =
            "\(old.path):2:17: warning: answers were written for version 0.9 of 'small'; scoring with version 1.0.0"
        for extra in [["--json"], ["--out", folder.appendingPathComponent("out").path]] {
            let run = try CLI.run(["assess", "--rubric", rubric] + extra + [old.path, acme])
            #expect(run.status == 0, "\(run.stderr)")
            #expect(run.stderr.contains(expected), "\(run.stderr)")
        }
    }

    @Test("wrong usage exits 64")
    func usage() throws {
        #expect(try CLI.run(["assess", "--no-such-flag", acme]).status == 64)
        #expect(try CLI.run(["assess"]).status == 64)
        #expect(try CLI.run(["assess", "--date", "30/11/2026", acme]).status == 64)
    }

    @Test("an unknown rubric is named with a hint")
    func unknownRubric() throws {
        let run = try CLI.run(["assess", "--rubric", "no-such-rubric", "--out", try CLI.temporaryFolder().path, acme])
        #expect(run.status == 1)
        #expect(run.stderr.contains("unknown rubric 'no-such-rubric'"))
    }

    @Test("validate tells rubrics from questionnaires and exits 0 when all are fine")
    func validate() throws {
        let run = try CLI.run(["validate", "--rubric", rubric, rubric, acme])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("rubric small 1.0.0"))
        #expect(run.stdout.contains("questionnaire for small"))
    }

    @Test("validate checks a questionnaire CSV row by row")
    func validateCSV() throws {
        let good = try CLI.run(["validate", "--rubric", "investor-readiness", "Examples/demo-cohort.csv"])
        #expect(good.status == 0, "\(good.stderr)")
        #expect(good.stdout.contains("questionnaire CSV for investor-readiness, 11 startups"))
        let folder = try CLI.temporaryFolder()
        let bad = folder.appendingPathComponent("bad.csv")
        try "startup,product.trl\nA,12\nB,3\n".write(to: bad, atomically: true, encoding: .utf8)
        let run = try CLI.run(["validate", "--rubric", "investor-readiness", bad.path])
        #expect(run.status == 1)
        #expect(
            run.stderr.contains(
                "\(bad.path):2:2: error: 'product.trl' takes a whole number from 1 to 9; 12 is out of range"))
    }

    @Test(
        "hostile files exit 1 with a clear message in well under a second",
        arguments: [
            ("bomb.yaml", "a: &a [\"x\",\"x\"]\nb: &b [*a,*a]\nc: &c [*b,*b]\n", "anchors"),
            ("nested.yaml", String(repeating: "[", count: 200_000), "nesting is too deep"),
            ("empty.yaml", "", "empty"),
            ("list.yaml", "- a\n- b\n", "must be a mapping, not a list"),
            ("huge.yaml", "startup: x\nnote: \"" + String(repeating: "y", count: 60_000_000) + "\"\n", "too large"),
        ])
    func hostile(name: String, content: String, message: String) throws {
        let folder = try CLI.temporaryFolder()
        let file = folder.appendingPathComponent(name)
        try content.write(to: file, atomically: true, encoding: .utf8)
        let start = Date()
        let run = try CLI.run(["validate", "--rubric", rubric, file.path])
        #expect(Date().timeIntervalSince(start) < 1)
        #expect(run.status == 1)
        #expect(run.stderr.contains(file.path + ":"))
        #expect(run.stderr.contains(message), "\(run.stderr)")
    }

    @Test("binary garbage exits 1 with a location")
    func garbage() throws {
        let folder = try CLI.temporaryFolder()
        let file = folder.appendingPathComponent("garbage.yaml")
        // Deterministic garbage: an ELF-like header followed by every byte value.
        try Data([0x7F, 0x45, 0x4C, 0x46, 0xFF, 0xFE] + (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 37) }).write(
            to: file)
        let run = try CLI.run(["validate", "--rubric", rubric, file.path])
        #expect(run.status == 1)
        #expect(run.stderr.contains(file.path + ":1:"))
    }
}

@Suite("The binary alone")
struct StandaloneBinaryTests {
    @Test("copied alone to another folder, it lists and uses the built-in rubrics and templates")
    func copiedBinary() throws {
        let folder = try CLI.temporaryFolder()
        let copy = folder.appendingPathComponent("readiness")
        try FileManager.default.copyItem(at: CLI.executable, to: copy)
        let questionnaire = folder.appendingPathComponent("q.yaml")
        try "startup: Alone\nrubric: investor-readiness\nanswers:\n  team.founders-full-time: 2\n".write(
            to: questionnaire, atomically: true, encoding: .utf8)
        let list = try CLI.run(["rubrics"], in: folder, executable: copy)
        #expect(list.status == 0)
        #expect(list.stdout.contains("investor-readiness") && list.stdout.contains("life-sciences"))
        let run = try CLI.run(
            ["assess", questionnaire.path, "--out", folder.appendingPathComponent("out").path],
            in: folder, executable: copy)
        #expect(run.status == 0, "\(run.stderr)")
        let html = try String(contentsOf: folder.appendingPathComponent("out/alone.html"), encoding: .utf8)
        #expect(html.contains("Investor readiness"))
    }
}
