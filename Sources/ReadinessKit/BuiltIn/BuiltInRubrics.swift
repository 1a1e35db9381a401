/// The rubrics and resource catalogues carried inside the binary.
public enum BuiltInRubrics {
    /// The ids of the built-in rubrics, sorted.
    public static var ids: [String] { BuiltInData.rubrics.map(\.name) }

    /// The YAML text of a built-in rubric, if there is one with that id.
    public static func text(of id: String) -> String? {
        BuiltInData.rubrics.first { $0.name == id }?.text
    }

    /// The names of the built-in resource catalogues, sorted.
    public static var catalogueNames: [String] { BuiltInData.catalogues.map(\.name) }

    /// The YAML text of a built-in resource catalogue, if there is one with that name.
    public static func catalogueText(of name: String) -> String? {
        BuiltInData.catalogues.first { $0.name == name }?.text
    }

    /// The file name a built-in rubric is shown under in diagnostics.
    public static func displayPath(of id: String) -> String { "<built-in>/Rubrics/\(id).yaml" }

    /// The file name a built-in catalogue is shown under in diagnostics.
    public static func catalogueDisplayPath(of name: String) -> String { "<built-in>/Rubrics/resources/\(name).yaml" }
}
