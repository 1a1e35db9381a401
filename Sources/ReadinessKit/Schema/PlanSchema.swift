/// JSON Schemas (draft 2020-12) for plans (targets and actions), so an editor's YAML support can
/// check and complete them.
///
/// The generic schema knows the shape only; the rubric-specific one lists the rubric's
/// dimension, criterion and resource ids. The plan decoder checks more (a level its dimension
/// can reach, real calendar dates) and locates every problem.
public enum PlanSchema {
    /// The generic plan schema: any rubric, any ids.
    public static func generic() -> JSONValue {
        document(
            title: "readiness plan",
            description: "A startup's targets per dimension and actions per criterion.",
            rubric: nil)
    }

    /// A schema for plans against one rubric: its dimension, criterion and resource ids.
    public static func specific(for rubric: Rubric) -> JSONValue {
        document(
            title: "readiness plan for \(rubric.title) \(rubric.version)",
            description:
                "A startup's targets and actions against the rubric '\(rubric.id)' (version \(rubric.version)).",
            rubric: rubric)
    }

    // MARK: - Private

    private static func document(title: String, description: String, rubric: Rubric?) -> JSONValue {
        var rubricProperty: [(String, JSONValue)] = [
            ("description", .string("The rubric: a built-in rubric id or a path to a rubric file.")),
            ("type", .array([.string("string"), .string("null")])),
        ]
        if let rubric { rubricProperty.append(("default", .string(rubric.id))) }
        return .object([
            ("$schema", .string(QuestionnaireSchema.dialect)),
            ("title", .string(title)),
            ("description", .string(description)),
            ("type", .string("object")),
            ("required", .array([.string("startup")])),
            ("additionalProperties", .bool(false)),
            (
                "properties",
                .object([
                    (
                        "startup",
                        .object([
                            ("description", .string("The startup's name, as its questionnaires write it.")),
                            ("type", .string("string")), ("minLength", .integer(1)),
                        ])
                    ),
                    ("rubric", .object(rubricProperty)),
                    ("targets", list(of: target(rubric), "Targets: a level and/or score per dimension, by a date.")),
                    ("actions", list(of: action(rubric), "Actions: what is done about a criterion, by whom, by when.")),
                ])
            ),
        ])
    }

    private static func list(of item: JSONValue, _ description: String) -> JSONValue {
        .object([
            ("description", .string(description)),
            ("type", .array([.string("array"), .string("null")])),
            ("items", item),
        ])
    }

    private static func target(_ rubric: Rubric?) -> JSONValue {
        let dimension = ids(
            rubric?.dimensions.map { ($0.id, $0.title) }, pattern: "^[A-Za-z0-9_-]+$", "The dimension's id.")
        return .object([
            ("type", .string("object")),
            ("required", .array([.string("dimension")])),
            (
                "anyOf",
                .array([
                    .object([("required", .array([.string("level")]))]),
                    .object([("required", .array([.string("score")]))]),
                ])
            ),
            ("additionalProperties", .bool(false)),
            (
                "properties",
                .object([
                    ("dimension", dimension),
                    (
                        "level",
                        .object([
                            (
                                "description",
                                .string("The level to reach: met when the dimension's level is at least this.")
                            ),
                            ("type", .string("integer")), ("minimum", .integer(1)), ("maximum", .integer(9)),
                        ])
                    ),
                    (
                        "score",
                        .object([
                            ("description", .string("The dimension score (0-100) to reach.")),
                            ("type", .string("number")), ("minimum", .integer(0)), ("maximum", .integer(100)),
                        ])
                    ),
                    ("due", date("When the target is due: missed when an assessment after this date has not met it.")),
                    ("owner", text("Who owns the target.")),
                ])
            ),
        ])
    }

    private static func action(_ rubric: Rubric?) -> JSONValue {
        let criterion = ids(
            rubric?.allCriteria.map { ($0.key, $0.question) }, pattern: "^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$",
            "The full criterion id (dimension.criterion) the action serves.")
        let resource = JSONValue.object([
            (
                "anyOf",
                .array([
                    ids(
                        rubric?.resources.map { ($0.id, $0.title) }, pattern: "^[A-Za-z0-9_.-]+$",
                        "The id of a resource of the rubric's catalogue that the action uses."),
                    .object([("type", .string("null"))]),
                ])
            )
        ])
        return .object([
            ("type", .string("object")),
            ("required", .array([.string("criterion"), .string("action")])),
            ("additionalProperties", .bool(false)),
            (
                "properties",
                .object([
                    ("criterion", criterion),
                    (
                        "action",
                        .object([
                            ("description", .string("What is to be done, one line.")),
                            ("type", .string("string")), ("minLength", .integer(1)),
                        ])
                    ),
                    ("owner", text("Who does it.")),
                    ("due", date("When it is due.")),
                    ("resource", resource),
                    (
                        "status",
                        .object([
                            ("description", .string("open (the default), done or dropped.")),
                            ("enum", .array(ActionStatus.allCases.map { .string($0.rawValue) })),
                            ("default", .string(ActionStatus.open.rawValue)),
                        ])
                    ),
                ])
            ),
        ])
    }

    /// An id: one of the rubric's (with their titles for editors that show them), else by pattern.
    private static func ids(_ known: [(String, String)]?, pattern: String, _ description: String) -> JSONValue {
        var pairs: [(String, JSONValue)] = [("description", .string(description)), ("type", .string("string"))]
        if let known {
            pairs.append(("enum", .array(known.map { .string($0.0) })))
            pairs.append(("enumDescriptions", .array(known.map { .string($0.1) })))
        } else {
            pairs.append(("pattern", .string(pattern)))
        }
        return .object(pairs)
    }

    private static func date(_ description: String) -> JSONValue {
        .object([
            ("description", .string(description + " YYYY-MM-DD.")),
            ("type", .array([.string("string"), .string("null")])),
            ("pattern", .string("^[0-9]{4}-[0-9]{2}-[0-9]{2}$")),
        ])
    }

    private static func text(_ description: String) -> JSONValue {
        .object([("description", .string(description)), ("type", .array([.string("string"), .string("null")]))])
    }
}
