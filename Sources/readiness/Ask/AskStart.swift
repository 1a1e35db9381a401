import ArgumentParser
import Foundation
import ReadinessKit

/// Where an `ask` run starts: a questionnaire file to resume, or a new one for a named startup.
struct AskStart {
    /// The questionnaire file that every answer is saved to.
    var path: String
    /// The rubric asked.
    var rubric: Rubric
    /// The questionnaire as it stands.
    var questionnaire: Questionnaire
    /// Whether an existing file was loaded.
    var resumed: Bool
    /// Whether the questionnaire should be saved before the first question (new, or changed by options).
    var needsSave: Bool
    /// The words and numbers of what `ask` says.
    var strings: Strings

    /// Finds the file, rubric and startup name from the command's options, asking for the name
    /// when nothing gives it. Nil when input ends before a name is given.
    static func prepare(
        _ command: AskCommand, input: inout some LineSource, output: (String) -> Void,
        echo: Bool, strings: Strings
    ) throws -> AskStart? {
        if let file = command.file, FileManager.default.fileExists(atPath: file) {
            return try resume(file, command, input: &input, output: output, echo: echo, strings: strings)
        }
        let choice = try RubricChoice.load(command.rubric, resources: command.resources)
        var name = command.startup.map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") } ?? ""
        if name.isEmpty {
            output(strings.format(AskWord.askName, choice.rubric.title) + "\n")
            guard let asked = AskSession.askName(input: &input, output: output, echo: echo, strings: strings) else {
                output(strings[AskWord.nothingSaved] + "\n")
                return nil
            }
            name = asked
        }
        let path = command.file ?? Slug.make(name) + ".yaml"
        if FileManager.default.fileExists(atPath: path) {
            var start = try resume(path, command, input: &input, output: output, echo: echo, strings: strings)
            if start.questionnaire.startup != name {
                start.questionnaire.startup = name
                start.needsSave = true
            }
            return start
        }
        let questionnaire = Questionnaire(
            startup: name, rubric: RubricReference.text(for: choice.source, questionnairePath: path),
            rubricVersion: choice.rubric.version, assessor: command.assessor, date: command.date ?? today())
        return AskStart(
            path: path, rubric: choice.rubric, questionnaire: questionnaire, resumed: false, needsSave: true,
            strings: strings)
    }

    /// Saves a questionnaire to the file atomically as commented YAML.
    func save(_ questionnaire: Questionnaire) throws(AtomicWriter.Failure) {
        let options = QuestionnaireYAML.Options(
            schema: "\(rubric.id).questionnaire.schema.json",
            header: [strings.format(AskWord.savedHeader, Self.shellQuoted(path))])
        try AtomicWriter.write(
            QuestionnaireYAML.render(questionnaire, rubric: rubric, options: options, strings: strings),
            to: path)
    }

    /// The line shown before the first question.
    func greeting(style: Style) -> String {
        let result = ScoringEngine.assess(questionnaire, with: rubric)
        let (answered, total) = Self.progress(result)
        let numbers = strings.numbers
        if resumed {
            return style.bold(strings.format(AskWord.resuming, path))
                + strings.plural(total, one: AskWord.resumedOne, many: .resumedMany, numbers.integer(answered)) + "\n"
        }
        return style.bold(strings.format(AskWord.newTitle, rubric.title, questionnaire.startup))
            + strings.plural(total, one: AskWord.newIntroOne, many: .newIntroMany, path) + "\n"
    }

    /// What is printed when the founder stops before the end.
    func stopped(_ result: AssessmentResult, style: Style) -> String {
        let (answered, total) = Self.progress(result)
        let numbers = strings.numbers
        return "\n"
            + strings.plural(total, one: AskWord.stoppedOne, many: .stoppedMany, numbers.integer(answered), path) + "\n"
            + strings.format(AskWord.scoreSoFar, style.bold(numbers.oneDecimal(result.score)), result.verdict.label)
            + strings.format(AskWord.goOn, Self.shellQuoted(path)) + "\n"
    }

