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
        var out = ""
        closing(summary, wroteResults: wroteResults) { out += $0 }
        return out
    }

    /// The closing handed to `sink` in pieces: the ranking of a large cohort is streamed.
    public static func closing(_ summary: CohortSummary, wroteResults: Bool, to sink: (String) throws -> Void) rethrows {
        let failures = JSONValue.array(summary.failures.map { failure in
            .object([("file", .string(failure.source)), ("errors", .array(failure.messages.map { .string($0) }))])
        })
        try sink((wroteResults ? "\n  ],\n" : "],\n") + "  \"failures\": \(failures.rendered(indent: 1)),\n")
        try sink("  \"summary\": {\n")
        for (key, value) in summaryPairs(summary) {
            try sink("    \"\(key)\": \(value.rendered(indent: 2)),\n")
        }
        try sink("    \"ranking\": [")
        for (rank, index) in summary.rankingOrder.enumerated() {
            let entry = summary.entry(index)
            let value = JSONValue.object([
                ("rank", .integer(rank + 1)), ("startup", .string(entry.startup)), ("file", .string(entry.source)),
                ("slug", .string(entry.slug)), ("score", .number(entry.score)), ("verdict", .string(entry.verdict.id)),
            ])
            try sink((rank == 0 ? "\n      " : ",\n      ") + value.rendered(indent: 3))
        }
        try sink((summary.count == 0) ? "]\n  }\n}\n" : "\n    ]\n  }\n}\n")
    }

    // MARK: - Private

    /// Every summary key but the ranking, in order.
    private static func summaryPairs(_ summary: CohortSummary) -> [(String, JSONValue)] {
        let rubric = summary.rubric
        return [
            ("scored", .integer(summary.count)),
            ("failed", .integer(summary.failures.count)),
            ("verdicts", .array(summary.verdictCounts.map {
                .object([("verdict", .string($0.verdict.id)), ("label", .string($0.verdict.label)), ("count", .integer($0.count))])
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
        ]
    }
}
