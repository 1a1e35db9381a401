import ReadinessKit
import Testing

/// The Dutch table is a translation, not a copy: no text is its English text except the ones
/// listed here with the reason the same text is right in Dutch.
@Suite struct DutchTableTests {
    /// Keys whose Dutch text is the English one, with the reason.
    static let sameAsEnglish: [String: String] = [
        "terminal.summaryRubric": "only blanks and punctuation",
        "terminal.scoreLine": "“Score” is Dutch too; “/ 100” has no words",
        "terminal.minutesSeconds": "“min” and “s” are the Dutch units too",
        "terminal.seconds": "“s” is the Dutch unit too",
        "terminal.validRubric": "“rubric” is the word Dutch coaches use",
        "terminal.startupsOne": "“startup” is Dutch founders' word",
        "terminal.startupsMany": "“startups” is Dutch founders' word",
        "terminal.columnID": "ID is the same abbreviation in Dutch",
        "terminal.columnCriteria": "“criteria” is the Dutch plural of criterium",
        "coach.alertHeading": "“Urgent” is Dutch too",
        "resource.neededBy": "“Startups” is Dutch founders' word",
        "panel.members": "“Panel” is Dutch too",
        "panel.panel": "“Panel” is Dutch too",
        "panel.score": "“Score” is Dutch too",
        "panel.blank": "only a dash",
        "panel.rank": "only a sign",
        "panel.startup": "“Startup” is Dutch founders' word",
        "panel.startupsOne": "“startup” is Dutch founders' word",
        "panel.startupsMany": "“startups” is Dutch founders' word",
        "resource.status": "“Status” is Dutch too",
        "resource.noLimit": "only a dash",
        "resource.training": "“training” is Dutch too",
        "resource.mentor": "“mentor” is Dutch too",
        "resource.partner": "“partner” is Dutch too",
        "ask.detailPrompt": "only blanks and punctuation",
        "ask.invalid": "only a mark and a blank",
        "answer.scaleLabelled": "only blanks and punctuation",
        "answer.numberUnit": "only blanks",
        "answer.withLabel": "only blanks and punctuation",
        "compare.score": "“Score” is Dutch too; the rest is numbers and arrows",
        "compare.section": "only blanks and punctuation",
        "report.scoreHeading": "“Score” is Dutch too; “/ 100” has no words",
        "report.outOf100": "no words: “/ 100”",
        "report.scoreHidden": "“Score” is Dutch too",
        "report.percent": "no words: a number and %",
        "report.score": "“Score” is Dutch too",
        "report.levelNamed": "only blanks and punctuation",
        "report.contact": "“Contact” is Dutch too",
        "report.contactSentence": "“Contact” is Dutch too",
        "report.status": "“Status” is Dutch too",
        "report.scoreD": "“Score” is Dutch too; D is the formula's letter",
        "comparePage.scoreHeading": "“Score” is Dutch too; the rest is numbers and arrows",
        "comparePage.outOf100": "no words: “/ 100”",
        "comparePage.scoreHidden": "“Score” is Dutch too",
        "comparePage.section": "only blanks and punctuation",
        "handbook.questionsCell": "only blanks and punctuation",
        "handbook.knockOuts": "“knock-out” is Dutch founders' word",
        "handbook.contact": "“Contact” is Dutch too",
        "handbook.contactSentence": "“Contact” is Dutch too",
        "handbook.id": "“Id” is Dutch too",
        "handbook.score": "“Score” is Dutch too",
        "handbook.knockOut": "“knock-out” is Dutch founders' word",
        "handbook.knockOutBadge": "“knock-out” is Dutch founders' word",
        "cohort.startups": "“Startups” is Dutch founders' word",
        "cohort.rank": "no words: “#”",
        "cohort.startup": "“Startup” is Dutch founders' word",
        "cohort.score": "“Score” is Dutch too",
        "cohort.percent": "no words: a number and %",
        "month.dayMonthYear": "only blanks: both languages put the day first",
        "plan-file.actionFor": "no words: a dimension, a colon and a question",
    ]

    @Test func dutchTextsAreNotEnglish() {
        var same: [String] = []
        for key in Strings.allTableKeys where Self.sameAsEnglish[key] == nil {
            if let dutch = Strings.dutch.text(tableKey: key), dutch == Strings.english.text(tableKey: key) {
                same.append("\(key): \(dutch)")
            }
        }
        #expect(same.isEmpty, "Dutch texts equal to English:\n\(same.joined(separator: "\n"))")
    }

