/// The JSON Schema (draft 2020-12) of a rubric file, for editors.
///
/// It mirrors what `RubricDecoder` accepts; the decoder stays the authority (it also checks
/// references, descending verdicts and bands, and duplicate ids, which a schema cannot).
public enum RubricSchema {
    /// The rubric schema.
    public static func document() -> JSONValue {
        .object([
            ("$schema", .string(QuestionnaireSchema.dialect)),
            ("title", .string("readiness rubric")),
            (
                "description",
                .string("What investor-ready means: dimensions of weighted criteria, verdicts, levels and resources.")
            ),
            ("type", .string("object")),
            ("required", strings(["id", "version", "title"])),
            ("additionalProperties", .bool(false)),
            // A rubric that extends another may leave verdicts and dimensions to its base, and
            // its dimensions may override a base dimension by id with only the keys they change.
            ("if", .object([("required", strings(["extends"]))])),
            (
                "then",
                .object([("properties", .object([("dimensions", .object([("items", ref("dimensionOverride"))]))]))])
            ),
            (
                "else",
                .object([
                    ("required", strings(["verdicts", "dimensions"])),
                    (
                        "properties",
                        .object([("dimensions", .object([("minItems", .integer(1)), ("items", ref("dimension"))]))])
                    ),
                ])
            ),
            (
                "properties",
                .object([
                    (
                        "format",
                        .object([
                            (
                                "description",
                                .string(
                                    "The rubric format version: 1 (default) or 2, which the keys marked 'format 2' need."
                                )
                            ),
                            ("type", .string("integer")), ("minimum", .integer(1)),
                            ("maximum", .integer(RubricDecoder.formatVersion)),
                        ])
                    ),
                    ("extends", text("Format 2: the base rubric, a built-in id or a path relative to this file.")),
                    (
                        "remove",
                        .object([
                            ("description", .string("Format 2: base dimensions or criteria (full ids) to drop.")),
                            ("type", .string("array")), ("items", .object([("type", .string("string"))])),
                        ])
                    ),
                    (
                        "language",
                        .object([
                            ("description", .string("Format 2: the language plain texts are written in (default en).")),
                            ("type", .string("string")), ("pattern", .string(languagePattern)),
                        ])
                    ),
                    (
                        "languages",
                        .object([
                            (
                                "description",
                                .string("Format 2: the languages the rubric offers (default: its language).")
                            ),
                            ("type", .string("array")), ("minItems", .integer(1)), ("uniqueItems", .bool(true)),
                            ("items", .object([("type", .string("string")), ("pattern", .string(languagePattern))])),
                        ])
                    ),
                    (
                        "unverified",
                        .object([
                            (
                                "description",
                                .string("Format 2: what an answer without required evidence counts for (default 0.5).")
                            ),
                            ("type", .string("number")), ("minimum", .integer(0)), ("maximum", .integer(1)),
                        ])
                    ),
                    (
                        "min_answered",
                        .object([
                            (
                                "description",
                                .string("Format 2: below this answered share the result is provisional (default 0).")
                            ),
                            ("type", .string("number")), ("minimum", .integer(0)), ("maximum", .integer(1)),
                        ])
                    ),
                    ("id", .object([("type", .string("string")), ("pattern", .string("^[a-z0-9-]+$"))])),
                    (
                        "version",
                        .object([
                            ("description", .string("The rubric's version, such as 1.0.0.")),
                            ("type", .string("string")),
                        ])
                    ),
                    ("title", text("The rubric's title.")),
                    ("summary", text("Markdown text.")),
                    (
                        "catalogue",
                        .object([
                            (
                                "description",
                                .string("The name of a resource catalogue whose resources criteria may refer to.")
                            ),
                            ("type", .string("string")),
                        ])
                    ),
                    (
                        "pass",
                        .object([
                            ("description", .string("The criterion score a level needs (default 1).")),
                            ("type", .string("number")), ("minimum", .integer(0)), ("maximum", .integer(1)),
                        ])
                    ),
                    ("levels", ref("levels")),
                    (
                        "verdicts",
                        .object([
                            (
                                "description",
                                .string("Best first; the first whose min the overall score reaches applies.")
                            ),
                            ("type", .string("array")), ("minItems", .integer(1)), ("items", ref("verdict")),
                        ])
                    ),
                    (
                        "dimensions",
                        .object([
                            (
                                "description",
                                .string(
                                    "In the order reports show them; see 'dimension' (and 'dimensionOverride' under extends)."
                                )
                            ),
                            ("type", .string("array")),
                        ])
                    ),
                    ("resources", .object([("type", .string("array")), ("items", ref("resource"))])),
                ])
            ),
            (
                "$defs",
                .object([
                    (
                        "verdict",
                        closed(
                            ["id", "label", "min"],
                            [
                                ("id", .object([("type", .string("string"))])), ("label", text("Shown to people.")),
                                (
                                    "min",
                                    .object([
                                        ("type", .string("number")), ("minimum", .integer(0)),
                                        ("maximum", .integer(100)),
                                    ])
                                ),
                            ])
                    ),
                    ("dimension", closed(["id", "title", "criteria"], dimensionProperties(minCriteria: 1))),
                    ("dimensionOverride", closed(["id"], dimensionProperties(minCriteria: 0))),
                    (
                        "levels",
                        .object([
                            ("description", .string("Names of readiness levels 1–9.")), ("type", .string("object")),
                            ("propertyNames", .object([("pattern", .string("^[1-9]$"))])),
                            ("additionalProperties", ref("text")),
                        ])
                    ),
                    (
                        "text",
                        .object([
                            (
                                "anyOf",
                                .array([
                                    .object([("type", .string("string"))]),
                                    .object([
                                        ("description", .string("Format 2: the text by language code.")),
                                        ("type", .string("object")),
                                        ("minProperties", .integer(1)),
                                        ("propertyNames", .object([("pattern", .string(languagePattern))])),
                                        ("additionalProperties", .object([("type", .string("string"))])),
                                    ]),
                                ])
                            )
                        ])
                    ),
                    ("criterion", RubricCriterionSchema.document()),
                    (
                        "option",
                        closed(
                            ["id", "label", "score"],
                            [
                                ("id", .object([("type", .string("string")), ("pattern", .string("^[^ ,;]+$"))])),
                                ("label", text("Shown to people.")),
                                ("score", unit()),
                                ("advice", text("Markdown advice specific to this option.")),
                                ("resources", ref("ids")),
                            ])
                    ),
                    (
                        "band",
                        closed(
                            ["from", "score"],
                            [
                                ("from", .object([("type", .string("number"))])), ("score", unit()),
                                ("label", text("Shown with the answer.")),
                            ])
                    ),
                    (
                        "resource",
                        closed(
                            ["id", "title"],
                            [
                                ("id", .object([("type", .string("string"))])),
                                ("title", text("The resource's title.")),
                                ("url", .object([("type", .string("string"))])), ("summary", text("Markdown text.")),
                                ("contact", text("Who to ask.")),
                                ("kind", .object([("enum", strings(ResourceKind.allCases.map(\.rawValue)))])),
                                ("booking", text("How to get access.")), ("cost", text("What it costs.")),
                                ("eligibility", text("Who may use it.")), ("lead_time", text("How long access takes.")),
                                ("capacity", .object([("type", .string("integer")), ("minimum", .integer(0))])),
                                (
                                    "sectors",
                                    .object([
                                        ("type", .string("array")), ("items", .object([("type", .string("string"))])),
                                    ])
                                ),
                            ])
                    ),
                    (
                        "ids",
                        .object([
                            (
                                "anyOf",
                                .array([
                                    .object([
                                        ("type", .string("array")), ("items", .object([("type", .string("string"))])),
                                    ]),
                                    .object([("type", .string("string"))]),
                                ])
                            )
                        ])
                    ),
                ])
            ),
        ])
    }

