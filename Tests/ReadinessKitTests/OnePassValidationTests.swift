import Testing

@testable import ReadinessKit

/// One run of the decoder reports structural and cross-reference errors together, and never
/// reports a reference to a part that failed as unknown.
@Suite("One-pass rubric validation")
struct OnePassValidationTests {
    /// The errors' codes and locations, in order.
    private static func errors(_ text: String) -> (codes: [DiagnosticCode?], locations: [ReadinessKit.SourceLocation]) {
        let errors = RubricDecoder.decode(text).diagnostics.filter { $0.severity == .error }
        return (errors.map(\.code), errors.map(\.location))
    }

    @Test("a structural error and several cross-reference errors come out in one run")
    func structuralAndReferences() {
        let marked = MarkedText(
            rubricText(
                criteria: """
                          - id: a
                            question: Q
                            answer: choice
                            options: [{id: x, label: X, score: »40}]
                            resources: [»labb]
                          - »id: b
                            answer: yes-no
                            when: {answer: a, is: »y}
                            gate: {below: 1, cap: »gud}
                          - {id: c, question: Q, answer: yes-no, when: {answer: »d.nope, is: yes}}
                    """, top: "format: 2\n"))
        let found = Self.errors(marked.text)
        let expected: [DiagnosticCode?] = [
            .outOfRange, .unknownResource, .missingKey, .unknownOption, .unknownVerdict, .unknownCriterion,
        ]
        #expect(found.codes == expected)
        #expect(found.locations == marked.markers)
    }

    @Test("a criterion without an id or a known answer kind still has its options and references checked")
    func partsOfFailedCriteria() {
        let marked = MarkedText(
            rubricText(
                criteria: """
                          - »question: Q
                            answer: choice
                            options: [{id: x, label: X, score: »2}]
                            resources: [»labb]
                          - id: b
                            question: Q
                            answer: »choise
                            options: [{id: x, label: X, score: »3}]
                            gate: {below: 1, cap: »gud}
                    """, top: "format: 2\n"))
        let found = Self.errors(marked.text)
        let expected: [DiagnosticCode?] = [
            .missingKey, .outOfRange, .unknownResource, nil, .outOfRange, .unknownVerdict,
        ]
        #expect(found.codes == expected)
        #expect(found.locations == marked.markers)
    }

    @Test("a reference to a criterion, verdict, resource or option that failed is not called unknown")
    func noFalseUnknowns() {
        let verdicts = "verdicts:\n  - {id: good, label: Good, min: 50}\n  - »{id: bad, label: Bad}"
        let marked = MarkedText(
            rubricText(
                criteria: """
                          - {id: a, question: Q, answer: »choise}
                          - {id: b, question: Q, answer: yes-no, when: {answer: a, is: x}, gate: {below: 1, cap: bad}}
                          - {id: c, question: Q, answer: choice, options: [»{label: Y, score: 1}, {id: x, label: X, score: 0}]}
                          - {id: e, question: Q, answer: yes-no, when: {answer: c, is: y}, resources: [room]}
                    """, top: "format: 2\n", verdicts: verdicts)
                + "\n  - »{id: room}")
        let found = Self.errors(marked.text)
        #expect(found.codes == [.missingKey, nil, .missingKey, .missingKey] as [DiagnosticCode?])
        #expect(found.locations == [marked.markers[0], marked.markers[1], marked.markers[2], marked.markers[3]])
        // Nor is the last verdict that read ("good", min 50) taken for the last one written.
        #expect(!RubricDecoder.decode(marked.text).diagnostics.contains { $0.severity == .warning })
    }

    @Test("a dimension without an id still has its criteria checked")
    func criteriaOfFailedDimension() {
        let marked = MarkedText(
            """
            format: 2
            id: t
            version: 1.0.0
            title: T
            verdicts:
              - {id: good, label: Good, min: 0}
            dimensions:
              - id: d
                title: D
                criteria:
                  - {id: a, question: Q, answer: yes-no, when: {answer: »d.nope, is: yes}}
              - »title: E
                criteria:
                  - {id: a, question: Q, answer: yes-no, weight: »-1, resources: [»labb], when: {answer: b, is: yes}}
            """)
        let found = Self.errors(marked.text)
        #expect(found.codes == [.unknownCriterion, .missingKey, .outOfRange, .unknownResource] as [DiagnosticCode?])
        #expect(found.locations == marked.markers)
    }

    @Test("the same diagnostic found twice is kept once, in location order")
    func deduplicated() {
        let a = Diagnostic.error("a", at: ReadinessKit.SourceLocation(line: 2, column: 1))
        let b = Diagnostic.error("b", at: ReadinessKit.SourceLocation(line: 1, column: 1))
        #expect([a, b, a].sortedByLocation() == [b, a])
    }
}
