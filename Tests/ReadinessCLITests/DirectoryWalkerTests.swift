import Foundation
import Testing

@testable import readiness

@Suite("DirectoryWalker")
struct DirectoryWalkerTests {
    @Test("finds files below a folder, skips hidden names and does not follow folder links")
    func walk() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent(
            "walker-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        defer { try? FileManager.default.removeItem(at: root) }
        let files = [
            "a.yaml", "B.YML", "sub/c.yaml", "sub/deeper/d.yml", "sub/notes.txt", ".hidden.yaml", ".git/e.yaml",
            "sub/.x/f.yaml",
        ]
        for file in files {
            let url = root.appendingPathComponent(file)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("startup: x\n".utf8).write(to: url)
        }
        try FileManager.default.createSymbolicLink(
            atPath: root.appendingPathComponent("loop").path, withDestinationPath: root.path)
        try FileManager.default.createSymbolicLink(
            atPath: root.appendingPathComponent("link.yaml").path,
            withDestinationPath: root.appendingPathComponent("a.yaml").path)
        let found = DirectoryWalker.files(in: root.path) { name in
            name.lowercased().hasSuffix(".yaml") || name.lowercased().hasSuffix(".yml")
        }
        let relative = found.sorted()
        #expect(relative == ["B.YML", "a.yaml", "link.yaml", "sub/c.yaml", "sub/deeper/d.yml"])
        #expect(DirectoryWalker.files(in: root.path + "/missing") { _ in true }.isEmpty)
    }
}
