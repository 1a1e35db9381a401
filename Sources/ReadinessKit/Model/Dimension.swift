/// A weighted group of criteria, such as "Team" or "Technology and IP".
public struct Dimension: Sendable, Equatable {
    /// The dimension's id; criterion ids are prefixed with it.
    public var id: String
    /// The dimension's title in every language the rubric gives.
    public var titleText: LocalizedText
    /// The dimension's weight in the overall score, above 0.
    public var weight: Double
    /// A Markdown summary, if any, in every language the rubric gives.
    public var summaryText: LocalizedText?
    /// The criteria, in order.
    public var criteria: [Criterion]
    /// The names of this dimension's own ladder of levels (`levels`); empty means the rubric's.
    public var levels: [Int: LocalizedText]
    /// Where the dimension starts in the rubric file that holds it.
    public var location: SourceLocation
    /// The file that holds it when that is a base reached through `extends`; nil for the rubric's own.
    public var origin: String?

    /// Creates a dimension.
    public init(id: String, title: String, weight: Double = 1, summary: String? = nil, criteria: [Criterion]) {
        self.id = id
        titleText = LocalizedText(title)
        self.weight = weight
        summaryText = summary.map(LocalizedText.init)
        self.criteria = criteria
        levels = [:]
        location = .start
        origin = nil
    }

    /// The dimension's title in the rubric's language.
    public var title: String {
        get { titleText.text }
        set { titleText = LocalizedText(newValue) }
    }

    /// A Markdown summary in the rubric's language, if any.
    public var summary: String? {
        get { summaryText?.text }
        set { summaryText = newValue.map(LocalizedText.init) }
    }
}
