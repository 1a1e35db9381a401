import Testing

@testable import ReadinessKit

/// Every problem of a plan file, by code and exact line:column (`»` marks the spot).
@Suite("Plan diagnostics")
struct PlanDiagnosticsTests {
    let rubric = PlanFixture.rubric

    /// (marked plan text, the one error's code, a part of its message).
    static let errors: [(String, DiagnosticCode, String)] = [
        // Unknown keys, with did-you-mean.
        ("startup: Acme\n»target: []\n", .unknownKey, "did you mean 'targets'?"),
        ("startup: Acme\ntargets:\n  - {dimension: ip, level: 2, »owners: Ann}\n", .unknownKey, "'owner'"),
        ("startup: Acme\nactions:\n  - {criterion: ip.fto, action: Do, »statuss: done}\n", .unknownKey, "'status'"),
        // Unknown references, with did-you-mean.
        ("startup: Acme\ntargets:\n  - {dimension: »iq, level: 2}\n", .unknownDimension, "did you mean 'ip'?"),
        ("startup: Acme\nactions:\n  - {criterion: »ip.ft, action: Do}\n", .unknownCriterion, "'ip.fto'"),
        ("startup: Acme\nactions:\n  - {criterion: »fto, action: Do}\n", .unknownCriterion, "unknown criterion"),
        (
            "startup: Acme\nactions:\n  - {criterion: ip.fto, action: Do, resource: »ip-clinc}\n", .unknownResource,
            "'ip-clinic'"
        ),
        // Dates.
        ("startup: Acme\ntargets:\n  - {dimension: ip, level: 3, due: »2027-02-30}\n", .invalidDate, "YYYY-MM-DD"),
        ("startup: Acme\ntargets:\n  - {dimension: ip, level: 3, due: »27-1-1}\n", .invalidDate, "'27-1-1'"),
        ("startup: Acme\nactions:\n  - {criterion: ip.fto, action: Do, due: »2027-13-01}\n", .invalidDate, "due"),
        // Ranges.
        ("startup: Acme\ntargets:\n  - {dimension: ip, level: »0}\n", .outOfRange, "from 1 to 9"),
        ("startup: Acme\ntargets:\n  - {dimension: ip, level: »10}\n", .outOfRange, "from 1 to 9"),
        ("startup: Acme\ntargets:\n  - {dimension: ip, score: »100.5}\n", .outOfRange, "from 0 to 100"),
        ("startup: Acme\ntargets:\n  - {dimension: ip, score: »-1}\n", .outOfRange, "from 0 to 100"),
        // A target needs a goal.
        ("startup: Acme\ntargets:\n  - »{dimension: ip, due: 2027-03-31}\n", .targetWithoutGoal, "'level'"),
        ("startup: Acme\ntargets:\n  - »dimension: ip\n    owner: Ann\n", .targetWithoutGoal, "'score'"),
        ("startup: Acme\ntargets:\n  - »{dimension: ip, level: ~}\n", .targetWithoutGoal, "'level'"),
        // Status.
        ("startup: Acme\nactions:\n  - {criterion: ip.fto, action: Do, status: »finished}\n", .unknownStatus, "open"),
        (
            "startup: Acme\nactions:\n  - {criterion: ip.fto, action: Do, status: »opne}\n", .unknownStatus,
            "did you mean 'open'?"
        ),
        // Missing keys.
        ("»targets: []\n", .missingKey, "'startup'"),
        ("startup: Acme\ntargets:\n  - »{level: 2}\n", .missingKey, "'dimension'"),
        ("startup: Acme\nactions:\n  - »{criterion: ip.fto}\n", .missingKey, "'action'"),
        ("startup: Acme\nactions:\n  - »{action: Do}\n", .missingKey, "'criterion'"),
        // Wrong types.
        ("startup: »[Acme]\n", .wrongType, "text"),
        ("startup: Acme\ntargets: »{dimension: ip}\n", .wrongType, "list"),
        ("startup: Acme\nactions: »text\n", .wrongType, "list"),
        ("startup: Acme\ntargets:\n  - »ip\n", .wrongType, "mapping"),
        ("startup: Acme\ntargets:\n  - {dimension: ip, level: »high}\n", .wrongType, "whole number"),
        ("startup: Acme\ntargets:\n  - {dimension: ip, level: »2.5}\n", .wrongType, "whole number"),
        ("startup: Acme\ntargets:\n  - {dimension: ip, score: »lots}\n", .wrongType, "number"),
        ("startup: Acme\ntargets:\n  - {dimension: »[ip], level: 2}\n", .wrongType, "text"),
        ("startup: Acme\nactions:\n  - {criterion: ip.fto, action: »{a: b}}\n", .wrongType, "text"),
        ("startup: Acme\nactions:\n  - {criterion: ip.fto, action: »\"  \"}\n", .wrongType, "blank"),
        ("»- startup: Acme\n", .wrongType, "mapping"),
        // Duplicate keys.
        ("startup: Acme\ntargets:\n  - {dimension: ip, level: 2, »level: 3}\n", .duplicateKey, "first at line 3"),
        ("startup: Acme\n»startup: Beta\n", .duplicateKey, "duplicate key 'startup'"),
        // Empty files.
        ("»", .emptyFile, "empty"),
        ("»# only a comment\n\n", .emptyFile, "empty"),
    ]

