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
            ("description", .string("What investor-ready means: dimensions of weighted criteria, verdicts, levels and resources.")),
            ("type", .string("object")),
            ("required", strings(["id", "version", "title", "verdicts", "dimensions"])),
            ("additionalProperties", .bool(false)),
            ("properties", .object([
                ("format", .object([("description", .string("The rubric format version.")), ("type", .string("integer")), ("minimum", .integer(1))])),
                ("id", .object([("type", .string("string")), ("pattern", .string("^[a-z0-9-]+$"))])),
                ("version", text("The rubric's version, such as 1.0.0.")),
                ("title", text("The rubric's title.")),
                ("summary", text("Markdown text.")),
                ("catalogue", text("The name of a resource catalogue whose resources criteria may refer to.")),
                ("pass", .object([("description", .string("The criterion score a level needs (default 1).")),
                                  ("type", .string("number")), ("minimum", .integer(0)), ("maximum", .integer(1))])),
                ("levels", .object([("description", .string("Names of readiness levels 1–9.")), ("type", .string("object")),
                                    ("propertyNames", .object([("pattern", .string("^[1-9]$"))])),
                                    ("additionalProperties", .object([("type", .string("string"))]))])),
                ("verdicts", .object([("description", .string("Best first; the first whose min the overall score reaches applies.")),
                                      ("type", .string("array")), ("minItems", .integer(1)), ("items", ref("verdict"))])),
                ("dimensions", .object([("type", .string("array")), ("minItems", .integer(1)), ("items", ref("dimension"))])),
                ("resources", .object([("type", .string("array")), ("items", ref("resource"))])),
            ])),
            ("$defs", .object([
                ("verdict", closed(["id", "label", "min"], [
                    ("id", .object([("type", .string("string"))])), ("label", .object([("type", .string("string"))])),
                    ("min", .object([("type", .string("number")), ("minimum", .integer(0)), ("maximum", .integer(100))])),
                ])),
                ("dimension", closed(["id", "title", "criteria"], [
                    ("id", .object([("type", .string("string")), ("pattern", .string("^[A-Za-z0-9_-]+$"))])),
                    ("title", text("The dimension's title.")),
                    ("weight", .object([("type", .string("number")), ("exclusiveMinimum", .integer(0))])),
                    ("summary", text("Markdown text.")),
                    ("criteria", .object([("type", .string("array")), ("minItems", .integer(1)), ("items", ref("criterion"))])),
                ])),
                ("criterion", RubricCriterionSchema.document()),
                ("option", closed(["id", "label", "score"], [
                    ("id", .object([("type", .string("string")), ("pattern", .string("^[^ ,;]+$"))])),
                    ("label", text("Shown to people.")),
                    ("score", unit()),
                    ("advice", text("Markdown advice specific to this option.")),
                    ("resources", ref("ids")),
                ])),
                ("band", closed(["from", "score"], [
                    ("from", .object([("type", .string("number"))])), ("score", unit()), ("label", .object([("type", .string("string"))])),
                ])),
                ("resource", closed(["id", "title"], [
                    ("id", .object([("type", .string("string"))])), ("title", .object([("type", .string("string"))])),
                    ("url", .object([("type", .string("string"))])), ("summary", text("Markdown text.")),
                    ("contact", .object([("type", .string("string"))])),
                ])),
                ("ids", .object([("anyOf", .array([
                    .object([("type", .string("array")), ("items", .object([("type", .string("string"))]))]),
                    .object([("type", .string("string"))]),
                ]))])),
            ])),
        ])
    }

    // MARK: - Helpers shared with the criterion schema

    /// `{"$ref": "#/$defs/NAME"}`.
    static func ref(_ name: String) -> JSONValue { .object([("$ref", .string("#/$defs/\(name)"))]) }

    /// A string property with a description.
    static func text(_ description: String) -> JSONValue {
        .object([("description", .string(description)), ("type", .string("string"))])
    }

    /// A number from 0 to 1.
    static func unit() -> JSONValue {
        .object([("type", .string("number")), ("minimum", .integer(0)), ("maximum", .integer(1))])
    }

    /// A JSON array of strings.
    static func strings(_ values: [String]) -> JSONValue { .array(values.map { .string($0) }) }

    /// An object with required keys and no others.
    static func closed(_ required: [String], _ properties: [(String, JSONValue)]) -> JSONValue {
        .object([("type", .string("object")), ("required", strings(required)),
                 ("additionalProperties", .bool(false)), ("properties", .object(properties))])
    }
}
