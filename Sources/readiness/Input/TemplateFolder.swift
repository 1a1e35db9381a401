import ArgumentParser
import Foundation
import ReadinessKit
import ReadinessReports

/// Reads a folder of customised HTML templates (`<name>.mustache`) for `--templates DIR`.
///
/// Files replace the default template of the same name (`report`, `style`, `brand`); other
/// `.mustache` files become partials the templates can include. Missing ones keep the default.
enum TemplateFolder {
    /// The parsed templates, or an error printed with its location and `ExitCode.failure` thrown.
    static func load(_ folder: String) throws -> ReportTemplates {
        let printer = DiagnosticPrinter()
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            printer.print(.noTemplateFolder(folder), path: folder)
            throw ExitCode.failure
        }
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { $0.hasSuffix("." + DefaultTemplates.fileExtension) }
            .sorted()
        var overrides: [String: String] = [:]
        for file in names {
            let path = (folder as NSString).appendingPathComponent(file)
            switch FileReader.text(at: path) {
            case .failure(let failure):
                printer.print(failure, path: path)
                throw ExitCode.failure
            case .success(let text):
                overrides[String(file.dropLast(DefaultTemplates.fileExtension.count + 1))] = text
            }
        }
        do {
            return try ReportTemplates(overrides: overrides)
        } catch {
            let path = (folder as NSString).appendingPathComponent("\(error.name).\(DefaultTemplates.fileExtension)")
            printer.print(
                [.error(error.message, at: SourceLocation(line: error.line, column: error.column))], path: path)
            throw ExitCode.failure
        }
    }
}