    @Test("each error has its code at its exact line and column", arguments: errors)
    func located(text: String, code: DiagnosticCode, message: String) {
        let marked = MarkedText(text)
        let decoded = PlanDecoder.decode(marked.text, rubric: rubric)
        #expect(decoded.plan == nil)
        let errors = decoded.diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 1, "\(errors)")
        #expect(errors.first?.code == code)
        #expect(errors.first?.location == marked.marker)
        #expect(errors.first?.message.contains(message) == true, "\(errors)")
    }

    /// (marked plan text, the one warning's code): the plan is still used.
    static let warnings: [(String, DiagnosticCode)] = [
        ("startup: »\"\"\n", .blankName),
        ("startup:» \ntargets: []\n", .blankName),
        ("startup: Acme\nrubric: »investor-readiness\n", .rubricMismatch),
        ("startup: Acme\ntargets:\n  - {dimension: ip, level: »4}\n", .unreachableLevel),
        ("startup: Acme\ntargets:\n  - {dimension: finance, level: »1, score: 60}\n", .unreachableLevel),
    ]

    @Test("each warning has its code at its exact line and column, and the plan is kept", arguments: warnings)
    func warned(text: String, code: DiagnosticCode) {
        let marked = MarkedText(text)
        let decoded = PlanDecoder.decode(marked.text, rubric: rubric)
        #expect(decoded.plan != nil)
        #expect(decoded.diagnostics.count == 1, "\(decoded.diagnostics)")
        #expect(decoded.diagnostics.first?.severity == .warning)
        #expect(decoded.diagnostics.first?.code == code)
        #expect(decoded.diagnostics.first?.location == marked.marker)
    }

    @Test("every problem of a file is reported at once, ordered by location")
    func allAtOnce() {
        let text = """
            startup: Acme
            targets:
              - {dimension: iq, level: 2}
              - {dimension: ip, level: 12, due: 2027-02-30}
            actions:
              - {criterion: ip.ft, action: Do, status: finished, resource: nope}
            """
        let decoded = PlanDecoder.decode(text, rubric: rubric)
        #expect(decoded.plan == nil)
        #expect(
            decoded.diagnostics.map(\.code) == [
                .unknownDimension, .outOfRange, .invalidDate, .unknownCriterion, .unknownStatus, .unknownResource,
            ])
        #expect(decoded.diagnostics.map(\.location.line) == [3, 4, 4, 6, 6, 6])
    }
}
