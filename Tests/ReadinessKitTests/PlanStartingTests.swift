import Testing

@testable import ReadinessKit

/// The starting plan `init --plan` writes: what it holds, and that it reads back cleanly.
@Suite("Starting plan")
struct PlanStartingTests {
    let rubric = PlanFixture.rubric

    /// IP at level 0 (search unmet), finance unmet, so both have steps; IP's next level is 1.
    static let questionnaire = """
        startup: "Acme \\"Quoted\\" # B.V."
        date: 2027-02-01
        answers:
          profile.sector: soft
          ip.search: no
          ip.filed: yes
          ip.fto: no
          finance.runway: no
          finance.model: no
        """

    private func result(_ text: String = Self.questionnaire, rubric: Rubric? = nil) -> AssessmentResult {
        Fixtures.assess(text, rubric: rubric ?? self.rubric)!
    }

    private func starting(_ result: AssessmentResult, reference: String? = "plan-test") -> Plan {
        Plan.starting(from: result, rubric: reference) { "Work on: \($0)" }
    }

    @Test("a target per dimension with a next level, an action per first step and per blocker, each once")
    func content() {
        let plan = starting(result())
        #expect(plan.startup == "Acme \"Quoted\" # B.V.")
        #expect(plan.rubric == "plan-test")
        #expect(plan.targets == [PlanTarget(dimension: "ip", level: 1)])
        #expect(plan.actions.map(\.criterion) == ["finance.runway", "finance.model", "ip.search", "ip.fto"])
        #expect(plan.actions.allSatisfy { $0.status == .open && $0.owner == nil && $0.due == nil })
        #expect(plan.actions.map(\.resource) == [nil, "mentors", "ip-clinic", "ip-clinic"])
        #expect(plan.actions[0].action == "Raise a \"bridge\" # now key: value")
        #expect(plan.actions[1].action == "Work on: A financial model?")
        #expect(plan.actions[2].action == "Run a prior-art search with the IP clinic. Then write it up.")
    }

    @Test("the written plan reads back to the same plan without a diagnostic, in English and Dutch")
    func roundTrip() {
        let result = result()
        let plan = starting(result)
        for strings in Strings.tables {
            let text = PlanYAML.render(plan, from: result, schema: "plan-test.plan.schema.json", strings: strings)
            let decoded = PlanDecoder.decode(text, rubric: rubric)
            #expect(decoded.diagnostics.isEmpty, "\(decoded.diagnostics)\n\(text)")
            #expect(decoded.plan == plan)
            #expect(text.hasPrefix("# yaml-language-server: $schema=plan-test.plan.schema.json\n"))
        }
    }

    @Test("comments come from the strings table and say where each entry comes from")
    func comments() {
        let result = result()
        let english = PlanYAML.render(starting(result), from: result, strings: .english)
        #expect(english.contains("  # IP: level 0 now, score 33.3 / 100\n  - dimension: ip\n    level: 1\n"))
        #expect(english.contains("  # IP: Searched? (blocks level 1)\n  - criterion: ip.search\n"))
        #expect(english.contains("    due:  # YYYY-MM-DD\n    owner:\n"))
        let dutch = PlanYAML.render(starting(result), from: result, strings: .dutch)
        #expect(dutch.contains("  # IP: nu niveau 0, score 33,3 / 100\n"))
        #expect(dutch.contains("1 februari 2027"))
        #expect(dutch.contains("(houdt niveau 1 tegen)"))
    }

    @Test("the same assessment gives the same bytes")
    func deterministic() {
        let one = PlanYAML.render(starting(result()), from: result(), strings: .dutch)
        let two = PlanYAML.render(starting(result()), from: result(), strings: .dutch)
        #expect(one == two)
    }

    @Test("nothing to do: empty lists that still read back cleanly")
    func nothingToDo() {
        let all = Fixtures.assess(
            """
            startup: Acme
            answers: {profile.sector: soft, ip.search: yes, ip.filed: yes, ip.fto: yes, finance.runway: yes,
              finance.model: yes}
            """, rubric: rubric)!
        let plan = starting(all)
        #expect(plan.targets.isEmpty && plan.actions.isEmpty)
        let text = PlanYAML.render(plan, from: all, strings: .english)
        #expect(text.contains("\ntargets: []\n") && text.contains("\nactions: []\n"))
        let decoded = PlanDecoder.decode(text, rubric: rubric)
        #expect(decoded.diagnostics.isEmpty)
        #expect(decoded.plan == plan)
    }

    @Test("rubric texts that try to break out of a comment stay comments")
    func hostileTexts() {
        var hostile = rubric
        hostile.dimensions[1].title = "IP\nstartup: Evil\r\u{2028}x"
        hostile.titleText = LocalizedText("Title\nrubric: other")
        let result = Fixtures.assess(Self.questionnaire, rubric: hostile)!
        let plan = starting(result)
        let text = PlanYAML.render(plan, from: result, strings: .english)
        let decoded = PlanDecoder.decode(text, rubric: hostile)
        #expect(decoded.diagnostics.isEmpty, "\(decoded.diagnostics)\n\(text)")
        #expect(decoded.plan == plan)
    }

    @Test("advice as one plain line: Markdown marks and line breaks dropped")
    func adviceLine() {
        #expect(
            PlanActionText.line(["**Do** it\nnow.\n\n- then *this*", "And `that`."]) == "Do it now. then this And that."
        )
        #expect(PlanActionText.line(["  \n\n "]).isEmpty)
        #expect(PlanActionText.line(["a\u{7}b\tc"]) == "a b c")
    }
}
