/// The fields of a value type kept in one shared, immutable object: copying the value then costs
/// one reference count, however many fields it has. Rubrics and criteria are copied constantly
/// while a cohort is scored. A change makes a new object, so values never share a change.
final class SharedFields<Fields: Sendable>: Sendable {
    /// The fields; immutable, so reading them needs no exclusivity check.
    let fields: Fields

    /// Keeps a set of fields.
    init(_ fields: Fields) { self.fields = fields }

    /// A new object with the fields changed.
    func changing(_ change: (inout Fields) -> Void) -> SharedFields {
        var copy = fields
        change(&copy)
        return SharedFields(copy)
    }
}
