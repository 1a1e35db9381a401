/// The JSON Schema of one criterion inside a rubric: its keys, and which keys each answer kind needs.
enum RubricCriterionSchema {
    /// The criterion schema, for the rubric schema's `$defs`.
    static func document() -> JSONValue {
        var schema = RubricSchema.closed(
            ["id", "question", "answer"],
            [
                ("id", .object([("type", .string("string")), ("pattern", .string("^[A-Za-z0-9_-]+$"))])),
                ("question", RubricSchema.text("The question asked.")),
                ("help", RubricSchema.text("Markdown: what counts, how to check.")),
                (
                    "answer",
                    .object([
                        ("description", .string("What kind of answer the criterion takes.")),
                        ("enum", RubricSchema.strings(AnswerKind.names)),
                    ])
                ),
                ("unit", RubricSchema.text("The unit of a number answer.")),
                (
                    "bands",
                    .object([
                        (
                            "description",
                            .string("number: the band with the highest from not above the value gives the score.")
                        ),
                        ("type", .string("array")), ("minItems", .integer(1)), ("items", RubricSchema.ref("band")),
                    ])
                ),
                (
                    "options",
                    .object([
                        ("type", .string("array")), ("minItems", .integer(1)), ("items", RubricSchema.ref("option")),
                    ])
                ),
                (
                    "scale",
                    RubricSchema.closed(
                        ["min", "max"],
                        [
                            ("min", .object([("type", .string("integer"))])),
                            ("max", .object([("type", .string("integer"))])),
                            (
                                "labels",
                                .object([
                                    ("type", .string("object")), ("additionalProperties", RubricSchema.ref("text")),
                                ])
                            ),
                        ])
                ),
                (
                    "invert",
                    .object([
                        ("description", .string("yes-no: score no as 1 and yes as 0.")),
                        ("type", .array([.string("boolean"), .string("string")])),
                    ])
                ),
                (
                    "weight",
                    .object([
                        ("description", .string("0 or more, default 1; 0 makes a profile question.")),
                        ("type", .string("number")), ("minimum", .integer(0)),
                    ])
                ),
                ("level", .object([("type", .string("integer")), ("minimum", .integer(1)), ("maximum", .integer(9))])),
                (
                    "pass",
                    .object([
                        (
                            "description",
                            .string("Format 2: the score that passes this criterion's level (else the rubric's pass).")
                        ),
                        ("type", .string("number")), ("minimum", .integer(0)), ("maximum", .integer(1)),
                    ])
                ),
                (
                    "gate",
                    .object([
                        (
                            "description",
                            .string(
                                "A counted score below it caps the verdict: a number (capped at the second verdict) or, in format 2, {below, cap}."
                            )
                        ),
                        (
                            "anyOf",
                            .array([
                                RubricSchema.unit(),
                                RubricSchema.closed(
                                    ["below"],
                                    [
                                        ("below", RubricSchema.unit()),
                                        (
                                            "cap",
                                            .object([
                                                (
                                                    "description",
                                                    .string("The id of the verdict a failed gate caps at.")
                                                ),
                                                ("type", .string("string")),
                                            ])
                                        ),
                                    ]),
                            ])
                        ),
                    ])
                ),
                (
                    "evidence",
                    .object([
                        (
                            "description",
                            .string(
                                "expected flags an answer without evidence; required (format 2) also counts it score × unverified."
                            )
                        ),
                        ("enum", RubricSchema.strings(["expected", "required", "optional", "none"])),
                    ])
                ),
                ("when", whenSchema()),
                ("advice", RubricSchema.text("Markdown shown when the score is below 1.")),
                ("strength", RubricSchema.text("Markdown shown when the score is 1.")),
                ("resources", RubricSchema.ref("ids")),
            ])
        if case .object(var pairs) = schema {
            pairs.append(
                (
                    "allOf",
                    .array([
                        needs(["choice", "multi-choice"], "options"), needs(["scale"], "scale"),
                        needs(["number"], "bands"),
                    ])
                ))
            schema = .object(pairs)
        }
        return schema
    }

    // MARK: - Private

    /// `if answer is one of kinds then key is required`.
    private static func needs(_ kinds: [String], _ key: String) -> JSONValue {
        .object([
            (
                "if",
                .object([
                    ("properties", .object([("answer", .object([("enum", RubricSchema.strings(kinds))]))])),
                    ("required", RubricSchema.strings(["answer"])),
                ])
            ),
            ("then", .object([("required", RubricSchema.strings([key]))])),
        ])
    }

    private static func whenSchema() -> JSONValue {
        .object([
            ("description", .string("Applies only when another criterion's answer is (one of) these values.")),
            ("type", .string("object")),
            ("required", RubricSchema.strings(["answer"])),
            ("additionalProperties", .bool(false)),
            (
                "properties",
                .object([
                    ("answer", .object([("type", .string("string"))])),
                    ("is", .object([("type", .array([.string("string"), .string("number"), .string("boolean")]))])),
                    ("in", .object([("type", .string("array"))])),
                ])
            ),
            (
                "oneOf",
                .array([
                    .object([("required", RubricSchema.strings(["is"]))]),
                    .object([("required", RubricSchema.strings(["in"]))]),
                ])
            ),
        ])
    }
}
