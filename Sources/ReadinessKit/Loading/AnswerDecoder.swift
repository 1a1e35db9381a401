/// Decodes one answer, short or long form, by its criterion's answer kind.
enum AnswerDecoder {
    static func decode(_ pair: YAMLPair, rubric: Rubric, with decoder: inout NodeDecoder) -> Answer? {
        guard let position = rubric.position(of: pair.key) else {
            if decoder.isFull {
                decoder.error("", at: pair.keyLocation)  // counted, not shown: the report is full
                return nil
            }
            let keys = rubric.allCriteria.map(\.key)
            decoder.error(
                "unknown criterion '\(pair.key)'\(Suggestion.hint(for: pair.key, in: keys))", at: pair.keyLocation)
            return nil
        }
        return decode(pair, for: rubric.dimensions[position.dimension].criteria[position.criterion], with: &decoder)
    }

    private static func decode(_ pair: YAMLPair, for criterion: Criterion, with decoder: inout NodeDecoder) -> Answer? {
        var valueNode = pair.value
        var evidence: String?
        var note: String?
        if let pairs = pair.value.mapping {
            decoder.checkKeys(pairs, allowed: ["value", "evidence", "note"], in: "an answer")
            evidence = decoder.optionalText(pair.value["evidence"], "'evidence'")?.trimmingSpaces()
            note = decoder.optionalText(pair.value["note"], "'note'")
            if evidence?.isEmpty == true { evidence = nil }
            // A long form without `value` (only evidence or a note so far) is unanswered.
            guard let inner = pair.value["value"] else { return nil }
            valueNode = inner
        }
        // Null, or blank text ("" from a form tool), means unanswered.
        if valueNode.isNull || valueNode.scalar?.trimmingSpaces().isEmpty == true { return nil }
        guard let value = AnswerParser.parse(valueNode, for: criterion, with: &decoder) else { return nil }
        return Answer(
            criterion: criterion.key, value: value, evidence: evidence, note: note, location: pair.keyLocation)
    }
}

/// Turns a written answer into a typed value for a criterion, explaining what is wrong if it cannot.
public enum AnswerParser {
    /// Parses a single text answer (as from CSV or a terminal prompt); multi-choice ids are separated by `;`.
    public static func parse(text: String, for criterion: Criterion, at location: SourceLocation = .start)
        -> (value: AnswerValue?, diagnostics: [Diagnostic])
    {
        var node = YAMLNode(.scalar(text, plain: false), at: location)
        if case .multiChoice = criterion.answer {
            let parts = text.split(separator: ";").map { String($0).trimmingSpaces() }.filter { !$0.isEmpty }
            node = YAMLNode(.sequence(parts.map { YAMLNode(.scalar($0, plain: false), at: location) }), at: location)
        }
        var decoder = NodeDecoder()
        let value = parse(node, for: criterion, with: &decoder)
        return (value, decoder.diagnostics)
    }

    static func parse(_ node: YAMLNode, for criterion: Criterion, with decoder: inout NodeDecoder) -> AnswerValue? {
        var name: String { "'\(criterion.key)'" }  // only errors need it
        switch criterion.answer {
        case .yesNo:
            guard let text = node.scalar, let yes = NodeDecoder.parseBool(text) else {
                decoder.error("\(name) takes yes or no, not \(decoder.describe(node))", at: node.location)
                return nil
            }
            return .yesNo(yes)
        case .choice(let options):
            guard let text = decoder.text(node, name) else { return nil }
            return option(text.trimmingSpaces(), in: options, for: criterion, at: node.location, with: &decoder).map {
                .choice($0)
            }
        case .multiChoice(let options):
            var chosen: [String] = []
            var failed = false
            for (text, location) in decoder.textList(node, name) {
                guard let id = option(text.trimmingSpaces(), in: options, for: criterion, at: location, with: &decoder)
                else {
                    failed = true
                    continue
                }
                if chosen.contains(id) {
                    decoder.error("option '\(id)' is chosen twice for \(name)", at: location)
                    failed = true
                }
                chosen.append(id)
            }
            return failed ? nil : .multiChoice(chosen)
        case .scale(let scale):
            guard let text = node.scalar, let number = NumberText.parse(text) else {
                decoder.error(
                    "\(name) takes a whole number from \(scale.min) to \(scale.max), not \(decoder.describe(node))",
                    at: node.location)
                return nil
            }
            guard (Double(scale.min)...Double(scale.max)).contains(number) else {
                // Before the whole-number check: `-1e308` is whole, just far out of range.
                decoder.error(
                    "\(name) takes a whole number from \(scale.min) to \(scale.max); \(NumberText.canonical(number)) is out of range",
                    at: node.location)
                return nil
            }
            guard let whole = NumberText.parseInteger(text) else {
                decoder.error(
                    "\(name) takes a whole number from \(scale.min) to \(scale.max); \(NumberText.canonical(number)) is not whole",
                    at: node.location)
                return nil
            }
            guard (scale.min...scale.max).contains(whole) else {
                decoder.error(
                    "\(name) takes a whole number from \(scale.min) to \(scale.max); \(whole) is out of range",
                    at: node.location)
                return nil
            }
            return .scale(whole)
        case .number(let bands):
            guard let text = node.scalar, let number = NumberText.parse(text) else {
                decoder.error("\(name) takes a number, not \(decoder.describe(node))", at: node.location)
                return nil
            }
            if let lowest = bands.first, number < lowest.from {
                decoder.error(
                    "\(name) is \(NumberText.canonical(number)), below the lowest band (from \(NumberText.canonical(lowest.from)))",
                    at: node.location)
                return nil
            }
            return .number(number)
        case .text:
            guard let text = node.scalar else {
                decoder.error("\(name) takes text, not \(node.kindDescription)", at: node.location)
                return nil
            }
            return .text(text)
        }
    }

    static func option(
        _ text: String, in options: [ChoiceOption], for criterion: Criterion, at location: SourceLocation,
        with decoder: inout NodeDecoder
    ) -> String? {
        if options.contains(where: { $0.id == text }) { return text }
        let ids = options.map(\.id)
        decoder.error(
            "unknown option '\(text)' for '\(criterion.key)'\(Suggestion.hint(for: text, in: ids)); options: \(ids.joined(separator: ", "))",
            at: location)
        return nil
    }
}
