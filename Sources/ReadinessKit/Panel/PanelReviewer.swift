/// One reviewer's calibration over a run: how far their own overall scores sit from the panels'.
public struct PanelReviewer: Sendable, Equatable {
    /// The assessor's name.
    public var assessor: String
    /// How many startups they assessed (not recused).
    public var assessments: Int
    /// The mean of their own overall score minus that startup's panel score: above 0 lenient,
    /// below 0 harsh.
    public var offset: Double
    /// How many startups they were recused from.
    public var recusals: Int

    /// Every assessor other than `self` with an assessment not recused, in byte order of names.
    /// `results` are in input order.
    public static func reviewers(of results: [PanelResult]) -> [PanelReviewer] {
        var order: [String] = []
        var differences: [String: [Double]] = [:]
        var recusals: [String: Int] = [:]
        for panel in results {
            for (member, own) in zip(panel.startup.members, panel.memberResults) {
                if differences[member.assessor] == nil { order.append(member.assessor) }
                differences[member.assessor, default: []].append(own.score - panel.result.score)
            }
            for recused in panel.startup.recused { recusals[recused.assessor, default: 0] += 1 }
        }
        return order.sorted(by: PanelAssessment.byteOrder).map { name in
            let values = differences[name] ?? []
            return PanelReviewer(
                assessor: name, assessments: values.count,
                offset: values.reduce(0.0, +) / Double(values.count), recusals: recusals[name] ?? 0)
        }
    }
}
