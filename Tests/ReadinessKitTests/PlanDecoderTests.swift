import Testing

@testable import ReadinessKit

/// Plans that decode: every key read, the optional parts optional.
@Suite("Plan decoder")
struct PlanDecoderTests {
    let rubric = PlanFixture.rubric

    @Test("a full plan decodes to exactly what it says")
    func full() {
        let text = """
            startup: Acme
            rubric: plan-test
            targets:
              - {dimension: ip, level: 3, due: 2027-03-31, owner: Marieke de Vries}
              - {dimension: finance, score: 70, due: 2027-06-30}
              - dimension: ip
                level: 3
                score: 80.5
            actions:
              - {criterion: ip.fto, action: FTO search with the IP clinic,
                 owner: CEO, due: 2027-01-31, resource: ip-clinic, status: open}   # open | done | dropped
              - {criterion: finance.model, action: "  Build the model  ", status: done, owner: "", due: ~}
              - {criterion: finance.runway, action: Raise a bridge, status: dropped}
            """
        let decoded = PlanDecoder.decode(text, rubric: rubric)
        #expect(decoded.diagnostics.isEmpty, "\(decoded.diagnostics)")
        #expect(
            decoded.plan
                == Plan(
                    startup: "Acme", rubric: "plan-test",
                    targets: [
                        PlanTarget(dimension: "ip", level: 3, due: "2027-03-31", owner: "Marieke de Vries"),
                        PlanTarget(dimension: "finance", score: 70, due: "2027-06-30"),
                        PlanTarget(dimension: "ip", level: 3, score: 80.5),
                    ],
                    actions: [
                        PlanAction(
                            criterion: "ip.fto", action: "FTO search with the IP clinic", owner: "CEO",
                            due: "2027-01-31", resource: "ip-clinic", status: .open),
                        PlanAction(criterion: "finance.model", action: "Build the model", status: .done),
                        PlanAction(criterion: "finance.runway", action: "Raise a bridge", status: .dropped),
                    ]))
    }

    @Test(
        "targets and actions may be empty, null or absent",
        arguments: [
            "startup: Acme\n", "startup: Acme\ntargets: []\nactions: []\n", "startup: Acme\ntargets:\nactions: ~\n",
        ])
    func emptyParts(text: String) {
        let decoded = PlanDecoder.decode(text, rubric: rubric)
        #expect(decoded.diagnostics.isEmpty)
        #expect(decoded.plan == Plan(startup: "Acme"))
    }

    @Test("the action status is open when not given")
    func defaultStatus() {
        let decoded = PlanDecoder.decode(
            "startup: Acme\nactions:\n  - {criterion: ip.fto, action: Do}\n", rubric: rubric)
        #expect(decoded.plan?.actions.first?.status == .open)
    }

    @Test("a rubric given by path is not compared with the rubric's id")
    func rubricPath() {
        let decoded = PlanDecoder.decode("startup: Acme\nrubric: ../rubrics/park.yaml\n", rubric: rubric)
        #expect(decoded.diagnostics.isEmpty)
        #expect(decoded.plan?.rubric == "../rubrics/park.yaml")
    }

    @Test("the rubric reference is read without the rest")
    func rubricReference() {
        #expect(
            PlanDecoder.rubricReference(bytes: Array("startup: A\nrubric: park.yaml\ntargets: [x]\n".utf8))
                == "park.yaml")
        #expect(PlanDecoder.rubricReference(bytes: Array("startup: A\nrubric: ~\n".utf8)) == nil)
        #expect(PlanDecoder.rubricReference(bytes: Array("startup: A\n".utf8)) == nil)
        #expect(PlanDecoder.rubricReference(bytes: Array("[unclosed".utf8)) == nil)
    }

    @Test("a plan is told from questionnaires and rubrics by its top-level keys")
    func looksLikePlan() {
        func root(_ text: String) -> YAMLNode { YAMLReader.read(text).root! }
        #expect(PlanDecoder.looksLikePlan(root("startup: A\ntargets: []\n")))
        #expect(PlanDecoder.looksLikePlan(root("startup: A\nactions: []\n")))
        #expect(!PlanDecoder.looksLikePlan(root("startup: A\nanswers: {}\n")))
        #expect(!PlanDecoder.looksLikePlan(root(PlanFixture.rubricText)))
        #expect(!PlanDecoder.looksLikePlan(root("- a\n")))
    }

    @Test("hostile input ends in errors, never a crash", arguments: ["\u{0}", "targets: *a\n", "{", "startup: [[[[\n"])
    func hostile(text: String) {
        let decoded = PlanDecoder.decode(text, rubric: rubric)
        #expect(decoded.plan == nil)
        #expect(decoded.diagnostics.hasErrors)
    }

    @Test("every prefix and every one-byte change of a plan decodes without a crash, errors located")
    func mutations() {
        let bytes = Array(Fixtures.text("plan/acme.plan.yaml").utf8)
        #expect(!bytes.isEmpty)
        var variants: [[UInt8]] = (0...bytes.count).map { Array(bytes.prefix($0)) }
        for index in bytes.indices {
            for replacement: UInt8 in [0x3A, 0x7B, 0x2D, 0x20, 0x0A, 0x22, 0xFF] {
                var changed = bytes
                changed[index] = replacement
                variants.append(changed)
            }
        }
        for variant in variants {
            let decoded = PlanDecoder.decode(bytes: variant, rubric: rubric)
            #expect((decoded.plan == nil) == decoded.diagnostics.hasErrors)
            #expect(decoded.diagnostics.allSatisfy { $0.location.line >= 1 && $0.location.column >= 1 })
        }
    }
}
