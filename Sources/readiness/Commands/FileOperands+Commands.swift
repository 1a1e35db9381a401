extension AssessCommand: FileOperandsCommand {}
extension ValidateCommand: FileOperandsCommand {}

extension BatchCommand: FileOperandsCommand {
    var files: [String] {
        get { inputs }
        set { inputs = newValue }
    }
}
