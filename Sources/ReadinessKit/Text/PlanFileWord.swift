/// The words around plan files: `validate`'s verdict on a plan and the comments of the starting
/// plan `init --plan` writes. (How reports show a plan's targets and actions is not here.)
public enum PlanFileWord: String, WordKey {
    /// The group's name in a table.
    public static let group = "plan-file"

    case validPlan, targetsOne, targetsMany, actionsOne, actionsMany
}

extension PlanFileWord {
    /// The English texts.
    static let english = table([
        .validPlan: "plan for {1} against {2}, {3}, {4}",
        .targetsOne: "{1} target",
        .targetsMany: "{1} targets",
        .actionsOne: "{1} action",
        .actionsMany: "{1} actions",
    ])

    /// The Dutch texts.
    static let dutch = table([
        .validPlan: "plan voor {1} met rubric {2}, {3}, {4}",
        .targetsOne: "{1} doel",
        .targetsMany: "{1} doelen",
        .actionsOne: "{1} actie",
        .actionsMany: "{1} acties",
    ])
}
