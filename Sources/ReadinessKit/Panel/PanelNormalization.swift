import Foundation

/// `--normalize z`: evens out harsh and lenient reviewers before the ranking.
///
/// Per assessor with at least `minimumAssessments` assessments, z = (x − μₐ)/σₐ over their own
/// overall scores (population σ; σ below the tolerance gives z = 0), then x' = μ + z·σ with μ
/// and σ over every member's overall score of the run; others keep x. A startup's normalised
/// score is the mean of its members' x' (nil without members). Panel results are unchanged.
public enum PanelNormalization {
    /// The fewest assessments a reviewer needs to be normalised.
    public static let minimumAssessments = 3

    /// Each result's normalised score, in the order given.
    public static func scores(of results: [PanelResult]) -> [Double?] {
        var order: [String] = []
        var own: [String: [Double]] = [:]
        for panel in results {
            for (member, result) in zip(panel.startup.members, panel.memberResults) {
                if own[member.assessor] == nil { order.append(member.assessor) }
                own[member.assessor, default: []].append(result.score)
            }
        }
        let everything = order.flatMap { own[$0] ?? [] }
        let (mu, sigma) = everything.isEmpty ? (0, 0) : population(everything)
        var adjusted: [String: [Double]] = [:]
        for name in order {
            let scores = own[name] ?? []
            guard scores.count >= minimumAssessments else {
                adjusted[name] = scores
                continue
            }
            let (mean, deviation) = population(scores)
            adjusted[name] = scores.map { x in
                let z = deviation < VerdictRule.tolerance ? 0 : (x - mean) / deviation
                return mu + z * sigma
            }
        }
        var next: [String: Int] = [:]
        return results.map { panel in
            let values = panel.startup.members.map { member -> Double in
                let index = next[member.assessor, default: 0]
                next[member.assessor] = index + 1
                return adjusted[member.assessor]![index]
            }
            return values.isEmpty ? nil : values.reduce(0.0, +) / Double(values.count)
        }
    }

    /// The mean and the population standard deviation.
    static func population(_ values: [Double]) -> (mean: Double, deviation: Double) {
        let mean = values.reduce(0.0, +) / Double(values.count)
        let squares = values.reduce(0.0) { $0 + ($1 - mean) * ($1 - mean) }
        return (mean, (squares / Double(values.count)).squareRoot())
    }
}
