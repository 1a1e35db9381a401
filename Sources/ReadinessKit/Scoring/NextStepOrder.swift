/// The order of next steps: failed gates first in rubric order, then by gain (highest first),
/// ties in rubric order; only criteria with gain above 0.
public enum NextStepOrder {
    /// The next steps from dimension results. With a `tolerance` above 0 (the second edition),
    /// gains that differ by less than it are equal: after sorting by gain, each run of gains
    /// within `tolerance` of the run's largest goes in rubric order.
    public static func steps(_ dimensions: [DimensionResult], tolerance: Double = 0) -> [NextStep] {
        var gates: [NextStep] = []
        // Sorted as plain numbers, so sorting moves no strings.
        var rest: [(gain: Double, dimension: Int32, criterion: Int32)] = []
        for (d, dimension) in dimensions.enumerated() {
            for (c, result) in dimension.criteria.enumerated() {
                guard let gain = result.gain, gain > 0 else { continue }
                if result.gateFailed {
                    gates.append(step(dimensions, d, c, gain: gain, gateFailed: true))
                } else {
                    rest.append((gain, Int32(d), Int32(c)))
                }
            }
        }
        // Rubric order is (dimension, criterion) order: ties keep it.
        let rubricOrder = {
            (
                a: (gain: Double, dimension: Int32, criterion: Int32),
                b: (gain: Double, dimension: Int32, criterion: Int32)
            ) in
            a.dimension != b.dimension ? a.dimension < b.dimension : a.criterion < b.criterion
        }
        rest.sort { a, b in a.gain != b.gain ? a.gain > b.gain : rubricOrder(a, b) }
        if tolerance > 0 {
            var start = 0
            while start < rest.count {
                var end = start + 1
                while end < rest.count, rest[start].gain - rest[end].gain < tolerance { end += 1 }
                if end - start > 1 { rest[start..<end].sort(by: rubricOrder) }
                start = end
            }
        }
        var steps = gates
        steps.reserveCapacity(gates.count + rest.count)
        for entry in rest {
            steps.append(
                step(dimensions, Int(entry.dimension), Int(entry.criterion), gain: entry.gain, gateFailed: false))
        }
        return steps
    }

    private static func step(_ dimensions: [DimensionResult], _ d: Int, _ c: Int, gain: Double, gateFailed: Bool)
        -> NextStep
    {
        NextStep(
            criterion: dimensions[d].criteria[c].id, gain: gain, gateFailed: gateFailed,
            dimension: dimensions[d].id, position: (d, c))
    }
}
