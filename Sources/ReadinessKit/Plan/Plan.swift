/// A startup's plan: targets per dimension and actions per criterion (DESIGN.md "History,
/// targets and plans").
public struct Plan: Sendable, Equatable {
    /// The startup the plan is for, as its questionnaires name it.
    public var startup: String
    /// The `rubric` key as written (an id or a path), if any.
    public var rubric: String?
    /// The targets, in file order.
    public var targets: [PlanTarget]
    /// The actions, in file order.
    public var actions: [PlanAction]

    /// Creates a plan.
    public init(startup: String, rubric: String? = nil, targets: [PlanTarget] = [], actions: [PlanAction] = []) {
        self.startup = startup
        self.rubric = rubric
        self.targets = targets
        self.actions = actions
    }

    /// The actions that serve a criterion (full id), in file order.
    public func actions(for criterion: String) -> [PlanAction] {
        actions.filter { $0.criterion == criterion }
    }

    /// The targets of a dimension (id), in file order.
    public func targets(for dimension: String) -> [PlanTarget] {
        targets.filter { $0.dimension == dimension }
    }
}
