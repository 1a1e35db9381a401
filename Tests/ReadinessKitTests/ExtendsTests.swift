import Testing

@testable import ReadinessKit

/// `extends` and `remove`: merging as DESIGN.md says, chains, cycles, and every problem located in
/// the file that holds it. Bases other than built-ins come from an in-memory loader.
@Suite("Extending a rubric")
struct ExtendsTests {
    /// A loader over texts by name; a name is looked up relative to the folder of the file that
    /// names it, as the command line does. Records every look-up.
    final class Files: @unchecked Sendable {
        var texts: [String: String]
        var asked: [(String, String?)] = []
        init(_ texts: [String: String]) { self.texts = texts }

        var loader: RubricLoader {
            RubricLoader(
                base: { reference, from in
                    self.asked.append((reference, from))
                    let folder = from.map { $0.split(separator: "/").dropLast().joined(separator: "/") } ?? ""
                    let name = folder.isEmpty ? reference : folder + "/" + reference
                    if name.hasSuffix("unreadable.yaml") { return .unreadable("permission denied") }
                    guard let text = self.texts[name] else { return .notFound }
                    return .found(origin: name, bytes: Array(text.utf8))
                }, catalogue: { name, _ in RubricLoader.builtInCatalogue(name) })
        }

        func decode(_ name: String) -> RubricDecoder.Output {
            RubricDecoder.decode(texts[name] ?? "", origin: name, loader: loader)
        }
    }

    static let base = """
        id: base
        version: 1.0.0
        title: Base
        verdicts:
          - {id: good, label: Good, min: 50}
          - {id: bad, label: Bad, min: 0}
        dimensions:
          - id: d
            title: D
            criteria:
              - {id: a, question: A, answer: yes-no, resources: [lab]}
              - {id: b, question: B, answer: yes-no, when: {answer: d.a, is: yes}}
          - id: e
            title: E
            weight: 2
            criteria:
              - {id: c, question: C, answer: yes-no, resources: [desk]}
        resources:
          - {id: lab, title: Lab}
          - {id: desk, title: Desk}
        """

    @Test("a rubric that extends a built-in, removes, replaces and adds validates and scores")
    func park() throws {
        let output = RubricDecoder.decode(Fixtures.text("format2/park.yaml"), origin: "park.yaml")
        let rubric = try #require(output.rubric, "\(output.diagnostics)")
        #expect(!output.diagnostics.hasErrors)
        let base = try #require(RubricDecoder.decode(BuiltInRubrics.text(of: "investor-readiness") ?? "").rubric)
        #expect(rubric.id == "park-readiness" && rubric.version == "0.1.0" && rubric.title == "Park readiness")
        #expect(rubric.format == 2 && rubric.verdicts == base.verdicts)
        #expect(rubric.criterion("market.competition") == nil)
        #expect(rubric.criterion("ip.ownership")?.answer == .yesNo(invert: false))
        #expect(rubric.criterion("ip.ownership")?.evidence == .required)
        #expect(rubric.criterion("ip.ownership")?.origin == nil)
        #expect(rubric.criterion("ip.inventory")?.origin == BuiltInRubrics.displayPath(of: "investor-readiness"))
        #expect(rubric.dimensions.map(\.id) == base.dimensions.map(\.id) + ["regulatory"])
        #expect(rubric.dimensions.first { $0.id == "ip" }?.levels[2]?.text == "Owned")
        #expect(rubric.allCriteria.count == base.allCriteria.count - 1 + 2)
        #expect(rubric.resource("ip-clinic") != nil)
        let record = try #require(rubric.edition.extensions.first)
        #expect(record.base == "investor-readiness" && record.baseID == "investor-readiness")
        #expect(record.removed == ["market.competition"] && record.replaced == ["ip.ownership"])
        #expect(record.added == ["regulatory"] && record.changedDimensions == ["ip"])
        _ = RubricLint.check(rubric)
        var random = SeededRandom(seed: 7)
        for _ in 0..<20 {
            let result = ScoringEngine.assess(RandomAnswers.questionnaire(for: rubric, using: &random), with: rubric)
            #expect((0...100).contains(result.score))
            #expect(result.dimensions.count == rubric.dimensions.count)
            guard case .object(let pairs) = ResultJSON.value(result) else { continue }
            #expect(pairs.contains { $0.0 == "answered_share" } && pairs.contains { $0.0 == "gates" })
        }
    }

