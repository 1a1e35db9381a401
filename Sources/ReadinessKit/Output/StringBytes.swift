extension String {
    /// Whether every UTF-8 byte of the text passes `test`, read from the string's own storage:
    /// iterating `utf8` byte by byte cost several times more, and escapers ask this of every
    /// piece of text they write.
    public func everyUTF8Byte(_ test: (UInt8) -> Bool) -> Bool {
        if let result = utf8.withContiguousStorageIfAvailable({ $0.allSatisfy(test) }) { return result }
        var copy = self
        return copy.withUTF8 { $0.allSatisfy(test) }
    }
}
