import Foundation
import Testing

@testable import ReadinessKit

/// The plan's JSON Schemas: the shape, and with a rubric its ids.
@Suite("Plan JSON Schemas")
struct PlanSchemaTests {
    let rubric = PlanFixture.rubric

    private func object(_ value: JSONValue) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(value.rendered().utf8)) as? [String: Any])
    }

    private func items(_ json: [String: Any], _ key: String) throws -> [String: Any] {
        let list = try #require((json["properties"] as? [String: Any])?[key] as? [String: Any])
        return try #require(list["items"] as? [String: Any])
    }

    @Test("both schemas declare draft 2020-12, take the plan's keys and are deterministic")
    func shape() throws {
        for schema in [PlanSchema.generic(), PlanSchema.specific(for: rubric)] {
            let json = try object(schema)
            #expect(json["$schema"] as? String == QuestionnaireSchema.dialect)
            #expect(json["required"] as? [String] == ["startup"])
            #expect(json["additionalProperties"] as? Bool == false)
            let properties = try #require(json["properties"] as? [String: Any])
            #expect(Set(properties.keys) == Set(PlanDecoder.keys))
            let target = try #require(try items(json, "targets")["properties"] as? [String: Any])
            #expect(Set(target.keys) == Set(PlanEntryDecoder.targetKeys))
            let action = try #require(try items(json, "actions")["properties"] as? [String: Any])
            #expect(Set(action.keys) == Set(PlanEntryDecoder.actionKeys))
            #expect((action["status"] as? [String: Any])?["enum"] as? [String] == ["open", "done", "dropped"])
        }
        #expect(PlanSchema.specific(for: rubric).rendered() == PlanSchema.specific(for: rubric).rendered())
    }

    @Test("the rubric-specific schema enumerates dimension, criterion and resource ids")
    func specific() throws {
        let json = try object(PlanSchema.specific(for: rubric))
        let target = try #require(try items(json, "targets")["properties"] as? [String: Any])
        #expect((target["dimension"] as? [String: Any])?["enum"] as? [String] == rubric.dimensions.map(\.id))
        let action = try #require(try items(json, "actions")["properties"] as? [String: Any])
        #expect((action["criterion"] as? [String: Any])?["enum"] as? [String] == rubric.allCriteria.map(\.key))
        let resource = try #require((action["resource"] as? [String: Any])?["anyOf"] as? [[String: Any]])
        #expect(resource.first?["enum"] as? [String] == ["ip-clinic", "mentors"])
        let generic = try object(PlanSchema.generic())
        let genericTarget = try #require(try items(generic, "targets")["properties"] as? [String: Any])
        #expect((genericTarget["dimension"] as? [String: Any])?["enum"] == nil)
    }
}
