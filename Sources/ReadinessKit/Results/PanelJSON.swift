/// Encodes panel results as DESIGN.md's panel JSON: a startup's result is `ResultJSON`'s (always
/// with the second edition's keys) plus `panel`, criterion `member_scores`, `spread`,
/// `self_score` and `source`, result `discuss`, `self_gap` and, when asked, `normalized_score`.
public enum PanelJSON {
    /// One startup's panel result.
    public static func value(_ panel: PanelResult, normalized: Bool) -> JSONValue {
        guard case .object(var pairs) = ResultJSON.value(panel.result, secondEdition: true) else { return .null }
        var criteria = panel.criteria.makeIterator()
        for p in pairs.indices where pairs[p].0 == "dimensions" {
            guard case .array(let dimensions) = pairs[p].1 else { continue }
            pairs[p].1 = .array(
                dimensions.map { dimension in
                    extend(dimension, key: "criteria") { criterion in
                        guard let info = criteria.next() else { return criterion }
                        return extend(criterion, with: keys(of: info))
                    }
                })
        }
        pairs.append(
            (
                "panel",
                .object([
                    ("members", .array(panel.startup.memberNames.map { .string($0) })),
                    ("self", .bool(panel.startup.founder != nil)),
                    ("recused", .array(panel.startup.recused.map { .string($0.assessor) })),
                ])
            ))
        pairs.append(("discuss", .array(panel.discuss.map { .string($0) })))
        pairs.append(("self_gap", panel.selfGap.map(gap) ?? .null))
        if normalized { pairs.append(("normalized_score", .number(panel.normalizedScore))) }
        return .object(pairs)
    }

    /// The overview, `panel.json`: `{"startups": [ranked], "reviewers": […], "founder_gap": …,
    /// "founder_gap_dimensions": {…}, "recused": […], "resource_needs": […]}` (resource needs as in
    /// `cohort.json`).
    public static func value(_ run: PanelRun) -> JSONValue {
        .object([
            ("startups", .array(run.startups.map { value($0, normalized: run.normalized) })),
            (
                "reviewers",
                .array(
                    run.reviewers.map { reviewer in
                        .object([
                            ("assessor", .string(reviewer.assessor)), ("assessments", .integer(reviewer.assessments)),
                            ("offset", .number(reviewer.offset)), ("recusals", .integer(reviewer.recusals)),
                        ])
                    })
            ),
            ("founder_gap", .number(run.founderGap)),
            ("founder_gap_dimensions", .object(run.founderGapByDimension.map { ($0.id, .number($0.gap)) })),
            (
                "recused",
                .array(
                    run.recused.map { item in
                        .object([
                            ("assessor", .string(item.assessor)), ("startup", .string(item.questionnaire.startup)),
                        ])
                    })
            ),
            ("resource_needs", .array(run.resourceNeeds.map(\.jsonValue))),
        ])
    }

    /// `panel.json` as UTF-8, the way `cohort.json` is written: each startup's result compact on
    /// one line (a panel holds thousands; pretty-printing made the file five times larger and
    /// most of the run's time), the rest of the overview indented.
    public static func bytes(_ run: PanelRun) -> [UInt8] {
        bytes(run) { panel in
            var out: [UInt8] = []
            value(panel, normalized: run.normalized).writeCompact(into: &out)
            return out
        }
    }

    /// `panel.json` with each startup's compact result from `compact` (rendered already for its
    /// own report file, say), in ranking order.
    public static func bytes(_ run: PanelRun, compact: (PanelResult) -> [UInt8]) -> [UInt8] {
        guard case .object(let pairs) = value(PanelRun(ranked: run, startups: [])) else { return [] }
        var out = Array("{\n  \"startups\": [".utf8)
        for (index, panel) in run.startups.enumerated() {
            out += Array((index == 0 ? "\n    " : ",\n    ").utf8)
            out += compact(panel)
        }
        out += Array((run.startups.isEmpty ? "]" : "\n  ]").utf8)
        for (key, item) in pairs where key != "startups" {
            out += Array(",\n  \"\(key)\": ".utf8)
            item.write(into: &out, indent: 1)
        }
        out += Array("\n}\n".utf8)
        return out
    }

    // MARK: - Private

    private static func keys(of info: PanelCriterion) -> [(String, JSONValue)] {
        [
            ("member_scores", .object(info.memberScores.map { ($0.assessor, .number($0.score)) })),
            ("spread", .number(info.spread)),
            ("self_score", .number(info.selfScore)),
            ("source", .string(info.source?.rawValue)),
        ]
    }

    private static func gap(_ gap: PanelGap) -> JSONValue {
        .object([
            ("overall", .number(gap.overall)),
            ("dimensions", .object(gap.dimensions.map { ($0.id, .number($0.gap)) })),
            ("criteria", .object(gap.criteria.map { ($0.id, .number($0.gap)) })),
        ])
    }

    private static func extend(_ value: JSONValue, with more: [(String, JSONValue)]) -> JSONValue {
        guard case .object(let pairs) = value else { return value }
        return .object(pairs + more)
    }

    private static func extend(_ value: JSONValue, key: String, _ transform: (JSONValue) -> JSONValue) -> JSONValue {
        guard case .object(var pairs) = value else { return value }
        for p in pairs.indices where pairs[p].0 == key {
            if case .array(let items) = pairs[p].1 { pairs[p].1 = .array(items.map(transform)) }
        }
        return .object(pairs)
    }
}
