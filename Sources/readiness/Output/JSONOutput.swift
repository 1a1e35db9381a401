import ReadinessKit

#if canImport(Glibc)
    import Glibc
#endif

/// Streams result JSON to standard output: one object, or an array written element by element
/// in large blocks, so thousands of results never become one giant string.
final class JSONOutput {
    private let asArray: Bool
    private var out: [UInt8] = []
    private var count = 0

    /// Starts the output; `asArray` for several files (or a multi-file run).
    init(asArray: Bool) {
        self.asArray = asArray
        out.reserveCapacity(1 << 20)
    }

    /// One result's JSON as UTF-8, indented to sit where it will be printed.
    static func render(_ result: AssessmentResult, asArray: Bool) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(16_384)
        if asArray { bytes += [0x20, 0x20] }
        ResultJSON.value(result).write(into: &bytes, indent: asArray ? 1 : 0)
        return bytes
    }

    /// Adds a rendered result.
    func add(_ rendered: [UInt8]) {
        if asArray { out += count == 0 ? [0x5B, 0x0A] : [0x2C, 0x0A] }
        out += rendered
        count += 1
        if out.count >= 1 << 20 { flush() }
    }

    /// Closes the array (or ends the object's line) and writes what is left.
    func finish() {
        if asArray {
            out += count == 0 ? [0x5B, 0x5D, 0x0A] : [0x0A, 0x5D, 0x0A]
        } else if count > 0 {
            out.append(0x0A)
        }
        flush()
    }

    // MARK: - Private

    private func flush() {
        fflush(nil)  // keep order with anything printed through stdio
        out.withUnsafeBufferPointer { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(STDOUT_FILENO, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0, errno == EINTR { continue }
                if written <= 0 { return }
                offset += written
            }
        }
        out.removeAll(keepingCapacity: true)
    }
}
