import Foundation
import Testing

@Suite("readiness ask, end to end with piped input")
struct AskCLITests {
    let rubric = CLI.fixtures.appendingPathComponent("scoring/rubric.yaml").path
    /// One answer per question of the small rubric, in asking order.
    let script = ["1", "2", "y", "A story", "3", "5", "1,2"]

    private func score(_ file: URL) throws -> Double? {
        let run = try CLI.run([
            "assess", "--json", file.path, "--out", file.deletingLastPathComponent().appendingPathComponent("R").path,
        ])
        let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        return object?["score"] as? Double
    }

    private func answerCount(_ file: URL) -> Int {
        let text = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").filter { $0.hasPrefix("  ") && !$0.hasPrefix("  #") && !$0.hasSuffix(":") }
            .count
    }

    @Test("stopping after any answer and starting again loses nothing", arguments: 0...7)
    func stopAndResume(stopAfter: Int) throws {
        let folder = try CLI.temporaryFolder()
        let file = folder.appendingPathComponent("acme.yaml")
        let first = try CLI.run(
            ["ask", "--rubric", rubric, "--startup", "Acme", "--date", "2026-01-02", "--no-reports", file.path],
            stdin: script.prefix(stopAfter).map { $0 + "\n" }.joined(), in: folder)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(answerCount(file) == stopAfter)
        if stopAfter < script.count {
            #expect(first.stdout.contains("Stopped with \(stopAfter) of 7 questions answered"))
        }
        let second = try CLI.run(
            ["ask", "--no-reports", file.path],
            stdin: script.dropFirst(stopAfter).map { $0 + "\n" }.joined(), in: folder)
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stdout.contains("Score 95.8 / 100"))
        #expect(try score(file) == 287.5 / 3)
    }

    @Test("killing ask between answers loses no saved answer")
    func kill() throws {
        let folder = try CLI.temporaryFolder()
        let file = folder.appendingPathComponent("acme.yaml")
        let process = Process()
        process.executableURL = CLI.executable
        process.arguments = [
            "ask", "--rubric", rubric, "--startup", "Acme", "--date", "2026-01-02", "--no-reports", file.path,
        ]
        process.currentDirectoryURL = folder
        let input = Pipe()
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        for (index, line) in script.prefix(4).enumerated() {
            input.fileHandleForWriting.write(Data((line + "\n").utf8))
            let deadline = Date().addingTimeInterval(10)
            while answerCount(file) < index + 1, Date() < deadline { usleep(10_000) }
        }
        process.interrupt()
        Foundation.kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(answerCount(file) == 4)
        let resumed = try CLI.run(
            ["ask", "--no-reports", file.path], stdin: script.dropFirst(4).map { $0 + "\n" }.joined(), in: folder)
        #expect(resumed.stdout.contains("Resuming \(file.path): 4 of 7 questions answered."))
        #expect(try score(file) == 287.5 / 3)
    }

    @Test("without --startup or a file, the name is asked first and names the file; reports are written")
    func newStartup() throws {
        let folder = try CLI.temporaryFolder()
        let run = try CLI.run(
            ["ask", "--rubric", rubric, "--date", "2026-01-02", "--out", "out"],
            stdin: (["Übermorgen Bio"] + script).map { $0 + "\n" }.joined(), in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Startup name: Übermorgen Bio\n"))
        let file = folder.appendingPathComponent("ubermorgen-bio.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.contains("startup: \"Übermorgen Bio\"\n"))
        #expect(text.contains("date: \"2026-01-02\"\n"))
        #expect(text.contains("rubric: \"\(rubric)\"\n"))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("out/ubermorgen-bio.md").path))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("out/ubermorgen-bio.html").path))
        #expect(run.stdout.contains("Reports: out/ubermorgen-bio.md, out/ubermorgen-bio.html"))
    }

    @Test("a relative rubric path is written relative to the questionnaire's folder")
    func relativeRubric() throws {
        let folder = try CLI.temporaryFolder()
        let run = try CLI.run(
            [
                "ask", "--rubric", "Tests/Fixtures/scoring/rubric.yaml", "--startup", "A", "--no-reports",
                folder.appendingPathComponent("a.yaml").path,
            ], stdin: "q\n")
        #expect(run.status == 0, "\(run.stderr)")
        let text = try String(contentsOf: folder.appendingPathComponent("a.yaml"), encoding: .utf8)
        let line = try #require(text.split(separator: "\n").first { $0.hasPrefix("rubric: ") })
        let reference = String(line.dropFirst("rubric: \"".count).dropLast())
        let resolved = folder.appendingPathComponent(reference).standardizedFileURL.path
        #expect(
            resolved
                == CLI.packageRoot.appendingPathComponent("Tests/Fixtures/scoring/rubric.yaml").standardizedFileURL.path
        )
        let again = try CLI.run(["validate", folder.appendingPathComponent("a.yaml").path], in: folder)
        #expect(again.status == 0, "\(again.stderr)")
    }

    @Test("a blank questionnaire from init is answered in place; its missing name is asked first")
    func fromInit() throws {
        let folder = try CLI.temporaryFolder()
        let file = folder.appendingPathComponent("q.yaml")
        #expect(try CLI.run(["init", "--rubric", rubric, "--out", file.path]).status == 0)
        let run = try CLI.run(
            ["ask", "--date", "2026-05-01", "--no-reports", file.path],
            stdin: (["Acme Two"] + script).map { $0 + "\n" }.joined(), in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("has no startup name yet."))
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.contains("startup: \"Acme Two\"\n"))
        #expect(text.contains("date: \"2026-05-01\"\n"))
        #expect(try score(file) == 287.5 / 3)
    }

    @Test("an invalid file is reported and left as it is")
    func invalidFile() throws {
        let folder = try CLI.temporaryFolder()
        let file = folder.appendingPathComponent("bad.yaml")
        let bad = "startup: Bad\nrubric: \(rubric)\nanswers:\n  tech.trl: 12\n"
        try bad.write(to: file, atomically: true, encoding: .utf8)
        let run = try CLI.run(["ask", file.path], stdin: "1\n")
        #expect(run.status == 1)
        #expect(
            run.stderr.contains(
                "\(file.path):4:13: error: 'tech.trl' takes a whole number from 1 to 9; 12 is out of range"))
        #expect(try String(contentsOf: file, encoding: .utf8) == bad)
    }

    @Test("the end of input before a name saves nothing")
    func noName() throws {
        let folder = try CLI.temporaryFolder()
        let run = try CLI.run(["ask", "--rubric", rubric], stdin: "", in: folder)
        #expect(run.status == 0)
        #expect(run.stdout.contains("Nothing saved."))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }
}
