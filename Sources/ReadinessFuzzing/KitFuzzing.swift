import ReadinessKit

/// The fuzz targets over the kit alone: reading and decoding.
enum KitFuzzing {
    /// The rubric questionnaires are decoded against: the built-in investor-readiness rubric.
    static let rubric: Rubric = {
        guard let text = BuiltInRubrics.text(of: "investor-readiness"),
            let rubric = RubricDecoder.decode(text).rubric
        else { fatalError("the built-in rubric does not decode") }
        return rubric
    }()

    /// The base rubric `extends: base.yaml` finds.
    static let base = Array(
        """
        id: base
        version: 1.0.0
        title: Base
        verdicts:
          - {id: good, label: Good, min: 50}
          - {id: bad, label: Bad, min: 0}
        dimensions:
          - id: d
            title: D
            levels: {1: One, 2: Two}
            criteria:
              - {id: a, question: A, answer: yes-no, level: 1, resources: [lab]}
              - {id: b, question: B, answer: scale, min: 1, max: 5, when: {answer: d.a, is: yes}}
          - id: e
            title: E
            weight: 2
            criteria:
              - {id: c, question: C, answer: choice, options: [{id: x, label: X, score: 1}, {id: y, label: Y, score: 0}]}
        resources:
          - {id: lab, title: Lab, url: "https://example.org/lab"}
        """.utf8)

    static func yaml(_ bytes: [UInt8]) -> [String] {
        var broken: [String] = []
        let read = YAMLReader.read(bytes: bytes)
        broken += Invariants.located(read.diagnostics, "YAML reader")
        if let root = read.root {
            let output = RubricDecoder.decode(root, readDiagnostics: read.diagnostics)
            broken += Invariants.decoded(output, "rubric decoder")
            if let decoded = output.rubric { broken += Invariants.scores(decoded) }
        }
        broken += questionnaire(bytes)
        return broken
    }

    /// Decodes a questionnaire against `rubric` and scores it.
    static func questionnaire(_ bytes: [UInt8]) -> [String] {
        switch QuestionnaireDecoder.decode(bytes: bytes, rubric: { _ in .found(rubric) }) {
        case .success(let decoded):
            return Invariants.located(decoded.warnings, "questionnaire decoder")
                + Invariants.score(ScoringEngine.assess(decoded.questionnaire, with: decoded.rubric))
        case .failure(let failure):
            var broken = Invariants.located(failure.diagnostics, "questionnaire decoder")
            if !failure.diagnostics.hasErrors && failure.message == nil {
                broken.append("questionnaire failed without an error")
            }
            return broken
        }
    }

    static func csv(_ bytes: [UInt8]) -> [String] {
        let parsed = CSVTable.parse(bytes: bytes)
        var broken = Invariants.located(parsed.diagnostics, "CSV reader")
        guard let table = parsed.table else {
            if !parsed.diagnostics.hasErrors { broken.append("CSV without a table and without an error") }
            return broken
        }
        let decoded = CSVQuestionnaireDecoder.decode(table) { _ in .success(rubric) }
        broken += Invariants.located(decoded.headerDiagnostics, "CSV header")
        for row in decoded.rows {
            broken += Invariants.located(row.diagnostics, "CSV row")
            if let questionnaire = row.questionnaire {
                broken += Invariants.score(ScoringEngine.assess(questionnaire, with: row.rubric ?? rubric))
            } else if !row.diagnostics.hasErrors {
                broken.append("CSV row \(row.row) failed without an error")
            }
        }
        return broken
    }

    static func extends(_ bytes: [UInt8]) -> [String] {
        let loader = RubricLoader(
            base: { reference, _ in
                switch reference {
                case "base.yaml": .found(origin: "base.yaml", bytes: base)
                case "self.yaml": .found(origin: "self.yaml", bytes: bytes)
                case "unreadable.yaml": .unreadable("permission denied")
                default: .notFound
                }
            }, catalogue: { name, _ in RubricLoader.builtInCatalogue(name) })
        let read = YAMLReader.read(bytes: bytes)
        guard let root = read.root else { return Invariants.located(read.diagnostics, "YAML reader") }
        let output = RubricDecoder.decode(root, readDiagnostics: read.diagnostics, origin: "top.yaml", loader: loader)
        var broken = Invariants.decoded(output, "rubric decoder with extends")
        if let rubric = output.rubric {
            broken += Invariants.scores(rubric)
            _ = RubricLint.check(rubric)
        }
        return broken
    }
}
