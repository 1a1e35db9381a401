/// A weighted group of criteria, such as "Team" or "Technology and IP".
public struct Dimension: Sendable, Equatable {
    /// The dimension's id; criterion ids are prefixed with it.
    public var id: String
    /// The dimension's title.
    public var title: String
    /// The dimension's weight in the overall score, above 0.
    public var weight: Double
    /// A Markdown summary, if any.
    public var summary: String?
    /// The criteria, in order.
    public var criteria: [Criterion]

    /// Creates a dimension.
    public init(id: String, title: String, weight: Double = 1, summary: String? = nil, criteria: [Criterion]) {
        self.id = id
        self.title = title
        self.weight = weight
        self.summary = summary
        self.criteria = criteria
    }
}
