import ReadinessFuzzing

/// libFuzzer's entry point: one input through `FuzzTarget.markdown`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzTarget.markdown.fuzz(data, size)
    return 0
}
