/// Decodes a rubric's `verdicts` list: ids unique, minimums descending, best first.
enum VerdictDecoder {
    /// The verdicts that decoded; `gaps` learns the ids of those that did not.
    static func decode(_ node: YAMLNode, gaps: inout ReferenceGaps, with decoder: inout NodeDecoder) -> [Verdict] {
        guard let items = decoder.sequence(node, "'verdicts'") else {
            gaps.anyVerdict = true
            return []
        }
        if items.isEmpty { decoder.error("a rubric needs at least one verdict", at: node.location) }
        var verdicts: [Verdict] = []
        var previous: (Double, SourceLocation)?
        for item in items {
            guard let pairs = decoder.mapping(item, "a verdict") else {
                gaps.anyVerdict = true
                continue
            }
            decoder.checkKeys(pairs, allowed: ["id", "label", "min"], in: "a verdict")
            decoder.require(["id", "label", "min"], in: pairs, at: item.location, in: "a verdict")
            guard let idNode = item["id"], let id = decoder.text(idNode, "a verdict's 'id'"),
                let labelNode = item["label"], let label = decoder.localized(labelNode, "a verdict's 'label'"),
                let minNode = item["min"], let min = decoder.number(minNode, "a verdict's 'min'", in: 0...100)
            else {
                if let id = item["id"]?.scalar { gaps.verdicts.insert(id) } else { gaps.anyVerdict = true }
                continue
            }
            if verdicts.contains(where: { $0.id == id }) {
                decoder.error("duplicate verdict id '\(id)'", at: idNode.location)
            }
            if let (before, _) = previous, min >= before {
                decoder.error(
                    "verdict minimums must descend (best verdict first): \(NumberText.canonical(min)) follows \(NumberText.canonical(before))",
                    at: minNode.location)
            }
            previous = (min, minNode.location)
            var verdict = Verdict(id: id, label: "", min: min)
            verdict.labelText = label
            verdicts.append(verdict)
        }
        // A verdict that failed may be the one with min 0: no warning until all of them read.
        if verdicts.count == items.count, let last = verdicts.last, last.min > 0, let (_, location) = previous {
            decoder.warning(
                "the last verdict's min is \(NumberText.canonical(last.min)); lower scores get it anyway (set min: 0)",
                at: location)
        }
        return verdicts
    }
}
