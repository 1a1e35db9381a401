import Testing

@testable import ReadinessKit

@Suite("YAML surrogate-pair escapes")
struct SurrogatePairTests {
    @Test(
        "a JSON-style pair in a double-quoted scalar reads as the one scalar",
        arguments: [
            (#"a: "\ud83d\ude42""#, "🙂"),
            (#"a: "\uD83D\uDE42 and \ud83d\ude80!""#, "🙂 and 🚀!"),
            (#"a: "x\"\ud83d\ude42\\""#, "x\"🙂\\"),
            (#"a: "\udbff\udfff""#, "\u{10FFFF}"),
            (#"a: "\ud800\udc00""#, "\u{10000}"),
            ("a: \"line one\n  \\ud83d\\ude42 two\"", "line one 🙂 two"),
        ])
    func pairs(source: String, expected: String) throws {
        let output = YAMLReader.read(source)
        #expect(output.diagnostics.isEmpty)
        #expect(try #require(output.root)["a"]?.scalar == expected)
    }

    @Test(
        "the same characters outside a double-quoted scalar stay as written",
        arguments: [
            (#"a: '\ud83d\ude42'"#, #"\ud83d\ude42"#),
            (#"a: \ud83d\ude42"#, #"\ud83d\ude42"#),
            ("a: x\n  \"\\ud83d\\ude42\"", #"x "\ud83d\ude42""#),
            ("a: |\n  \"\\ud83d\\ude42\"\n", "\"\\ud83d\\ude42\"\n"),
            ("a: 'it''s \"\\ud83d\\ude42\"' # \"\\ud83d\"", #"it's "\ud83d\ude42""#),
            (#"a: "\\ud83d\\ude42""#, #"\ud83d\ude42"#),
        ])
    func untouched(source: String, expected: String) throws {
        let output = YAMLReader.read(source)
        #expect(output.diagnostics.isEmpty)
        #expect(try #require(output.root)["a"]?.scalar == expected)
    }

    @Test("locations after a rewritten pair stay those of the file")
    func locationsAfterPairs() throws {
        let marked = MarkedText(#"l: ["\ud83d\ude42\ud83d\ude42", »"\ud83d\ude42", »x]"# + "\n»m: »y\n")
        let root = try #require(YAMLReader.read(marked.text).root)
        let list = try #require(root["l"]?.sequence)
        #expect(list[1].location == marked.markers[0])
        #expect(list[2].location == marked.markers[1])
        #expect(root.mapping?[1].keyLocation == marked.markers[2])
        #expect(root["m"]?.location == marked.markers[3])

        let duplicate = MarkedText(#"{"\ud83d\ude42": 1, »"\ud83d\ude42": 2}"#)
        #expect(YAMLReader.read(duplicate.text).diagnostics.map(\.location) == [duplicate.marker])

        // The scanner holds back a line's tokens when an error follows; the pair is still read.
        let syntax = MarkedText(#"[ "\ud83d\ude42", »@x ]"#)
        #expect(YAMLReader.read(syntax.text).diagnostics.map(\.location) == [syntax.marker])
        let escape = MarkedText(#"a: "\ud83d\ude42 »\q""#)
        #expect(YAMLReader.read(escape.text).diagnostics.map(\.location) == [escape.marker])
    }

    @Test(
        "a lone half of a pair is a located error",
        arguments: [
            #"a: "»\ud83d""#,
            #"a: "x »\ude42 y""#,
            #"a: [ok, "»\ud83d\u0041"]"#,
            #"a: "\ud83d\ude42»\ud83d""#,
            #"a: "»\ude42»\ud83d""#,
            "a: \"»\\ud83d\\\n  »\\ude42\"",
        ])
    func lone(source: String) {
        let marked = MarkedText(source)
        let output = YAMLReader.read(marked.text)
        #expect(output.root == nil)
        #expect(output.diagnostics.map(\.code) == marked.markers.map { _ in .loneSurrogate })
        #expect(output.diagnostics.map(\.location) == marked.markers)
    }

    @Test("many pairs and many lone halves take linear time")
    func manyPairs() throws {
        let pairs = YAMLReader.read(String(repeating: "- \"\\ud83d\\ude42\"\n", count: 50_000))
        #expect(pairs.diagnostics.isEmpty)
        #expect(pairs.root?.sequence?.count == 50_000)
        let lone = YAMLReader.read(String(repeating: "- \"\\udead\"\n", count: 50_000))
        #expect(lone.diagnostics.count == 50_000)
        #expect(lone.diagnostics.allSatisfy { $0.code == .loneSurrogate && $0.location.column == 4 })
    }

    @Test("a questionnaire written by json.dumps with an emoji name reads")
    func questionnaireName() throws {
        let source = #"{"startup": "Caf\u00e9 \ud83d\ude42", "answers": {}}"#
        let root = try #require(YAMLReader.read(source).root)
        #expect(root["startup"]?.scalar == "Café 🙂")
    }
}
