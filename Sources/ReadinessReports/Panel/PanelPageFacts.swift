import ReadinessKit

/// What a startup's panel pages show, derived once for Markdown and HTML: the dimension table
/// by assessor and the discuss list with every assessor's answer.
struct PanelPageFacts {
    /// One dimension's row: the panel's score, each member's, the founder's and the spread.
    struct DimensionRow {
        var title: String
        var panel: Double?
        var members: [Double?]
        var founder: Double?
        /// Highest minus lowest member score; nil under two.
        var spread: Double?
        var low: Double?
        var high: Double?
    }

    /// One assessor's answer to a criterion to discuss.
    struct AnswerRow {
        var assessor: String
        var answer: String?
        var score: Double?
        var evidence: String?
        var note: String?
    }

    /// A criterion to discuss.
    struct DiscussItem {
        var id: String
        var question: String
        var spread: Double
        var answers: [AnswerRow]
    }

    var members: [String]
    var dimensions: [DimensionRow]
    var discuss: [DiscussItem]

    init(_ panel: PanelResult, strings: Strings) {
        members = panel.startup.memberNames
        let result = panel.result
        dimensions = result.dimensions.enumerated().map { d, dimension in
            let scores = panel.memberResults.map { $0.dimensions[d].score }
            let given = scores.compactMap { $0 }
            return DimensionRow(
                title: dimension.title, panel: dimension.score, members: scores,
                founder: panel.founderResult?.dimensions[d].score,
                spread: given.count >= 2 ? given.max()! - given.min()! : nil,
                low: given.min(), high: given.max())
        }.filter { $0.panel != nil || $0.low != nil || $0.founder != nil }
        let rubric = result.rubric
        var assessors = panel.startup.members
        if let founder = panel.startup.founder { assessors.append(founder) }
        discuss = panel.discuss.compactMap { id -> DiscussItem? in
            guard let position = rubric.position(of: id), let info = panel.panel(of: id) else { return nil }
            let criterion = rubric.dimensions[position.dimension].criteria[position.criterion]
            let answers = assessors.map { assessment -> AnswerRow in
                let answer = assessment.questionnaire.answer(id)
                let score = answer.map {
                    ScoringEngine.scores(of: $0, for: criterion, unverified: rubric.edition.unverified).counted
                }
                return AnswerRow(
                    assessor: assessment.assessor,
                    answer: answer.map { AnswerLabel.text($0.value, for: criterion, strings: strings) },
                    score: score, evidence: answer?.evidence, note: answer?.note)
            }
            return DiscussItem(id: id, question: criterion.question, spread: info.spread ?? 0, answers: answers)
        }
    }
}
