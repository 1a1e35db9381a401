/// Every word the tool writes for people, in one language: one table per language.
///
/// Words are grouped by where they appear; each group is an enum of keys (`WordKey`) with one
/// table per language. A writer never holds a phrase of its own: it asks its `Strings` for the
/// key. Texts with blanks use numbered placeholders, `{1}`, `{2}`, filled by `format`. Adding a
/// language is adding one table per group and listing it in `Strings.tables`.
public struct Strings: Sendable, Equatable {
    /// The language code, such as `en`; HTML reports use it for `<html lang>`.
    public let language: String
    /// How numbers are shown in this language.
    public let numbers: NumberStyle
    private let words: [String: String]

    /// Creates a table from its language, number style and the tables of every word group.
    package init(language: String, numbers: NumberStyle, groups: [[String: String]]) {
        self.language = language
        self.numbers = numbers
        var words: [String: String] = [:]
        for group in groups { words.merge(group) { first, _ in first } }
        self.words = words
    }

    /// The text of a key; the key's own name when the table lacks it (a test keeps every table full).
    public subscript<Key: WordKey>(_ key: Key) -> String {
        words[Key.group + "." + key.rawValue] ?? key.rawValue
    }

    /// The text of a key with its placeholders `{1}`, `{2}`, … filled in order.
    public func format<Key: WordKey>(_ key: Key, _ values: String...) -> String {
        Self.fill(self[key], values)
    }

    /// `one` when `count` is 1, else `many`, with `{1}` set to the count and the rest to `values`.
    public func plural<Key: WordKey>(_ count: Int, one: Key, many: Key, _ values: String...) -> String {
        Self.fill(self[count == 1 ? one : many], [numbers.integer(count)] + values)
    }

    /// Whether the table has a text for a key as `WordKey.tableKeys` names it.
    package func has(tableKey: String) -> Bool { words[tableKey] != nil }

    /// The text of a key as `WordKey.tableKeys` names it, if the table has one.
    package func text(tableKey: String) -> String? { words[tableKey] }

    /// Every text of a group by its key's raw value, for templates that name words by key.
    public func group<Key: WordKey>(_ type: Key.Type) -> [(key: String, text: String)] {
        Key.allCases.map { ($0.rawValue, self[$0]) }
    }

    // MARK: - Private

    private static func fill(_ text: String, _ values: [String]) -> String {
        guard text.contains("{") else { return text }
        var out = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            let after = rest[rest.index(after: open)...]
            if let close = after.firstIndex(of: "}"), let number = Int(after[..<close]), number >= 1,
                number <= values.count
            {
                out += values[number - 1]
                rest = after[after.index(after: close)...]
            } else {
                out += "{"
                rest = after
            }
        }
        return out + rest
    }
}

/// The keys of one group of words: an enum whose raw values name its texts in every table.
public protocol WordKey: RawRepresentable, CaseIterable, Hashable, Sendable where RawValue == String {
    /// The group's name, which prefixes its keys in a table (`report`, `terminal`, …).
    static var group: String { get }
}

extension WordKey {
    /// A group's part of a `Strings` table, from its texts by key.
    package static func table(_ texts: [Self: String]) -> [String: String] {
        var table: [String: String] = [:]
        for (key, text) in texts { table[group + "." + key.rawValue] = text }
        return table
    }

    /// Every key of the group as it is named in a table, for the test that keeps tables full.
    package static var tableKeys: [String] { allCases.map { group + "." + $0.rawValue } }
}

/// How a language shows numbers: the decimal separator (a point in English, a comma in Dutch)
/// and the separator between groups of thousands (a comma in English, a point in Dutch).
public struct NumberStyle: Sendable, Equatable {
    /// The character between whole and fractional digits.
    public let decimalSeparator: Character
    /// The character between groups of three digits in `grouped(_:)`.
    public let groupingSeparator: Character

    /// Creates a number style. Without a grouping separator, thousands are grouped with a comma
    /// when the decimal separator is a point, else with a point.
    public init(decimalSeparator: Character, groupingSeparator: Character? = nil) {
        self.decimalSeparator = decimalSeparator
        self.groupingSeparator = groupingSeparator ?? (decimalSeparator == "." ? "," : ".")
    }

    /// A whole number with its thousands grouped, such as `1,250` (or `1.250`); `999` and `-45`
    /// stay as they are.
    public func grouped(_ value: Int) -> String {
        let digits = Array(String(value.magnitude))
        var out = value < 0 ? "-" : ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out.append(groupingSeparator) }
            out.append(digit)
        }
        return out
    }

    /// A number with one decimal, such as `63.4` (or `63,4`).
    public func oneDecimal(_ value: Double) -> String { localized(NumberText.oneDecimal(value)) }

    /// A number as written in a rubric, such as `2` or `1.5` (or `1,5`).
    public func canonical(_ value: Double) -> String { localized(NumberText.canonical(value)) }

    /// A whole number.
    public func integer(_ value: Int) -> String { String(value) }

    private func localized(_ text: String) -> String {
        decimalSeparator == "." ? text : String(text.map { $0 == "." ? decimalSeparator : $0 })
    }
}
