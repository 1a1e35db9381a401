/// The plan decoder's diagnostic messages: for whoever writes the plan, English like every
/// diagnostic of the kit.
enum PlanDiagnostics {
    static let empty = "the plan is empty; expected 'startup:' with 'targets:' or 'actions:'"

    static let blankStartup = "'startup' is blank: the plan cannot be matched to a startup's assessments"

    static let targetWithoutGoal = "a target needs a 'level', a 'score' or both"

    static let blankAction = "'action' must not be blank"

    static func longStartup(_ count: Int) -> String {
        "'startup' is \(count) characters long; a name has at most \(Questionnaire.maxStartupLength)"
    }

    static func rubricMismatch(_ reference: String, rubric: String) -> String {
        "the plan names rubric '\(QuotedText.short(reference))' but is read against '\(rubric)'"
    }

    static func unknownDimension(_ id: String, hint: String) -> String {
        "unknown dimension '\(QuotedText.short(id))'\(hint)"
    }

    static func unknownCriterion(_ key: String, hint: String) -> String {
        "unknown criterion '\(QuotedText.short(key))'\(hint)"
    }

    static func unknownResource(_ id: String, hint: String) -> String {
        "unknown resource '\(QuotedText.short(id))'\(hint)"
    }

    static func unknownStatus(_ text: String, hint: String) -> String {
        "'status' must be open, done or dropped, not '\(QuotedText.short(text))'\(hint)"
    }

    static func badDate(_ text: String) -> String {
        "'due' must be a date written YYYY-MM-DD, not '\(QuotedText.short(text))'"
    }

    static func unreachableLevel(_ level: Int, dimension: String, top: Int?) -> String {
        guard let top else { return "level \(level) can never be reached: '\(dimension)' has no levels" }
        return "level \(level) can never be reached: the highest level of '\(dimension)' is \(top)"
    }
}
