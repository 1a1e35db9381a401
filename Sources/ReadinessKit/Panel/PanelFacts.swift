/// The answers `when` rules and unscored criteria use on a panel: per criterion, the founder's
/// answer if given, else the first member's (members in byte order of their names).
enum PanelFacts {
    /// The facts as answer slots of one made-up questionnaire.
    static func slots(_ startup: PanelStartup, founder: AnswerSlots?, members: [AnswerSlots]) -> AnswerSlots {
        var answers: [Answer] = []
        for (d, dimension) in startup.rubric.dimensions.enumerated() {
            for c in dimension.criteria.indices {
                if let answer = founder?[d, c] ?? members.lazy.compactMap({ $0[d, c] }).first { answers.append(answer) }
            }
        }
        return AnswerSlots(Questionnaire(startup: startup.name, answers: answers), rubric: startup.rubric)
    }
}
