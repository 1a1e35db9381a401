/// The pieces of a result's JSON that every result of one rubric shares, rendered once: a
/// criterion's `{"id":"…","score":` and a dimension's `{"id":"…","title":"…","weight":…,"score":`;
/// and the text of numbers written lately. A cohort writes them thousands of times.
///
/// Each piece is checked against the result before use (the ids are the rubric's own strings,
/// so the check is a pointer comparison), so one cache may serve any rubric. Not thread-safe:
/// keep one per thread.
public final class ResultJSONFragments {
    private var criterionIDs: [String] = []
    private var criterionPieces: [[UInt8]] = []
    private var dimensions: [(id: String, title: String, weight: Double)] = []
    private var dimensionPieces: [[UInt8]] = []

    /// Numbers' bit patterns by slot, and their text: a length byte and up to 31 bytes a slot.
    /// Raw memory, so a lookup pays no exclusivity or uniqueness check.
    private let numberBits: UnsafeMutablePointer<UInt64>
    private let numberText: UnsafeMutablePointer<UInt8>
    private static let numberSlots = 1024
    private static let slotBytes = 32
    /// No finite number has this pattern (it is a NaN), so an empty slot never matches.
    private static let emptySlot: UInt64 = 0x7FF8_0000_0000_0001

    /// An empty cache.
    public init() {
        numberBits = .allocate(capacity: Self.numberSlots)
        numberBits.initialize(repeating: Self.emptySlot, count: Self.numberSlots)
        numberText = .allocate(capacity: Self.numberSlots * Self.slotBytes)
        numberText.initialize(repeating: 0, count: Self.numberSlots * Self.slotBytes)
    }

    deinit {
        numberBits.deallocate()
        numberText.deallocate()
    }

    /// Appends a number exactly as `JSONValue.appendNumber` writes it. Scores, gains and weights
    /// take few distinct values across a cohort, and formatting a double costs far more than
    /// copying its text, so the text of each number is kept in a slot chosen by its bits.
    func appendNumber(_ value: Double, to out: inout [UInt8]) {
        guard value.isFinite else { return JSONValue.appendNumber(value, to: &out) }
        let bits = value.bitPattern
        let slot = Int(truncatingIfNeeded: (bits &* 0x9E37_79B9_7F4A_7C15) >> 54)  // 10 bits: 1024 slots
        let text = numberText + slot * Self.slotBytes
        if numberBits[slot] == bits {
            out.append(contentsOf: UnsafeBufferPointer(start: text + 1, count: Int(text[0])))
            return
        }
        let start = out.count
        JSONValue.appendNumber(value, to: &out)
        let length = out.count - start
        guard length < Self.slotBytes else { return }
        numberBits[slot] = bits
        text[0] = UInt8(length)
        out.withUnsafeBufferPointer { written in
            (text + 1).update(from: written.baseAddress! + start, count: length)
        }
    }

    /// `{"id":"…","score":` for the criterion at place `flat` in rubric order.
    func criterion(_ flat: Int, id: String) -> [UInt8] {
        if flat < criterionIDs.count, criterionIDs[flat] == id { return criterionPieces[flat] }
        var piece: [UInt8] = []
        JSONValue.append("{\"id\":", &piece)
        JSONValue.escape(id, into: &piece)
        JSONValue.append(",\"score\":", &piece)
        while criterionIDs.count <= flat {
            criterionIDs.append("")
            criterionPieces.append([])
        }
        criterionIDs[flat] = id
        criterionPieces[flat] = piece
        return piece
    }

    /// `{"id":"…","title":"…","weight":…,"score":` for the dimension at `index`.
    func dimension(_ index: Int, _ dimension: DimensionResult) -> [UInt8] {
        if index < dimensions.count, dimensions[index].id == dimension.id, dimensions[index].title == dimension.title,
           dimensions[index].weight.bitPattern == dimension.weight.bitPattern {
            return dimensionPieces[index]
        }
        var piece: [UInt8] = []
        JSONValue.append("{\"id\":", &piece)
        JSONValue.escape(dimension.id, into: &piece)
        JSONValue.append(",\"title\":", &piece)
        JSONValue.escape(dimension.title, into: &piece)
        JSONValue.append(",\"weight\":", &piece)
        JSONValue.appendNumber(dimension.weight, to: &piece)
        JSONValue.append(",\"score\":", &piece)
        while dimensions.count <= index {
            dimensions.append(("", "", .nan))
            dimensionPieces.append([])
        }
        dimensions[index] = (dimension.id, dimension.title, dimension.weight)
        dimensionPieces[index] = piece
        return piece
    }

}
