/// The words around plan files: `validate`'s verdict on a plan and the comments of the starting
/// plan `init --plan` writes. (How reports show a plan's targets and actions is not here.)
public enum PlanFileWord: String, WordKey {
    /// The group's name in a table.
    public static let group = "plan-file"

    case validPlan, targetsOne, targetsMany, actionsOne, actionsMany
    case header, headerUndated, howTo, statusHelp, targets, targetNow, targetNextNamed, targetsNone
    case actions, actionFor, actionBlocks, actionsNone, actionFallback
}

extension PlanFileWord {
    /// The English texts.
    static let english = table([
        .validPlan: "plan for {1} against {2}, {3}, {4}",
        .targetsOne: "{1} target",
        .targetsMany: "{1} targets",
        .actionsOne: "{1} action",
        .actionsMany: "{1} actions",
        .header: "A starting plan for {1}, from the assessment of {2} with {3} {4}.",
        .headerUndated: "A starting plan for {1}, from its assessment with {2} {3}.",
        .howTo:
            "Give each target a due date and an owner, and delete what you will not work on. A target is met when its dimension reaches the level (add 'score: 0-100' to ask for a score too).",
        .statusHelp:
            "Each action is open, done or dropped (its status). Check the plan with 'readiness validate FILE'.",
        .targets: "Targets: the next level of each dimension.",
        .targetNow: "{1}: level {2} now, score {3} / 100",
        .targetNextNamed: "level {1} is {2}",
        .targetsNone:
            "No dimension has a next level to reach; add targets such as {dimension: ID, score: 70, due: YYYY-MM-DD}.",
        .actions: "Actions: the first next steps, and what blocks each next level.",
        .actionFor: "{1}: {2}",
        .actionBlocks: "{1}: {2} (blocks level {3})",
        .actionsNone: "No next steps; add actions such as {criterion: ID, action: What to do}.",
        .actionFallback: "Work on: {1}",
    ])

    /// The Dutch texts.
    static let dutch = table([
        .validPlan: "plan voor {1} met rubric {2}, {3}, {4}",
        .targetsOne: "{1} doel",
        .targetsMany: "{1} doelen",
        .actionsOne: "{1} actie",
        .actionsMany: "{1} acties",
        .header: "Een startplan voor {1}, uit de beoordeling van {2} met {3} {4}.",
        .headerUndated: "Een startplan voor {1}, uit de beoordeling met {2} {3}.",
        .howTo:
            "Geef elk doel een datum en een eigenaar, en haal weg waar je niet aan gaat werken. Een doel is gehaald als het onderdeel dat niveau bereikt (voeg 'score: 0-100' toe om ook een score te vragen).",
        .statusHelp:
            "Elke actie is open, done of dropped (de status). Controleer het plan met 'readiness validate BESTAND'.",
        .targets: "Doelen: het volgende niveau van elk onderdeel.",
        .targetNow: "{1}: nu niveau {2}, score {3} / 100",
        .targetNextNamed: "niveau {1} is {2}",
        .targetsNone:
            "Geen onderdeel heeft een volgend niveau; voeg zelf doelen toe, zoals {dimension: ID, score: 70, due: JJJJ-MM-DD}.",
        .actions: "Acties: de eerste volgende stappen, en wat elk volgend niveau tegenhoudt.",
        .actionFor: "{1}: {2}",
        .actionBlocks: "{1}: {2} (houdt niveau {3} tegen)",
        .actionsNone: "Geen volgende stappen; voeg zelf acties toe, zoals {criterion: ID, action: Wat je gaat doen}.",
        .actionFallback: "Werk aan: {1}",
    ])
}