    @Test("remove drops dimensions and criteria with their references; dimensions and criteria merge by id")
    func merging() throws {
        let files = Files([
            "rubrics/base.yaml": Self.base,
            "rubrics/top.yaml": """
            format: 2
            id: top
            version: 2.0.0
            title: Top
            extends: base.yaml
            remove: [e]
            dimensions:
              - id: d
                title: D prime
                criteria:
                  - {id: a, question: A2, answer: choice, options: [{id: x, label: X, score: 1}]}
                  - {id: z, question: Z, answer: yes-no}
              - id: f
                title: F
                criteria:
                  - {id: g, question: G, answer: yes-no, resources: [lab, room]}
            resources:
              - {id: lab, title: Lab two}
              - {id: room, title: Room}
            """,
        ])
        let output = files.decode("rubrics/top.yaml")
        // d.b's `when` names d.a, which is now a choice: its value 'yes' is no option of it, an error
        // located in the base.
        let errors = output.diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.origin) == ["rubrics/base.yaml"], "\(errors)")
        #expect(errors.first?.location == SourceLocation(line: 12, column: 70))
        #expect(files.asked.map(\.0) == ["base.yaml"] && files.asked.map(\.1) == ["rubrics/top.yaml"])
        // Without the clash, the merge is as DESIGN.md says.
        files.texts["rubrics/top.yaml"] = files.texts["rubrics/top.yaml"]!.replacingOccurrences(
            of: "answer: choice, options: [{id: x, label: X, score: 1}]", with: "answer: yes-no, invert: true")
        let rubric = try #require(files.decode("rubrics/top.yaml").rubric)
        #expect(rubric.dimensions.map(\.id) == ["d", "f"])
        #expect(rubric.dimensions[0].title == "D prime")
        #expect(rubric.dimensions[0].criteria.map(\.key) == ["d.a", "d.b", "d.z"])
        #expect(rubric.criterion("d.a")?.question == "A2" && rubric.criterion("d.a")?.resources == [])
        #expect(rubric.criterion("d.b")?.when == Condition(criterion: "d.a", values: ["yes"]))
        #expect(rubric.resources.map(\.id) == ["lab", "desk", "room"] && rubric.resource("lab")?.title == "Lab two")
        #expect(rubric.verdicts.map(\.id) == ["good", "bad"] && rubric.id == "top")
    }

    @Test("chains merge from the farthest base up, each base relative to the file that names it")
    func chain() throws {
        let files = Files([
            "a/base.yaml": Self.base,
            "a/b/middle.yaml": "format: 2\nid: middle\nversion: '1'\ntitle: M\nextends: ../base.yaml\nremove: [d.b]\n",
            "top.yaml":
                "format: 2\nid: top\nversion: '1'\ntitle: T\nextends: a/b/middle.yaml\ndimensions:\n  - id: e\n    weight: 5\n",
        ])
        files.texts["a/b/../base.yaml"] = Self.base
        let rubric = try #require(files.decode("top.yaml").rubric)
        #expect(rubric.allCriteria.map(\.key) == ["d.a", "e.c"])
        #expect(rubric.dimensions[1].weight == 5)
        #expect(rubric.edition.extensions.map(\.base) == ["a/b/middle.yaml", "../base.yaml"])
        #expect(files.asked.map(\.1) == ["top.yaml", "a/b/middle.yaml"])
    }

    @Test("an error inside a base is reported in the base's file, and the extends that names it fails")
    func errorInBase() throws {
        let marked = MarkedText(
            Self.base.replacingOccurrences(
                of: "{id: c, question: C, answer: yes-no, ",
                with: "{id: c, question: C, answer: yes-no, gate: »2, "))
        let top = MarkedText("format: 2\nid: top\nversion: '1'\ntitle: T\nextends: »base.yaml\n")
        let files = Files(["base.yaml": marked.text, "top.yaml": top.text])
        let output = files.decode("top.yaml")
        #expect(output.rubric == nil)
        let errors = output.diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.code) == [.baseInvalid, .outOfRange])
        #expect(errors[0].origin == nil && errors[0].location == top.marker)
        #expect(errors[1].origin == "base.yaml" && errors[1].location == marked.marker)
        #expect(
            errors[1].formatted(path: "top.yaml").hasPrefix(
                "base.yaml:\(marked.marker.line):\(marked.marker.column): error:"))
    }

    @Test(
        "following extends stops at a cycle, a missing or unreadable base and too deep a chain",
        arguments: [
            (
                "b.yaml", "format: 2\nid: b\nversion: '1'\ntitle: B\nextends: »a.yaml\n", DiagnosticCode.extendsCycle,
                "b.yaml"
            ),
            ("b.yaml", "format: 2\nid: b\nversion: '1'\ntitle: B\nextends: »missing.yaml\n", .baseNotFound, "b.yaml"),
            (
                "b.yaml", "format: 2\nid: b\nversion: '1'\ntitle: B\nextends: »unreadable.yaml\n", .baseUnreadable,
                "b.yaml"
            ),
            ("b.yaml", "format: 2\nid: b\nversion: '1'\ntitle: B\nextends: »b.yaml\n", .extendsCycle, "b.yaml"),
        ])
    func chainProblems(name: String, marked: String, code: DiagnosticCode, origin: String) throws {
        let text = MarkedText(marked)
        let files = Files(["a.yaml": "format: 2\nid: a\nversion: '1'\ntitle: A\nextends: b.yaml\n", name: text.text])
        let output = files.decode("a.yaml")
        #expect(output.rubric == nil)
        let problem = try #require(output.diagnostics.first { $0.code == code }, "\(output.diagnostics)")
        #expect(problem.origin == origin && problem.location == text.marker)
    }

    @Test("a chain longer than the reader follows is refused")
    func tooDeep() throws {
        var texts: [String: String] = [:]
        for index in 0...RubricChain.maxDepth + 2 {
            texts["r\(index).yaml"] = "format: 2\nid: r\(index)\nversion: '1'\ntitle: R\nextends: r\(index + 1).yaml\n"
        }
        let output = Files(texts).decode("r0.yaml")
        let problem = try #require(output.diagnostics.first { $0.code == .extendsTooDeep })
        #expect(problem.origin == "r\(RubricChain.maxDepth).yaml")
        #expect(problem.location == SourceLocation(line: 5, column: 10))
    }

    @Test("a base's gate cap must name a verdict of the merged rubric, reported in the base")
    func capInBase() throws {
        let base = MarkedText(
            "format: 2\n"
                + Self.base.replacingOccurrences(
                    of: "{id: c, question: C, answer: yes-no, ",
                    with: "{id: c, question: C, answer: yes-no, gate: {below: 1, cap: »bad}, "))
        let files = Files([
            "base.yaml": base.text,
            "top.yaml": """
            format: 2
            id: top
            version: '1'
            title: T
            extends: base.yaml
            verdicts: [{id: fine, label: Fine, min: 0}]
            """,
        ])
        let errors = files.decode("top.yaml").diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.code) == [.unknownVerdict])
        #expect(errors.first?.origin == "base.yaml" && errors.first?.location == base.marker)
    }

    @Test("a new dimension needs its keys; an override needs only its id; unknown removals are named")
    func overrideKeys() throws {
        let top = MarkedText(
            """
            format: 2
            id: top
            version: '1'
            title: T
            extends: base.yaml
            remove: [»d.nope]
            dimensions:
              - id: d
              - »id: new
            """)
        let files = Files(["base.yaml": Self.base, "top.yaml": top.text])
        let errors = files.decode("top.yaml").diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.code) == [.removeUnknown, .missingKey, .missingKey])
        #expect(errors.map(\.location) == [top.markers[0], top.markers[1], top.markers[1]])
        #expect(errors.allSatisfy { $0.origin == nil })
    }
}
