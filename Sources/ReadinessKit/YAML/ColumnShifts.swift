/// Where locations in a text with rewritten escapes lie in the original: each rewrite made the
/// rest of its line two characters (and two bytes) shorter.
struct ColumnShifts {
    /// The rewrites, in text order: the 1-based line and column, and the byte offset, at which
    /// each starts in the rewritten text.
    private var starts: [(line: Int, column: Int, offset: Int)] = []

    /// How many rewrites there are.
    var count: Int { starts.count }

    /// Notes a rewrite starting at a place of the rewritten text (after every earlier one).
    mutating func add(line: Int, column: Int, offset: Int) {
        starts.append((line, column, offset))
    }

    /// The original location of a location in the rewritten text.
    func original(_ location: SourceLocation) -> SourceLocation {
        if starts.isEmpty { return location }
        let before = countBefore { ($0.line, $0.column) < (location.line, location.column) }
        let lineStart = countBefore { $0.line < location.line }
        return SourceLocation(line: location.line, column: location.column + 2 * (before - lineStart))
    }

    /// The original byte offset of a byte offset in the rewritten text.
    func original(offset: Int) -> Int {
        offset + 2 * countBefore { $0.offset < offset }
    }

    /// How many rewrites satisfy `isBefore`, which holds for a prefix of them (binary search).
    private func countBefore(_ isBefore: ((line: Int, column: Int, offset: Int)) -> Bool) -> Int {
        var low = 0
        var high = starts.count
        while low < high {
            let middle = (low + high) / 2
            if isBefore(starts[middle]) { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
