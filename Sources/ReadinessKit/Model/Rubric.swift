/// What "investor-ready" means: dimensions of weighted criteria, verdicts, levels and resources.
///
/// A value type whose fields live in one shared, immutable box: every questionnaire of a cohort
/// passes its rubric along several times, and a copy then costs one reference count instead of
/// one per field. What follows from the dimensions (the id index, whether levels are used) is
/// worked out once, when they are set.
public struct Rubric: Sendable, Equatable {
    struct Fields: Sendable, Equatable {
        var id: String
        var version: String
        var title: LocalizedText
        var summary: LocalizedText?
        var verdicts: [Verdict]
        var dimensions: [Dimension]
        var resources: [Resource]
        var levels: [Int: LocalizedText]
        /// `levels` in the rubric's language, made once when they are set.
        var levelNames: [Int: String]
        var pass: Double
        var edition: RubricEdition
        /// Where each criterion is, by full id.
        var index: CriterionIndex
        /// Whether any criterion carries a `level`.
        var usesLevels: Bool
    }

    var box: SharedFields<Fields>

    /// The rubric's id, `[a-z0-9-]+`; questionnaires name it in `rubric:`.
    public var id: String {
        get { box.fields.id }
        set { box = box.changing { $0.id = newValue } }
    }
    /// The rubric's version, such as `1.0.0`.
    public var version: String {
        get { box.fields.version }
        set { box = box.changing { $0.version = newValue } }
    }
    /// The rubric's title in every language it gives.
    public var titleText: LocalizedText {
        get { box.fields.title }
        set { box = box.changing { $0.title = newValue } }
    }
    /// A Markdown summary, if any, in every language it gives.
    public var summaryText: LocalizedText? {
        get { box.fields.summary }
        set { box = box.changing { $0.summary = newValue } }
    }
    /// The verdicts, best first; the first whose `min` the overall score reaches applies.
    public var verdicts: [Verdict] {
        get { box.fields.verdicts }
        set { box = box.changing { $0.verdicts = newValue } }
    }
    /// The dimensions, in order.
    public var dimensions: [Dimension] {
        get { box.fields.dimensions }
        set {
            box = box.changing {
                $0.dimensions = newValue
                $0.index = CriterionIndex(newValue)
                $0.usesLevels = Self.usesLevels(newValue)
            }
        }
    }
    /// The resources that criteria point to, in order.
    public var resources: [Resource] {
        get { box.fields.resources }
        set { box = box.changing { $0.resources = newValue } }
    }
    /// Names of the rubric's readiness levels by number, in every language it gives.
    public var levels: [Int: LocalizedText] {
        get { box.fields.levels }
        set {
            box = box.changing {
                $0.levels = newValue
                $0.levelNames = newValue.mapValues(\.text)
            }
        }
    }
    /// The criterion score a level needs to count as reached (rubric key `pass`, default 1).
    public var pass: Double {
        get { box.fields.pass }
        set { box = box.changing { $0.pass = newValue } }
    }
    /// The format and the second edition's rubric-wide settings.
    public var edition: RubricEdition {
        get { box.fields.edition }
        set { box = box.changing { $0.edition = newValue } }
    }

    /// Creates a rubric (format 1 unless `edition` is changed).
    public init(
        id: String, version: String, title: String, summary: String? = nil,
        verdicts: [Verdict], dimensions: [Dimension], resources: [Resource] = [],
        levelNames: [Int: String] = [:], pass: Double = 1
    ) {
        let levels = levelNames.mapValues(LocalizedText.init)
        box = SharedFields(
            Fields(
                id: id, version: version, title: LocalizedText(title),
                summary: summary.map(LocalizedText.init), verdicts: verdicts,
                dimensions: dimensions, resources: resources, levels: levels,
                levelNames: levelNames, pass: pass, edition: RubricEdition(),
                index: CriterionIndex(dimensions), usesLevels: Self.usesLevels(dimensions)))
    }

    /// Compares every field.
    public static func == (lhs: Rubric, rhs: Rubric) -> Bool {
        lhs.box === rhs.box || lhs.box.fields == rhs.box.fields
    }

    /// Whether any criterion carries a `level`, so results report levels.
    public var usesLevels: Bool { box.fields.usesLevels }

    private static func usesLevels(_ dimensions: [Dimension]) -> Bool {
        dimensions.contains { $0.criteria.contains { $0.level != nil } }
    }

    /// Every criterion in rubric order.
    public var allCriteria: [Criterion] { dimensions.flatMap(\.criteria) }

    /// The criterion with a full id (`dimension.criterion`), if any.
    public func criterion(_ key: String) -> Criterion? {
        guard let position = box.fields.index.find(key) else { return nil }
        return dimensions[position.dimension].criteria[position.criterion]
    }

    /// Where the criterion with a full id sits: its dimension's index and its index there.
    public func position(of key: String) -> (dimension: Int, criterion: Int)? {
        box.fields.index.find(key)
    }

    /// The resource with an id, if any.
    public func resource(_ id: String) -> Resource? { resources.first { $0.id == id } }

    /// The number of criteria that can score (not text, weight above 0).
    public var scoredCriteriaCount: Int { allCriteria.filter(\.isScored).count }
}