    // MARK: - Helpers shared with the criterion schema

    /// `{"$ref": "#/$defs/NAME"}`.
    static func ref(_ name: String) -> JSONValue { .object([("$ref", .string("#/$defs/\(name)"))]) }

    /// A human text with a description: a string, or (format 2) a mapping from language code to string.
    static func text(_ description: String) -> JSONValue {
        .object([("description", .string(description)), ("$ref", .string("#/$defs/text"))])
    }

    /// A language code: `en`, `nl`, `pt-BR`.
    static let languagePattern = "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"

    /// The keys of a dimension; an override of a base dimension may have no criteria.
    private static func dimensionProperties(minCriteria: Int) -> [(String, JSONValue)] {
        [
            ("id", .object([("type", .string("string")), ("pattern", .string("^[A-Za-z0-9_-]+$"))])),
            ("title", text("The dimension's title.")),
            ("weight", .object([("type", .string("number")), ("exclusiveMinimum", .integer(0))])),
            ("summary", text("Markdown text.")),
            (
                "levels",
                .object([
                    ("description", .string("Format 2: this dimension's own ladder of level names.")),
                    ("$ref", .string("#/$defs/levels")),
                ])
            ),
            (
                "criteria",
                .object([("type", .string("array")), ("minItems", .integer(minCriteria)), ("items", ref("criterion"))])
            ),
        ]
    }

    /// A number from 0 to 1.
    static func unit() -> JSONValue {
        .object([("type", .string("number")), ("minimum", .integer(0)), ("maximum", .integer(1))])
    }

    /// A JSON array of strings.
    static func strings(_ values: [String]) -> JSONValue { .array(values.map { .string($0) }) }

    /// An object with required keys and no others.
    static func closed(_ required: [String], _ properties: [(String, JSONValue)]) -> JSONValue {
        .object([
            ("type", .string("object")), ("required", strings(required)),
            ("additionalProperties", .bool(false)), ("properties", .object(properties)),
        ])
    }
}
