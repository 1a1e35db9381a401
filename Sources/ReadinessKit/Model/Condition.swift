/// A `when` rule: the criterion applies when another criterion's answer is one of some values.
public struct Condition: Sendable, Equatable {
    /// The full id of the criterion whose answer decides.
    public var criterion: String
    /// The values that make it apply, normalised to that criterion's answer kind.
    public var values: [String]

    /// Creates a condition.
    public init(criterion: String, values: [String]) {
        self.criterion = criterion
        self.values = values
    }
}
