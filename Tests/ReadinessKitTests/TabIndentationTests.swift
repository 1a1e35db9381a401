import Testing

@testable import ReadinessKit

/// A tab where YAML needs spaces is named as a tab at its place, in every kind of file.
@Suite("Tabs in YAML")
struct TabIndentationTests {
    /// Texts with `»` before the offending tab.
    static let cases = [
        "a: 1\nlist:\n»\t- x\n",
        "a: 1\nmap:\n  b: 1\n  »\tc: 2\n",
        "a: 1\nlist:\n  -»\tx\n",
        "a: {b: 1}\nc:\n»\td: 2\n",
    ]

    @Test("the reader says a tab is used for indentation, at the tab", arguments: cases)
    func reader(marked: String) {
        let text = MarkedText(marked)
        let output = YAMLReader.read(text.text)
        #expect(output.root == nil)
        #expect(output.diagnostics.map(\.code) == [.tabIndentation])
        #expect(output.diagnostics.first?.location == text.marker)
        #expect(output.diagnostics.first?.message == "a tab is used for indentation; YAML indents with spaces")
    }

    @Test("rubrics, questionnaires, catalogues and conflict files all name the tab")
    func everyFile() throws {
        let rubric = MarkedText("id: t\nversion: '1'\ntitle: T\nverdicts:\n»\t- {id: a, label: A, min: 0}\n")
        #expect(RubricDecoder.decode(rubric.text).diagnostics.map(\.location) == [rubric.marker])
        #expect(RubricDecoder.decode(rubric.text).diagnostics.map(\.code) == [.tabIndentation])

        let questionnaire = MarkedText("startup: S\nanswers:\n  a: 1\n»\tb: 2\n")
        let decoded = QuestionnaireDecoder.decode(bytes: Array(questionnaire.text.utf8)) { _ in
            .unusable("no rubric needed")
        }
        guard case .failure(let failure) = decoded else {
            Issue.record("a questionnaire with a tab decoded")
            return
        }
        #expect(failure.diagnostics.map(\.code) == [.tabIndentation])
        #expect(failure.diagnostics.first?.location == questionnaire.marker)

        let catalogue = MarkedText("resources:\n  - id: a\n»\t  title: A\n")
        let read = ResourceDecoder.decodeCatalogue(catalogue.text)
        #expect(read.diagnostics.map(\.code) == [.tabIndentation])
        #expect(read.diagnostics.first?.location == catalogue.marker)

        let conflicts = MarkedText("conflicts:\n  - {assessor: a, startup: b}\n»\t- {assessor: c, startup: d}\n")
        guard case .failure(let panel) = PanelConflictsDecoder.decode(bytes: Array(conflicts.text.utf8), isCSV: false)
        else {
            Issue.record("a conflicts file with a tab decoded")
            return
        }
        #expect(panel.diagnostics.map(\.code) == [.tabIndentation])
        #expect(panel.diagnostics.first?.location == conflicts.marker)
    }

    @Test("a tab after other text is named too, and a problem with no tab near is left alone")
    func tabAfterText() {
        let bytes = Array("a: 1\nb c\td\n".utf8)
        bytes.withUnsafeBufferPointer { buffer in
            let found = TabProblem.diagnostic(problem: "found character", line: 2, column: 4, in: buffer)
            #expect(found?.message == TabProblem.elsewhere)
            #expect(found?.location == ReadinessKit.SourceLocation(line: 2, column: 4))
            #expect(TabProblem.diagnostic(problem: "did not find expected key", line: 1, column: 2, in: buffer) == nil)
            #expect(TabProblem.diagnostic(problem: "a tab", line: 9, column: 1, in: buffer) == nil)
        }
    }

    @Test("a tab after a key's colon is still fine, and other YAML errors keep libyaml's words")
    func notEveryError() throws {
        let fine = YAMLReader.read("a:\tb\n")
        #expect(fine.diagnostics.isEmpty && fine.root?["a"]?.scalar == "b")
        let other = YAMLReader.read("a: [b\n")
        #expect(other.diagnostics.first?.code == nil)
        #expect(other.diagnostics.first?.message.hasPrefix("invalid YAML") == true)
    }
}
