import Testing

@testable import ReadinessKit

@Suite("YAML reader")
struct YAMLReaderTests {
    @Test("keeps 1-based locations of keys and values")
    func locations() throws {
        let marked = MarkedText("a: 1\nlist:\n  - »x\n  - {k: »v}\n")
        let root = try #require(YAMLReader.read(marked.text).root)
        #expect(root.location == SourceLocation(line: 1, column: 1))
        let list = try #require(root["list"]?.sequence)
        #expect(list[0].location == marked.markers[0])
        #expect(list[1]["k"]?.location == marked.markers[1])
        #expect(root.mapping?[1].keyLocation == SourceLocation(line: 2, column: 1))
    }

    @Test("scalars stay text: no YAML 1.1 guessing")
    func scalarsStayText() throws {
        let root = try #require(YAMLReader.read("a: no\nb: 010\nc: 'yes'\nd: ~\ne:\n").root)
        #expect(root["a"]?.scalar == "no")
        #expect(root["b"]?.scalar == "010")
        #expect(root["c"]?.isNull == false)
        #expect(root["d"]?.isNull == true)
        #expect(root["e"]?.isNull == true)
    }

    @Test("reports a duplicate key at the second key")
    func duplicateKey() {
        let marked = MarkedText("a: 1\nb: 2\n»a: 3\n")
        let output = YAMLReader.read(marked.text)
        #expect(
            output.diagnostics == [
                .error("duplicate key 'a' (first at line 1, column 1)", at: marked.marker, code: .duplicateKey)
            ])
    }

    @Test("reports duplicates in a large mapping at each later key, in order")
    func duplicateKeysLargeMapping() {
        var source = (1...40).map { "k\($0): \($0)\n" }.joined()
        source += "k7: again\nk3: again\nk7: third\n"
        let output = YAMLReader.read(source)
        #expect(
            output.diagnostics == [
                .error(
                    "duplicate key 'k7' (first at line 7, column 1)", at: SourceLocation(line: 41, column: 1),
                    code: .duplicateKey),
                .error(
                    "duplicate key 'k3' (first at line 3, column 1)", at: SourceLocation(line: 42, column: 1),
                    code: .duplicateKey),
                .error(
                    "duplicate key 'k7' (first at line 7, column 1)", at: SourceLocation(line: 43, column: 1),
                    code: .duplicateKey),
            ])
        #expect(output.root?.mapping?.count == 40)
        #expect(output.root?["k7"]?.scalar == "7")
    }

    @Test(
        "refuses anchors and aliases, including alias bombs",
        arguments: [
            "a: »&x [1, 2]\nb: *x\n",
            "a: »&a [\"x\",\"x\"]\nb: &b [*a,*a]\nc: [*b,*b]\n",
            "a: 1\nb: »*x\n",
        ])
    func aliases(source: String) {
        let marked = MarkedText(source)
        let output = YAMLReader.read(marked.text)
        #expect(output.root == nil)
        #expect(output.diagnostics.first?.location == marked.marker)
        #expect(output.diagnostics.first?.message.contains("not supported") == true)
    }

    @Test("stops deep nesting at the limit, fast")
    func depth() {
        let clock = ContinuousClock()
        var output: YAMLReader.Output?
        let elapsed = clock.measure {
            output = YAMLReader.read(String(repeating: "[", count: 200_000))
        }
        #expect(output?.root == nil)
        #expect(
            output?.diagnostics.first
                == .error("nesting is too deep (more than 64 levels)", at: SourceLocation(line: 1, column: 65)))
        #expect(elapsed < .seconds(1))
    }

    @Test("refuses input over the size limit")
    func size() {
        let limits = YAMLLimits(maxBytes: 10, maxDepth: 64, maxNodes: 100)
        let output = YAMLReader.read("a: 12345678901\n", limits: limits)
        #expect(output.root == nil)
        #expect(output.diagnostics.first?.message.contains("too large") == true)
    }

    @Test("refuses too many values")
    func nodes() {
        let limits = YAMLLimits(maxBytes: 1000, maxDepth: 64, maxNodes: 5)
        let output = YAMLReader.read("[1, 2, 3, 4, 5, 6]", limits: limits)
        #expect(output.root == nil)
        #expect(output.diagnostics.first?.message.contains("too many values") == true)
    }

    @Test("refuses a second document")
    func multiDocument() {
        let marked = MarkedText("a: 1\n»---\nb: 2\n")
        let output = YAMLReader.read(marked.text)
        #expect(output.root == nil)
        #expect(output.diagnostics.first?.location == marked.marker)
    }

    @Test("refuses input that is not UTF-8, at the bad byte")
    func notUTF8() {
        let bytes: [UInt8] = Array("a: 1\nb: x".utf8) + [0xFF, 0x41]
        let output = YAMLReader.read(bytes: bytes)
        #expect(output.root == nil)
        #expect(
            output.diagnostics == [
                .error("file is not UTF-8 text (invalid byte)", at: SourceLocation(line: 2, column: 5))
            ])
    }

    /// The reader leaves UTF-8 checking to libyaml when a file reads cleanly: every kind of
    /// invalid sequence, anywhere in a file, must still be refused and located.
    @Test(
        "refuses every kind of invalid UTF-8, in a value, a key or a comment",
        arguments: [
            [0xC0, 0x80], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80],
            [0xF8, 0x88, 0x80, 0x80, 0x80],
            [0x80], [0xC3], [0xE2, 0x82], [0xFE], [0xFF],
        ] as [[UInt8]])
    func invalidSequences(bad: [UInt8]) {
        for (before, after) in [("a: x", "y\n"), ("k", ": 1\n"), ("a: 1 # note ", "\n")] {
            let bytes = Array("z: 0\n\(before)".utf8) + bad + Array(after.utf8)
            let output = YAMLReader.read(bytes: bytes)
            #expect(output.root == nil)
            #expect(
                output.diagnostics == [
                    .error(
                        "file is not UTF-8 text (invalid byte)",
                        at: SourceLocation(line: 2, column: before.count + 1))
                ], "\(bad) after \(before)")
        }
    }

    @Test(
        "reports libyaml syntax errors with a location",
        arguments: [
            ("a: [1, 2\n", 2),
            ("a: b: c\n", 1),
            ("a: \u{0}\n", 1),
        ])
    func syntaxErrors(source: String, line: Int) {
        let output = YAMLReader.read(source)
        #expect(output.root == nil)
        #expect(output.diagnostics.count == 1)
        #expect(output.diagnostics.first?.location.line == line)
        #expect(output.diagnostics.first?.message.hasPrefix("invalid YAML") == true)
    }

    @Test("an empty or comment-only text has no root and no error")
    func empty() {
        #expect(YAMLReader.read("").root == nil)
        #expect(YAMLReader.read("# nothing\n").diagnostics.isEmpty)
    }

    @Test("refuses a list as a mapping key")
    func collectionKey() {
        let output = YAMLReader.read("? [a, b]\n: 1\n")
        #expect(output.root == nil)
        #expect(output.diagnostics.first?.message.contains("mapping key must be plain text") == true)
    }

    @Test("columns count characters, not bytes")
    func unicodeColumns() throws {
        let marked = MarkedText("ü: [é, »x]\n")
        let root = try #require(YAMLReader.read(marked.text).root)
        #expect(root["ü"]?.sequence?[1].location == marked.marker)
    }
}

@Suite("KeyTable")
struct KeyTableTests {
    @Test("finds each repeated key's first position, with FNV and when every key collides", arguments: [false, true])
    func repeats(colliding: Bool) {
        let keys = (0..<2_000).map { "criterion.\($0 % 1_500)" }
        var table = colliding ? KeyTable(expected: 16) { _ in 7 } : KeyTable(expected: 16)
        for index in keys.indices {
            let first = table.insert(index) { keys[$0] }
            #expect(first == (index >= 1_500 ? index - 1_500 : nil))
        }
        #expect(table.degraded == colliding)
    }
}
