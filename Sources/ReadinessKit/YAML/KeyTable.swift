/// Finds repeated keys in a large mapping: an open-addressing table of pair positions hashed
/// with FNV-1a (`Fingerprint.slot`), far cheaper per key than `Dictionary`'s SipHash.
///
/// FNV is not keyed, so a file could be written to make many keys collide; once a probe runs
/// longer than `maxProbe` the table hands over to a `Dictionary` (randomly seeded), so no file
/// can make the check quadratic. `CriterionIndex` uses the same table to find criteria by id.
struct KeyTable: Sendable {
    private var slots: [Int32]
    private var mask: Int
    private var count = 0
    private var fallback: [String: Int]?
    private let hash: @Sendable (String) -> Int
    private static let maxProbe = 32

    /// An empty table with room for about `expected` keys before it grows; `hash` is FNV-1a
    /// unless a test needs keys to collide.
    init(expected: Int, hash: @escaping @Sendable (String) -> Int = Fingerprint.slot) {
        self.hash = hash
        var capacity = 64
        while capacity < expected * 2 { capacity *= 2 }
        slots = Array(repeating: -1, count: capacity)
        mask = capacity - 1
    }

    /// Whether the table handed over to a `Dictionary` after long probes.
    var degraded: Bool { fallback != nil }

    /// Adds the key at `index` in `keys`; returns the position of an earlier equal key instead
    /// when there is one (the key is then not added).
    mutating func insert(_ index: Int, in keys: (Int) -> String) -> Int? {
        let key = keys(index)
        if fallback != nil {
            if let first = fallback?[key] { return first }
            fallback?[key] = index
            return nil
        }
        if (count + 1) * 2 > slots.count { grow(keys) }
        var slot = hash(key) & mask
        var probes = 0
        while slots[slot] >= 0 {
            let other = Int(slots[slot])
            if keys(other) == key { return other }
            probes += 1
            if probes > Self.maxProbe {
                degrade(keys)
                return insert(index, in: keys)
            }
            slot = (slot + 1) & mask
        }
        slots[slot] = Int32(index)
        count += 1
        return nil
    }

    /// The position of the key equal to `key`, if one was added.
    func find(_ key: String, in keys: (Int) -> String) -> Int? {
        if let fallback { return fallback[key] }
        var slot = hash(key) & mask
        while slots[slot] >= 0 {
            let other = Int(slots[slot])
            if keys(other) == key { return other }
            slot = (slot + 1) & mask
        }
        return nil
    }

    // MARK: - Private

    private mutating func grow(_ keys: (Int) -> String) {
        let old = slots
        slots = Array(repeating: -1, count: old.count * 2)
        mask = slots.count - 1
        for entry in old where entry >= 0 {
            var slot = hash(keys(Int(entry))) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = entry
        }
    }

    private mutating func degrade(_ keys: (Int) -> String) {
        var table: [String: Int] = [:]
        for entry in slots where entry >= 0 { table[keys(Int(entry))] = Int(entry) }
        fallback = table
        slots = []
    }
}
