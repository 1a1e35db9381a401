import ReadinessKit

/// Writes `cohort.json` in pieces, so every result can be streamed to disk as it is scored:
/// `{"rubric": …, "results": [ …each result… ], "failures": […], "summary": {…}}`.
public enum CohortJSONWriter {
    /// The opening: the rubric and the start of the results array.
    public static func opening(rubric: Rubric) -> String {
        let rubricValue = JSONValue.object([("id", .string(rubric.id)), ("version", .string(rubric.version)),
                                            ("title", .string(rubric.title))])
        return "{\n  \"rubric\": \(rubricValue.rendered(indent: 1)),\n  \"results\": ["
    }

    /// One result of the array as UTF-8, with its source file; separate them with `separator`.
    public static func result(_ result: AssessmentResult, source: String) -> [UInt8] {
        guard case .object(var pairs) = ResultJSON.value(result) else { return [] }
        pairs.insert(("file", .string(source)), at: 1)
        var out: [UInt8] = []
        out.reserveCapacity(16_384)
        JSONValue.object(pairs).write(into: &out, indent: 2)
        return out
    }

    /// What goes before a result: a newline and indent, after a comma unless it is the first.
    public static func separator(first: Bool) -> String { first ? "\n    " : ",\n    " }

    /// The closing: failures and the summary.
    public static func closing(_ summary: CohortSummary, wroteResults: Bool) -> String {
        let failures = JSONValue.array(summary.failures.map { failure in
            .object([("file", .string(failure.source)), ("errors", .array(failure.messages.map { .string($0) }))])
        })
        return (wroteResults ? "\n  ],\n" : "],\n")
            + "  \"failures\": \(failures.rendered(indent: 1)),\n"
            + "  \"summary\": \(summaryValue(summary).rendered(indent: 1))\n}\n"
    }

    /// The summary as JSON: counts, verdicts, ranking, gaps, resource needs, dimension means.
    public static func summaryValue(_ summary: CohortSummary) -> JSONValue {
        let rubric = summary.rubric
        return .object([
            ("scored", .integer(summary.entries.count)),
            ("failed", .integer(summary.failures.count)),
            ("verdicts", .array(summary.verdictCounts.map {
                .object([("verdict", .string($0.verdict.id)), ("label", .string($0.verdict.label)), ("count", .integer($0.count))])
            })),
            ("ranking", .array(summary.ranking.enumerated().map { rank, entry in
                .object([("rank", .integer(rank + 1)), ("startup", .string(entry.startup)), ("file", .string(entry.source)),
                         ("slug", .string(entry.slug)),
                         ("score", .number(entry.score)), ("verdict", .string(entry.verdict.id))])
            })),
            ("dimension_means", .array(zip(rubric.dimensions, summary.dimensionMeans).map {
                .object([("id", .string($0.id)), ("mean", .number($1))])
            })),
            ("shared_gaps", .array(summary.sharedGaps().map { tally in
                .object([("criterion", .string(tally.criterion)), ("mean", .number(tally.mean)),
                         ("below_half", .integer(tally.belowHalf)), ("counted", .integer(tally.counted))])
            })),
            ("resource_needs", .array(summary.resourceNeeds.map {
                .object([("resource", .string($0.resource.id)), ("startups", .integer($0.startups))])
            })),
        ])
    }
}
