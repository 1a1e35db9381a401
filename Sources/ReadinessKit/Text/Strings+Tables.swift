extension Strings {
    /// English: the tool's first language.
    public static let english = Strings(
        language: "en", numbers: NumberStyle(decimalSeparator: "."),
        groups: [])

    /// Every key of every group, as tables name them: each table must have a text for each.
    package static let allTableKeys: [String] = []

    /// Every language the tool speaks, English first.
    public static let tables: [Strings] = [.english]

    /// The table of a language code, if the tool speaks it.
    public static func table(for language: String) -> Strings? {
        tables.first { $0.language == language }
    }
}
