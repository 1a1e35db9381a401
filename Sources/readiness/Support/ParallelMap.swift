import Foundation

/// Maps indices to values on several threads, keeping the order of the indices.
enum ParallelMap {
    /// `transform(i)` for every `i` in `0..<count`, computed by `jobs` workers, in index order.
    static func map<T>(count: Int, jobs: Int, _ transform: (Int) -> T) -> [T] {
        guard count > 0 else { return [] }
        let workers = max(1, min(jobs, count))
        if workers == 1 { return (0..<count).map(transform) }
        var slots = [T?](repeating: nil, count: count)
        slots.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let slots = buffer
            withoutActuallyEscaping(transform) { transform in
                nonisolated(unsafe) let transform = transform
                DispatchQueue.concurrentPerform(iterations: workers) { worker in
                    var index = worker
                    while index < count {
                        slots[index] = transform(index)
                        index += workers
                    }
                }
            }
        }
        return slots.map { $0! }
    }
}
