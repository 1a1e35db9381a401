/// What "investor-ready" means: dimensions of weighted criteria, verdicts, levels and resources.
public struct Rubric: Sendable, Equatable {
    /// The rubric's id, `[a-z0-9-]+`; questionnaires name it in `rubric:`.
    public var id: String
    /// The rubric's version, such as `1.0.0`.
    public var version: String
    /// The rubric's title.
    public var title: String
    /// A Markdown summary, if any.
    public var summary: String?
    /// The verdicts, best first; the first whose `min` the overall score reaches applies.
    public var verdicts: [Verdict]
    /// The dimensions, in order.
    public var dimensions: [Dimension] {
        didSet { index = Self.makeIndex(dimensions) }
    }
    /// The resources that criteria point to, in order.
    public var resources: [Resource]
    /// Names of readiness levels by number, when the rubric names them.
    public var levelNames: [Int: String]
    /// The criterion score a level needs to count as reached (rubric key `pass`, default 1).
    public var pass: Double

    /// Creates a rubric.
    public init(id: String, version: String, title: String, summary: String? = nil,
                verdicts: [Verdict], dimensions: [Dimension], resources: [Resource] = [],
                levelNames: [Int: String] = [:], pass: Double = 1) {
        self.id = id
        self.version = version
        self.title = title
        self.summary = summary
        self.verdicts = verdicts
        self.dimensions = dimensions
        self.resources = resources
        self.levelNames = levelNames
        self.pass = pass
        index = Self.makeIndex(dimensions)
    }

    /// Where each criterion is, by full id.
    private var index: CriterionIndex

    private static func makeIndex(_ dimensions: [Dimension]) -> CriterionIndex {
        CriterionIndex(dimensions)
    }

    /// Whether any criterion carries a `level`, so results report levels.
    public var usesLevels: Bool {
        dimensions.contains { $0.criteria.contains { $0.level != nil } }
    }

    /// Every criterion in rubric order.
    public var allCriteria: [Criterion] { dimensions.flatMap(\.criteria) }

    /// The criterion with a full id (`dimension.criterion`), if any.
    public func criterion(_ key: String) -> Criterion? {
        guard let position = index.find(key) else { return nil }
        return dimensions[position.dimension].criteria[position.criterion]
    }

    /// Where the criterion with a full id sits: its dimension's index and its index there.
    public func position(of key: String) -> (dimension: Int, criterion: Int)? {
        index.find(key)
    }

    /// The resource with an id, if any.
    public func resource(_ id: String) -> Resource? { resources.first { $0.id == id } }

    /// The number of criteria that can score (not text, weight above 0).
    public var scoredCriteriaCount: Int { allCriteria.filter(\.isScored).count }
}

/// One verdict a rubric can give, such as "Investor-ready".
public struct Verdict: Sendable, Equatable {
    /// The verdict's id, used in JSON.
    public var id: String
    /// The verdict's label, shown to people.
    public var label: String
    /// The lowest overall score (0–100) that reaches this verdict.
    public var min: Double

    /// Creates a verdict.
    public init(id: String, label: String, min: Double) {
        self.id = id
        self.label = label
        self.min = min
    }
}

/// A local resource (facility, training, partner) that helps close a gap.
public struct Resource: Sendable, Equatable {
    /// The resource's id, which criteria and options refer to.
    public var id: String
    /// The resource's title.
    public var title: String
    /// A link, if any.
    public var url: String?
    /// A Markdown summary, if any.
    public var summary: String?
    /// Who to contact, if given.
    public var contact: String?

    /// Creates a resource.
    public init(id: String, title: String, url: String? = nil, summary: String? = nil, contact: String? = nil) {
        self.id = id
        self.title = title
        self.url = url
        self.summary = summary
        self.contact = contact
    }
}
