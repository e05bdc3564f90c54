import CLibZip
import Foundation

/// An error from libzip.
public struct ZipError: Error, CustomStringConvertible, Sendable {
    /// What failed, with libzip's reason.
    public let message: String
    public var description: String { message }

    static func from(_ error: UnsafeMutablePointer<zip_error_t>, _ what: String) -> ZipError {
        ZipError(message: "\(what): \(String(cString: zip_error_strerror(error)))")
    }

    static func from(archive: OpaquePointer, _ what: String) -> ZipError {
        ZipError(message: "\(what): \(String(cString: zip_strerror(archive)))")
    }
}

/// Builds a ZIP package in memory with libzip: deflated entries in the order added, all with one
/// fixed DOS timestamp, so the same entries always give the same bytes. Entries are sized in
/// advance, which keeps libzip from writing data descriptors or ZIP64 records that Office rejects.
public final class ZipWriter {
    private var entries: [(name: String, data: Data, compress: Bool)] = []

    /// 1980-01-01 00:00, the earliest DOS date: no clock or time zone leaks into the file.
    static let dosDate: UInt16 = (0 << 9) | (1 << 5) | 1
    static let dosTime: UInt16 = 0

    /// Parts smaller than this are stored rather than deflated.
    static let smallestDeflated = 2048

    /// Creates an empty package.
    public init() {}

    /// Adds an entry; names must be unique.
    public func add(_ name: String, _ data: Data, compress: Bool = true) throws {
        guard !entries.contains(where: { $0.name.lowercased() == name.lowercased() }) else {
            throw ZipError(message: "duplicate entry \(name)")
        }
        entries.append((name, data, compress))
    }

    /// Writes the package and returns its bytes.
    public func finish() throws -> Data {
        var error = zip_error_t()
        zip_error_init(&error)
        defer { zip_error_fini(&error) }
        guard let source = zip_source_buffer_create(nil, 0, 0, &error) else { throw ZipError.from(&error, "cannot create a buffer") }
        guard let archive = zip_open_from_source(source, ZIP_TRUNCATE, &error) else {
            zip_source_free(source)
            throw ZipError.from(&error, "cannot open an archive")
        }
        // Keep the buffer alive after zip_close so its bytes can be read back.
        zip_source_keep(source)
        defer { zip_source_free(source) }
        do {
            for entry in entries { try add(entry, to: archive) }
        } catch {
            zip_discard(archive)
            throw error
        }
        guard zip_close(archive) == 0 else {
            let failure = ZipError.from(archive: archive, "cannot write the archive")
            zip_discard(archive)
            throw failure
        }
        return try readAll(source)
    }

    private func add(_ entry: (name: String, data: Data, compress: Bool), to archive: OpaquePointer) throws {
        // libzip frees the copy when it is done with it (freep = 1).
        let copy = malloc(max(entry.data.count, 1))!
        entry.data.copyBytes(to: copy.assumingMemoryBound(to: UInt8.self), count: entry.data.count)
        guard let source = zip_source_buffer(archive, copy, zip_uint64_t(entry.data.count), 1) else {
            free(copy)
            throw ZipError.from(archive: archive, "cannot add \(entry.name)")
        }
        let index = zip_file_add(archive, entry.name, source, zip_flags_t(ZIP_FL_ENC_UTF_8))
        guard index >= 0 else {
            zip_source_free(source)
            throw ZipError.from(archive: archive, "cannot add \(entry.name)")
        }
        // Deflating a part of a few hundred bytes saves nothing and costs a fresh zlib state
        // (a quarter megabyte, zeroed), so small parts are stored.
        let method = entry.compress && entry.data.count >= Self.smallestDeflated ? ZIP_CM_DEFLATE : ZIP_CM_STORE
        guard zip_set_file_compression(archive, zip_uint64_t(index), Int32(method), 1) == 0,
              zip_file_set_dostime(archive, zip_uint64_t(index), Self.dosTime, Self.dosDate, 0) == 0 else {
            throw ZipError.from(archive: archive, "cannot set up \(entry.name)")
        }
    }

    private func readAll(_ source: OpaquePointer) throws -> Data {
        var stat = zip_stat_t()
        zip_stat_init(&stat)
        guard zip_source_stat(source, &stat) == 0, zip_source_open(source) == 0 else {
            throw ZipError(message: "cannot read the finished archive")
        }
        defer { zip_source_close(source) }
        var data = Data(count: Int(stat.size))
        let read = data.withUnsafeMutableBytes { zip_source_read(source, $0.baseAddress, stat.size) }
        guard read == Int64(stat.size) else { throw ZipError(message: "short read of the finished archive") }
        return data
    }
}

