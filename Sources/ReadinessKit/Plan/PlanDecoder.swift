/// Decodes a plan (YAML) against its rubric: `startup`, `rubric`, `targets` and `actions`, every
/// problem located, with did-you-mean for unknown keys, dimensions, criteria and resources.
public enum PlanDecoder {
    /// The top-level keys of a plan.
    static let keys = ["startup", "rubric", "targets", "actions"]

    /// Decodes plan bytes against the rubric; `plan` is nil when there are errors. Diagnostics
    /// (warnings too) are ordered by location.
    public static func decode(bytes: [UInt8], rubric: Rubric) -> (plan: Plan?, diagnostics: [Diagnostic]) {
        let read = YAMLReader.read(bytes: bytes)
        guard let root = read.root else {
            let diagnostics =
                read.diagnostics.isEmpty
                ? [Diagnostic.error(PlanDiagnostics.empty, at: .start, code: .emptyFile)] : read.diagnostics
            return (nil, diagnostics.sortedByLocation())
        }
        var decoder = NodeDecoder(diagnostics: read.diagnostics)
        let plan = decode(root, rubric: rubric, with: &decoder)
        let diagnostics = decoder.diagnostics.sortedByLocation()
        return (diagnostics.hasErrors ? nil : plan, diagnostics)
    }

    /// Decodes plan text against the rubric, by the same path as bytes.
    public static func decode(_ text: String, rubric: Rubric) -> (plan: Plan?, diagnostics: [Diagnostic]) {
        decode(bytes: Array(text.utf8), rubric: rubric)
    }

    /// The `rubric:` reference of a plan file without decoding the rest (for the CLI to pick a
    /// rubric); nil when the file names none or cannot be read.
    public static func rubricReference(bytes: [UInt8]) -> String? {
        guard let node = YAMLReader.read(bytes: bytes).root?["rubric"], !node.isNull,
            let text = node.scalar?.trimmingSpaces(), !text.isEmpty
        else { return nil }
        return text
    }

    /// Whether a YAML root looks like a plan: a mapping with `targets` or `actions` (and no
    /// `answers`, which a questionnaire has).
    public static func looksLikePlan(_ root: YAMLNode) -> Bool {
        (root["targets"] != nil || root["actions"] != nil) && root["answers"] == nil && root["dimensions"] == nil
    }

    // MARK: - Private

    private static func decode(_ root: YAMLNode, rubric: Rubric, with decoder: inout NodeDecoder) -> Plan {
        var plan = Plan(startup: "")
        guard let pairs = decoder.mapping(root, "a plan") else { return plan }
        decoder.checkKeys(pairs, allowed: keys, in: "the plan")
        decoder.require(["startup"], in: pairs, at: root.location, in: "the plan")
        for pair in pairs {
            switch pair.key {
            case "startup": plan.startup = startup(pair.value, with: &decoder)
            case "rubric":
                plan.rubric = decoder.optionalText(pair.value, "'rubric'")?.trimmingSpaces()
                if let reference = plan.rubric, isSlugID(reference), reference != rubric.id {
                    decoder.warning(
                        PlanDiagnostics.rubricMismatch(reference, rubric: rubric.id), at: pair.value.location,
                        code: .rubricMismatch)
                }
            case "targets":
                for item in list(pair.value, "'targets'", with: &decoder) {
                    if let target = PlanEntryDecoder.target(item, rubric: rubric, with: &decoder) {
                        plan.targets.append(target)
                    }
                }
            case "actions":
                for item in list(pair.value, "'actions'", with: &decoder) {
                    if let action = PlanEntryDecoder.action(item, rubric: rubric, with: &decoder) {
                        plan.actions.append(action)
                    }
                }
            default: break
            }
        }
        return plan
    }

    private static func startup(_ node: YAMLNode, with decoder: inout NodeDecoder) -> String {
        if node.isNull {
            decoder.warning(PlanDiagnostics.blankStartup, at: node.location, code: .blankName)
            return ""
        }
        let name = decoder.text(node, "'startup'")?.trimmingSpaces() ?? ""
        if name.isEmpty, node.scalar != nil {
            decoder.warning(PlanDiagnostics.blankStartup, at: node.location, code: .blankName)
        }
        if name.count > Questionnaire.maxStartupLength {
            decoder.error(PlanDiagnostics.longStartup(name.count), at: node.location, code: .outOfRange)
        }
        return name
    }

    /// The items of `targets` or `actions`; nothing (no error) when the value is null.
    private static func list(_ node: YAMLNode, _ what: String, with decoder: inout NodeDecoder) -> [YAMLNode] {
        if node.isNull { return [] }
        return decoder.sequence(node, what) ?? []
    }
}