    // MARK: - Private

    /// Loads a file to go on with. A blank questionnaire from `init` has no startup name yet:
    /// the name is taken from `--startup` or asked, and written in before the file is read.
    private static func resume(
        _ path: String, _ command: AskCommand, input: inout some LineSource,
        output: (String) -> Void, echo: Bool, strings: Strings
    ) throws -> AskStart {
        let resolver = RubricResolver(resourcesPath: command.resources)
        let loader = QuestionnaireLoader(resolver: resolver, rubricOverride: command.rubric)
        guard case .success(var bytes) = FileReader.bytes(at: path) else {
            _ = loader.load(path: path)
            throw ExitCode.failure
        }
        var named = false
        if let root = YAMLReader.read(bytes: bytes).root, root.mapping != nil,
            root["startup"].map({ $0.isNull || $0.scalar?.allSatisfy(\.isWhitespace) == true }) ?? true
        {
            var name = command.startup.map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") } ?? ""
            if name.isEmpty {
                output(strings.format(AskWord.noName, path) + "\n")
                guard let asked = AskSession.askName(input: &input, output: output, echo: echo, strings: strings) else {
                    throw ExitCode.success
                }
                name = asked
            }
            bytes = Array(withStartup(name, in: String(decoding: bytes, as: UTF8.self)).utf8)
            named = true
        }
        guard case .success(let loaded) = loader.load(bytes: bytes, path: path) else { throw ExitCode.failure }
        var start = AskStart(
            path: path, rubric: loaded.rubric, questionnaire: loaded.questionnaire, resumed: true,
            needsSave: named, strings: strings)
        if let date = command.date ?? (loaded.questionnaire.date == nil ? today() : nil),
            date != loaded.questionnaire.date
        {
            start.questionnaire.date = date
            start.needsSave = true
        }
        if let name = command.startup?.split(whereSeparator: \.isWhitespace).joined(separator: " "), !name.isEmpty,
            name != start.questionnaire.startup
        {
            start.questionnaire.startup = name
            start.needsSave = true
        }
        if let reference = command.rubric, let source = resolver.source(for: reference) {
            let text = RubricReference.text(for: source, questionnairePath: path)
            if text != start.questionnaire.rubric {
                start.questionnaire.rubric = text
                start.questionnaire.rubricVersion = loaded.rubric.version
                start.needsSave = true
            }
        }
        return start
    }

    /// The questionnaire text with `startup:` set: the first top-level `startup:` line replaced,
    /// or a new first key.
    private static func withStartup(_ name: String, in text: String) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let line = "startup: \(YAMLText.quoted(name))"
        if let index = lines.firstIndex(where: { $0.hasPrefix("startup:") }) {
            lines[index] = line
        } else {
            let first = lines.firstIndex { !$0.hasPrefix("#") && !$0.isEmpty } ?? lines.count
            lines.insert(line, at: first)
        }
        return lines.joined(separator: "\n")
    }

    /// Answered and applicable question counts.
    private static func progress(_ result: AssessmentResult) -> (answered: Int, total: Int) {
        let applicable = result.allCriteria.filter { $0.status != .notApplicable }.count
        return (applicable - result.unanswered.count, applicable)
    }

    /// Today's date in the local time zone, `YYYY-MM-DD`: the CLI reads the clock, never the kit.
    private static func today() -> String {
        let parts = Calendar(identifier: .gregorian).dateComponents([.year, .month, .day], from: Date())
        let pad: (Int?, Int) -> String = { value, width in
            let text = String(value ?? 0)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return "\(pad(parts.year, 4))-\(pad(parts.month, 2))-\(pad(parts.day, 2))"
    }

    /// A path as a shell word: as is when plain, in single quotes otherwise.
    private static func shellQuoted(_ path: String) -> String {
        let plain = path.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "-_./".contains($0)) }
        return plain ? path : "'" + path.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