/// Bounds on what a `ZipReader` inflates, so a forged or bomb package fails fast instead of
/// filling memory: sizes are checked as declared in the central directory and again while
/// inflating, since a declared size can lie.
public struct ZipLimits: Sendable, Equatable {
    /// Entries in the archive.
    public var entries: Int
    /// Uncompressed bytes of one entry.
    public var entryBytes: Int
    /// Uncompressed bytes of every entry read from this archive together.
    public var totalBytes: Int

    /// Creates limits.
    public init(entries: Int = 2_000, entryBytes: Int = 50 << 20, totalBytes: Int = 200 << 20) {
        self.entries = entries
        self.entryBytes = entryBytes
        self.totalBytes = totalBytes
    }
}

/// Reads entries of a ZIP package held in memory, within `ZipLimits`.
public final class ZipReader {
    private let archive: OpaquePointer
    private let buffer: UnsafeMutableRawPointer
    private let limits: ZipLimits
    /// Uncompressed bytes handed out so far, against `limits.totalBytes`.
    private var inflated = 0

    /// Opens a package; fails with libzip's reason when the bytes are not a ZIP archive, or when
    /// it has more entries than the limits allow.
    public init(data: Data, limits: ZipLimits = ZipLimits()) throws {
        var error = zip_error_t()
        zip_error_init(&error)
        defer { zip_error_fini(&error) }
        guard let buffer = malloc(max(data.count, 1)) else { throw ZipError(message: "out of memory") }
        data.copyBytes(to: buffer.assumingMemoryBound(to: UInt8.self), count: data.count)
        guard let source = zip_source_buffer_create(buffer, zip_uint64_t(data.count), 0, &error) else {
            free(buffer)
            throw ZipError.from(&error, "not a ZIP package")
        }
        guard let archive = zip_open_from_source(source, ZIP_RDONLY, &error) else {
            zip_source_free(source)
            free(buffer)
            throw ZipError.from(&error, "not a ZIP package")
        }
        let count = zip_get_num_entries(archive, 0)
        guard count >= 0, count <= Int64(limits.entries) else {
            zip_discard(archive)
            free(buffer)
            throw ZipError(message: "it has \(count) entries, more than the limit of \(limits.entries)")
        }
        self.archive = archive
        self.buffer = buffer
        self.limits = limits
    }

    deinit {
        zip_discard(archive)
        free(buffer)
    }

    /// Entry names in archive order.
    public var names: [String] {
        let count = zip_get_num_entries(archive, 0)
        guard count > 0 else { return [] }
        return (0..<zip_uint64_t(count)).compactMap { zip_get_name(archive, $0, 0).map { String(cString: $0) } }
    }

    /// The bytes of an entry, or nil when there is none by that name. Fails when its declared or
    /// its actual size passes the limits, or when its data is damaged.
    public func read(_ name: String) throws -> Data? {
        let index = zip_name_locate(archive, name, zip_flags_t(ZIP_FL_NOCASE))
        guard index >= 0 else { return nil }
        var stat = zip_stat_t()
        zip_stat_init(&stat)
        guard zip_stat_index(archive, zip_uint64_t(index), 0, &stat) == 0 else {
            throw ZipError.from(archive: archive, "cannot open \(name)")
        }
        let allowed = min(limits.entryBytes, max(0, limits.totalBytes - inflated))
        // Compare as UInt64: a forged size of 2^62 does not fit an Int on every platform's terms.
        if stat.valid & zip_uint64_t(ZIP_STAT_SIZE) != 0, stat.size > zip_uint64_t(allowed) {
            throw ZipError(message: "\(name) declares \(stat.size) bytes uncompressed, more than the limit of \(allowed)")
        }
        guard let file = zip_fopen_index(archive, zip_uint64_t(index), 0) else {
            throw ZipError.from(archive: archive, "cannot open \(name)")
        }
        defer { zip_fclose(file) }
        var data = Data()
        data.reserveCapacity(Int(min(stat.size, zip_uint64_t(min(allowed, 1 << 20)))))
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let read = chunk.withUnsafeMutableBytes { zip_fread(file, $0.baseAddress, zip_uint64_t($0.count)) }
            if read < 0 { throw ZipError(message: "cannot read \(name): damaged entry") }
            if read == 0 { break }
            // The declared size may lie: stop as soon as the inflated bytes pass the limit.
            guard data.count + Int(read) <= allowed else {
                throw ZipError(message: "\(name) inflates to more than the limit of \(allowed) bytes")
            }
            data.append(contentsOf: chunk[0..<Int(read)])
        }
        if stat.valid & zip_uint64_t(ZIP_STAT_SIZE) != 0, zip_uint64_t(data.count) != stat.size {
            throw ZipError(message: "cannot read \(name): damaged entry")
        }
        inflated += data.count
        return data
    }
}
