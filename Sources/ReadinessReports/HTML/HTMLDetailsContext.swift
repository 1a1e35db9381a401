import ReadinessKit

/// The template context of the HTML report's long parts: answers by dimension and the method.
enum HTMLDetailsContext {
    /// One dimension's details: heading facts and a row per criterion.
    static func dimension(_ dimension: DimensionFacts, text: ReportText) -> TemplateValue {
        .object([
            "id": .text("dim-" + Slug.make(dimension.id)),
            "title": .text(dimension.title),
            "hasScore": .bool(dimension.score != nil),
            "score": .text(text.score(dimension.score)),
            "scoreOutOf100": .text(text.strings.format(ReportWord.outOf100, text.score(dimension.score))),
            "hasLevel": .bool(dimension.level != nil),
            "level": .text(text.level(dimension)),
            "levelLine": .text(text.strings.format(ReportWord.levelLine, text.level(dimension))),
            "hasSummary": .bool(dimension.summary != nil), "summaryHTML": .markdown(dimension.summary),
            "rowsHTML": .htmlBytes(HTMLCriterionRows.render(dimension.rows, text: text)),
        ])
    }

    /// The arithmetic behind the overall score.
    static func method(_ facts: ReportFacts) -> TemplateValue {
        let text = ReportText(facts.strings)
        let total = facts.method.totalWeight
        let rows: [TemplateValue] = facts.dimensions.map { dimension in
            let counts = dimension.score != nil && dimension.contribution != nil
            return .object([
                "title": .text(dimension.title),
                "weight": .text(text.weight(dimension.weight)),
                "counts": .bool(counts),
                "share": .text(counts ? text.percent(dimension.weight, of: total) : "–"),
                "score": .text(counts ? text.score(dimension.score) : facts.strings[ReportWord.notApplicable]),
                "contribution": .text(counts ? text.score(dimension.contribution) : "–"),
            ])
        }
        let gate = text.gateRule(facts.method)
        let levels = text.levelRule(facts)
        return .object([
            "formula": .text(text.formula),
            "rows": .list(rows),
            "totalWeight": .text(text.weight(total)),
            "overall": .text(text.score(facts.score)),
            "whole": .text(text.percent(1, of: 1)),
            "verdictRule": .text(text.verdictRule(facts.method.verdicts)),
            "hasGateRule": .bool(gate != nil), "gateRule": .text(gate),
            "hasLevelRule": .bool(levels != nil), "levelRule": .text(levels),
        ])
    }

}
