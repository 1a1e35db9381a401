import Testing

@testable import ReadinessKit

/// Demand for the park's resources against their capacity, and the catalogue fields behind it.
@Suite("Resource demand and catalogue details")
struct ResourceDemandTests {
    static let rubricText = """
        format: 2
        id: demand
        version: '1'
        title: Demand
        verdicts: [{id: ready, label: Ready, min: 50}, {id: not, label: Not ready, min: 0}]
        dimensions:
          - id: d
            title: D
            criteria:
              - {id: ip, question: IP?, answer: yes-no, resources: [clinic]}
              - id: needs
                question: Which facilities will you need?
                answer: multi-choice
                weight: 0
                options:
                  - {id: lab, label: Lab, score: 0, resources: [lab]}
                  - {id: clinic, label: Clinic, score: 0, resources: [clinic]}
        resources:
          - {id: clinic, title: IP clinic, kind: service, capacity: 1, booking: Ask the desk, lead_time: A week}
          - {id: lab, title: Shared lab, kind: facility, capacity: 5, sectors: [therapeutics, diagnostics]}
          - {id: idle, title: Idle room, capacity: 2}
        """

    @Test("each startup counts once per resource, from next steps or declared; status against capacity")
    func demand() throws {
        let rubric = try #require(RubricDecoder.decode(Self.rubricText).rubric)
        // A: ip no → clinic from next steps; declares clinic and lab → clinic once, lab declared.
        // B: ip yes → nothing from next steps; declares lab.
        let a = try #require(
            Fixtures.assess("startup: A\nanswers:\n  d.ip: no\n  d.needs: [clinic, lab]\n", rubric: rubric))
        let b = try #require(Fixtures.assess("startup: B\nanswers:\n  d.ip: yes\n  d.needs: [lab]\n", rubric: rubric))
        let c = try #require(Fixtures.assess("startup: C\nanswers:\n  d.ip: no\n", rubric: rubric))
        var summary = CohortSummary(rubric: rubric)
        for result in [a, b, c] { summary.add(result, source: result.startup, slug: result.startup) }
        let needs = summary.resourceNeeds
        #expect(needs.map(\.resource.id) == ["clinic", "lab", "idle"])
        // clinic: A and C from next steps, A declared too: 2 startups, capacity 1 → over-asked.
        #expect(
            needs[0].startups == 2 && needs[0].fromSteps == 2 && needs[0].declared == 1 && needs[0].status == .overAsked
        )
        #expect(needs[1].startups == 2 && needs[1].fromSteps == 0 && needs[1].declared == 2 && needs[1].status == .fits)
        #expect(needs[2].startups == 0 && needs[2].status == .unused)
    }

    @Test("the catalogue details are read")
    func details() throws {
        let rubric = try #require(RubricDecoder.decode(Self.rubricText).rubric)
        let clinic = try #require(rubric.resource("clinic"))
        #expect(
            clinic.kind == .service && clinic.capacity == 1 && clinic.booking == "Ask the desk"
                && clinic.leadTime == "A week")
        #expect(rubric.resource("lab")?.sectors == ["therapeutics", "diagnostics"])
    }

    @Test("an unknown kind and a negative capacity are located")
    func located() {
        let marked = MarkedText(
            Self.rubricText.replacingOccurrences(
                of: "kind: service, capacity: 1", with: "kind: »servce, capacity: 1"))
        let errors = RubricDecoder.decode(marked.text).diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.code) == [.unknownResourceKind] && errors.first?.location == marked.marker)
        let negative = MarkedText(Self.rubricText.replacingOccurrences(of: "capacity: 2}", with: "capacity: »-2}"))
        let range = RubricDecoder.decode(negative.text).diagnostics.filter { $0.severity == .error }
        #expect(range.count == 1 && range.first?.location == negative.marker)
    }
}
