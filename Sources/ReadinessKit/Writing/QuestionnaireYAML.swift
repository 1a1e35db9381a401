/// Writes a questionnaire as YAML that `QuestionnaireDecoder` reads back to the same answers.
///
/// Every question of the rubric is written in rubric order, grouped by dimension, with its
/// question, help and allowed answers as comments; unanswered ones get an empty value, which
/// reads back as "unanswered". Text is always double-quoted and escaped (see `YAMLText`), so
/// the same questionnaire doubles as a blank form to fill in (`readiness init`) and as the
/// file `readiness ask` saves after every answer.
public enum QuestionnaireYAML {
    /// How to write the file beyond the answers themselves.
    public struct Options: Sendable, Equatable {
        /// A JSON Schema path or URL for editors (a `yaml-language-server` comment), if any.
        public var schema: String?
        /// Comment lines to put at the top (without `#`), such as how the file was made.
        public var header: [String]
        /// Whether to write each question's help, allowed answers and remarks as comments.
        public var comments: Bool

        /// Creates options.
        public init(schema: String? = nil, header: [String] = [], comments: Bool = true) {
            self.schema = schema
            self.header = header
            self.comments = comments
        }
    }

    /// The questionnaire as YAML, with every question commented.
    public static func render(_ questionnaire: Questionnaire, rubric: Rubric) -> String {
        render(questionnaire, rubric: rubric, options: Options())
    }

    /// The questionnaire as YAML, written as the options say, its comments in the words of `strings`.
    public static func render(
        _ questionnaire: Questionnaire, rubric: Rubric, options: Options,
        strings: Strings = .english
    ) -> String {
        var lines: [String] = []
        if let schema = options.schema { lines.append("# yaml-language-server: $schema=\(schema)") }
        for line in options.header { lines += YAMLText.comment(line, prefix: "# ") }
        if questionnaire.startup.isEmpty {
            lines.append("# " + strings[AskWord.startupRequired])
            lines.append("startup:")
        } else {
            lines.append("startup: \(YAMLText.quoted(questionnaire.startup))")
        }
        lines.append("rubric: \(YAMLText.quoted(questionnaire.rubric ?? rubric.id))")
        if let version = questionnaire.rubricVersion { lines.append("rubric_version: \(YAMLText.quoted(version))") }
        if let assessor = questionnaire.assessor { lines.append("assessor: \(YAMLText.quoted(assessor))") }
        if let language = questionnaire.language { lines.append("language: \(YAMLText.quoted(language))") }
        if let date = questionnaire.date {
            lines.append("date: \(YAMLText.quoted(date))")
        } else {
            lines.append("date:  # " + strings[AskWord.dateFormat])
        }
        lines.append("answers:")
        for dimension in rubric.dimensions {
            lines.append("")
            lines.append("  # == \(dimension.title) ==")
            for criterion in dimension.criteria {
                if options.comments { lines.append("") }
                lines += commentLines(criterion, full: options.comments, strings: strings)
                lines += answerLines(criterion.key, questionnaire.answer(criterion.key))
            }
        }
        let extra = questionnaire.answers.filter { rubric.criterion($0.criterion) == nil }
        if !extra.isEmpty {
            lines.append("")
            for answer in extra { lines += answerLines(answer.criterion, answer) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: - Private

    private static func commentLines(_ criterion: Criterion, full: Bool, strings: Strings) -> [String] {
        var lines = YAMLText.comment(criterion.question, prefix: "  # ")
        guard full else { return lines }
        if let help = criterion.help { lines += YAMLText.comment(help, prefix: "  #   ") }
        lines += YAMLText.comment(
            strings.format(AskWord.formAnswer, AnswerHelp.expected(criterion, strings: strings)), prefix: "  # ")
        for choice in AnswerHelp.choices(criterion, strings: strings) {
            lines += YAMLText.comment("\(choice.value): \(choice.label)", prefix: "  #   ")
        }
        for remark in AnswerHelp.remarks(criterion, strings: strings) {
            lines += YAMLText.comment(remark, prefix: "  # ")
        }
        return lines
    }

    private static func answerLines(_ key: String, _ answer: Answer?) -> [String] {
        let name = "  \(YAMLText.key(key)):"
        guard let answer else { return [name] }
        let value = valueText(answer.value)
        if answer.evidence == nil && answer.note == nil { return ["\(name) \(value)"] }
        var lines = [name, "    value: \(value)"]
        if let evidence = answer.evidence { lines.append("    evidence: \(YAMLText.quoted(evidence))") }
        if let note = answer.note { lines.append("    note: \(YAMLText.quoted(note))") }
        return lines
    }

    /// An answer value as YAML: yes/no and numbers plain, everything else double-quoted.
    static func valueText(_ value: AnswerValue) -> String {
        switch value {
        case .yesNo(let yes): return yes ? "yes" : "no"
        case .choice(let id): return YAMLText.quoted(id)
        case .multiChoice(let ids): return "[" + ids.map(YAMLText.quoted).joined(separator: ", ") + "]"
        case .scale(let value): return String(value)
        case .number(let value): return YAMLText.number(value)
        case .text(let text): return YAMLText.quoted(text)
        }
    }
}
