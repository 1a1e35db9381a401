import CYaml

/// The fast path's reading of one questionnaire: the document, its header keys, and (through
/// `EventAnswerReader`) its answers.
struct EventReader: ~Copyable {
    typealias GiveUp = QuestionnaireEventDecoder.GiveUp
    var cursor: YAMLEventCursor
    let maxNodes: Int
    let rubricFor: (String?) -> Rubric?
    private var nodes = 0
    private var questionnaire = Questionnaire(startup: "")
    private var rubric: Rubric?
    /// The top-level keys seen, one bit each in `keys` order.
    private var seen: UInt8 = 0

    private static let keys = ["startup", "rubric", "rubric_version", "assessor", "date", "answers"]

    init(cursor: consuming YAMLEventCursor, maxNodes: Int, rubricFor: @escaping (String?) -> Rubric?) {
        self.cursor = cursor
        self.maxNodes = maxNodes
        self.rubricFor = rubricFor
    }

    /// Reads the whole stream: one document whose root is a mapping of the known keys.
    mutating func document() throws(GiveUp) -> QuestionnaireEventDecoder.Decoded {
        try expect(YAML_STREAM_START_EVENT)
        try expect(YAML_DOCUMENT_START_EVENT)
        try expect(YAML_MAPPING_START_EVENT)
        try countNode()
        while try next() != YAML_MAPPING_END_EVENT {
            let key = try keyIndex()
            try value(for: key)
        }
        try expect(YAML_DOCUMENT_END_EVENT)
        try expect(YAML_STREAM_END_EVENT)
        guard seen & 1 != 0 else { throw GiveUp() }  // no startup: the full decoder says so
        let rubric = try resolvedRubric()
        if let version = questionnaire.rubricVersion, version != rubric.version { throw GiveUp() }  // a warning
        return .init(questionnaire: questionnaire, rubric: rubric)
    }

    // MARK: - Events

    /// Advances and returns the new event's type; gives up on anchors, aliases and libyaml's errors.
    mutating func next() throws(GiveUp) -> yaml_event_type_t {
        guard cursor.advance(), cursor.type != YAML_ALIAS_EVENT, !cursor.hasAnchor else { throw GiveUp() }
        return cursor.type
    }

    /// Advances to an event of the given type, or gives up.
    mutating func expect(_ type: yaml_event_type_t) throws(GiveUp) {
        guard try next() == type else { throw GiveUp() }
    }

    /// Counts a scalar, sequence or mapping against the node limit, as `TreeBuilder` does.
    mutating func countNode() throws(GiveUp) {
        nodes += 1
        guard nodes <= maxNodes else { throw GiveUp() }
    }

    /// Advances to a scalar and counts it, or gives up.
    mutating func scalar() throws(GiveUp) {
        try expect(YAML_SCALAR_EVENT)
        try countNode()
    }

    /// The current scalar as optional text (`optionalText`): nil when it is null.
    func optionalText() -> String? {
        cursor.isNull ? nil : cursor.text
    }

    // MARK: - Header

    /// The index in `keys` of the current key; gives up on an unknown, repeated or collection key.
    private mutating func keyIndex() throws(GiveUp) -> Int {
        guard cursor.type == YAML_SCALAR_EVENT else { throw GiveUp() }
        try countNode()
        let bytes = cursor.bytes
        guard let index = Self.keys.firstIndex(where: { $0.hasUTF8(bytes) }), seen & (1 << index) == 0 else {
            throw GiveUp()
        }
        seen |= 1 << index
        return index
    }

    private mutating func value(for key: Int) throws(GiveUp) {
        if key == 5 { return try answers() }
        try scalar()
        switch key {
        case 0:
            guard !cursor.isNull else { throw GiveUp() }
            let startup = cursor.text.trimmingSpaces()
            guard !startup.isEmpty else { throw GiveUp() }
            if startup.utf8.count > Questionnaire.maxStartupLength, startup.count > Questionnaire.maxStartupLength {
                throw GiveUp()
            }
            questionnaire.startup = startup
        case 1: questionnaire.rubric = optionalText()
        case 2: questionnaire.rubricVersion = optionalText()
        case 3: questionnaire.assessor = optionalText()
        default:
            questionnaire.date = optionalText()
            if let date = questionnaire.date, !DateText.isValid(date) { throw GiveUp() }
        }
    }

    private mutating func answers() throws(GiveUp) {
        switch try next() {
        case YAML_SCALAR_EVENT:
            try countNode()
            guard cursor.isNull else { throw GiveUp() }
        case YAML_MAPPING_START_EVENT:
            try countNode()
            let rubric = try resolvedRubric()
            var answers = EventAnswerReader(rubric: rubric)
            questionnaire.answers = try answers.read(&self)
        default:
            throw GiveUp()
        }
    }

    /// The rubric, asked for once, with `rubric:`'s text if it has been read.
    private mutating func resolvedRubric() throws(GiveUp) -> Rubric {
        if let rubric { return rubric }
        guard let found = rubricFor(seen & 2 != 0 ? questionnaire.rubric : nil) else { throw GiveUp() }
        rubric = found
        return found
    }
}
