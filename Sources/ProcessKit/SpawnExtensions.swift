#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// glibc's GNU extensions to `posix_spawn`, which Swift's Glibc module does not import
/// (they sit behind `_GNU_SOURCE`); looked up once at run time.
enum SpawnExtensions {
    private typealias AddCloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
    private typealias AddChdir = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, UnsafePointer<CChar>) -> Int32

    private static func symbol<T>(_ name: String, as type: T.Type) -> T? {
        guard let handle = dlopen(nil, RTLD_NOW), let pointer = dlsym(handle, name) else { return nil }
        return unsafeBitCast(pointer, to: type)
    }

    nonisolated(unsafe) private static let closeFromFunction = symbol("posix_spawn_file_actions_addclosefrom_np", as: AddCloseFrom.self)
    private typealias Pipe2 = @convention(c) (UnsafeMutablePointer<Int32>, Int32) -> Int32
    nonisolated(unsafe) private static let pipe2Function = symbol("pipe2", as: Pipe2.self)

    /// A pipe whose ends close on exec, made atomically where the system can (`pipe2`).
    static func closeOnExecPipe() -> (read: Int32, write: Int32)? {
        var fds: [Int32] = [0, 0]
        if let pipe2Function {
            guard pipe2Function(&fds, O_CLOEXEC) == 0 else { return nil }
        } else {
            guard pipe(&fds) == 0 else { return nil }
            for fd in fds { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        }
        return (fds[0], fds[1])
    }

    nonisolated(unsafe) private static let chdirFunction = symbol("posix_spawn_file_actions_addchdir_np", as: AddChdir.self)

    /// Closes every descriptor from `first` up in the child. Without the extension (glibc before
    /// 2.34) the descriptors a process can have open are listed one by one.
    static func closeFrom(_ actions: inout posix_spawn_file_actions_t, _ first: Int32) {
        if let closeFromFunction, closeFromFunction(&actions, first) == 0 { return }
        for fd in openDescriptors() where fd >= first {
            posix_spawn_file_actions_addclose(&actions, fd)
        }
    }

    /// Changes the child's working folder; nonzero when that cannot be arranged.
    static func addChdir(_ actions: inout posix_spawn_file_actions_t, _ path: String) -> Int32 {
        guard let chdirFunction else { return -1 }
        return chdirFunction(&actions, path)
    }

    /// The descriptors open in this process now (from /proc/self/fd).
    private static func openDescriptors() -> [Int32] {
        guard let directory = opendir("/proc/self/fd") else { return [] }
        defer { closedir(directory) }
        var result: [Int32] = []
        let own = dirfd(directory)
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if let fd = Int32(name), fd != own { result.append(fd) }
        }
        return result
    }
}
