import ReadinessKit

/// Writes `cohort.json` in pieces, so every result can be streamed to disk as it is scored:
/// `{"rubric": …, "results": [ …each result… ], "failures": […], "summary": {…}}`.
public enum CohortJSONWriter {
    /// The opening: the rubric and the start of the results array.
    public static func opening(rubric: Rubric) -> String {
        let rubricValue = JSONValue.object([
            ("id", .string(rubric.id)), ("version", .string(rubric.version)),
            ("title", .string(rubric.title)),
        ])
        return "{\n  \"rubric\": \(rubricValue.rendered(indent: 1)),\n  \"results\": ["
    }

    /// One result of the array as compact UTF-8 on one line, with its source file; separate
    /// them with `separator`. A cohort holds thousands: one line each keeps the file a third
    /// smaller than pretty-printing and still lets `grep` find a startup's whole result.
    public static func result(_ result: AssessmentResult, source: String) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(12_288)
        ResultJSON.value(result, file: source).writeCompact(into: &out)
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
    public static func closing(_ summary: CohortSummary, wroteResults: Bool, to sink: (String) throws -> Void) rethrows
    {
        try sink(closingHead(summary, wroteResults: wroteResults))
        for (rank, index) in summary.rankingOrder.enumerated() {
            try sink(rankingElement(rank: rank + 1, summary.entry(index)))
        }
        try sink(closingTail(summary))
    }

    /// The closing up to the ranking's first element: failures and the summary's other keys.
    public static func closingHead(_ summary: CohortSummary, wroteResults: Bool) -> String {
        let failures = JSONValue.array(
            summary.failures.map { failure in
                .object([("file", .string(failure.source)), ("errors", .array(failure.messages.map { .string($0) }))])
            })
        var out = (wroteResults ? "\n  ],\n" : "],\n") + "  \"failures\": \(failures.rendered(indent: 1)),\n"
        out += "  \"summary\": {\n"
        for (key, value) in summaryPairs(summary) {
            out += "    \"\(key)\": \(value.rendered(indent: 2)),\n"
        }
        return out + "    \"ranking\": ["
    }

    /// One element of the ranking (rank counts from 1), with the separator before it.
    public static func rankingElement(rank: Int, _ entry: CohortEntry) -> String {
        rankingElement(rank: rank, afterRank: rankingAfterRank(entry))
    }

    /// An element of the ranking from its rank and `rankingAfterRank(_:)`.
    public static func rankingElement(rank: Int, afterRank: String) -> String {
        rankingElementOpening(rank: rank) + afterRank
    }

    /// What a ranking element starts with, up to `rankingAfterRank(_:)`: the separator and the rank.
    public static func rankingElementOpening(rank: Int) -> String {
        (rank == 1 ? "\n      " : ",\n      ") + "{\"rank\": \(rank), "
    }

    /// A ranking element after its rank: `"startup": …, "verdict": …}`. All of it is known as
    /// soon as the startup is named, so a large cohort renders it then.
    public static func rankingAfterRank(_ entry: CohortEntry) -> String {
        var out: [UInt8] = []
        appendRankingAfterRank(entry, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends `rankingAfterRank(_:)`'s bytes: the layout of a one-line `JSONValue` object.
    public static func appendRankingAfterRank(_ entry: CohortEntry, to out: inout [UInt8]) {
        out.append(contentsOf: "\"startup\": ".utf8)
        JSONValue.escape(entry.startup, into: &out)
        out.append(contentsOf: ", \"file\": ".utf8)
        JSONValue.escape(entry.source, into: &out)
        out.append(contentsOf: ", \"slug\": ".utf8)
        JSONValue.escape(entry.slug, into: &out)
        out.append(contentsOf: ", \"score\": ".utf8)
        JSONValue.appendNumber(entry.score, to: &out)
        out.append(contentsOf: ", \"verdict\": ".utf8)
        JSONValue.escape(entry.verdict.id, into: &out)
        out.append(0x7D)
    }

    /// What follows the ranking's last element.
    public static func closingTail(_ summary: CohortSummary) -> String {
        summary.count == 0 ? "]\n  }\n}\n" : "\n    ]\n  }\n}\n"
    }

    // MARK: - Private

    /// Every summary key but the ranking, in order.
    private static func summaryPairs(_ summary: CohortSummary) -> [(String, JSONValue)] {
        let rubric = summary.rubric
        return [
            ("scored", .integer(summary.count)),
            ("failed", .integer(summary.failures.count)),
            (
                "verdicts",
                .array(
                    summary.verdictCounts.map {
                        .object([
                            ("verdict", .string($0.verdict.id)), ("label", .string($0.verdict.label)),
                            ("count", .integer($0.count)),
                        ])
                    })
            ),
            (
                "dimension_means",
                .array(
                    zip(rubric.dimensions, summary.dimensionMeans).map {
                        .object([("id", .string($0.id)), ("mean", .number($1))])
                    })
            ),
            (
                "shared_gaps",
                .array(
                    summary.sharedGaps().map { tally in
                        .object([
                            ("criterion", .string(tally.criterion)), ("mean", .number(tally.mean)),
                            ("below_half", .integer(tally.belowHalf)), ("counted", .integer(tally.counted)),
                        ])
                    })
            ),
            (
                "resource_needs",
                .array(
                    summary.resourceNeeds.map(\.jsonValue))
            ),
        ]
    }
}
