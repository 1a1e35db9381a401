/// Decodes one target or one action of a plan, checking its references against the rubric.
enum PlanEntryDecoder {
    static let targetKeys = ["dimension", "level", "score", "due", "owner"]
    static let actionKeys = ["criterion", "action", "owner", "due", "resource", "status"]

    /// A target, or nil when it has an error.
    static func target(_ node: YAMLNode, rubric: Rubric, with decoder: inout NodeDecoder) -> PlanTarget? {
        guard let pairs = decoder.mapping(node, "a target") else { return nil }
        let before = decoder.diagnostics.count
        decoder.checkKeys(pairs, allowed: targetKeys, in: "a target")
        decoder.require(["dimension"], in: pairs, at: node.location, in: "a target")
        var target = PlanTarget(dimension: "")
        var dimension: Dimension?
        if let value = node["dimension"], let id = decoder.text(value, "'dimension'")?.trimmingSpaces() {
            target.dimension = id
            dimension = rubric.dimensions.first { $0.id == id }
            if dimension == nil {
                let hint = Suggestion.hint(for: id, in: rubric.dimensions.map(\.id))
                decoder.error(
                    PlanDiagnostics.unknownDimension(id, hint: hint), at: value.location, code: .unknownDimension)
            }
        }
        if let value = node["level"], !value.isNull {
            target.level = decoder.integer(value, "'level'", in: 1...9)
            if let level = target.level, let dimension {
                let top = dimension.criteria.compactMap(\.level).max()
                if top.map({ level > $0 }) ?? true {
                    decoder.warning(
                        PlanDiagnostics.unreachableLevel(level, dimension: dimension.id, top: top),
                        at: value.location, code: .unreachableLevel)
                }
            }
        }
        if let value = node["score"], !value.isNull {
            target.score = decoder.number(value, "'score'", in: 0...100)
        }
        if node["level"].map({ $0.isNull }) ?? true, node["score"].map({ $0.isNull }) ?? true {
            decoder.error(PlanDiagnostics.targetWithoutGoal, at: node.location, code: .targetWithoutGoal)
        }
        target.due = due(node["due"], with: &decoder)
        target.owner = owner(node["owner"], with: &decoder)
        return hasNewErrors(decoder, since: before) ? nil : target
    }

    /// An action, or nil when it has an error.
    static func action(_ node: YAMLNode, rubric: Rubric, with decoder: inout NodeDecoder) -> PlanAction? {
        guard let pairs = decoder.mapping(node, "an action") else { return nil }
        let before = decoder.diagnostics.count
        decoder.checkKeys(pairs, allowed: actionKeys, in: "an action")
        decoder.require(["criterion", "action"], in: pairs, at: node.location, in: "an action")
        var action = PlanAction(criterion: "", action: "")
        if let value = node["criterion"], let key = decoder.text(value, "'criterion'")?.trimmingSpaces() {
            action.criterion = key
            if rubric.criterion(key) == nil {
                let hint = decoder.isFull ? "" : Suggestion.hint(for: key, in: rubric.allCriteria.map(\.key))
                decoder.error(
                    PlanDiagnostics.unknownCriterion(key, hint: hint), at: value.location, code: .unknownCriterion)
            }
        }
        if let value = node["action"], let text = decoder.text(value, "'action'")?.trimmingSpaces() {
            action.action = text
            if text.isEmpty { decoder.error(PlanDiagnostics.blankAction, at: value.location, code: .wrongType) }
        }
        if let value = node["resource"], let id = decoder.optionalText(value, "'resource'")?.trimmingSpaces(),
            !id.isEmpty
        {
            action.resource = id
            if rubric.resource(id) == nil {
                let hint = Suggestion.hint(for: id, in: rubric.resources.map(\.id))
                decoder.error(
                    PlanDiagnostics.unknownResource(id, hint: hint), at: value.location, code: .unknownResource)
            }
        }
        if let value = node["status"], let text = decoder.optionalText(value, "'status'")?.trimmingSpaces() {
            if let status = ActionStatus(rawValue: text) {
                action.status = status
            } else {
                let names = ActionStatus.allCases.map(\.rawValue)
                decoder.error(
                    PlanDiagnostics.unknownStatus(text, hint: Suggestion.hint(for: text, in: names)),
                    at: value.location, code: .unknownStatus)
            }
        }
        action.due = due(node["due"], with: &decoder)
        action.owner = owner(node["owner"], with: &decoder)
        return hasNewErrors(decoder, since: before) ? nil : action
    }

    // MARK: - Private

    /// A `due` date, checked as questionnaire dates are (`DateText`); nil when absent or null.
    private static func due(_ node: YAMLNode?, with decoder: inout NodeDecoder) -> String? {
        guard let node, let text = decoder.optionalText(node, "'due'")?.trimmingSpaces(), !text.isEmpty else {
            return nil
        }
        if !DateText.isValid(text) {
            decoder.error(PlanDiagnostics.badDate(text), at: node.location, code: .invalidDate)
            return nil
        }
        return text
    }

    /// An `owner`; nil when absent, null or blank.
    private static func owner(_ node: YAMLNode?, with decoder: inout NodeDecoder) -> String? {
        guard let text = decoder.optionalText(node, "'owner'")?.trimmingSpaces(), !text.isEmpty else { return nil }
        return text
    }

    private static func hasNewErrors(_ decoder: NodeDecoder, since count: Int) -> Bool {
        decoder.diagnostics[count...].contains { $0.severity == .error }
    }
}
