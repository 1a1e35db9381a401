import CYaml

/// The fast path's reading of `answers:`, by the rules of `AnswerDecoder` and `AnswerParser`:
/// short and long forms, unanswered values, and each answer kind's value read from its bytes.
/// Anything those would report gives up instead.
struct EventAnswerReader {
    typealias GiveUp = QuestionnaireEventDecoder.GiveUp
    private let rubric: Rubric
    private let index: CriterionIndex
    private let dimensions: [Dimension]
    /// Which criteria were answered, by index entry: a repeated key gives up.
    private var answered: [Bool]

    init(rubric: Rubric) {
        self.rubric = rubric
        index = rubric.criterionIndex
        dimensions = rubric.dimensions
        answered = Array(repeating: false, count: index.count)
    }

    /// What a value reads as: nothing (unanswered) or a typed value.
    enum Read {
        case unanswered
        case value(AnswerValue)
    }

    /// Reads the pairs of the answers mapping, whose start is the current event.
    mutating func read(_ reader: inout EventReader) throws(GiveUp) -> [Answer] {
        var answers: [Answer] = []
        answers.reserveCapacity(index.count)
        while try reader.next() != YAML_MAPPING_END_EVENT {
            guard reader.cursor.type == YAML_SCALAR_EVENT else { throw GiveUp() }
            try reader.countNode()
            guard let found = index.find(bytes: reader.cursor.bytes), !answered[found.entry] else { throw GiveUp() }
            answered[found.entry] = true
            let location = reader.cursor.location
            let criterion = dimensions[found.dimension].criteria[found.criterion]
            if let answer = try answer(for: criterion, at: location, &reader) { answers.append(answer) }
        }
        return answers
    }

    // MARK: - Private

    private func answer(for criterion: Criterion, at location: SourceLocation,
                        _ reader: inout EventReader) throws(GiveUp) -> Answer? {
        switch try reader.next() {
        case YAML_SCALAR_EVENT, YAML_SEQUENCE_START_EVENT:
            try reader.countNode()
            guard case .value(let value) = try self.value(for: criterion, &reader) else { return nil }
            return Answer(criterion: criterion.key, value: value, location: location)
        case YAML_MAPPING_START_EVENT:
            try reader.countNode()
            return try longForm(for: criterion, at: location, &reader)
        default:
            throw GiveUp()
        }
    }

    /// `{value: …, evidence: …, note: …}`; without `value` the criterion is unanswered.
    private func longForm(for criterion: Criterion, at location: SourceLocation,
                          _ reader: inout EventReader) throws(GiveUp) -> Answer? {
        var read: Read?
        var evidence: String?
        var note: String?
        var seen: UInt8 = 0
        while try reader.next() != YAML_MAPPING_END_EVENT {
            guard reader.cursor.type == YAML_SCALAR_EVENT else { throw GiveUp() }
            try reader.countNode()
            let bytes = reader.cursor.bytes
            let key = "value".hasUTF8(bytes) ? 1 : "evidence".hasUTF8(bytes) ? 2 : "note".hasUTF8(bytes) ? 4 : 0
            guard key != 0, seen & UInt8(key) == 0 else { throw GiveUp() }
            seen |= UInt8(key)
            if key == 1 {
                let type = try reader.next()
                guard type == YAML_SCALAR_EVENT || type == YAML_SEQUENCE_START_EVENT else { throw GiveUp() }
                try reader.countNode()
                read = try value(for: criterion, &reader)
                continue
            }
            try reader.scalar()
            if key == 2 {
                evidence = reader.optionalText()?.trimmingSpaces()
                if evidence?.isEmpty == true { evidence = nil }
            } else {
                note = reader.optionalText()
            }
        }
        guard case .value(let value)? = read else { return nil }
        return Answer(criterion: criterion.key, value: value, evidence: evidence, note: note, location: location)
    }

    /// The value whose scalar or sequence start is the current event.
    private func value(for criterion: Criterion, _ reader: inout EventReader) throws(GiveUp) -> Read {
        if reader.cursor.type == YAML_SEQUENCE_START_EVENT {
            guard case .multiChoice(let options) = criterion.answer else { throw GiveUp() }
            var chosen: [Int] = []
            var ids: [String] = []
            while try reader.next() != YAML_SEQUENCE_END_EVENT {
                guard reader.cursor.type == YAML_SCALAR_EVENT, !reader.cursor.isNull else { throw GiveUp() }
                try reader.countNode()
                let option = try Self.option(reader.cursor, in: options)
                guard !chosen.contains(option) else { throw GiveUp() }
                chosen.append(option)
                ids.append(options[option].id)
            }
            return .value(.multiChoice(ids))
        }
        return try Self.scalarValue(reader.cursor, for: criterion)
    }
}
