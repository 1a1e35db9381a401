import Foundation
import Testing

@Suite("readiness init and schema")
struct InitTests {
    let rubric = CLI.fixtures.appendingPathComponent("scoring/rubric.yaml").path

    /// Fills a blank questionnaire's empty answers, as a founder would in an editor.
    private func fill(_ text: String, _ answers: [String: String]) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            for (key, value) in answers where line == "  \(key):" { return "  \(key): \(value)" }
            return String(line)
        }.joined(separator: "\n")
    }

    @Test("the blank questionnaire, filled with valid answers, scores as the same answers written by hand")
    func roundTrip() throws {
        let folder = try CLI.temporaryFolder()
        let file = folder.appendingPathComponent("acme.yaml")
        let run = try CLI.run([
            "init", "--rubric", rubric, "--startup", "Acme Therapeutics", "--date", "2026-11-30", "--out", file.path,
        ])
        #expect(run.status == 0, "\(run.stderr)")
        let blank = try String(contentsOf: file, encoding: .utf8)
        #expect(blank.hasPrefix("# yaml-language-server: $schema=small.questionnaire.schema.json\n"))
        #expect(try CLI.run(["validate", file.path]).status == 0)
        let filled = fill(
            blank,
            [
                "profile.sector": "biotech", "team.founders": "1", "team.advisors": "yes",
                "tech.ip": "filed", "tech.trl": "5", "tech.wetlab": "[own, shared]",
            ])
        try filled.write(to: file, atomically: true, encoding: .utf8)
        let mine = try CLI.run(["assess", "--json", file.path, "--out", folder.appendingPathComponent("R").path])
        let reference = try CLI.run([
            "assess", "--json", "--rubric", rubric, CLI.fixtures.appendingPathComponent("scoring/acme.yaml").path,
            "--out", folder.appendingPathComponent("R2").path,
        ])
        #expect(mine.status == 0, "\(mine.stderr)")
        let score = { (text: String) in
            (try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])?["score"] as? Double
        }
        #expect(score(mine.stdout) == 72.5)
        #expect(score(mine.stdout) == score(reference.stdout))
    }

    @Test("without a name it does not validate yet; with nothing answered it does")
    func needsName() throws {
        let folder = try CLI.temporaryFolder()
        let file = folder.appendingPathComponent("blank.yaml")
        _ = try CLI.run(["init", "--rubric", rubric, "--out", file.path])
        let invalid = try CLI.run(["validate", file.path])
        #expect(invalid.status == 1)
        #expect(invalid.stderr.contains("'startup' is empty; give the startup's name"))
    }

    @Test("--out refuses to overwrite unless --force")
    func overwrite() throws {
        let folder = try CLI.temporaryFolder()
        let file = folder.appendingPathComponent("q.yaml")
        try "keep me\n".write(to: file, atomically: true, encoding: .utf8)
        let refused = try CLI.run(["init", "--rubric", rubric, "--out", file.path])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("already exists (use --force to replace it)"))
        #expect(try String(contentsOf: file, encoding: .utf8) == "keep me\n")
        let forced = try CLI.run(["init", "--rubric", rubric, "--out", file.path, "--force", "--startup", "A"])
        #expect(forced.status == 0)
        #expect(try String(contentsOf: file, encoding: .utf8).contains("startup: \"A\""))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty)
    }

    @Test("--format csv writes the header a form tool should export")
    func csv() throws {
        let run = try CLI.run(["init", "--rubric", rubric, "--format", "csv"])
        #expect(
            run.stdout
                == "startup,assessor,date,profile.sector,team.founders,team.advisors,team.story,tech.ip,tech.trl,tech.wetlab\n"
        )
    }

    @Test("the built-in rubric's blank questionnaire validates once named")
    func builtIn() throws {
        let folder = try CLI.temporaryFolder()
        let file = folder.appendingPathComponent("x.yaml")
        let run = try CLI.run(["init", "--startup", "X", "--out", file.path])
        #expect(run.status == 0, "\(run.stderr)")
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.contains("rubric: \"investor-readiness\""))
        #expect(try CLI.run(["validate", file.path]).status == 0)
    }

    @Test("schema --out writes the generic and rubric-specific schemas")
    func schemaFiles() throws {
        let folder = try CLI.temporaryFolder()
        let run = try CLI.run(["schema", "--rubric", rubric, "--out", folder.path])
        #expect(run.status == 0, "\(run.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(
            names == [
                "plan.schema.json", "questionnaire.schema.json", "rubric.schema.json", "small.plan.schema.json",
                "small.questionnaire.schema.json",
            ])
        for name in names {
            let data = try Data(contentsOf: folder.appendingPathComponent(name))
            let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
            #expect(object?["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
        }
    }

    @Test("schema prints the questionnaire schema, or the rubric schema with --kind rubric")
    func schemaPrint() throws {
        let generic = try CLI.run(["schema"])
        #expect(generic.stdout.contains("\"title\": \"readiness questionnaire\""))
        let rubricSchema = try CLI.run(["schema", "--kind", "rubric"])
        #expect(rubricSchema.stdout.contains("\"title\": \"readiness rubric\""))
        let planSchema = try CLI.run(["schema", "--kind", "plan"])
        #expect(planSchema.stdout.contains("\"title\": \"readiness plan\""))
    }
}
