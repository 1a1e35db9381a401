import Foundation
import ReadinessFuzzing
import Testing

/// Every committed fuzz corpus file (the minimised seeds and each crash the fuzzer found) is run
/// through its target once, by the same entry point libFuzzer calls, so a crash stays fixed.
@Suite("The fuzz corpora run clean")
struct FuzzCorpusTests {
    static let corpus = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fuzz/corpus")

    static func files(_ target: FuzzTarget) -> [URL] {
        let folder = corpus.appendingPathComponent(target.rawValue)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().map { folder.appendingPathComponent($0) }
    }

    @Test("each target's corpus", arguments: FuzzTarget.allCases)
    func corpus(target: FuzzTarget) throws {
        let files = Self.files(target)
        #expect(files.count >= 3, "no corpus for \(target.rawValue) in \(Self.corpus.path)")
        for file in files {
            let bytes = try [UInt8](Data(contentsOf: file))
            let broken = target.run(bytes)
            #expect(broken.isEmpty, "\(target.rawValue)/\(file.lastPathComponent): \(broken)")
        }
    }
}
