/// The parts of a rubric that failed to decode, so that its cross-references can be checked in
/// the same pass as its structure: a reference is reported as unknown only when the part it
/// names cannot be among the parts that failed.
///
/// An id that was read although the rest of its part failed is listed by id; a part whose id
/// could not be read at all makes every reference of that kind (within its scope) uncertain.
struct ReferenceGaps {
    /// Keys (`dimension.criterion`) of criteria that failed to decode.
    var criteria: Set<String> = []
    /// Dimension ids whose criteria are incomplete: a criterion without a readable id, or a
    /// dimension given twice.
    var dimensions: Set<String> = []
    /// Whether a dimension has no readable id (any dimension id not known may be it).
    var anyDimension = false
    /// Keys of choice criteria with an option without a readable id.
    var options: Set<String> = []
    /// Ids of resources that failed to decode.
    var resources: Set<String> = []
    /// Whether a resource (or the rubric's `resources` list) could not be read with an id.
    var anyResource = false
    /// Ids of verdicts that failed to decode.
    var verdicts: Set<String> = []
    /// Whether a verdict (or the `verdicts` list) could not be read with an id.
    var anyVerdict = false

    /// Adds another file's gaps.
    mutating func append(_ other: ReferenceGaps) {
        criteria.formUnion(other.criteria)
        dimensions.formUnion(other.dimensions)
        anyDimension = anyDimension || other.anyDimension
        options.formUnion(other.options)
        resources.formUnion(other.resources)
        anyResource = anyResource || other.anyResource
        verdicts.formUnion(other.verdicts)
        anyVerdict = anyVerdict || other.anyVerdict
    }

    /// Whether a `when` naming `key` that matches no criterion may name one that failed.
    func mayHide(criterion key: String, knownDimensions: Set<String>) -> Bool {
        if criteria.contains(key) { return true }
        guard let dot = key.firstIndex(of: ".") else { return anyDimension }
        let dimension = String(key[..<dot])
        if dimensions.contains(dimension) { return true }
        return anyDimension && !knownDimensions.contains(dimension)
    }
}
