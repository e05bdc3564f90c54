import Foundation
import VanBan

/// A `multipart/form-data` body (RFC 7578), read strictly: the boundary from the Content-Type,
/// every part with a `Content-Disposition: form-data; name=…` header, a closing boundary, bounded
/// sizes. Anything else is refused with a coded message (400), never guessed at.
public struct MultipartForm: Sendable {
    /// One part: a field, or a file when it has a file name.
    public struct Part: Sendable, Equatable {
        /// The form field's name.
        public var name: String
        /// The uploaded file's name, for a file part.
        public var fileName: String?
        /// The part's declared media type.
        public var contentType: String?
        /// The part's bytes.
        public var data: Data
    }

    /// Headers of one part longer than this are refused.
    public static let headerLimit = 8 * 1024
    /// More parts than this are refused (our forms send a handful).
    public static let partLimit = 64

    /// The parts in body order.
    public var parts: [Part]

    /// The text fields (not files) as a form, for the CSRF check and the handlers.
    public var fields: FormData {
        var form = FormData("")
        form.pairs = parts.filter { $0.fileName == nil }.map { ($0.name, String(decoding: $0.data, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n")) }
        return form
    }

    /// The first file part with a non-empty file name under a field name.
    public func file(_ name: String) -> Part? {
        parts.first { $0.name == name && !($0.fileName ?? "").isEmpty }
    }

    /// True for a Content-Type of multipart/form-data.
    public static func matches(contentType: String?) -> Bool {
        contentType?.lowercased().trimmingCharacters(in: .whitespaces).hasPrefix("multipart/form-data") ?? false
    }

    /// The boundary a Content-Type names (quoted or not), if it is one RFC 2046 allows.
    public static func boundary(contentType: String) -> String? {
        for parameter in contentType.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard pair.count == 2, pair[0].lowercased() == "boundary" else { continue }
            var value = pair[1]
            if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") { value = String(value.dropFirst().dropLast()) }
            guard (1...70).contains(value.utf8.count), value.allSatisfy({ $0.isASCII && !$0.isNewline }) else { return nil }
            return value
        }
        return nil
    }

    /// Parses a body. Throws `WorkbenchFailure` 413 above `limit` bytes, 400 when malformed.
    public init(_ body: Data, contentType: String, limit: Int) throws(WorkbenchFailure) {
        guard body.count <= limit else {
            throw WorkbenchFailure(.contentTooLarge, .bodyTooLarge(limit: "\(limit / 1024 / 1024) MB"))
        }
        func fail(_ problem: MultipartProblem) -> WorkbenchFailure { WorkbenchFailure(.badRequest, .multipartMalformed(problem: problem)) }
        guard let boundary = Self.boundary(contentType: contentType) else { throw fail(.noBoundary) }
        let bytes = [UInt8](body)
        let delimiter = Array("--\(boundary)".utf8)
        let crlf: [UInt8] = [13, 10]
        // The first delimiter may follow a preamble; later ones must start a line.
        guard var position = Self.find(delimiter, in: bytes, from: 0) else { throw fail(.truncated) }
        if position != 0 && !(position >= 2 && bytes[position - 2] == 13 && bytes[position - 1] == 10) { throw fail(.truncated) }
        position += delimiter.count
        let separator = crlf + delimiter
        var parts: [Part] = []
        while true {
            // After a delimiter: "--" closes the body, CRLF opens a part.
            guard position + 2 <= bytes.count else { throw fail(.truncated) }
            if bytes[position] == 45 && bytes[position + 1] == 45 { break }
            // Transport padding (spaces, tabs) may follow the delimiter.
            while position < bytes.count && (bytes[position] == 32 || bytes[position] == 9) { position += 1 }
            guard position + 2 <= bytes.count, bytes[position] == 13, bytes[position + 1] == 10 else { throw fail(.truncated) }
            position += 2
            guard parts.count < Self.partLimit else { throw fail(.tooManyParts(limit: Self.partLimit)) }
            let headerEnd = Self.find([13, 10, 13, 10], in: bytes, from: position, within: Self.headerLimit + 4)
            guard let headerEnd else {
                if bytes.count - position > Self.headerLimit { throw fail(.headerTooLong(limit: Self.headerLimit)) }
                throw fail(.truncated)
            }
            guard let headerText = String(validating: bytes[position..<headerEnd], as: UTF8.self) else { throw fail(.badHeader) }
            var part = try Self.part(headers: headerText).get()
            let contentStart = headerEnd + 4
            guard let contentEnd = Self.find(separator, in: bytes, from: contentStart) else { throw fail(.truncated) }
            part.data = Data(bytes[contentStart..<contentEnd])
            if part.fileName == nil, String(validating: bytes[contentStart..<contentEnd], as: UTF8.self) == nil {
                throw fail(.notUTF8(field: part.name))
            }
            parts.append(part)
            position = contentEnd + separator.count
        }
        self.parts = parts
    }

    /// A part's name, file name and type from its header lines.
    private static func part(headers: String) -> Result<Part, WorkbenchFailure> {
        let bad = WorkbenchFailure(.badRequest, .multipartMalformed(problem: .badHeader))
        var name: String?, fileName: String?, type: String?
        for line in headers.components(separatedBy: "\r\n") {
            guard let colon = line.firstIndex(of: ":") else { return .failure(bad) }
            let field = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            switch field {
            case "content-disposition":
                let parameters = Self.parameters(value)
                guard parameters.first?.0.lowercased() == "form-data" else { return .failure(bad) }
                for (key, text) in parameters.dropFirst() {
                    if key.lowercased() == "name" { name = text }
                    if key.lowercased() == "filename" { fileName = text }
                }
            case "content-type":
                type = value
            default:
                continue
            }
        }
        guard let name, !name.isEmpty else { return .failure(bad) }
        // Browsers may send a path ("C:\fakepath\x.docx"): only the last component is the name.
        let base = fileName.map { String($0.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last ?? "") }
        return .success(Part(name: name, fileName: base, contentType: type, data: Data()))
    }

    /// `form-data; name="a"; filename="b.docx"` → [("form-data", ""), ("name", "a"), ("filename", "b.docx")].
    private static func parameters(_ value: String) -> [(String, String)] {
        var result: [(String, String)] = []
        var current = "", key: String?, quoted = false, escaped = false
        func finish() {
            if let key { result.append((key, current)) } else { result.append((current.trimmingCharacters(in: .whitespaces), "")) }
            current = ""
            key = nil
        }
        for character in value {
            if quoted {
                if escaped { current.append(character); escaped = false }
                else if character == "\\" { escaped = true }
                else if character == "\"" { quoted = false }
                else { current.append(character) }
            } else if character == "\"" {
                quoted = true
            } else if character == ";" {
                finish()
            } else if character == "=" && key == nil {
                key = current.trimmingCharacters(in: .whitespaces)
                current = ""
            } else if !(character == " " && current.isEmpty) {
                current.append(character)
            }
        }
        finish()
        return result
    }

    /// Where `needle` first occurs in `bytes` at or after `start` (and, given `within`, starting
    /// no further than that many bytes on).
    static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int, within: Int? = nil) -> Int? {
        guard let first = needle.first, start <= bytes.count else { return nil }
        var last = bytes.count - needle.count
        if let within { last = min(last, start + within - needle.count) }
        guard last >= start else { return nil }
        return bytes.withUnsafeBufferPointer { buffer -> Int? in
            var index = start
            while index <= last {
                guard let found = memchr(buffer.baseAddress! + index, Int32(first), last - index + 1) else { return nil }
                index = buffer.baseAddress!.distance(to: found.assumingMemoryBound(to: UInt8.self))
                if memcmp(buffer.baseAddress! + index, needle, needle.count) == 0 { return index }
                index += 1
            }
            return nil
        }
    }
}
