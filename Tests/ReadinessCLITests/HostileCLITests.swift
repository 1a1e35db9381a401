import Foundation
import Testing

/// Issue 16: hostile files, names and options for the command line, generated at test time.
@Suite("hostile input on the command line")
struct HostileCLITests {
    /// A folder with the scoring rubric as `rubric.yaml` and a questionnaire per startup name.
    func cohort(_ names: [String], answers: String = "  tech.trl: 5\n") throws -> URL {
        let folder = try CLI.temporaryFolder()
        let rubric = try String(contentsOf: CLI.fixtures.appendingPathComponent("scoring/rubric.yaml"), encoding: .utf8)
        try rubric.write(to: folder.appendingPathComponent("rubric.yaml"), atomically: true, encoding: .utf8)
        let input = folder.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        for (index, name) in names.enumerated() {
            let text = "startup: \"\(name)\"\nrubric: ../rubric.yaml\nanswers:\n\(answers)"
            try text.write(to: input.appendingPathComponent("s\(index).yaml"), atomically: true, encoding: .utf8)
        }
        return folder
    }

    /// Runs with a deadline: a hang is a failure, not a stuck test run.
    func run(_ arguments: [String], in folder: URL? = nil) throws -> CLI.Run {
        let start = ContinuousClock.now
        let run = try CLI.run(arguments, in: folder)
        #expect(ContinuousClock.now - start < .seconds(10), "\(arguments)")
        return run
    }

    @Test("a FIFO in a batch folder, as a rubric or in --templates is refused without blocking")
    func fifos() throws {
        let folder = try cohort(["Acme"])
        #expect(mkfifo(folder.appendingPathComponent("in/pipe.yaml").path, 0o600) == 0)
        let batch = try run(["batch", "in", "--out", "out", "--quiet"], in: folder)
        #expect(batch.status == 1)
        #expect(batch.stderr.contains("pipe.yaml: error: is not a regular file"))
        #expect(mkfifo(folder.appendingPathComponent("fifo.yaml").path, 0o600) == 0)
        let rubric = try run(["assess", "in/s0.yaml", "--rubric", "fifo.yaml", "--out", "r"], in: folder)
        #expect(rubric.status != 0 && rubric.stderr.contains("fifo.yaml: error: is not a regular file"))
        let templates = folder.appendingPathComponent("templates")
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        #expect(mkfifo(templates.appendingPathComponent("report.mustache").path, 0o600) == 0)
        let custom = try run(["assess", "in/s0.yaml", "--templates", "templates", "--out", "out2"], in: folder)
        #expect(custom.status != 0 && custom.stderr.contains("report.mustache: error: is not a regular file"))
    }

    @Test("escape sequences from names and file names reach the terminal visibly")
    func terminalEscapes() throws {
        let folder = try cohort(["Acme\\e]0;pwned\\a\\e[2J"])
        let assess = try run(["assess", "in/s0.yaml", "--out", "r"], in: folder)
        #expect(!assess.stdout.contains("\u{1B}]") && !assess.stdout.contains("\u{1B}[2J"))
        #expect(assess.stdout.contains("Acme\\u{1B}]0;pwned\\u{7}\\u{1B}[2J"))
        let forged = "x.yaml\nfake.yaml:1:1: error: injected\n.yaml"
        try "startup: [".write(to: folder.appendingPathComponent(forged), atomically: true, encoding: .utf8)
        let broken = try run(["validate", forged], in: folder)
        #expect(broken.status == 1)
        #expect(!broken.stderr.split(separator: "\n").contains { $0.hasPrefix("fake.yaml") })
        #expect(broken.stderr.contains("x.yaml\\u{A}fake.yaml"))
    }

