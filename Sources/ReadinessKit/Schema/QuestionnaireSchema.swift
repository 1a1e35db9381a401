/// JSON Schemas (draft 2020-12) for questionnaires, so an editor's YAML support can check
/// and complete them.
///
/// The generic schema knows the shape only (header keys, answers in short or long form); the
/// rubric-specific one lists every criterion with its question and allowed values.
public enum QuestionnaireSchema {
    /// The JSON Schema dialect every schema here declares.
    public static let dialect = "https://json-schema.org/draft/2020-12/schema"

    /// The generic questionnaire schema: any rubric, any criterion ids.
    public static func generic() -> JSONValue {
        let answer = longOrShort(.object([("$ref", .string("#/$defs/value"))]))
        return document(
            title: "readiness questionnaire",
            description: "A startup's answers to a readiness rubric's questions.",
            rubric: nil,
            answers: .object([
                (
                    "description",
                    .string("Answers by criterion id (dimension.criterion); an empty value means unanswered.")
                ),
                ("type", .array([.string("object"), .string("null")])),
                ("propertyNames", .object([("pattern", .string("^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$"))])),
                ("additionalProperties", answer),
            ]),
            defs: [
                (
                    "value",
                    .object([
                        ("description", .string("yes/no, an option id, a list of option ids, a number or text.")),
                        (
                            "type",
                            .array(["string", "number", "integer", "boolean", "array", "null"].map { .string($0) })
                        ),
                        ("items", .object([("type", .string("string"))])),
                    ])
                )
            ])
    }

    /// A schema for questionnaires of one rubric: every criterion id with its allowed values.
    public static func specific(for rubric: Rubric) -> JSONValue {
        var properties: [(String, JSONValue)] = []
        for criterion in rubric.allCriteria {
            properties.append((criterion.key, longOrShort(CriterionSchema.value(for: criterion), criterion: criterion)))
        }
        return document(
            title: "readiness questionnaire for \(rubric.title) \(rubric.version)",
            description: "A startup's answers to the rubric '\(rubric.id)' (version \(rubric.version)).",
            rubric: rubric,
            answers: .object([
                ("description", .string("Answers by criterion id; an empty value means unanswered.")),
                ("type", .array([.string("object"), .string("null")])),
                ("properties", .object(properties)),
                ("additionalProperties", .bool(false)),
            ]),
            defs: [])
    }

    // MARK: - Private

    private static func document(
        title: String, description: String, rubric: Rubric?, answers: JSONValue,
        defs: [(String, JSONValue)]
    ) -> JSONValue {
        var rubricProperty: [(String, JSONValue)] = [
            ("description", .string("The rubric: a built-in rubric id or a path to a rubric file.")),
            ("type", .string("string")),
        ]
        if let rubric { rubricProperty.append(("default", .string(rubric.id))) }
        var pairs: [(String, JSONValue)] = [
            ("$schema", .string(dialect)),
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
                            ("description", .string("The startup's name.")),
                            ("type", .string("string")), ("minLength", .integer(1)),
                        ])
                    ),
                    ("rubric", .object(rubricProperty)),
                    (
                        "rubric_version",
                        .object([
                            ("description", .string("The rubric version the answers were written for.")),
                            ("type", .string("string")),
                        ])
                    ),
                    (
                        "assessor",
                        .object([
                            ("description", .string("Who assessed: self or a person's name.")),
                            ("type", .array([.string("string"), .string("null")])),
                        ])
                    ),
                    (
                        "language",
                        .object([
                            ("description", .string("The language of reports for these answers, such as en or nl.")),
                            ("type", .string("string")),
                        ])
                    ),
                    (
                        "date",
                        .object([
                            ("description", .string("The assessment date, YYYY-MM-DD.")),
                            ("type", .array([.string("string"), .string("null")])),
                            ("pattern", .string("^[0-9]{4}-[0-9]{2}-[0-9]{2}$")),
                        ])
                    ),
                    ("answers", answers),
                ])
            ),
        ]
        if !defs.isEmpty { pairs.append(("$defs", .object(defs))) }
        return .object(pairs)
    }

    /// An answer in short form (the value) or long form (value, evidence, note).
    private static func longOrShort(_ value: JSONValue, criterion: Criterion? = nil) -> JSONValue {
        var pairs: [(String, JSONValue)] = []
        if let criterion {
            pairs.append(("title", .string(criterion.question)))
            var description = criterion.question
            if let help = criterion.help { description += "\n\n" + help }
            description += "\n\nAnswer: " + AnswerHelp.expected(criterion) + "."
            pairs.append(("description", .string(description)))
        }
        pairs.append(
            (
                "anyOf",
                .array([
                    value,
                    .object([
                        ("type", .string("object")),
                        ("required", .array([.string("value")])),
                        ("additionalProperties", .bool(false)),
                        (
                            "properties",
                            .object([
                                ("value", value),
                                (
                                    "evidence",
                                    .object([
                                        ("description", .string("A link or reference backing the answer.")),
                                        ("type", .array([.string("string"), .string("null")])),
                                    ])
                                ),
                                (
                                    "note",
                                    .object([
                                        ("description", .string("A free note.")),
                                        ("type", .array([.string("string"), .string("null")])),
                                    ])
                                ),
                            ])
                        ),
                    ]),
                ])
            ))
        return .object(pairs)
    }
}
