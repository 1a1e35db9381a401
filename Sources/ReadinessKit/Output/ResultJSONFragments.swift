/// The pieces of a result's JSON that every result of one rubric shares, rendered once: a
/// criterion's `{"id":"…","score":` and a dimension's `{"id":"…","title":"…","weight":…,"score":`.
/// A cohort writes them thousands of times.
///
/// Each piece is checked against the result before use (the ids are the rubric's own strings,
/// so the check is a pointer comparison), so one cache may serve any rubric. Not thread-safe:
/// keep one per thread.
public final class ResultJSONFragments {
    private var criterionIDs: [String] = []
    private var criterionPieces: [[UInt8]] = []
    private var dimensions: [(id: String, title: String, weight: Double)] = []
    private var dimensionPieces: [[UInt8]] = []

    /// An empty cache.
    public init() {}

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