    @Test("a file name that is not UTF-8 is named with its bytes, not reported missing")
    func nameNotUTF8() throws {
        let folder = try cohort(["Acme"])
        let bad = folder.path + "/in/bad\u{FF}".replacingOccurrences(of: "\u{FF}", with: "")
        let path = Array(bad.utf8) + [0xFF] + Array(".yaml".utf8) + [0]
        let descriptor = path.withUnsafeBufferPointer {
            open(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), O_CREAT | O_WRONLY, 0o600)
        }
        #expect(descriptor >= 0)
        close(descriptor)
        let batch = try run(["batch", "in", "--out", "out", "--quiet"], in: folder)
        #expect(batch.status == 1)
        #expect(batch.stderr.contains("bad\\xFF.yaml: error: the name is not UTF-8"))
    }

    @Test("--jobs above the maximum is a usage error, at once", arguments: ["9223372036854775807", "1000000", "257"])
    func jobsBounded(jobs: String) throws {
        let folder = try cohort(["Acme"])
        let batch = try run(["batch", "in", "--out", "out", "--jobs", jobs], in: folder)
        #expect(batch.status == 64)
        #expect(batch.stderr.contains("--jobs must be at most 256"))
    }

    @Test("a CSV over 4 MiB or 10,000 rows is refused where the limit is passed")
    func csvLimits() throws {
        let folder = try cohort([])
        let rows = "startup,rubric\n" + String(repeating: "a,rubric.yaml\n", count: 10_001)
        try rows.write(to: folder.appendingPathComponent("many.csv"), atomically: true, encoding: .utf8)
        let many = try run(["batch", "many.csv", "--out", "out", "--quiet"], in: folder)
        #expect(many.status == 1)
        #expect(many.stderr.contains("many.csv:10002:1: error: too many rows"))
        let big = "startup,rubric\n" + String(repeating: "a", count: 4 << 20)
        try big.write(to: folder.appendingPathComponent("big.csv"), atomically: true, encoding: .utf8)
        let large = try run(["batch", "big.csv", "--out", "out", "--quiet"], in: folder)
        #expect(large.status == 1 && large.stderr.contains("the limit is 4194304"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out/cohort.json").path))
    }

    /// The hidden temporary files left in a folder.
    func temporaries(_ folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter {
            $0.hasPrefix(".readiness-tmp-")
        }
    }

    @Test("a second batch into a locked folder is refused; only dead runs' temporary files are removed")
    func folderLock() throws {
        let folder = try cohort(["Acme", "Beta"])
        let out = folder.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let live = ".readiness-tmp-\(getpid())-1-cohort.json"
        let dead = ".readiness-tmp-999999999-1-cohort.json"
        for name in [live, dead] {
            _ = FileManager.default.createFile(atPath: out.appendingPathComponent(name).path, contents: Data())
        }
        let descriptor = open(out.path, O_RDONLY | O_DIRECTORY)
        #expect(flock(descriptor, LOCK_EX | LOCK_NB) == 0)
        let refused = try run(["batch", "in", "--out", "out", "--quiet"], in: folder)
        #expect(
            refused.status == 1
                && refused.stderr.contains("out: error: another readiness batch is writing to this folder"))
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("cohort.md").path))
        close(descriptor)
        let second = try run(["batch", "in", "--out", "out", "--quiet"], in: folder)
        #expect(second.status == 0, "\(second.stderr)")
        #expect(temporaries(out) == [live])
    }

    @Test("a full disk is reported as path: reason, and leaves neither a temporary file nor half an overview")
    func fullDisk() throws {
        let folder = try cohort((0..<200).map { "Startup \($0)" })
        let shell = "ulimit -f 40; trap '' XFSZ; exec \"$0\" batch in --out out --quiet --summary-only"
        let process = try CLI.run(
            ["-c", shell, CLI.executable.path], in: folder, executable: URL(fileURLWithPath: "/bin/sh"))
        #expect(process.status == 1, "\(process.stderr)")
        // `path: error: …: reason`, whichever file the limit stopped.
        #expect(
            process.stderr.hasPrefix("out") && process.stderr.contains("error: cannot write the")
                && process.stderr.contains(": File too large\n"), "\(process.stderr)")
        #expect(!process.stderr.contains("NSCocoaErrorDomain"))
        let out = folder.appendingPathComponent("out")
        #expect(temporaries(out).isEmpty)
        let overview = ["cohort.md", "cohort.html", "cohort.csv", "cohort.json"].filter {
            FileManager.default.fileExists(atPath: out.appendingPathComponent($0).path)
        }
        #expect(overview.isEmpty)
    }

    @Test("an interrupted batch leaves no temporary file")
    func interrupted() throws {
        let folder = try cohort((0..<400).map { "Startup \($0)" })
        for delay in [20, 60, 120, 200, 300] {
            let process = Process()
            process.executableURL = CLI.executable
            process.arguments = ["batch", "in", "--out", "out", "--quiet", "--format", "md,html,json,csv"]
            process.currentDirectoryURL = folder
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(useconds_t(delay * 1000))
            process.interrupt()
            process.waitUntilExit()
            #expect(temporaries(folder.appendingPathComponent("out")).isEmpty, "after \(delay) ms")
        }
    }

    @Test("a questionnaire cannot make the tool print another file")
    func rubricIsNotAFileReader() throws {
        let folder = try cohort(["Acme"])
        let secret = folder.appendingPathComponent("secret")
        try "root:*:19000:0:99999:7:::\ndaemon:*:19000:0:99999:7:::\n".write(
            to: secret, atomically: true, encoding: .utf8)
        try "startup: Acme\nrubric: ../secret\nanswers: {}\n".write(
            to: folder.appendingPathComponent("in/s0.yaml"), atomically: true, encoding: .utf8)
        let assess = try run(["assess", "in/s0.yaml", "--out", "r"], in: folder)
        #expect(assess.status == 1)
        #expect(assess.stderr.contains("secret: error: a rubric or catalogue must be a .yaml or .yml file"))
        #expect(!assess.stderr.contains("root:") && !assess.stderr.contains("daemon:"))
    }

    @Test("assess into a batch's folder cannot replace the overview")
    func assessReservesCohort() throws {
        let folder = try cohort(["Acme", "Cohort"])
        #expect(try run(["batch", "in", "--out", "out", "--quiet"], in: folder).status == 0)
        let overview = try Data(contentsOf: folder.appendingPathComponent("out/cohort.md"))
        let assess = try run(["assess", "in/s1.yaml", "--out", "out"], in: folder)
        #expect(assess.status == 0, "\(assess.stderr)")
        #expect(try Data(contentsOf: folder.appendingPathComponent("out/cohort.md")) == overview)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("out/cohort-2.md").path))
    }
}
