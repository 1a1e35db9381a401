#if canImport(Glibc)
import Glibc
#endif
import ReadinessKit

/// Prints result JSON to standard output, streamed in blocks so thousands of results never
/// become one giant string.
enum JSONOutput {
    /// Prints one result as an object, or several (or a multi-file run) as an array.
    static func print(_ results: [AssessmentResult], asArray: Bool) {
        var out: [UInt8] = []
        out.reserveCapacity(1 << 20)
        guard asArray else {
            guard let result = results.first else { return }
            ResultJSON.value(result).write(into: &out, indent: 0)
            out.append(0x0A)
            flush(&out)
            return
        }
        if results.isEmpty {
            out += Array("[]\n".utf8)
            flush(&out)
            return
        }
        out += Array("[\n".utf8)
        for (index, result) in results.enumerated() {
            out += [0x20, 0x20]
            ResultJSON.value(result).write(into: &out, indent: 1)
            out += index == results.count - 1 ? [0x0A] : [0x2C, 0x0A]
            if out.count >= 1 << 20 { flush(&out) }
        }
        out += Array("]\n".utf8)
        flush(&out)
    }

    private static func flush(_ out: inout [UInt8]) {
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
