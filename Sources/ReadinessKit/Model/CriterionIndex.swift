/// Finds a criterion's place in a rubric by full id, through a `KeyTable` (FNV-1a) built once
/// per rubric and looked up for every answer of every questionnaire, where `Dictionary`'s SipHash
/// cost more than the rest of the lookup.
struct CriterionIndex: Sendable, Equatable {
    private var keys: [String] = []
    private var places: [(dimension: Int32, criterion: Int32)] = []
    private var table: KeyTable

    /// The index of every criterion; the first of two equal ids wins.
    init(_ dimensions: [Dimension]) {
        table = KeyTable(expected: dimensions.reduce(0) { $0 + $1.criteria.count })
        for (d, dimension) in dimensions.enumerated() {
            for (c, criterion) in dimension.criteria.enumerated() {
                keys.append(criterion.key)
                places.append((Int32(d), Int32(c)))
                if table.insert(keys.count - 1, in: { keys[$0] }) != nil {
                    keys.removeLast()
                    places.removeLast()
                }
            }
        }
    }

    /// The dimension and criterion index of a full id, if the rubric has it.
    func find(_ key: String) -> (dimension: Int, criterion: Int)? {
        guard let entry = table.find(key, in: { keys[$0] }) else { return nil }
        return (Int(places[entry].dimension), Int(places[entry].criterion))
    }

    /// Equal when built from the same ids in the same places.
    static func == (lhs: CriterionIndex, rhs: CriterionIndex) -> Bool {
        lhs.keys == rhs.keys && lhs.places.elementsEqual(rhs.places) { $0 == $1 }
    }
}
