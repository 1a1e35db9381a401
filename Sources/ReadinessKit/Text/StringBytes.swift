extension String {
    /// Runs `body` on the text's UTF-8 bytes. A native string lends its own storage, without a
    /// copy or a reference count; any other string is copied once. Every byte-level reader and
    /// writer of the project reaches a string's bytes through this.
    @inlinable
    public func withUTF8Bytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        if let result = try utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = self
        return try copy.withUTF8(body)
    }

    /// Whether every UTF-8 byte of the text passes `test`, read from the string's own storage:
    /// iterating `utf8` byte by byte cost several times more, and escapers ask this of every
    /// piece of text they write.
    /// Inlinable, so the test is compiled into each caller instead of called per byte.
    @inlinable
    public func everyUTF8Byte(_ test: (UInt8) -> Bool) -> Bool {
        withUTF8Bytes { $0.allSatisfy(test) }
    }
}
