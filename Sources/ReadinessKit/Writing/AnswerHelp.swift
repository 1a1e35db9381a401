/// Describes in words what answer a criterion takes, for blank questionnaires and prompts.
public enum AnswerHelp {
    /// One allowed answer and what it means: an option id and its label, a scale value and its
    /// label, or a number band.
    public struct Choice: Sendable, Equatable {
        /// What to write: an option id, a scale value, or `from N` for a band.
        public var value: String
        /// What it means, for people.
        public var label: String
    }

    /// A short phrase for the answer expected: "yes or no", "a whole number from 1 to 9".
    public static func expected(_ criterion: Criterion) -> String {
        switch criterion.answer {
        case .yesNo: return "yes or no"
        case .choice: return "one of the options below (its id)"
        case .multiChoice: return "any of the options below, as a list of ids such as [a, b]"
        case .scale(let scale): return "a whole number from \(scale.min) to \(scale.max)"
        case .number(let bands):
            let unit = criterion.unit.map { " (\($0))" } ?? ""
            let lowest = bands.first.map { ", at least \(NumberText.canonical($0.from))" } ?? ""
            return "a number\(unit)\(lowest)"
        case .text: return "free text"
        }
    }

    /// The allowed answers worth listing: options, labelled scale values, or number bands.
    public static func choices(_ criterion: Criterion) -> [Choice] {
        switch criterion.answer {
        case .choice(let options), .multiChoice(let options):
            return options.map { Choice(value: $0.id, label: $0.label) }
        case .scale(let scale):
            return scale.labels.keys.sorted().map { Choice(value: String($0), label: scale.labels[$0] ?? "") }
        case .number(let bands):
            let unit = criterion.unit.map { " \($0)" } ?? ""
            return bands.map { band in
                let label = "scores \(NumberText.canonical(band.score))" + (band.label.map { " (\($0))" } ?? "")
                return Choice(value: "from \(NumberText.canonical(band.from))\(unit)", label: label)
            }
        case .yesNo, .text:
            return []
        }
    }

    /// Remarks on how the criterion counts: profile question, gate, evidence, when it applies.
    public static func remarks(_ criterion: Criterion) -> [String] {
        var remarks: [String] = []
        if case .text = criterion.answer {
            remarks.append("Not scored.")
        } else if criterion.weight == 0 {
            remarks.append("Profile question: asked and shown, not scored.")
        }
        if let condition = criterion.when {
            let values = condition.values.joined(separator: ", ")
            remarks.append("Applies only when \(condition.criterion) is \(condition.values.count == 1 ? values : "one of \(values)").")
        }
        if criterion.gate != nil { remarks.append("Knock-out: a low score here caps the verdict.") }
        switch criterion.evidence {
        case .expected: remarks.append("Evidence expected: answer in the long form with value, evidence and note.")
        case .required:
            remarks.append("Evidence required: an answer without evidence counts for less; answer in the long form with value, evidence and note.")
        case .optional: break
        }
        return remarks
    }

    /// The text form of an answer value, as a founder would type it: `yes`, `filed`, `own, shared`, `4`.
    public static func text(_ value: AnswerValue) -> String {
        switch value {
        case .yesNo(let yes): return yes ? "yes" : "no"
        case .choice(let id): return id
        case .multiChoice(let ids): return ids.joined(separator: ", ")
        case .scale(let value): return String(value)
        case .number(let value): return NumberText.canonical(value)
        case .text(let text): return text
        }
    }
}
