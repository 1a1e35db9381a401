import Testing

@testable import ReadinessKit

/// Every diagnostic the format-2 keys bring, by code and exact line:column (`»` marks the spot).
@Suite("Second-edition diagnostics")
struct SecondEditionDiagnosticsTests {
    /// (criteria lines, top-level lines, the one error's code). The rubric is format 1 unless
    /// the top lines say `format: 2`.
    static let cases: [(String, String, DiagnosticCode)] = [
        // Format-2 keys and forms in a format-1 rubric.
        ("      - {id: a, question: Q, answer: yes-no, gate: »{below: 0.5}}", "", .needsFormat2),
        ("      - {id: a, question: Q, answer: yes-no, evidence: »required}", "", .needsFormat2),
        ("      - {id: a, question: Q, answer: yes-no, »pass: 0.5}", "", .needsFormat2),
        ("      - {id: a, question: »{en: Q, nl: V}, answer: yes-no}", "", .needsFormat2),
        ("      - {id: a, question: Q, answer: yes-no}", "»unverified: 0.4\n", .needsFormat2),
        ("      - {id: a, question: Q, answer: yes-no}", "»min_answered: 0.5\n", .needsFormat2),
        ("      - {id: a, question: Q, answer: yes-no}", "»language: nl\n", .needsFormat2),
        ("      - {id: a, question: Q, answer: yes-no}", "»languages: [en]\n", .needsFormat2),
        ("      - {id: a, question: Q, answer: yes-no}", "»remove: [d.a]\n", .needsFormat2),
        // Newer than this build.
        ("      - {id: a, question: Q, answer: yes-no}", "format: »3\n", .formatUnsupported),
        // Gates.
        (
            "      - {id: a, question: Q, answer: yes-no, gate: {below: 0.5, cap: »nope}}", "format: 2\n",
            .unknownVerdict
        ),
        ("      - {id: a, question: Q, answer: yes-no, gate: »{cap: bad}}", "format: 2\n", .missingKey),
        ("      - {id: a, question: Q, answer: yes-no, gate: {below: 0.5, »capp: bad}}", "format: 2\n", .unknownKey),
        ("      - {id: a, question: Q, answer: yes-no, gate: {below: »2}}", "format: 2\n", .outOfRange),
        ("      - {id: a, question: Q, answer: yes-no, gate: »[0.5]}", "format: 2\n", .wrongType),
        // Evidence and pass.
        ("      - {id: a, question: Q, answer: yes-no, evidence: »sometimes}", "format: 2\n", .unknownEvidence),
        ("      - {id: a, question: Q, answer: yes-no, pass: »1.5}", "format: 2\n", .outOfRange),
        // Rubric-wide settings.
        ("      - {id: a, question: Q, answer: yes-no}", "format: 2\nunverified: »2\n", .outOfRange),
        ("      - {id: a, question: Q, answer: yes-no}", "format: 2\nmin_answered: »-0.1\n", .outOfRange),
        ("      - {id: a, question: Q, answer: yes-no}", "format: 2\nlanguage: »English\n", .invalidLanguage),
        ("      - {id: a, question: Q, answer: yes-no}", "format: 2\nlanguages: [en, »en]\n", .duplicateLanguage),
        ("      - {id: a, question: Q, answer: yes-no}", "format: 2\nlanguages: »[nl]\n", .languageNotOffered),
        // Texts by language.
        ("      - {id: a, question: {en: Q, »EN!: x}, answer: yes-no}", "format: 2\n", .invalidLanguage),
        // remove without a base.
        ("      - {id: a, question: Q, answer: yes-no}", "format: 2\nremove: [»d.a]\n", .removeWithoutBase),
        // extends.
        ("      - {id: a, question: Q, answer: yes-no}", "format: 2\nextends: »nowhere\n", .baseNotFound),
    ]