    @Test func everyAllowanceIsStillNeeded() {
        for key in Self.sameAsEnglish.keys.sorted() {
            let dutch = Strings.dutch.text(tableKey: key)
            #expect(
                dutch != nil && dutch == Strings.english.text(tableKey: key),
                "\(key) differs now: drop it from the list")
        }
    }

    @Test func dutchIsListedWithItsNumbers() throws {
        let dutch = try #require(Strings.table(for: "nl"))
        #expect(dutch == Strings.dutch)
        #expect(dutch.numbers.oneDecimal(63.44) == "63,4")
        #expect(dutch.numbers.canonical(1.5) == "1,5")
        #expect(Strings.tables.first == Strings.english)
    }

    @Test func dutchSpeaksInTheJeForm() {
        let formal = #/\b(u|uw|Uw)\b/#
        for key in Strings.allTableKeys {
            let text = Strings.dutch.text(tableKey: key) ?? ""
            #expect(text.firstMatch(of: formal) == nil, "\(key) uses u: \(text)")
        }
    }
}

/// Dates for people and thousands, in both languages, never from the machine's locale.
@Suite struct DateAndGroupingTests {
    @Test(arguments: [
        ("2026-11-30", "30 November 2026", "30 november 2026"),
        ("2026-01-01", "1 January 2026", "1 januari 2026"),
        ("2024-02-29", "29 February 2024", "29 februari 2024"),
        ("2000-02-29", "29 February 2000", "29 februari 2000"),
        ("2025-03-09", "9 March 2025", "9 maart 2025"),
        ("2025-05-17", "17 May 2025", "17 mei 2025"),
        ("2025-10-31", "31 October 2025", "31 oktober 2025"),
        ("0999-12-31", "31 December 999", "31 december 999"),
    ])
    func validDates(iso: String, english: String, dutch: String) {
        #expect(Strings.english.date(iso) == english)
        #expect(Strings.dutch.date(iso) == dutch)
    }

    @Test(arguments: [
        "", "2026-11-31", "2026-02-29", "1900-02-29", "2026-13-01", "2026-00-10", "2026-11-00", "2026-1-30",
        "26-11-30", "2026/11/30", "2026-11-30T10:00", " 2026-11-30", "30 november 2026", "２０２６-11-30", "2026-1a-30",
    ])
    func otherTextStaysAsItIs(text: String) {
        #expect(Strings.english.date(text) == text)
        #expect(Strings.dutch.date(text) == text)
    }

    @Test func everyMonthHasItsName() {
        let dutch = (1...12).map { Strings.dutch.date("2026-\($0 < 10 ? "0" : "")\($0)-15") }
        #expect(
            dutch
                == [
                    "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
                    "oktober", "november", "december",
                ].map { "15 \($0) 2026" })
        let english = (1...12).map { Strings.english.date("2026-\($0 < 10 ? "0" : "")\($0)-15") }
        #expect(
            english
                == [
                    "January", "February", "March", "April", "May", "June", "July", "August", "September",
                    "October", "November", "December",
                ].map { "15 \($0) 2026" })
    }

    @Test(arguments: [
        (0, "0", "0"), (7, "7", "7"), (999, "999", "999"), (1000, "1,000", "1.000"), (1250, "1,250", "1.250"),
        (12_500, "12,500", "12.500"), (123_456, "123,456", "123.456"), (1_234_567, "1,234,567", "1.234.567"),
        (-45, "-45", "-45"), (-1250, "-1,250", "-1.250"), (-100_000, "-100,000", "-100.000"),
        (Int.min, "-9,223,372,036,854,775,808", "-9.223.372.036.854.775.808"),
    ])
    func grouped(value: Int, english: String, dutch: String) {
        #expect(Strings.english.numbers.grouped(value) == english)
        #expect(Strings.dutch.numbers.grouped(value) == dutch)
    }

    @Test func groupingLeavesTheOtherNumbersAlone() {
        #expect(Strings.english.numbers.integer(1250) == "1250")
        #expect(Strings.dutch.numbers.integer(1250) == "1250")
        #expect(Strings.english.numbers.oneDecimal(1250) == "1250.0")
        #expect(Strings.dutch.numbers.oneDecimal(1250) == "1250,0")
        #expect(NumberStyle(decimalSeparator: ".", groupingSeparator: " ").grouped(1250) == "1 250")
    }
}
