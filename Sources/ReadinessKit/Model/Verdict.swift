/// One verdict a rubric can give, such as "Investor-ready".
public struct Verdict: Sendable, Equatable {
    /// The verdict's id, used in JSON.
    public var id: String
    /// The verdict's label in every language the rubric gives.
    public var labelText: LocalizedText
    /// The lowest overall score (0–100) that reaches this verdict.
    public var min: Double

    /// Creates a verdict.
    public init(id: String, label: String, min: Double) {
        self.id = id
        labelText = LocalizedText(label)
        self.min = min
    }

    /// The verdict's label in the rubric's language, shown to people.
    public var label: String {
        get { labelText.text }
        set { labelText = LocalizedText(newValue) }
    }
}
