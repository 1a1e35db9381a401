import ReadinessKit

/// The two sentences under the cohort's resource table: which resources are over capacity and
/// which nobody needs this round (only those with a capacity count as unused).
enum CohortResourceLines {
    /// The sentences, plain text, in the words of `s`; none when nothing stands out.
    static func lines(_ needs: [ResourceNeed], _ s: Strings) -> [String] {
        let over = needs.filter { $0.status == .overAsked }.map(\.resource.title)
        let unused = needs.filter { $0.status == .unused && $0.resource.capacity != nil }.map(\.resource.title)
        var lines: [String] = []
        if !over.isEmpty { lines.append(s.format(ResourceWord.overAskedList, over.joined(separator: ", "))) }
        if !unused.isEmpty { lines.append(s.format(ResourceWord.unusedList, unused.joined(separator: ", "))) }
        return lines
    }
}
