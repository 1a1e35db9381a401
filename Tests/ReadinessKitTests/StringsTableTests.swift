import ReadinessKit
import Testing

/// Keeps the strings tables full and consistent: every key of every word group has a text in
/// every language, and a translation keeps the blanks (`{1}`, `{2}`) its English text has.
@Suite struct StringsTableTests {
    @Test(arguments: Strings.tables.map(\.language))
    func everyKeyHasATextInEveryTable(_ language: String) throws {
        let table = try #require(Strings.table(for: language))
        let missing = Strings.allTableKeys.filter { !table.has(tableKey: $0) }
        #expect(missing.isEmpty, "\(language) lacks \(missing.joined(separator: ", "))")
    }

    @Test func keysAreUniqueAcrossGroups() {
        let keys = Strings.allTableKeys
        #expect(Set(keys).count == keys.count)
    }

    @Test func everyGroupIsListed() {
        let groups = Set(Strings.allTableKeys.map { String($0.prefix { $0 != "." }) })
        for group in [
            TerminalWord.group, AskWord.group, AnswerWord.group, CompareWord.group, ReportWord.group,
            ComparePageWord.group, HandbookWord.group, HandbookRuleWord.group, CohortWord.group,
            CoachWord.group, HandbookEditionWord.group, MonthWord.group,
        ] {
            #expect(groups.contains(group), "\(group) is not in Strings.allTableKeys")
        }
    }

    @Test(arguments: Strings.tables.map(\.language))
    func translationsKeepTheBlanks(_ language: String) throws {
        let table = try #require(Strings.table(for: language))
        // `month.shownDate` picks one of two forms (the ISO date or the date in words) by its blank.
        for key in Strings.allTableKeys where key != "month.shownDate" {
            let english = Strings.english.text(tableKey: key) ?? ""
            let text = table.text(tableKey: key) ?? ""
            #expect(Self.blanks(text) == Self.blanks(english), "\(language) \(key): \(text)")
        }
    }

    @Test func englishBlanksAreNumberedFromOne() {
        for key in Strings.allTableKeys {
            let blanks = Self.blanks(Strings.english.text(tableKey: key) ?? "")
            #expect(blanks.isEmpty || blanks == Set(1...(blanks.max() ?? 0)), "\(key) skips a blank")
        }
    }

    /// The numbers of the blanks `{n}` in a text.
    static func blanks(_ text: String) -> Set<Int> {
        Set(text.matches(of: #/\{([0-9]+)\}/#).compactMap { Int($0.output.1) })
    }
}
