/// Writes a plan as YAML that `PlanDecoder` reads back to the same plan, with comments (in the
/// words of a strings table) that say where each target and action comes from.
///
/// Text is always double-quoted and escaped (see `YAMLText`); ids are written plain when they
/// are simple. A target or action without a due date or owner gets empty keys to fill in.
public enum PlanYAML {
    /// The plan as YAML, commented from the assessment it starts from; `schema` is a JSON Schema
    /// path or URL for editors (a `yaml-language-server` comment), if any.
    public static func render(
        _ plan: Plan, from result: AssessmentResult, schema: String? = nil, strings: Strings = .english
    ) -> String {
        let rubric = result.rubric
        var lines: [String] = []
        if let schema { lines.append("# yaml-language-server: $schema=\(schema)") }
        let header =
            result.date.map {
                strings.format(PlanFileWord.header, plan.startup, strings.shownDate($0), rubric.title, rubric.version)
            } ?? strings.format(PlanFileWord.headerUndated, plan.startup, rubric.title, rubric.version)
        for line in [header, strings[PlanFileWord.howTo], strings[PlanFileWord.statusHelp]] {
            lines += YAMLText.comment(line, prefix: "# ")
        }
        lines.append("startup: \(YAMLText.quoted(plan.startup))")
        if let reference = plan.rubric { lines.append("rubric: \(YAMLText.quoted(reference))") }
        lines.append("")
        lines += targetLines(plan.targets, result: result, strings: strings)
        lines.append("")
        lines += actionLines(plan.actions, result: result, strings: strings)
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: - Private

    private static func targetLines(_ targets: [PlanTarget], result: AssessmentResult, strings: Strings) -> [String] {
        guard !targets.isEmpty else {
            return YAMLText.comment(strings[PlanFileWord.targetsNone], prefix: "# ") + ["targets: []"]
        }
        var lines = YAMLText.comment(strings[PlanFileWord.targets], prefix: "# ") + ["targets:"]
        for target in targets {
            if let found = result.dimensions.first(where: { $0.id == target.dimension }), let score = found.score,
                let dimension = result.rubric.dimensions.first(where: { $0.id == target.dimension })
            {
                var comment = strings.format(
                    PlanFileWord.targetNow, found.title, strings.numbers.integer(found.level ?? 0),
                    strings.numbers.oneDecimal(score))
                if let level = target.level, let name = result.rubric.levelName(level, in: dimension) {
                    comment += "; " + strings.format(PlanFileWord.targetNextNamed, strings.numbers.integer(level), name)
                }
                lines += YAMLText.comment(comment, prefix: "  # ")
            }
            lines.append("  - dimension: \(YAMLText.key(target.dimension))")
            if let level = target.level { lines.append("    level: \(level)") }
            if let score = target.score { lines.append("    score: \(YAMLText.number(score))") }
            lines += dueAndOwner(due: target.due, owner: target.owner, strings: strings)
        }
        return lines
    }

    private static func actionLines(_ actions: [PlanAction], result: AssessmentResult, strings: Strings) -> [String] {
        guard !actions.isEmpty else {
            return YAMLText.comment(strings[PlanFileWord.actionsNone], prefix: "# ") + ["actions: []"]
        }
        var lines = YAMLText.comment(strings[PlanFileWord.actions], prefix: "# ") + ["actions:"]
        for action in actions {
            if let position = result.rubric.position(of: action.criterion) {
                let dimension = result.rubric.dimensions[position.dimension]
                let question = dimension.criteria[position.criterion].question
                let blocked = result.dimensions.first { $0.id == dimension.id }?.nextLevel
                let comment =
                    blocked.flatMap { next in
                        next.blocking.contains(action.criterion)
                            ? strings.format(
                                PlanFileWord.actionBlocks, dimension.title, question,
                                strings.numbers.integer(next.level))
                            : nil
                    } ?? strings.format(PlanFileWord.actionFor, dimension.title, question)
                lines += YAMLText.comment(comment, prefix: "  # ")
            }
            lines.append("  - criterion: \(YAMLText.key(action.criterion))")
            lines.append("    action: \(YAMLText.quoted(action.action))")
            lines += dueAndOwner(due: action.due, owner: action.owner, strings: strings)
            if let resource = action.resource { lines.append("    resource: \(YAMLText.key(resource))") }
            lines.append("    status: \(action.status.rawValue)")
        }
        return lines
    }

    private static func dueAndOwner(due: String?, owner: String?, strings: Strings) -> [String] {
        [
            due.map { "    due: \(YAMLText.quoted($0))" } ?? "    due:  # \(strings[AskWord.dateFormat])",
            owner.map { "    owner: \(YAMLText.quoted($0))" } ?? "    owner:",
        ]
    }
}
