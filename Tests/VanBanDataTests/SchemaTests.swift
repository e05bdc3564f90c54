import Foundation
import Testing
import VanBan
import VanBanTestSupport

/// The shipped JSON Schema, judged by an independent validator (Python's jsonschema).
@Suite("JSON Schema")
struct SchemaTests {
    static let schema = Repository.root.appendingPathComponent("Templates/schema/vanban.schema.json").path

    func validate(_ json: String) throws -> ExternalTool.Result {
        let script = """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1]))
            jsonschema.Draft202012Validator.check_schema(schema)
            jsonschema.validate(json.load(sys.stdin), schema)
            """
        return try ExternalTool.run("python3", ["-c", script, Self.schema], stdin: Data(json.utf8))
    }

    @Test("--to json output of the sample, an import and a template validates")
    func outputsValidate() throws {
        var documents = [try DocumentData.load(try Repository.text(Repository.sample), format: .yaml).document]
        let seed = Repository.shared.appendingPathComponent("seeds")
        if let name = try FileManager.default.contentsOfDirectory(atPath: seed.path).sorted().first(where: { $0.hasPrefix("002") }) {
            documents.append(TextReader().read(try Data(contentsOf: seed.appendingPathComponent(name))).document)
        }
        let profile = try Profile(yaml: try Repository.text(Repository.root.appendingPathComponent("Samples/profile-mn-hoa-sen.yaml")))
        documents.append(try RegulationTemplate.named("ung-dung-cntt-mam-non").instantiate(profile).document)
        for document in documents {
            let result = try validate(DocumentData.encode(document, as: .json))
            #expect(result.status == 0, "\(result.stderr)")
        }
    }

    @Test func schemaRejectsABadDate() throws {
        let result = try validate(#"{"kind": "quyet-dinh", "date": "7/10/2025"}"#)
        #expect(result.status != 0)
    }

    @Test("the schema's properties are the key tables the decoder and encoder use")
    func schemaMatchesKeyTables() throws {
        let schema = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: Self.schema))) as? [String: Any]
        let definitions = try #require(schema?["$defs"] as? [String: Any])
        for table in allDataKeyTables {
            let definition = try #require(definitions[table.name] as? [String: Any], "no $defs/\(table.name)")
            // A bullet is a text or an object; the object form holds the keys.
            let object = (definition["oneOf"] as? [[String: Any]])?.first { $0["properties"] != nil } ?? definition
            let properties = try #require(object["properties"] as? [String: Any], "$defs/\(table.name) has no properties")
            let inSchema = Set(properties.keys).subtracting(["$schema"])
            #expect(inSchema == Set(table.keys), "$defs/\(table.name): schema \(inSchema.sorted()) vs keys \(table.keys.sorted())")
        }
    }
}
