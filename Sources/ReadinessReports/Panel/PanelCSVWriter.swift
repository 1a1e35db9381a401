import ReadinessKit

/// Writes the panel's CSVs, every cell through `CSVText`: a startup's (one row per criterion:
/// panel score, source, spread, founder's score, each member's score) and the overview's (one
/// row per startup, ranked). Column names are data, not words.
enum PanelCSVWriter {
    /// A startup's criteria.
    static func startup(_ panel: PanelResult) -> String {
        let members = panel.startup.memberNames
        var out = CSVText.row(["criterion", "status", "score", "source", "spread", "self_score"] + members)
        for (criterion, info) in zip(panel.result.allCriteria, panel.criteria) {
            let scores = members.map { name in
                info.memberScores.first { $0.assessor == name }.map { number($0.score) } ?? ""
            }
            out += CSVText.row(
                [
                    criterion.id, criterion.status.rawValue, criterion.score.map(number) ?? "",
                    info.source?.rawValue ?? "", info.spread.map(number) ?? "", info.selfScore.map(number) ?? "",
                ]
                    + scores)
        }
        return out
    }

    /// The overview: the ranking with each startup's spread, discuss count and founder gap.
    static func overview(_ run: PanelRun, slug: (PanelResult) -> String) -> String {
        var out = CSVText.row([
            "rank", "startup", "report", "verdict", "score", "normalized_score", "members", "self",
            "recused", "spread", "discuss", "self_gap",
        ])
        for (rank, panel) in run.startups.enumerated() {
            out += CSVText.row([
                String(rank + 1), panel.startup.name, slug(panel), panel.result.verdict.id,
                number(panel.result.score), panel.normalizedScore.map(number) ?? "",
                panel.startup.memberNames.joined(separator: ";"), panel.startup.founder != nil ? "yes" : "no",
                panel.startup.recused.map(\.assessor).joined(separator: ";"),
                PanelText.overallSpread(panel).map(number) ?? "", String(panel.discuss.count),
                panel.selfGap.map { number($0.overall) } ?? "",
            ])
        }
        return out
    }

    private static func number(_ value: Double) -> String { NumberText.canonical(value) }
}
