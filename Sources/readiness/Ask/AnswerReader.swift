import ReadinessKit

/// Reads one typed line as a command (`?`, `s`, `b`, `q`) or an answer for a criterion.
///
/// Options are chosen by their number or id (or label, for one choice); several by numbers or
/// ids separated by commas or spaces, `-` for none; yes-no takes y, n, yes, no, j, ja, nee. The value is
/// then checked by `AnswerParser`, so the terminal accepts exactly what a questionnaire file does.
enum AnswerReader {
    /// What a line means.
    enum Reply: Equatable {
        /// Show the question's help.
        case help
        /// Leave the question as it is and go on (also an empty line).
        case skip
        /// Go back to the previous question.
        case back
        /// Stop asking; what was answered is saved.
        case quit
        /// A valid answer.
        case answer(AnswerValue)
        /// Not a valid answer, and why.
        case invalid(String)
    }

    /// The meaning of a line typed for a criterion.
    static func read(_ line: String, for criterion: Criterion, strings: Strings = .english) -> Reply {
        let text = trim(line)
        switch text.lowercased() {
        case "": return .skip
        case "?", "help": return .help
        case "s": return .skip
        case "b": return .back
        case "q": return .quit
        default: break
        }
        switch criterion.answer {
        case .choice(let options):
            guard let id = option(text, in: options, byLabel: true) else {
                return .invalid(unknown(text, options: options, strings: strings))
            }
            return parse(id, for: criterion, strings: strings)
        case .multiChoice(let options):
            if text == "-" { return .answer(.multiChoice([])) }
            var ids: [String] = []
            for token in text.split(whereSeparator: { $0 == "," || $0 == " " || $0 == ";" || $0 == "\t" }) {
                guard let id = option(String(token), in: options, byLabel: false) else {
                    return .invalid(unknown(String(token), options: options, strings: strings))
                }
                if !ids.contains(id) { ids.append(id) }
            }
            return parse(ids.joined(separator: ";"), for: criterion, strings: strings)
        case .text:
            return .answer(.text(text))
        case .yesNo:
            // Dutch answers as well as English ones, whatever the language: ja, j, nee.
            switch text.lowercased() {
            case "ja", "j": return parse("yes", for: criterion, strings: strings)
            case "nee": return parse("no", for: criterion, strings: strings)
            default: return parse(text, for: criterion, strings: strings)
            }
        case .scale, .number:
            return parse(decimalPoint(text, strings: strings), for: criterion, strings: strings)
        }
    }

    // MARK: - Private

    /// A number with the language's decimal comma (`2,5` in Dutch) written with a point; a
    /// comma between digits groups thousands in English, so it is read there as typed.
    private static func decimalPoint(_ text: String, strings: Strings) -> String {
        guard strings.numbers.decimalSeparator == ",", text.filter({ $0 == "," }).count == 1, !text.contains(".") else {
            return text
        }
        return text.replacingOccurrences(of: ",", with: ".")
    }

    /// The value checked as a questionnaire file's would be; the parser's own message (a
    /// diagnostic, English) when it is refused.
    private static func parse(_ text: String, for criterion: Criterion, strings: Strings) -> Reply {
        let parsed = AnswerParser.parse(text: text, for: criterion)
        if let value = parsed.value { return .answer(value) }
        let message = parsed.diagnostics.first { $0.severity == .error }?.message ?? strings[AskWord.notValid]
        return .invalid(message)
    }

    /// The option a token names: its number, its id, or (for one choice) its label, ignoring case.
    private static func option(_ token: String, in options: [ChoiceOption], byLabel: Bool) -> String? {
        if let number = Int(token), (1...options.count).contains(number) { return options[number - 1].id }
        if let exact = options.first(where: { $0.id == token }) { return exact.id }
        let lower = token.lowercased()
        let byID = options.filter { $0.id.lowercased() == lower }
        if byID.count == 1 { return byID[0].id }
        if byLabel {
            let matches = options.filter { $0.label.lowercased() == lower }
            if matches.count == 1 { return matches[0].id }
        }
        return nil
    }

    private static func unknown(_ token: String, options: [ChoiceOption], strings: Strings) -> String {
        let count = strings.numbers.integer(options.count)
        if Int(token) != nil { return strings.format(AskWord.noSuchOption, token, count) }
        let hint =
            Suggestion.closest(to: token, in: options.map(\.id)).map { strings.format(AskWord.didYouMean, $0) } ?? ""
        return strings.format(AskWord.notAnOption, token, hint, count)
    }

    /// The line without spaces, tabs and carriage returns at either end.
    private static func trim(_ line: String) -> String {
        let isBlank: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" }
        guard let first = line.firstIndex(where: { !isBlank($0) }), let last = line.lastIndex(where: { !isBlank($0) })
        else {
            return ""
        }
        return String(line[first...last])
    }
}
