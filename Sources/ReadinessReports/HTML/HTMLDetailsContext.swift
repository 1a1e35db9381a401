import ReadinessKit

/// The template context of the HTML report's long parts: answers by dimension and the method.
enum HTMLDetailsContext {
    /// One dimension's details: heading facts and a row per criterion.
    static func dimension(_ dimension: DimensionFacts) -> TemplateValue {
        .object([
            "id": .text("dim-" + Slug.make(dimension.id)),
            "title": .text(dimension.title),
            "hasScore": .bool(dimension.score != nil),
            "score": .text(ReportText.score(dimension.score)),
            "hasLevel": .bool(dimension.level != nil),
            "level": .text(ReportText.level(dimension)),
            "hasSummary": .bool(dimension.summary != nil), "summaryHTML": .markdown(dimension.summary),
            "rowsHTML": .htmlBytes(HTMLCriterionRows.render(dimension.rows)),
        ])
    }

    /// The arithmetic behind the overall score.
    static func method(_ facts: ReportFacts) -> TemplateValue {
        let total = facts.method.totalWeight
        let rows: [TemplateValue] = facts.dimensions.map { dimension in
            let counts = dimension.score != nil && dimension.contribution != nil
            return .object([
                "title": .text(dimension.title),
                "weight": .text(ReportText.weight(dimension.weight)),
                "counts": .bool(counts),
                "share": .text(counts ? ReportText.percent(dimension.weight, of: total) : "–"),
                "score": .text(counts ? ReportText.score(dimension.score) : "not applicable"),
                "contribution": .text(counts ? ReportText.score(dimension.contribution) : "–"),
            ])
        }
        let gate = ReportText.gateRule(facts.method)
        let levels = facts.usesLevels
            ? "Levels: a dimension reaches level L when every counted criterion of level L or lower scores at least "
                + "\(ReportText.criterionScore(facts.method.levelPass))."
            : nil
        return .object([
            "formula": .text(ReportText.formula),
            "rows": .list(rows),
            "totalWeight": .text(ReportText.weight(total)),
            "overall": .text(ReportText.score(facts.score)),
            "verdictRule": .text(ReportText.verdictRule(facts.method.verdicts)),
            "hasGateRule": .bool(gate != nil), "gateRule": .text(gate),
            "hasLevelRule": .bool(levels != nil), "levelRule": .text(levels),
        ])
    }

}
