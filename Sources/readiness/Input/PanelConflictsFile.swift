import ArgumentParser
import Foundation
import ReadinessKit

/// Reads `--conflicts FILE`: CSV when its name ends in `.csv`, else YAML. A file that cannot be
/// read or has a bad row is reported (every row located) and ends the run with exit code 1.
enum PanelConflictsFile {
    /// The conflicts in a file; none when no file is given.
    static func load(_ path: String?) throws -> PanelConflicts {
        guard let path else { return PanelConflicts() }
        let printer = DiagnosticPrinter()
        let bytes: [UInt8]
        switch FileReader.bytes(at: path) {
        case .failure(let failure):
            printer.print(failure, path: path)
            throw ExitCode.failure
        case .success(let read):
            bytes = read
        }
        switch PanelConflictsDecoder.decode(bytes: bytes, isCSV: path.lowercased().hasSuffix(".csv")) {
        case .failure(let failure):
            printer.print(failure.diagnostics, path: path)
            throw ExitCode.failure
        case .success(let conflicts):
            return conflicts
        }
    }
}
