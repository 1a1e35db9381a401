/// Finds a criterion's place in a rubric by full id: an open-addressing table hashed with
/// FNV-1a (`Fingerprint.slot`), built once per rubric and looked up for every answer of every
/// questionnaire, where `Dictionary`'s SipHash cost more than the rest of the lookup.
///
/// The table never grows after it is built, so ids from a questionnaire, however chosen, probe
/// at most the table's size.
struct CriterionIndex: Sendable, Equatable {
    private var keys: [String] = []
    private var places: [(dimension: Int32, criterion: Int32)] = []
    private var slots: [Int32] = []
    private var mask = 0

    /// The index of every criterion; the first of two equal ids wins.
    init(_ dimensions: [Dimension]) {
        var capacity = 16
        let total = dimensions.reduce(0) { $0 + $1.criteria.count }
        while capacity < total * 2 { capacity *= 2 }
        slots = Array(repeating: -1, count: capacity)
        mask = capacity - 1
        for (d, dimension) in dimensions.enumerated() {
            for (c, criterion) in dimension.criteria.enumerated() where find(criterion.key) == nil {
                var slot = Fingerprint.slot(criterion.key) & mask
                while slots[slot] >= 0 { slot = (slot + 1) & mask }
                slots[slot] = Int32(keys.count)
                keys.append(criterion.key)
                places.append((Int32(d), Int32(c)))
            }
        }
    }

    /// The dimension and criterion index of a full id, if the rubric has it.
    func find(_ key: String) -> (dimension: Int, criterion: Int)? {
        guard !slots.isEmpty else { return nil }
        var slot = Fingerprint.slot(key) & mask
        while slots[slot] >= 0 {
            let entry = Int(slots[slot])
            if keys[entry] == key { return (Int(places[entry].dimension), Int(places[entry].criterion)) }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// Equal when built from the same ids in the same places.
    static func == (lhs: CriterionIndex, rhs: CriterionIndex) -> Bool {
        lhs.keys == rhs.keys && lhs.places.elementsEqual(rhs.places) { $0 == $1 }
    }
}
