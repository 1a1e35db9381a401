/// One action point of a plan: what someone does about a criterion, by when, with which resource.
public struct PlanAction: Sendable, Equatable {
    /// The full criterion id it serves, such as `ip.freedom-to-operate`.
    public var criterion: String
    /// What is to be done, one line.
    public var action: String
    /// Who does it, if named.
    public var owner: String?
    /// When it is due (`YYYY-MM-DD`), if given.
    public var due: String?
    /// The id of a resource of the rubric's catalogue that it uses, if any.
    public var resource: String?
    /// Whether it is open, done or dropped (default open).
    public var status: ActionStatus

    /// Creates an action.
    public init(
        criterion: String, action: String, owner: String? = nil, due: String? = nil, resource: String? = nil,
        status: ActionStatus = .open
    ) {
        self.criterion = criterion
        self.action = action
        self.owner = owner
        self.due = due
        self.resource = resource
        self.status = status
    }
}

/// Where an action stands; the plan's `status` key (default `open`).
public enum ActionStatus: String, Sendable, CaseIterable {
    /// Still to do.
    case open
    /// Done.
    case done
    /// Given up.
    case dropped
}
