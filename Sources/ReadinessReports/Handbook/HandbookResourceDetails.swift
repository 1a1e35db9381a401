import ReadinessKit

/// The catalogue details of a resource the handbook's appendix lists: kind, booking, cost,
/// eligibility, lead time, capacity and sectors, each as a label and plain text.
enum HandbookResourceDetails {
    /// The details a resource gives, in catalogue order, in the words of `s`.
    static func rows(_ resource: Resource, _ s: Strings) -> [(label: String, text: String)] {
        var rows: [(String, String)] = []
        if let kind = resource.kind { rows.append((s[ResourceWord.kind], s.kind(kind))) }
        let texts: [(ResourceWord, String?)] = [
            (.booking, resource.booking), (.cost, resource.cost), (.eligibility, resource.eligibility),
            (.leadTime, resource.leadTime),
        ]
        for (word, text) in texts { if let text { rows.append((s[word], text)) } }
        if let capacity = resource.capacity {
            rows.append(
                (
                    s[ResourceWord.capacity],
                    s.plural(capacity, one: ResourceWord.capacityValueOne, many: .capacityValueMany)
                ))
        }
        if !resource.sectors.isEmpty {
            rows.append((s[ResourceWord.sectors], resource.sectors.joined(separator: ", ")))
        }
        return rows
    }
}
