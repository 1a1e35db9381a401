extension Strings {
    /// English: the tool's first language.
    public static let english = Strings(
        language: "en", numbers: NumberStyle(decimalSeparator: "."),
        groups: [TerminalWord.english, AskWord.english, AnswerWord.english, CompareWord.english, ReportWord.english,
                 ComparePageWord.english, HandbookWord.english, HandbookRuleWord.english,
                 CohortWord.english, CoachWord.english, PanelWord.english])

    /// Every key of every group, as tables name them: each table must have a text for each.
    package static let allTableKeys: [String] =
        TerminalWord.tableKeys + AskWord.tableKeys + AnswerWord.tableKeys + CompareWord.tableKeys
        + ReportWord.tableKeys + ComparePageWord.tableKeys
        + HandbookWord.tableKeys + HandbookRuleWord.tableKeys + CohortWord.tableKeys
        + CoachWord.tableKeys + PanelWord.tableKeys

    /// Every language the tool speaks, English first.
    public static let tables: [Strings] = [.english]

    /// The table of a language code, if the tool speaks it.
    public static func table(for language: String) -> Strings? {
        tables.first { $0.language == language }
    }
}
