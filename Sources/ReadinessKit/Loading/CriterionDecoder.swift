/// Decodes one criterion: its question, answer kind and scoring, and its optional rules.
enum CriterionDecoder {
    static let keys = [
        "id", "question", "help", "answer", "unit", "bands", "options", "scale", "invert",
        "weight", "level", "pass", "gate", "evidence", "when", "advice", "strength", "resources",
    ]

    static func decode(
        _ node: YAMLNode, dimension: String, references: inout References,
        with decoder: inout NodeDecoder
    ) -> Criterion? {
        guard let pairs = decoder.mapping(node, "a criterion") else { return nil }
        decoder.checkKeys(pairs, allowed: keys, in: "a criterion")
        decoder.require(["id", "question", "answer"], in: pairs, at: node.location, in: "a criterion")
        // Without an id or an answer kind the criterion is not kept, but the rest of it is
        // still read for its own problems and references (one pass shows them all).
        let readID = node["id"].flatMap { decoder.text($0, "a criterion's 'id'") }
        if let readID, let idNode = node["id"], !isPlainID(readID) {
            decoder.error("criterion id '\(readID)' may hold only letters, digits, '-' and '_'", at: idNode.location)
        }
        // A placeholder id with '#', which no criterion id may hold.
        let id = readID ?? "#\(node.location.line)"
        let key = "\(dimension).\(id)"
        let kind = node["answer"].flatMap {
            AnswerKindDecoder.decode($0, in: node, key: key, references: &references, with: &decoder)
        }
        if node["answer"] == nil {
            AnswerKindDecoder.readParts(of: node, key: key, references: &references, with: &decoder)
        }
        var criterion = Criterion(key: key, id: id, question: "", answer: kind ?? .text)
        criterion.texts = CriterionTexts(
            question: node["question"].flatMap { decoder.localized($0, "'question'") } ?? LocalizedText(""),
            help: decoder.optionalLocalized(node["help"], "'help'"),
            unit: decoder.optionalLocalized(node["unit"], "'unit'"),
            advice: decoder.optionalLocalized(node["advice"], "'advice'"),
            strength: decoder.optionalLocalized(node["strength"], "'strength'"))
        criterion.location = node.location
        if let weightNode = node["weight"] {
            criterion.weight =
                decoder.number(weightNode, "a criterion's 'weight'", in: 0...1e9, rangeText: "from 0 to 1000000000")
                ?? 1
        }
        if let levelPair = pairs.first(where: { $0.key == "level" }) {
            criterion.level = decoder.integer(levelPair.value, "'level'", in: 1...9)
            criterion.levelLocation = levelPair.keyLocation
        }
        if let passPair = pairs.first(where: { $0.key == "pass" }) {
            decoder.needsFormat2("a criterion's own 'pass'", at: passPair.keyLocation)
            criterion.pass = decoder.number(passPair.value, "'pass'", in: 0...1)
        }
        if let gateNode = node["gate"] { gate(gateNode, on: &criterion, references: &references, with: &decoder) }
        if let evidenceNode = node["evidence"], let evidence = decoder.text(evidenceNode, "'evidence'") {
            switch evidence {
            case "expected": criterion.evidence = .expected
            case "required":
                decoder.needsFormat2("'evidence: required'", at: evidenceNode.location)
                criterion.evidence = .required
            case "optional", "none": criterion.evidence = .optional
            default:
                let names = ["expected", "required", "optional"]
                decoder.error(
                    "'evidence' must be 'expected', 'required' or 'optional', not '\(evidence)'\(Suggestion.hint(for: evidence, in: names))",
                    at: evidenceNode.location, code: .unknownEvidence)
            }
        }
        if let resourcesNode = node["resources"] {
            let ids = decoder.textList(resourcesNode, "'resources'")
            criterion.resources = ids.map(\.0)
            references.resources += ids.map { ResourceReference(id: $0.0, location: $0.1, owner: key) }
        }
        if let whenNode = node["when"], let raw = condition(whenNode, owner: key, dimension: dimension, with: &decoder)
        {
            references.conditions.append(raw)
        }
        guard readID != nil, kind != nil else { return nil }
        if criterion.gate != nil, !criterion.isScored {
            decoder.warning(
                "'gate' on a criterion that is never scored (text or weight 0) has no effect",
                at: node["gate"]!.location)
        }
        return criterion
    }

    /// Reads `gate: 0.5` (short for `{below: 0.5}`, capped at the second verdict) or, in
    /// format 2, `gate: {below: 0.5, cap: not-ready}`.
    static func gate(
        _ node: YAMLNode, on criterion: inout Criterion, references: inout References,
        with decoder: inout NodeDecoder
    ) {
        guard let pairs = node.mapping else {
            criterion.gate = decoder.number(node, "'gate'", in: 0...1)
            return
        }
        decoder.needsFormat2("'gate' as a mapping", at: node.location)
        decoder.checkKeys(pairs, allowed: ["below", "cap"], in: "'gate'")
        decoder.require(["below"], in: pairs, at: node.location, in: "'gate'")
        if let below = node["below"] { criterion.gate = decoder.number(below, "'gate.below'", in: 0...1) }
        if let capNode = node["cap"], let cap = decoder.text(capNode, "'gate.cap'") {
            criterion.gateCap = cap
            references.caps.append(CapReference(verdict: cap, location: capNode.location, owner: criterion.key))
        }
    }

    /// Reads `{answer: ID, is: VALUE}` or `{answer: ID, in: [VALUES]}`.
    static func condition(_ node: YAMLNode, owner: String, dimension: String, with decoder: inout NodeDecoder)
        -> RawCondition?
    {
        guard let pairs = decoder.mapping(node, "'when'") else { return nil }
        decoder.checkKeys(pairs, allowed: ["answer", "is", "in"], in: "'when'")
        decoder.require(["answer"], in: pairs, at: node.location, in: "'when'")
        guard let answerNode = node["answer"], var target = decoder.text(answerNode, "'when.answer'") else {
            return nil
        }
        if !target.contains(".") { target = "\(dimension).\(target)" }
        var values: [(String, SourceLocation)] = []
        switch (node["is"], node["in"]) {
        case (let isNode?, nil):
            if let value = decoder.text(isNode, "'when.is'") { values = [(value, isNode.location)] }
        case (nil, let inNode?):
            values = decoder.textList(inNode, "'when.in'")
        case (.some, .some):
            decoder.error("'when' takes either 'is' or 'in', not both", at: node.location)
            return nil
        case (nil, nil):
            decoder.error("'when' needs 'is: VALUE' or 'in: [VALUES]'", at: node.location)
            return nil
        }
        return RawCondition(owner: owner, criterion: target, criterionLocation: answerNode.location, values: values)
    }
}
