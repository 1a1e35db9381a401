import ReadinessKit

/// Asks a rubric's questions one by one, saving after every answer.
///
/// Profile questions come first, then dimension by dimension; questions that `when` rules out
/// for the answers so far are skipped. It starts at the first unanswered question (or the first
/// question with `review`), and each answer moves on to the next unanswered one (or the next
/// one with `review`). Input comes from a `LineSource` and text goes to an output closure, so
/// a terminal, a pipe and a test drive it the same way.
struct AskSession {
    /// How the session behaves.
    struct Options {
        /// Walk through every question, answered or not.
        var review = false
        /// Ask for evidence and a note after each answer.
        var details = false
        /// Write each line read after its prompt (when input is not a terminal).
        var echo = false
    }

    /// How a session ended.
    enum Outcome: Equatable {
        /// Every question was visited.
        case finished
        /// The founder stopped (`q`) or input ended.
        case stopped
    }

    let rubric: Rubric
    /// The questionnaire as answered so far.
    private(set) var questionnaire: Questionnaire
    let options: Options
    private let order: QuestionOrder
    private let view: QuestionView
    private let strings: Strings

    /// Creates a session over a questionnaire (new or loaded to resume), speaking in `strings`.
    init(
        rubric: Rubric, questionnaire: Questionnaire, options: Options = Options(),
        style: Style = Style(enabled: false),
        strings: Strings = .english
    ) {
        self.rubric = rubric
        self.questionnaire = questionnaire
        self.options = options
        self.order = QuestionOrder(rubric: rubric)
        self.view = QuestionView(style: style, strings: strings)
        self.strings = strings
    }

    /// Runs the session until every question is visited, `q`, or the end of input.
    ///
    /// `save` is called with the whole questionnaire after every change; when it throws, the
    /// session stops and the error propagates.
    mutating func run(
        input: inout some LineSource, output: (String) -> Void,
        save: (Questionnaire) throws(AtomicWriter.Failure) -> Void
    ) throws(AtomicWriter.Failure) -> Outcome {
        var index =
            options.review
            ? order.first(from: 0, answers: answers)
            : order.first(from: 0, answers: answers) { self.answers[$0.key] == nil }
        if index == nil, !options.review {
            output(strings[AskWord.allAnswered] + "\n")
        }
        while let current = index {
            let criterion = order.criteria[current]
            let position = order.position(of: current, answers: answers)
            output(
                view.question(
                    criterion, dimension: order.dimensionTitle(of: criterion), number: position.number,
                    total: position.total, current: answers[criterion.key]))
            switch read(criterion, input: &input, output: output) {
            case nil, .quit?:
                return .stopped
            case .back?:
                if let previous = order.previous(before: current, answers: answers) {
                    index = previous
                } else {
                    output("  " + strings[AskWord.firstQuestion] + "\n")
                }
            case .answer(let value)?:
                var answer = Answer(
                    criterion: criterion.key, value: value, evidence: answers[criterion.key]?.evidence,
                    note: answers[criterion.key]?.note)
                let ended = options.details && !askDetails(&answer, input: &input, output: output)
                set(answer)
                try save(questionnaire)
                if ended { return .stopped }
                index = next(after: current)
            case .skip?, .help?, .invalid?:
                index = next(after: current)
            }
        }
        return .finished
    }

    /// Asks for the startup's name until one is given; nil when input ends first.
    static func askName(
        input: inout some LineSource, output: (String) -> Void, echo: Bool,
        strings: Strings = .english
    ) -> String? {
        while true {
            output(strings[AskWord.namePrompt])
            guard let line = input.nextLine() else {
                output("\n")
                return nil
            }
            if echo { output(line + "\n") }
            let name = line.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            if !name.isEmpty { return name }
            output("  " + strings[AskWord.nameNeeded] + "\n")
        }
    }

    // MARK: - Private

    /// The answers so far by criterion id.
    private var answers: [String: Answer] {
        var byKey: [String: Answer] = [:]
        for answer in questionnaire.answers { byKey[answer.criterion] = answer }
        return byKey
    }

    private func next(after index: Int) -> Int? {
        let answers = self.answers
        if options.review { return order.first(from: index + 1, answers: answers) }
        return order.first(from: index + 1, answers: answers) { answers[$0.key] == nil }
    }

    /// Prompts until the line is a command or a valid answer; help is shown in place. Nil at end of input.
    private func read(_ criterion: Criterion, input: inout some LineSource, output: (String) -> Void) -> AnswerReader
        .Reply?
    {
        while true {
            output(view.prompt)
            guard let line = input.nextLine() else {
                output("\n")
                return nil
            }
            if options.echo { output(line + "\n") }
            let reply = AnswerReader.read(line, for: criterion, strings: strings)
            switch reply {
            case .help: output(view.help(criterion))
            case .invalid(let message): output(view.invalid(message))
            default: return reply
            }
        }
    }

    /// Asks for evidence and a note; Enter keeps what is there, `-` clears it. False at end of input.
    private func askDetails(_ answer: inout Answer, input: inout some LineSource, output: (String) -> Void) -> Bool {
        for field in [\Answer.evidence, \Answer.note] {
            let name = strings[field == \Answer.evidence ? AskWord.evidenceField : .noteField]
            let keep =
                answer[keyPath: field].map { strings.format(AskWord.keepsOrClears, $0) }
                ?? strings[AskWord.enterForNone]
            output("  " + strings.format(AskWord.detailPrompt, name, keep))
            guard let line = input.nextLine() else {
                output("\n")
                return false
            }
            if options.echo { output(line + "\n") }
            let text = line.split(whereSeparator: { $0 == "\t" || $0 == "\r" }).joined(separator: " ")
                .split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
            if text == "-" { answer[keyPath: field] = nil } else if !text.isEmpty { answer[keyPath: field] = text }
        }
        return true
    }

    /// Puts an answer in place, keeping answers in rubric order.
    private mutating func set(_ answer: Answer) {
        var byKey = answers
        byKey[answer.criterion] = answer
        let known = rubric.allCriteria.compactMap { byKey[$0.key] }
        let unknown = questionnaire.answers.filter { rubric.criterion($0.criterion) == nil }
        questionnaire.answers = known + unknown
    }
}
