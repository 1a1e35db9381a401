import Foundation

/// On Ctrl-C or SIGTERM, removes this run's temporary files from the output folder, then exits
/// 130 (or 143): an interrupted batch leaves only complete files behind.
final class InterruptCleanup {
    private var sources: [DispatchSourceSignal] = []

    /// Installs the handlers for one output folder; stale temporary files of dead runs go too.
    init(folder: String) {
        AtomicWriter.removeStale(in: folder)
        for (number, code) in [(SIGINT, Int32(130)), (SIGTERM, Int32(143))] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                TemporaryFiles.removeAllAndExit(code)
            }
            source.resume()
            sources.append(source)
        }
    }

    /// Restores the default handlers.
    func cancel() {
        for source in sources { source.cancel() }
        signal(SIGINT, SIG_DFL)
        signal(SIGTERM, SIG_DFL)
    }
}
