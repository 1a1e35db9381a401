extension Strings {
    /// English: the tool's first language.
    public static let english = Strings(
        language: "en", numbers: NumberStyle(decimalSeparator: "."),
        groups: [
            TerminalWord.english, AskWord.english, AnswerWord.english, CompareWord.english, ReportWord.english,
            ComparePageWord.english, HandbookWord.english, HandbookRuleWord.english,
            CohortWord.english, CoachWord.english, HandbookEditionWord.english, MonthWord.english,
            ResourceWord.english, PanelWord.english, PlanFileWord.english,
        ])

    /// Dutch: the park's own language, with a decimal comma and thousands grouped with a point.
    public static let dutch = Strings(
        language: "nl", numbers: NumberStyle(decimalSeparator: ","),
        groups: [
            TerminalWord.dutch, AskWord.dutch, AnswerWord.dutch, CompareWord.dutch, ReportWord.dutch,
            ComparePageWord.dutch, HandbookWord.dutch, HandbookRuleWord.dutch,
            CohortWord.dutch, CoachWord.dutch, HandbookEditionWord.dutch, MonthWord.dutch,
            ResourceWord.dutch, PanelWord.dutch, PlanFileWord.dutch,
        ])

    /// Every key of every group, as tables name them: each table must have a text for each.
    package static let allTableKeys: [String] =
        TerminalWord.tableKeys + AskWord.tableKeys + AnswerWord.tableKeys + CompareWord.tableKeys
        + ReportWord.tableKeys + ComparePageWord.tableKeys
        + HandbookWord.tableKeys + HandbookRuleWord.tableKeys + CohortWord.tableKeys
        + CoachWord.tableKeys + HandbookEditionWord.tableKeys + MonthWord.tableKeys + ResourceWord.tableKeys
        + PanelWord.tableKeys + PlanFileWord.tableKeys

    /// Every language the tool speaks, English first.
    public static let tables: [Strings] = [.english, .dutch]

    /// The table of a language code, if the tool speaks it.
    public static func table(for language: String) -> Strings? {
        tables.first { $0.language == language }
    }
}
