import Foundation
import Testing
import VanBan
import VanBanTestSupport

@Suite("Hardening: writing output", .serialized)
struct OutputHardeningTests {
    let sample = Repository.sample.path

    /// Defect 7: writing to a full disk or a closed pipe ended in a `try!` trap.
    @Test func streamErrorsAreReported() throws {
        let folder = try Binary.folder()
        let text = try Binary.file("a.txt", "Điều 1. A\n", in: folder)
        for line in ["\"$VANBAN\" render \(sample) --to text > /dev/full", "\"$VANBAN\" import \(text) > /dev/full",
                     "\"$VANBAN\" outline \(sample) > /dev/full", "\"$VANBAN\" templates > /dev/full"] {
            let result = try Binary.shell(line)
            #expect(result.status == 1, "\(line)")
            #expect(result.stderr.contains("[VB204] cannot write <stdout>: the disk is full"), "\(line): \(result.stderr)")
        }
        // A reader that has gone: EPIPE, reported, exit 1 (python holds a pipe whose read end is closed).
        let script = """
            import os, subprocess, sys
            r, w = os.pipe(); os.close(r)
            p = subprocess.run([sys.argv[1], 'render', sys.argv[2], '--to', 'text', '--lang', 'en'], stdout=w, stderr=subprocess.PIPE)
            print(p.returncode); print(p.stderr.decode())
            """
        let pipe = try ExternalTool.run("python3", ["-c", script, Binary.path, sample])
        #expect(pipe.stdout.hasPrefix("1\n"), "\(pipe.stdout)")
        #expect(pipe.stdout.contains("[VB204] cannot write <stdout>: the receiving program closed the pipe"))
    }

    /// Defect 8: a write that failed half-way left its temporary file (and 20 KB of it).
    @Test func failedWritesLeaveNoTemporaryFile() throws {
        let folder = try Binary.folder()
        // A file size limit of 10 KB makes the write fail with EFBIG part-way, as a full disk does.
        let result = try Binary.shell("ulimit -f 10; \"$VANBAN\" render \(sample) -o out.docx", in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains("[VB204] cannot write out.docx: the file is larger than this system allows"))
        #expect(try Binary.leftovers(in: folder).isEmpty)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out.docx").path))
        // With --force over an existing file, the old file stays whole.
        try Data("old".utf8).write(to: folder.appendingPathComponent("old.docx"))
        let forced = try Binary.shell("ulimit -f 10; \"$VANBAN\" render \(sample) -o old.docx --force", in: folder)
        #expect(forced.status == 1)
        #expect(try String(contentsOf: folder.appendingPathComponent("old.docx"), encoding: .utf8) == "old")
        #expect(try Binary.leftovers(in: folder).isEmpty)
        // A folder that does not exist: a coded error, nothing left.
        let missing = try Binary.run(["render", sample, "-o", folder.appendingPathComponent("no/such/x.txt").path])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("[VB204]"))
    }

    /// Defect 16: --force replaced a 0600 file with a 0644 one.
    @Test func forceKeepsModeAndOwner() throws {
        let folder = try Binary.folder()
        let target = folder.appendingPathComponent("qd.txt").path
        try Data("old".utf8).write(to: URL(fileURLWithPath: target))
        chmod(target, 0o600)
        chown(target, 1234, 5678)
        let result = try Binary.run(["render", sample, "-o", target, "--force"])
        #expect(result.status == 0)
        var info = stat()
        #expect(stat(target, &info) == 0)
        #expect(info.st_mode & 0o7777 == 0o600)
        if getuid() == 0 {
            #expect(info.st_uid == 1234 && info.st_gid == 5678)
        }
        #expect(try String(contentsOfFile: target, encoding: .utf8).contains("Số: 257/QĐ-MNTT"))
        #expect(try Binary.leftovers(in: folder).isEmpty)
    }

    /// The SIGTERM handler ends the process with the signal's own status. It is caught here while
    /// vanban waits on a FIFO for its input; a signal during a write takes the same handler, which
    /// unlinks the temporary file first. (The test runner blocks SIGTERM in its children, so python
    /// clears the signal mask before starting vanban.)
    @Test func terminatedRunEndsWithTheSignal() throws {
        let folder = try Binary.folder()
        let script = """
            import os, signal, subprocess, sys, time
            os.mkfifo('in.yaml')
            p = subprocess.Popen([sys.argv[1], 'render', 'in.yaml', '-o', 'out.txt'],
                                 preexec_fn=lambda: signal.pthread_sigmask(signal.SIG_SETMASK, []))
            time.sleep(1); p.send_signal(signal.SIGTERM)
            try:
                print(p.wait(timeout=10))
            except subprocess.TimeoutExpired:
                p.kill(); print('hung')
            """
        let result = try ExternalTool.run("python3", ["-c", script, Binary.path], in: folder)
        #expect(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "-15", "\(result.stdout) \(result.stderr)")
        #expect(try Binary.leftovers(in: folder).isEmpty)
    }

    /// A batch writes on both cores at once: a SIGTERM in the middle removes every temporary file
    /// in flight, not only the last one armed (there was one slot for the whole process).
    @Test func terminatedBatchLeavesNoTemporaryFiles() throws {
        let folder = try Binary.folder()
        let sample = try Repository.text(Repository.sample)
        for index in 1...300 { try Data(sample.utf8).write(to: folder.appendingPathComponent("qd-\(index).yaml")) }
        let script = """
            import glob, os, signal, subprocess, sys, time
            files = sorted(glob.glob('qd-*.yaml'))
            p = subprocess.Popen([sys.argv[1], 'render', *files, '-o', 'out/', '--to', 'docx,html'],
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                 preexec_fn=lambda: signal.pthread_sigmask(signal.SIG_SETMASK, []))
            # Wait until the first outputs appear, so the signal lands while files are being written.
            deadline = time.time() + 30
            while time.time() < deadline and len(glob.glob('out/*')) < 20 and p.poll() is None:
                time.sleep(0.01)
            p.send_signal(signal.SIGTERM)
            try:
                print(p.wait(timeout=30))
            except subprocess.TimeoutExpired:
                p.kill(); print('hung')
            """
        let result = try ExternalTool.run("python3", ["-c", script, Binary.path], in: folder)
        let status = result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(status == "-15" || status == "0", "\(result.stdout) \(result.stderr)")
        #expect(try Binary.leftovers(in: folder.appendingPathComponent("out")).isEmpty)
    }
}
