import Foundation

/// Produces values on worker threads and consumes them on the calling thread in index order,
/// both at once: the sequential part of a job overlaps the parallel part instead of waiting
/// for it.
///
/// At most `window` produced values wait to be consumed, so memory stays flat however many
/// items there are. The consumer may hand work back (`Tasks.submit`, such as writing files
/// whose names only the ordered pass could choose); workers run that before producing more.
final class OrderedPipeline<Value>: @unchecked Sendable {
    /// Where the consumer hands back work for the workers.
    final class Tasks: @unchecked Sendable {
        fileprivate weak var pipeline: OrderedPipeline?
        /// The first error of a task run on the caller, for `run` to rethrow.
        fileprivate var inlineError: Error?

        /// Runs `task` on a worker (or on the caller when there are no workers).
        func submit(_ task: @escaping () throws -> Void) {
            guard let pipeline else {
                do { try task() } catch { if inlineError == nil { inlineError = error } }
                return
            }
            pipeline.submit(task)
        }
    }

    private let count: Int
    private let window: Int
    private let condition = NSCondition()
    private var slots: [Value?]
    private var nextToClaim = 0
    private var consumed = 0
    private var tasks: [() throws -> Void] = []
    private var taskHead = 0
    private var consumerDone = false
    private var runningWorkers = 0
    private var firstError: Error?
    /// Wake-ups come in batches: a waiting consumer wakes when this many values in a row are
    /// ready, a worker waiting for room when there is room for this many. One futex call per
    /// value made the threads spend more time waking each other than working.
    private let batch: Int
    /// How many indices a worker claims at once.
    private static var claim: Int { 4 }
    /// The last index of the run the waiting consumer wants ready, or -1 when it is not waiting.
    private var consumerWantsThrough = -1
    private var workersWaitingForRoom = 0

    private init(count: Int, window: Int) {
        self.count = count
        self.window = window
        batch = max(1, min(32, window / 4))
        slots = Array(repeating: nil, count: window)
    }

    /// Runs `produce(index, worker)` for every index in `0..<count` on `jobs` threads and
    /// `consume(index, value, tasks)` on this thread in index order. Rethrows the first error of
    /// `consume` or of a submitted task, after every worker has stopped.
    static func run(
        count: Int, jobs: Int, window: Int = 256,
        produce: @escaping (Int, Int) -> Value,
        consume: (Int, Value, Tasks) throws -> Void
    ) throws {
        let tasks = Tasks()
        guard jobs > 1, count > 1 else {
            for index in 0..<count {
                try consume(index, produce(index, 0), tasks)
                if let error = tasks.inlineError { throw error }
            }
            return
        }
        let pipeline = OrderedPipeline(count: count, window: max(window, jobs))
        tasks.pipeline = pipeline
        let workers = min(jobs, count)
        pipeline.runningWorkers = workers
        nonisolated(unsafe) let produce = produce
        for worker in 0..<workers {
            let thread = Thread { pipeline.work(worker: worker, produce: produce) }
            thread.stackSize = 8 << 20
            thread.start()
        }
        var consumeError: Error?
        var ready: [Value] = []
        var readyAt = 0
        var index = 0
        taking: while index < count {
            if readyAt == ready.count {
                // Every value ready from here on, in one go: one lock for many values.
                ready.removeAll(keepingCapacity: true)
                readyAt = 0
                guard pipeline.takeReady(from: index, into: &ready) else { break taking }
            }
            do {
                try consume(index, ready[readyAt], tasks)
            } catch {
                consumeError = error
                break taking
            }
            readyAt += 1
            index += 1
        }
        pipeline.finish()
        if let error = consumeError ?? pipeline.firstError { throw error }
    }

    // MARK: - Private

    /// A worker: runs handed-back tasks first, then claims the next index within the window.
    private func work(worker: Int, produce: (Int, Int) -> Value) {
        condition.lock()
        while true {
            if runTasks() { continue }
            if consumerDone { break }
            if nextToClaim < count, nextToClaim < consumed + window, firstError == nil {
                // A few indices at a time, stored together: fewer turns of the shared lock.
                let first = nextToClaim
                let claimed = min(Self.claim, count - first, consumed + window - first)
                nextToClaim += claimed
                condition.unlock()
                let values = (first..<(first + claimed)).map { produce($0, worker) }
                condition.lock()
                for (offset, value) in values.enumerated() { slots[(first + offset) % window] = value }
                if consumerWantsThrough >= 0, first <= consumerWantsThrough, runReady() { condition.broadcast() }
                continue
            }
            if nextToClaim < count, firstError == nil {
                workersWaitingForRoom += 1
                condition.wait()
                workersWaitingForRoom -= 1
            } else {
                condition.wait()  // for handed-back tasks, or the end
            }
        }
        runningWorkers -= 1
        condition.broadcast()
        condition.unlock()
    }

    /// Waits for the value at `index`, then moves it and every ready value after it (up to a
    /// batch) into `ready`; false when a task failed.
    private func takeReady(from index: Int, into ready: inout [Value]) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while slots[index % window] == nil {
            if firstError != nil { return false }
            consumerWantsThrough = min(index + batch, count) - 1
            if workersWaitingForRoom > 0 { condition.broadcast() }
            condition.wait()
        }
        consumerWantsThrough = -1
        var next = index
        while next < count, next < index + batch, let value = slots[next % window] {
            ready.append(value)
            slots[next % window] = nil
            next += 1
        }
        consumed = next
        if workersWaitingForRoom > 0, consumed + window - nextToClaim >= batch { condition.broadcast() }
        return true
    }

    /// Whether every value the waiting consumer wants is ready (under the lock).
    private func runReady() -> Bool {
        guard consumerWantsThrough >= consumed else { return true }
        for index in consumed...consumerWantsThrough where slots[index % window] == nil { return false }
        return true
    }

    /// Runs the handed-back tasks waiting, unlocking around each (called and returning under the
    /// lock); whether it ran any.
    private func runTasks() -> Bool {
        var ran = false
        while let task = nextTask() {
            condition.unlock()
            run(task)
            condition.lock()
            ran = true
        }
        return ran
    }

    /// The oldest task not yet started (under the lock); run tasks are dropped as they go.
    private func nextTask() -> (() throws -> Void)? {
        guard taskHead < tasks.count else { return nil }
        let task = tasks[taskHead]
        taskHead += 1
        if taskHead == tasks.count {
            tasks.removeAll(keepingCapacity: true)
            taskHead = 0
        } else if taskHead >= 256 {
            tasks.removeFirst(taskHead)
            taskHead = 0
        }
        return task
    }

    private func submit(_ task: @escaping () throws -> Void) {
        condition.lock()
        tasks.append(task)
        condition.signal()
        condition.unlock()
    }

    private func run(_ task: () throws -> Void) {
        do {
            try task()
        } catch {
            condition.lock()
            if firstError == nil { firstError = error }
            condition.broadcast()  // the consumer may wait for a value no worker will now make
            condition.unlock()
        }
    }

    /// Tells the workers no more tasks come (or that the run stops), helps with the tasks
    /// left, and waits for every worker to stop.
    private func finish() {
        condition.lock()
        consumerDone = true
        condition.broadcast()
        while true {
            if runTasks() { continue }
            if runningWorkers == 0 { break }
            condition.wait()
        }
        condition.unlock()
    }
}
