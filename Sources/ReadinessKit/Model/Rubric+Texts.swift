extension Rubric {
    /// The rubric's title in its own language.
    public var title: String {
        get { titleText.text }
        set { titleText = LocalizedText(newValue) }
    }

    /// A Markdown summary in the rubric's language, if any.
    public var summary: String? {
        get { summaryText?.text }
        set { summaryText = newValue.map(LocalizedText.init) }
    }

    /// Names of the rubric's readiness levels by number, in its language (its `levels`).
    public var levelNames: [Int: String] {
        get { box.fields.levelNames }
        set { levels = newValue.mapValues(LocalizedText.init) }
    }

    /// The ladder that names a dimension's levels: its own `levels`, else the rubric's.
    public func ladder(of dimension: Dimension) -> [Int: LocalizedText] {
        dimension.levels.isEmpty ? levels : dimension.levels
    }

    /// The name of a level on a dimension's ladder, in the rubric's language, if it has one.
    public func levelName(_ level: Int, in dimension: Dimension) -> String? {
        dimension.levels.isEmpty ? levelNames[level] : dimension.levels[level]?.text
    }

    /// The rubric format (`format:`, 1 or 2); format 2 scores by the second edition's rules.
    public var format: Int { edition.format }

    /// Whether the rubric scores by the second edition's rules (format 2 or later).
    public var isSecondEdition: Bool { edition.format >= 2 }

    /// The language its plain texts are written in (`language:`, default `en`).
    public var language: String { edition.language }

    /// The languages the rubric offers (`languages:`, default its language).
    public var languages: [String] { edition.languages }
}
