/// The JSON Schema of one criterion's answer value: what an editor may offer and accept.
///
/// YAML editors read `yes` as text and `true` as a boolean, so yes-no accepts both; every
/// value may be null (unanswered).
public enum CriterionSchema {
    /// The schema of a criterion's short-form answer value.
    public static func value(for criterion: Criterion) -> JSONValue {
        let null = JSONValue.object([("type", .string("null"))])
        switch criterion.answer {
        case .yesNo:
            return .object([
                (
                    "anyOf",
                    .array([
                        .object([("enum", .array([.string("yes"), .string("no")]))]),
                        .object([("type", .string("boolean"))]),
                        .object([
                            ("type", .string("string")),
                            ("pattern", .string("^([Yy]([Ee][Ss])?|[Nn][Oo]?|[Tt][Rr][Uu][Ee]|[Ff][Aa][Ll][Ss][Ee])$")),
                        ]),
                        null,
                    ])
                )
            ])
        case .choice(let options):
            return .object([("anyOf", .array([optionEnum(options), null]))])
        case .multiChoice(let options):
            return .object([
                (
                    "anyOf",
                    .array([
                        .object([
                            ("type", .string("array")), ("items", optionEnum(options)), ("uniqueItems", .bool(true)),
                        ]),
                        optionEnum(options),
                        null,
                    ])
                )
            ])
        case .scale(let scale):
            return .object([
                (
                    "anyOf",
                    .array([
                        .object([
                            ("type", .string("integer")), ("minimum", .integer(scale.min)),
                            ("maximum", .integer(scale.max)),
                        ]),
                        null,
                    ])
                )
            ])
        case .number(let bands):
            var number: [(String, JSONValue)] = [("type", .string("number"))]
            if let lowest = bands.first { number.append(("minimum", .number(lowest.from))) }
            return .object([("anyOf", .array([.object(number), null]))])
        case .text:
            return .object([("type", .array([.string("string"), .string("null")]))])
        }
    }

    // MARK: - Private

    /// The option ids as an enum, with their labels for editors that show them.
    private static func optionEnum(_ options: [ChoiceOption]) -> JSONValue {
        .object([
            ("enum", .array(options.map { .string($0.id) })),
            ("enumDescriptions", .array(options.map { .string($0.label) })),
        ])
    }
}
