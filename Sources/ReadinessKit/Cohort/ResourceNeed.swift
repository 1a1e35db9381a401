/// What a cohort asks of one resource: how many startups need it, from their next steps and
/// from what they declared (the facilities question), against its capacity.
public struct ResourceNeed: Sendable, Equatable {
    /// Whether demand fits the resource's capacity.
    public enum Status: String, Sendable, Equatable {
        /// More startups need it than it can serve per round.
        case overAsked = "over-asked"
        /// No startup needs it.
        case unused
        /// Demand fits, or the resource names no capacity.
        case fits
    }

    /// The resource.
    public var resource: Resource
    /// How many startups need it, from either source (each startup once).
    public var startups: Int
    /// How many have it among their first next steps.
    public var fromSteps: Int
    /// How many chose it in an unscored question (such as "which facilities will your next
    /// milestones need").
    public var declared: Int

    /// Whether demand fits the capacity.
    public var status: Status {
        if startups == 0 { return .unused }
        if let capacity = resource.capacity, startups > capacity { return .overAsked }
        return .fits
    }
}

extension ResourceNeed {
    /// The need as `cohort.json` and `panel.json` list it: `{"resource", "startups",
    /// "from_next_steps", "declared", "capacity", "status"}`.
    public var jsonValue: JSONValue {
        .object([
            ("resource", .string(resource.id)), ("startups", .integer(startups)),
            ("from_next_steps", .integer(fromSteps)), ("declared", .integer(declared)),
            ("capacity", resource.capacity.map { .integer($0) } ?? .null), ("status", .string(status.rawValue)),
        ])
    }
}
