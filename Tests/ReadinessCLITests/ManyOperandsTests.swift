import Foundation
import Testing

@testable import readiness

@Suite("Long file lists")
struct ManyOperandsTests {
    @Test("the value-option table matches each command's own options", arguments: ["assess", "validate", "batch"])
    func tableMatchesCommands(command: String) throws {
        let run = try CLI.run([command, "--experimental-dump-help"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let arguments = try #require((json["command"] as? [String: Any])?["arguments"] as? [[String: Any]])
        var options: Set<String> = []
        for argument in arguments where argument["kind"] as? String == "option" {
            for name in argument["names"] as? [[String: Any]] ?? [] where name["kind"] as? String == "long" {
                if let long = name["name"] as? String { options.insert("--" + long) }
            }
        }
        #expect(ManyOperands.valueOptions[command] == options)
    }

    @Test("operands are held back in order; options and their values stay")
    func split() {
        let files = (1...100).map { "q\($0).yaml" }
        let arguments =
            ["assess", "--rubric", "r.yaml", "--json"] + files.prefix(50) + ["--date", "2026-01-01"]
            + files.dropFirst(50)
        let (kept, heldBack) = ManyOperands.split(arguments)
        #expect(kept == ["assess", "--rubric", "r.yaml", "--json", "--date", "2026-01-01", "--", "q1.yaml"])
        #expect(heldBack == Array(files.dropFirst()))
    }

    @Test("short lists and other commands pass through untouched")
    func untouched() {
        #expect(ManyOperands.split(["assess", "a.yaml"]).heldBack.isEmpty)
        let many = ["rubrics"] + (1...100).map { "x\($0)" }
        #expect(ManyOperands.split(many).arguments == many)
    }

    @Test("10,000 file arguments parse fast and all count")
    func manyFiles() throws {
        let missing = (1...10_000).map { "/nonexistent/q\($0).yaml" }
        let start = Date()
        let run = try CLI.run(["validate", "-q"] + missing)
        #expect(Date().timeIntervalSince(start) < 5)
        #expect(run.status == 1)
        #expect(run.stderr.contains("10000 of 10000 files failed validation"))
    }
}