    @Test("each problem has its code at its exact line and column", arguments: cases)
    func located(criteria: String, top: String, code: DiagnosticCode) {
        let marked = MarkedText(rubricText(criteria: criteria, top: top))
        let output = RubricDecoder.decode(marked.text)
        #expect(output.rubric == nil)
        let errors = output.diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 1, "\(errors)")
        #expect(errors.first?.code == code)
        #expect(errors.first?.location == marked.marker)
        #expect(errors.first?.origin == nil)
    }

    @Test("removing what the built-in base does not have is located in the extending file")
    func removeUnknown() {
        // The built-in's caps name its verdicts, so the extending file keeps them.
        let verdicts =
            "verdicts:\n  - {id: investor-ready, label: Ready, min: 80}\n  - {id: almost-ready, label: Almost, min: 55}\n"
            + "  - {id: not-ready, label: Not ready, min: 0}"
        let marked = MarkedText(
            rubricText(
                criteria: "      - {id: a, question: Q, answer: yes-no}",
                top: "format: 2\nextends: investor-readiness\nremove: [»market.nope]\n",
                verdicts: verdicts))
        let errors = RubricDecoder.decode(marked.text).diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.code) == [.removeUnknown])
        #expect(errors.first?.location == marked.marker && errors.first?.origin == nil)
    }

    @Test("a text without the rubric's language is a warning, and its first text stands in")
    func textMissingLanguage() throws {
        let marked = MarkedText(
            rubricText(
                criteria: "      - {id: a, question: »{nl: Vraag, de: Frage}, answer: yes-no}",
                top: "format: 2\nlanguages: [en, nl, de]\n"))
        let output = RubricDecoder.decode(marked.text)
        let rubric = try #require(output.rubric)
        #expect(rubric.allCriteria.first?.question == "Vraag")
        let warning = output.diagnostics.first { $0.code == .textMissingLanguage }
        #expect(warning?.severity == .warning && warning?.location == marked.marker)
    }

    @Test("a dimension's own levels need format 2")
    func dimensionLevels() throws {
        let text = """
            id: t
            version: 1.0.0
            title: T
            verdicts: [{id: good, label: Good, min: 0}]
            dimensions:
              - id: d
                title: D
                »levels: {1: One}
                criteria:
                  - {id: a, question: Q, answer: yes-no, level: 1}
            """
        let marked = MarkedText(text)
        let errors = RubricDecoder.decode(marked.text).diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.code) == [.needsFormat2])
        #expect(errors.first?.location == marked.marker)
        let fine = RubricDecoder.decode("format: 2\n" + marked.text)
        #expect(fine.rubric?.dimensions.first?.levels[1]?.text == "One")
    }

    @Test("lint names texts missing in an offered language and languages not offered")
    func translationLint() {
        let marked = MarkedText(
            rubricText(
                criteria: "      - {id: a, question: »Q, answer: yes-no, help: {en: H, nl: I, »de: J}}",
                top: "format: 2\nlanguages: [en, nl]\n"))
        let output = RubricDecoder.decode(marked.text)
        #expect(output.rubric != nil)
        let lint = output.lint.filter { $0.location.line == marked.markers[0].line }
        #expect(lint.contains { $0.code == .textMissingTranslation && $0.location == marked.markers[0] })
        #expect(lint.contains { $0.code == .textUnofferedLanguage && $0.location == marked.markers[1] })
        #expect(output.diagnostics.allSatisfy { $0.severity == .warning })
    }

    @Test("lint warns per dimension about level holes, unnamed levels and gaps in a ladder")
    func levelLint() throws {
        let text = """
            format: 2
            id: t
            version: 1.0.0
            title: T
            verdicts: [{id: good, label: Good, min: 0}]
            levels: {1: Idea, 2: Team}
            dimensions:
              - »id: d
                title: D
                criteria:
                  - {id: a, question: Q, answer: yes-no, level: 1}
                  - »{id: b, question: Q, answer: yes-no, level: 3}
              - »id: e
                title: E
                levels: {1: One, 3: Three}
                criteria:
                  - {id: a, question: Q, answer: yes-no, level: 1}
            """
        let marked = MarkedText(text)
        let rubric = try #require(RubricDecoder.decode(marked.text).rubric)
        let warnings = RubricLint.check(rubric).filter { $0.code != nil }
        #expect(warnings.contains { $0.code == .levelHole && $0.location == marked.markers[0] })
        #expect(warnings.contains { $0.code == .levelUnnamed && $0.location == marked.markers[1] })
        #expect(warnings.contains { $0.code == .levelNamesHole && $0.location == marked.markers[2] })
        // e carries level 1 only: no hole; its own ladder names 1, so nothing is unnamed.
        #expect(warnings.filter { $0.location == marked.markers[2] }.map(\.code) == [.levelNamesHole])
        #expect(warnings.count == 3, "\(warnings)")
    }

    @Test("a catalogue that is not found has its code at the catalogue key's value")
    func catalogue() {
        let marked = MarkedText(
            rubricText(
                criteria: "      - {id: a, question: Q, answer: yes-no, resources: [park-lab]}",
                top: "catalogue: »park\n"))
        let errors = RubricDecoder.decode(marked.text).diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.code) == [.catalogueNotFound])
        #expect(errors.first?.location == marked.marker)
    }
}
