import Foundation

/// How a written questionnaire names its rubric: a built-in id as is; a rubric file given by an
/// absolute path as is, and one given by a relative path relative to the questionnaire's folder
/// (which is where the loader looks first, so the pair can move together).
enum RubricReference {
    /// The `rubric:` text for a questionnaire written at `questionnairePath`.
    static func text(for source: RubricResolver.Source, questionnairePath: String?) -> String {
        switch source {
        case .builtIn(let id): return id
        case .file(let path):
            guard let questionnairePath, !path.hasPrefix("/") else { return path }
            let folder = (absolute(questionnairePath) as NSString).deletingLastPathComponent
            return relative(absolute(path), from: folder)
        }
    }

    // MARK: - Private

    private static func absolute(_ path: String) -> String {
        let full =
            path.hasPrefix("/")
            ? path
            : (FileManager.default.currentDirectoryPath as NSString).appendingPathComponent(path)
        return (full as NSString).standardizingPath
    }

    private static func relative(_ path: String, from folder: String) -> String {
        let target = path.split(separator: "/").map(String.init)
        let base = folder.split(separator: "/").map(String.init)
        var common = 0
        while common < min(target.count, base.count), target[common] == base[common] { common += 1 }
        let ups = Array(repeating: "..", count: base.count - common)
        return (ups + target[common...]).joined(separator: "/")
    }
}
