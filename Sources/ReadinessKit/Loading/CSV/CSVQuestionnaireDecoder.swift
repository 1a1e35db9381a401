/// Turns the rows of a form tool's CSV export into questionnaires, one per row.
///
/// Columns: `startup` (required), optional `rubric`, `rubric_version`, `assessor`, `date`, `language`, then
/// one column per criterion id, with optional `<criterion>.evidence` and `<criterion>.note`.
/// Multi-choice values are separated by `;`; an empty cell is unanswered. Locations are
/// `row:column`, both 1-based, the header being row 1.
public enum CSVQuestionnaireDecoder {
    /// One data row's outcome.
    public struct Row: Sendable {
        /// The 1-based row number.
        public var row: Int
        /// The startup cell as written, for naming a row that failed.
        public var startup: String
        /// The questionnaire, or nil when the row has errors.
        public var questionnaire: Questionnaire?
        /// The row's rubric (nil when it has errors about the rubric).
        public var rubric: Rubric?
        /// Every problem in the row.
        public var diagnostics: [Diagnostic]
    }

    static let fixedColumns = ["startup", "rubric", "rubric_version", "assessor", "date", "language"]

    /// Decodes every row. `rubricFor` finds a rubric by the row's `rubric` cell (nil when there is
    /// none) and returns nil with a message when it cannot. Header problems fail every row.
    public static func decode(_ table: CSVTable, rubricFor: (String?) -> Result<Rubric, LookupFailure>) -> (
        rows: [Row], headerDiagnostics: [Diagnostic]
    ) {
        var headerDiagnostics: [Diagnostic] = []
        var seen: [String: Int] = [:]
        for (index, name) in table.header.enumerated() {
            let location = SourceLocation(line: 1, column: index + 1)
            if let first = seen[name] {
                headerDiagnostics.append(.error("duplicate column '\(name)' (first in column \(first))", at: location))
            }
            seen[name] = seen[name] ?? index + 1
        }
        guard seen["startup"] != nil else {
            return ([], [.error("the header has no 'startup' column", at: .start)] + headerDiagnostics)
        }
        let rubricColumn = seen["rubric"].map { $0 - 1 }
        if rubricColumn == nil, case .failure(let failure) = rubricFor(nil) {
            return ([], [.error(failure.message, at: .start)] + headerDiagnostics)
        }
        var rows: [Row] = []
        var checkedHeaders: Set<String> = []
        for record in table.records {
            let cell = { (column: Int) -> String in column < record.fields.count ? record.fields[column] : "" }
            let startup = cell(seen["startup"]! - 1).trimmingSpaces()
            let reference = rubricColumn.map(cell).map { $0.trimmingSpaces() }.flatMap { $0.isEmpty ? nil : $0 }
            var row = Row(row: record.row, startup: startup, questionnaire: nil, rubric: nil, diagnostics: [])
            let rubric: Rubric
            switch rubricFor(reference) {
            case .failure(let failure):
                row.diagnostics.append(
                    .error(failure.message, at: SourceLocation(line: record.row, column: (rubricColumn ?? 0) + 1)))
                rows.append(row)
                continue
            case .success(let found): rubric = found
            }
            row.rubric = rubric
            if !checkedHeaders.contains(rubric.id) {
                checkedHeaders.insert(rubric.id)
                headerDiagnostics += checkHeader(table.header, rubric: rubric)
            }
            if record.fields.count > table.header.count {
                row.diagnostics.append(
                    .error(
                        "row has \(record.fields.count) fields, the header \(table.header.count)",
                        at: SourceLocation(line: record.row, column: table.header.count + 1)))
            }
            row.questionnaire = questionnaire(
                record, header: table.header, rubric: rubric, startup: startup, diagnostics: &row.diagnostics)
            if row.diagnostics.hasErrors { row.questionnaire = nil }
            rows.append(row)
        }
        return (rows, headerDiagnostics.sortedByLocation())
    }

    /// The header a form should produce for a rubric: fixed columns, then criterion ids in order.
    public static func header(for rubric: Rubric) -> [String] {
        ["startup", "assessor", "date"] + rubric.allCriteria.map(\.key)
    }

