import ReadinessKit

/// Questionnaire YAML written in the many ways people and form tools write it: quoted and
/// plain values, `Yes`/`Y`/`TRUE`, padded text, long forms, nulls, flow and block lists, key
/// orders, comments, CRLF, a byte-order mark, and now and then a mistake. For holding the
/// decoder to reading back what it decoded.
enum QuestionnaireVariants {
    /// One variant for a rubric, chosen by the random generator.
    static func yaml(for rubric: Rubric, using random: inout SeededRandom) -> String {
        var header: [String] = []
        header.append(
            "startup: "
                + pick(
                    [
                        "\"Startup \(Int.random(in: 1...999, using: &random))\"",
                        "Plain Name B.V.", "'  Padded  '", "\"Café Ünïcode\"", "\"\"", "~",
                        "[a, b]",
                    ], weights: [30, 30, 10, 10, 2, 2, 1], &random))
        if chance(0.9, &random) {
            header.append("rubric: " + pick([rubric.id, "\"\(rubric.id)\"", "~"], weights: [10, 5, 1], &random))
        }
        if chance(0.3, &random) {
            header.append("rubric_version: " + pick(["\"\(rubric.version)\"", "\"0.9\""], weights: [5, 1], &random))
        }
        if chance(0.5, &random) {
            header.append("assessor: " + pick(["self", "\"A. Person\"", "~", "''"], weights: [3, 3, 1, 1], &random))
        }
        if chance(0.6, &random) {
            header.append(
                "date: " + pick(["2026-05-10", "\"2026-11-30\"", "2026-02-30", "~"], weights: [5, 5, 1, 1], &random))
        }
        if chance(0.02, &random) { header.append("extra: 1") }
        var answers: [String] = []
        for criterion in rubric.allCriteria where chance(0.8, &random) {
            answers.append(answerLines(criterion, &random).joined(separator: "\n"))
        }
        if chance(0.02, &random), let first = rubric.allCriteria.first { answers.append("  \(first.key): ~") }
        if chance(0.02, &random) { answers.append("  nope.unknown: yes") }
        answers.shuffle(using: &random)  // each answer is one entry: its lines stay together
        var entries = header
        entries.append(
            answers.isEmpty && chance(0.5, &random) ? "answers: ~" : "answers:\n" + answers.joined(separator: "\n"))
        if chance(0.3, &random) { entries.shuffle(using: &random) }
        var text = entries.joined(separator: chance(0.2, &random) ? "\n# a comment\n" : "\n") + "\n"
        if chance(0.1, &random) { text = text.replacingAll("\n", with: "\r\n") }
        if chance(0.05, &random) { text = "\u{FEFF}" + text }
        if chance(0.03, &random) { text += "---\nstartup: two\n" }
        return text
    }

    // MARK: - Private

    /// One answer entry (possibly several lines), short or long form.
    private static func answerLines(_ criterion: Criterion, _ random: inout SeededRandom) -> [String] {
        let value = valueText(criterion, &random)
        let key = chance(0.05, &random) ? "\"\(criterion.key)\"" : criterion.key
        guard chance(0.3, &random) else { return ["  \(key): \(value)"] }
        var lines = ["  \(key):"]
        if chance(0.9, &random) { lines.append("    value: \(value)") }
        if chance(0.6, &random) {
            lines.append(
                "    evidence: "
                    + pick(["\"https://example.org/e\"", "docs/a.pdf", "\"  \"", "~"], weights: [5, 5, 1, 1], &random))
        }
        if chance(0.4, &random) {
            lines.append(
                "    note: "
                    + pick(["\"Trailing spaces   \"", "plain note", "~", "[x]"], weights: [5, 5, 1, 1], &random))
        }
        if chance(0.01, &random) { lines.append("    extra: 1") }
        return lines
    }

    /// A value as written in the file, mostly valid for the criterion.
    private static func valueText(_ criterion: Criterion, _ random: inout SeededRandom) -> String {
        if chance(0.05, &random) {
            return pick(
                ["", "~", "null", "NULL", "\"\"", "\"  \"", "'null'"], weights: [1, 1, 1, 1, 1, 1, 1], &random)
        }
        switch criterion.answer {
        case .yesNo:
            return pick(
                ["yes", "no", "Yes", "Y", "n", "TRUE", "false", "\" yes \"", "maybe", "[yes]"],
                weights: [9, 9, 3, 3, 3, 2, 2, 1, 1, 1], &random)
        case .choice(let options):
            let id = options.randomElement(using: &random)!.id
            return pick([id, "\"\(id)\"", "\" \(id)\t\"", "\(id)x", "[\(id)]"], weights: [20, 5, 2, 1, 1], &random)
        case .multiChoice(let options):
            let ids = options.filter { _ in chance(0.4, &random) }.map(\.id)
            let block = ids.isEmpty ? "[]" : "\n" + ids.map { "      - \($0)" }.joined(separator: "\n")
            let doubled = ids.first.map { "[\($0), \($0)]" } ?? "[]"
            return pick(
                ["[\(ids.joined(separator: ", "))]", block, ids.first ?? "[]", doubled, "[~]"],
                weights: [10, 10, 3, 1, 1], &random)
        case .scale(let scale):
            let value = Int.random(in: scale.min...scale.max, using: &random)
            return pick(
                [
                    "\(value)", "\"\(value)\"", "+\(value)", "\(value).0", "0\(value)", "\(scale.max + 1)", "-\(value)",
                    "1_0",
                ],
                weights: [20, 3, 1, 1, 1, 1, 1, 1], &random)
        case .number(let bands):
            let low = bands[0].from
            let value = low + Double(Int.random(in: 0...400, using: &random)) / 4
            return pick(
                ["\(value)", "\(Int(value))", "\"\(value)\"", "1e3", "\(low - 1)", ".5", "1_000", "-0"],
                weights: [20, 5, 3, 1, 1, 1, 1, 1], &random)
        case .text:
            return pick(
                ["\"Some text\"", "plain text", "'it''s'", "\"null\"", "|\n      block text\n", "[a]"],
                weights: [5, 5, 2, 1, 1, 1], &random)
        }
    }

    private static func chance(_ probability: Double, _ random: inout SeededRandom) -> Bool {
        Double.random(in: 0..<1, using: &random) < probability
    }

    private static func pick(_ choices: [String], weights: [Int], _ random: inout SeededRandom) -> String {
        var roll = Int.random(in: 0..<weights.reduce(0, +), using: &random)
        for (choice, weight) in zip(choices, weights) {
            if roll < weight { return choice }
            roll -= weight
        }
        return choices[0]
    }
}

private extension String {
    func replacingAll(_ target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
