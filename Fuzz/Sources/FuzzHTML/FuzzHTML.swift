import ReadinessFuzzing

/// libFuzzer's entry point: one input through `FuzzTarget.html`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzTarget.html.fuzz(data, size)
    return 0
}
