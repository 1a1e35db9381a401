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
    public static func expected(_ criterion: Criterion, strings: Strings = .english) -> String {
        let numbers = strings.numbers
        switch criterion.answer {
        case .yesNo: return strings[AnswerWord.expectedYesNo]
        case .choice: return strings[AnswerWord.expectedChoice]
        case .multiChoice: return strings[AnswerWord.expectedMultiChoice]
        case .scale(let scale):
            return strings.format(AnswerWord.expectedScale, numbers.integer(scale.min), numbers.integer(scale.max))
        case .number(let bands):
            let lowest = bands.first.map { numbers.canonical($0.from) }
            switch (criterion.unit, lowest) {
            case (let unit?, let lowest?): return strings.format(AnswerWord.expectedNumberUnitAtLeast, unit, lowest)
            case (let unit?, nil): return strings.format(AnswerWord.expectedNumberUnit, unit)
            case (nil, let lowest?): return strings.format(AnswerWord.expectedNumberAtLeast, lowest)
            case (nil, nil): return strings[AnswerWord.expectedNumber]
            }
        case .text: return strings[AnswerWord.expectedText]
        }
    }

    /// The allowed answers worth listing: options, labelled scale values, or number bands.
    public static func choices(_ criterion: Criterion, strings: Strings = .english) -> [Choice] {
        let numbers = strings.numbers
        switch criterion.answer {
        case .choice(let options), .multiChoice(let options):
            return options.map { Choice(value: $0.id, label: $0.label) }
        case .scale(let scale):
            return scale.labels.keys.sorted().map { Choice(value: numbers.integer($0), label: scale.labels[$0] ?? "") }
        case .number(let bands):
            return bands.map { band in
                let score = numbers.canonical(band.score)
                let label =
                    band.label.map { strings.format(AnswerWord.bandScoresLabelled, score, $0) }
                    ?? strings.format(AnswerWord.bandScores, score)
                let from = numbers.canonical(band.from)
                let value =
                    criterion.unit.map { strings.format(AnswerWord.bandFromUnit, from, $0) }
                    ?? strings.format(AnswerWord.bandFrom, from)
                return Choice(value: value, label: label)
            }
        case .yesNo, .text:
            return []
        }
    }

    /// Remarks on how the criterion counts: profile question, gate, evidence, when it applies.
    public static func remarks(_ criterion: Criterion, strings: Strings = .english) -> [String] {
        var remarks: [String] = []
        if case .text = criterion.answer {
            remarks.append(strings[AnswerWord.remarkNotScored])
        } else if criterion.weight == 0 {
            remarks.append(strings[AnswerWord.remarkProfile])
        }
        if let condition = criterion.when {
            let values = condition.values.joined(separator: ", ")
            let key: AnswerWord = condition.values.count == 1 ? .remarkWhenOne : .remarkWhenMany
            remarks.append(strings.format(key, condition.criterion, values))
        }
        if criterion.gate != nil { remarks.append(strings[AnswerWord.remarkGate]) }
        switch criterion.evidence {
        case .expected: remarks.append(strings[AnswerWord.remarkEvidence])
        case .required: remarks.append(strings[AnswerWord.remarkEvidenceRequired])
        case .optional: break
        }
        return remarks
    }

    /// The text form of an answer value, as a founder would type it in a questionnaire:
    /// `yes`, `filed`, `own, shared`, `4`. These are the file's own spellings, not words of a
    /// language, so no strings table is asked.
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
