/// The words of dates for people: the names of the months and the order of a date's parts,
/// for `Strings.date(_:)` ("30 November 2026", "30 november 2026").
public enum MonthWord: String, WordKey {
    /// The group's name in a table.
    public static let group = "month"

    case january, february, march, april, may, june, july, august, september, october, november, december
    /// A date's parts: `{1}` the day without a leading zero, `{2}` the month's name, `{3}` the year.
    case dayMonthYear, shownDate

    /// The months in calendar order, January first.
    static let months: [MonthWord] = [
        .january, .february, .march, .april, .may, .june, .july, .august, .september, .october, .november, .december,
    ]
}

extension MonthWord {
    /// The English texts.
    static let english = table([
        .january: "January",
        .february: "February",
        .march: "March",
        .april: "April",
        .may: "May",
        .june: "June",
        .july: "July",
        .august: "August",
        .september: "September",
        .october: "October",
        .november: "November",
        .december: "December",
        .dayMonthYear: "{1} {2} {3}",
        .shownDate: "{1}",
    ])

    /// The Dutch texts: month names are written in lower case.
    static let dutch = table([
        .january: "januari",
        .february: "februari",
        .march: "maart",
        .april: "april",
        .may: "mei",
        .june: "juni",
        .july: "juli",
        .august: "augustus",
        .september: "september",
        .october: "oktober",
        .november: "november",
        .december: "december",
        .dayMonthYear: "{1} {2} {3}",
        .shownDate: "{2}",
    ])
}

extension Strings {
    /// A date as a report shows it: as its table says (`{1}` the ISO date, `{2}` in words);
    /// English reports keep `2026-11-30`, Dutch ones say "30 november 2026".
    public func shownDate(_ iso: String) -> String {
        format(MonthWord.shownDate, iso, date(iso))
    }

    /// An ISO date (`YYYY-MM-DD`) as people read it: `30 November 2026`, `30 november 2026`.
    ///
    /// The month's name comes from the table, never from the machine's locale. Text that is not
    /// a valid ISO calendar date (wrong shape, month 13, 30 February) comes back unchanged.
    public func date(_ iso: String) -> String {
        guard let (year, month, day) = Self.isoDate(iso) else { return iso }
        return format(MonthWord.dayMonthYear, numbers.integer(day), self[MonthWord.months[month - 1]], String(year))
    }

    /// The year, month and day of an ISO date `YYYY-MM-DD`, or nil when it is not a real date.
    static func isoDate(_ text: String) -> (year: Int, month: Int, day: Int)? {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for byte in bytes[range] {
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
            (1...12).contains(month), day >= 1, day <= daysIn(month, of: year)
        else { return nil }
        return (year, month, day)
    }

    private static func daysIn(_ month: Int, of year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
