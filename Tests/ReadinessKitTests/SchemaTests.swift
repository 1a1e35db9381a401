import Foundation
import Testing

@testable import ReadinessKit

@Suite("JSON Schemas for editors")
struct SchemaTests {
    let rubric = Fixtures.smallRubric

    private func object(_ value: JSONValue) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(value.rendered().utf8)) as? [String: Any])
    }

    @Test("every schema is valid JSON declaring draft 2020-12")
    func dialect() throws {
        for schema in [
            QuestionnaireSchema.generic(), QuestionnaireSchema.specific(for: rubric), RubricSchema.document(),
        ] {
            let json = try object(schema)
            #expect(json["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
            #expect(json["type"] as? String == "object")
        }
    }

    @Test("schemas are deterministic")
    func deterministic() {
        #expect(
            QuestionnaireSchema.specific(for: rubric).rendered() == QuestionnaireSchema.specific(for: rubric).rendered()
        )
        #expect(RubricSchema.document().rendered() == RubricSchema.document().rendered())
    }

    @Test("the generic questionnaire schema takes the header keys and answers by id")
    func generic() throws {
        let json = try object(QuestionnaireSchema.generic())
        let properties = try #require(json["properties"] as? [String: Any])
        #expect(
            Set(properties.keys)
                == Set(["startup", "rubric", "rubric_version", "assessor", "date", "language", "answers"]))
        #expect(json["required"] as? [String] == ["startup"])
        #expect(json["$defs"] != nil)
    }

    @Test("the rubric-specific schema lists every criterion with its allowed values")
    func specific() throws {
        let json = try object(QuestionnaireSchema.specific(for: rubric))
        let answers = try #require((json["properties"] as? [String: Any])?["answers"] as? [String: Any])
        let criteria = try #require(answers["properties"] as? [String: Any])
        #expect(Set(criteria.keys) == Set(rubric.allCriteria.map(\.key)))
        #expect(answers["additionalProperties"] as? Bool == false)
        let ip = try #require(criteria["tech.ip"] as? [String: Any])
        #expect(ip["title"] as? String == "IP?")
        let short = try #require((ip["anyOf"] as? [[String: Any]])?.first?["anyOf"] as? [[String: Any]])
        #expect(short.first?["enum"] as? [String] == ["none", "filed", "granted"])
        let trl = try #require(criteria["tech.trl"] as? [String: Any])
        let scale = try #require((trl["anyOf"] as? [[String: Any]])?.first?["anyOf"] as? [[String: Any]])
        #expect(scale.first?["minimum"] as? Int == 1)
        #expect(scale.first?["maximum"] as? Int == 9)
    }

    @Test("the rubric schema requires what the decoder requires")
    func rubricSchema() throws {
        let json = try object(RubricSchema.document())
        // A rubric that extends another may leave verdicts and dimensions to its base.
        #expect(Set(json["required"] as? [String] ?? []) == Set(["id", "version", "title"]))
        #expect(
            Set((json["else"] as? [String: Any])?["required"] as? [String] ?? []) == Set(["verdicts", "dimensions"]))
        let defs = try #require(json["$defs"] as? [String: Any])
        let criterion = try #require(defs["criterion"] as? [String: Any])
        let kinds = ((criterion["properties"] as? [String: Any])?["answer"] as? [String: Any])?["enum"] as? [String]
        #expect(kinds == AnswerKind.names)
    }
}