    // MARK: - Private

    private static func checkHeader(_ header: [String], rubric: Rubric) -> [Diagnostic] {
        let keys = rubric.allCriteria.map(\.key)
        let known = Set(keys)
        var diagnostics: [Diagnostic] = []
        for (index, name) in header.enumerated() where !fixedColumns.contains(name) {
            if diagnostics.count >= 100 {
                diagnostics.append(
                    .error(
                        "too many unknown columns; only the first 100 are shown",
                        at: SourceLocation(line: 1, column: index + 1)))
                break
            }
            var base = name
            for suffix in [".evidence", ".note"] where name.hasSuffix(suffix) {
                base = String(name.dropLast(suffix.count))
            }
            if !known.contains(base) {
                let candidates = keys + fixedColumns + keys.map { "\($0).evidence" } + keys.map { "\($0).note" }
                diagnostics.append(
                    .error(
                        "unknown column '\(name)': not a criterion of '\(rubric.id)'\(Suggestion.hint(for: name, in: candidates))",
                        at: SourceLocation(line: 1, column: index + 1)))
            }
        }
        return diagnostics
    }

    private static func questionnaire(
        _ record: CSVTable.Record, header: [String], rubric: Rubric, startup: String,
        diagnostics: inout [Diagnostic]
    ) -> Questionnaire? {
        var questionnaire = Questionnaire(startup: startup, rubric: rubric.id)
        let startupLocation = SourceLocation(line: record.row, column: header.firstIndex(of: "startup")! + 1)
        if startup.isEmpty {
            diagnostics.append(.error(Questionnaire.emptyStartupMessage, at: startupLocation, code: .emptyStartup))
        } else if startup.count > Questionnaire.maxStartupLength {
            diagnostics.append(
                .error(
                    "'startup' is \(startup.count) characters long; a name has at most \(Questionnaire.maxStartupLength)",
                    at: startupLocation))
        }
        var extras: [String: (evidence: String?, note: String?)] = [:]
        for (index, name) in header.enumerated() where index < record.fields.count {
            let value = record.fields[index].trimmingSpaces()
            guard !value.isEmpty else { continue }
            let location = SourceLocation(line: record.row, column: index + 1)
            switch name {
            case "startup", "rubric": continue
            case "rubric_version": questionnaire.rubricVersion = value
            case "assessor": questionnaire.assessor = value
            case "language":
                questionnaire.language = value
                if !isLanguageCode(value) {
                    diagnostics.append(
                        .error(
                            "'language' must be a language code such as en or nl, not '\(QuotedText.short(value))'",
                            at: location, code: .invalidLanguage))
                }
            case "date":
                questionnaire.date = value
                if !DateText.isValid(value) {
                    diagnostics.append(.error("'date' must be a date written YYYY-MM-DD, not '\(value)'", at: location))
                }
            default:
                if name.hasSuffix(".evidence") {
                    extras[String(name.dropLast(9)), default: (nil, nil)].evidence = value
                } else if name.hasSuffix(".note") {
                    extras[String(name.dropLast(5)), default: (nil, nil)].note = record.fields[index]
                } else if let criterion = rubric.criterion(name) {
                    let parsed = AnswerParser.parse(text: value, for: criterion, at: location)
                    diagnostics += parsed.diagnostics
                    if let answer = parsed.value {
                        questionnaire.answers.append(Answer(criterion: name, value: answer, location: location))
                    }
                }
            }
        }
        for index in questionnaire.answers.indices {
            let extra = extras[questionnaire.answers[index].criterion]
            questionnaire.answers[index].evidence = extra?.evidence
            questionnaire.answers[index].note = extra?.note
        }
        return questionnaire
    }
}

/// Why a lookup (of a rubric, say) failed, as a sentence for a diagnostic.
public struct LookupFailure: Error, Sendable, Equatable {
    /// What went wrong.
    public var message: String

    /// Creates a failure with a message.
    public init(_ message: String) { self.message = message }
}
