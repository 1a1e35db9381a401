/// The six kinds of answer a criterion takes, each with what it needs to score.
public enum AnswerKind: Sendable, Equatable {
    /// Yes or no; yes scores 1 and no 0, swapped when `invert` is true.
    case yesNo(invert: Bool)
    /// One option; it scores the option's score.
    case choice([ChoiceOption])
    /// Several options; the sum of their scores, capped at 1.
    case multiChoice([ChoiceOption])
    /// A whole number in `min...max`; scores (value − min) / (max − min).
    case scale(Scale)
    /// A number; the band with the highest `from` not above it gives the score.
    case number([Band])
    /// Free text; never scored.
    case text

    /// The kind's name as written in a rubric: `yes-no`, `choice`, and so on.
    public var name: String {
        switch self {
        case .yesNo: return "yes-no"
        case .choice: return "choice"
        case .multiChoice: return "multi-choice"
        case .scale: return "scale"
        case .number: return "number"
        case .text: return "text"
        }
    }

    /// Every kind's name, for messages.
    public static let names = ["yes-no", "choice", "multi-choice", "scale", "number", "text"]
}
