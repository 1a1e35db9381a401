import ReadinessFuzzing

/// libFuzzer's entry point: one input through `FuzzTarget.extends`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzTarget.extends.fuzz(data, size)
    return 0
}
