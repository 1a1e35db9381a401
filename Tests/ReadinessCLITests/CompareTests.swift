import Foundation
import Testing

@Suite("readiness compare")
struct CompareTests {
    let before = CLI.fixtures.appendingPathComponent("ask/before.yaml").path
    let after = CLI.fixtures.appendingPathComponent("ask/after.yaml").path

    private func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    private func score(_ path: String, folder: URL) throws -> Double {
        let run = try CLI.run(["assess", "--json", path, "--out", folder.path])
        return try #require(try json(run.stdout)["score"] as? Double)
    }

    @Test("--json names exactly the changed criteria with the right signs; the change matches assess")
    func jsonOutput() throws {
        let run = try CLI.run(["compare", before, after, "--json"])
        #expect(run.status == 0, "\(run.stderr)")
        let object = try json(run.stdout)
        let folder = try CLI.temporaryFolder()
        let expected = try score(after, folder: folder) - score(before, folder: folder)
        #expect(object["score_change"] as? Double == expected)
        #expect(object["verdict_before"] as? String == "almost")
        #expect(object["verdict_after"] as? String == "ready")
        let changes = try #require(object["changes"] as? [[String: Any]])
        #expect(changes.map { $0["criterion"] as? String } == ["team.founders", "tech.ip", "tech.trl", "tech.wetlab"])
        #expect(changes.map { $0["before"] as? Double } == [0.5, 0.6, nil, 1])
        #expect(changes.map { $0["after"] as? Double } == [1, 1, 0.375, 0.5])
        #expect(changes[2]["before"] is NSNull)
    }

    @Test("the terminal view shows scores, verdicts, dimension changes and the criteria that moved")
    func terminal() throws {
        let run = try CLI.run(["compare", before, after])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Score 68.3 → 90.6 / 100  ▲ +22.3"))
        #expect(run.stdout.contains("Verdict Almost → Ready  ▲"))
        #expect(run.stdout.contains("75.0 → 100.0  ▲ +25.0"))
        #expect(run.stdout.contains("Improved (2):"))
        #expect(run.stdout.contains("▲ +50.0  How many founders full-time?"))
        #expect(run.stdout.contains("Slipped (1):\n  ▼ -50.0  Do you use a wet lab?"))
        #expect(run.stdout.contains("Newly scored (1):\n  ● – → 37.5  TRL?"))
        #expect(run.stdout.contains("Newly answered (2): team.story, tech.trl"))
        #expect(run.stdout.contains("Next steps now:"))
        #expect(!run.stdout.contains("\u{1B}["))
    }

    @Test("--format md,html writes progress reports in the assessment reports' style")
    func reports() throws {
        let folder = try CLI.temporaryFolder()
        let run = try CLI.run(["compare", before, after, "--format", "md,html,json", "--out", folder.path])
        #expect(run.status == 0, "\(run.stderr)")
        let markdown = try String(
            contentsOf: folder.appendingPathComponent("acme-therapeutics-progress.md"), encoding: .utf8)
        #expect(markdown.hasPrefix("# Acme Therapeutics: progress\n"))
        #expect(markdown.contains("## Score: 68.3 → 90.6 (▲ +22.3)"))
        #expect(
            markdown.contains(
                "| How many founders full-time? | Team | 50.0 | 100.0 | ▲ +50.0 | 1 founders | 2 founders |"))
        #expect(markdown.contains("## Slipped (1)"))
        let html = try String(
            contentsOf: folder.appendingPathComponent("acme-therapeutics-progress.html"), encoding: .utf8)
        #expect(html.contains("Content-Security-Policy"))
        #expect(html.contains("<h1 id=\"startup\">Acme Therapeutics: progress</h1>"))
        #expect(html.contains("--brand:"))
        #expect(!html.contains("<script"))
        let saved = try json(
            String(contentsOf: folder.appendingPathComponent("acme-therapeutics-progress.json"), encoding: .utf8))
        #expect(saved["verdict_after"] as? String == "ready")
    }

    @Test("questionnaire text is escaped in the HTML progress report")
    func escaping() throws {
        let folder = try CLI.temporaryFolder()
        let rubric = CLI.fixtures.appendingPathComponent("scoring/rubric.yaml").path
        let old = folder.appendingPathComponent("old.yaml")
        let new = folder.appendingPathComponent("new.yaml")
        try "startup: \"<script>alert(1)</script>\"\nanswers:\n  tech.trl: 2\n".write(
            to: old, atomically: true, encoding: .utf8)
        try "startup: \"<script>alert(1)</script>\"\nanswers:\n  tech.trl: 3\n  team.story: \"<b>bold</b>\"\n".write(
            to: new, atomically: true, encoding: .utf8)
        let run = try CLI.run([
            "compare", "--rubric", rubric, old.path, new.path, "--format", "html", "--out", folder.path,
        ])
        #expect(run.status == 0, "\(run.stderr)")
        let html = try String(
            contentsOf: folder.appendingPathComponent("script-alert-1-script-progress.html"), encoding: .utf8)
        #expect(!html.contains("<script>"))
        #expect(!html.contains("<b>bold"))
        #expect(html.contains("&lt;script&gt;"))
    }

    @Test("assessments against different rubrics are refused")
    func differentRubrics() throws {
        let folder = try CLI.temporaryFolder()
        let other = folder.appendingPathComponent("other.yaml")
        try "startup: Acme Therapeutics\nrubric: investor-readiness\nanswers:\n".write(
            to: other, atomically: true, encoding: .utf8)
        let run = try CLI.run(["compare", before, other.path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("different rubrics ('small' and 'investor-readiness')"))
    }
}
