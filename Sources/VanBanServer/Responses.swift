import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import VanBan
import VanBanStore

/// A diagnostic as the API shows it: code, severity, text and where.
struct DiagnosticJSON: Codable, Sendable {
    var code: String
    var severity: String
    var message: String
    var line: Int?
    var column: Int?

    init(_ diagnostic: Diagnostic, language: Language) {
        code = diagnostic.code.rawValue
        severity = diagnostic.severity.rawValue
        message = diagnostic.message(in: language)
        if let location = diagnostic.location, location.isKnown {
            line = location.line
            column = location.column
        }
    }
}

/// Building answers.
enum Answer {
    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    /// Bytes with a content type.
    static func bytes(_ data: Data, type: String, status: HTTPResponse.Status = .ok, headers extra: HTTPFields = [:]) -> Response {
        var headers: HTTPFields = [.contentType: type]
        headers.append(contentsOf: extra)
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// A JSON value.
    static func json(_ value: some Encodable, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]) throws -> Response {
        bytes(try encoder.encode(value), type: "application/json; charset=utf-8", status: status, headers: headers)
    }

    /// An HTML page.
    static func html(_ text: String, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]) -> Response {
        bytes(Data(text.utf8), type: "text/html; charset=utf-8", status: status, headers: headers)
    }

    /// A redirect after a form (303, so the browser follows with GET).
    static func redirect(_ location: String, headers extra: HTTPFields = [:]) -> Response {
        var headers: HTTPFields = [.location: location]
        headers.append(contentsOf: extra)
        return Response(status: .seeOther, headers: headers)
    }

    /// The media type of a rendered format.
    static func mediaType(_ format: OutputFormat) -> String {
        switch format {
        case .html: "text/html; charset=utf-8"
        case .text: "text/plain; charset=utf-8"
        case .yaml: "application/yaml; charset=utf-8"
        case .json: "application/json; charset=utf-8"
        case .docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        case .pdf: "application/pdf"
        }
    }

    /// The error body of the API.
    struct Failure: Codable {
        var status: Int
        var diagnostics: [DiagnosticJSON]
    }
}

/// Turns every failure into a coded answer: JSON under `/api/`, a page elsewhere. Nothing a
/// client sends becomes a 500.
struct FailureMiddleware: RouterMiddleware {
    typealias Context = WorkbenchContext
    let language: Language
    let pages: PageRenderer

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            guard let failure = Self.failure(for: error, path: request.uri.path) else { throw error }
            var response: Response
            if request.uri.path.hasPrefix("/api/") {
                response = try Answer.json(Answer.Failure(status: Int(failure.status.code), diagnostics: failure.diagnostics.map { DiagnosticJSON($0, language: language) }),
                                           status: failure.status)
            } else if failure.status == .unauthorized {
                response = Answer.redirect("/login")
            } else {
                response = Answer.html(pages.failure(failure, viewer: context.viewer, language: PageLanguage.of(request, default: language)), status: failure.status)
            }
            GuardMiddleware.secure(&response)
            return response
        }
    }

    /// The coded failure for an error; nil leaves it to Hummingbird.
    static func failure(for error: Error, path: String) -> WorkbenchFailure? {
        switch error {
        case let failure as WorkbenchFailure: return failure
        case let error as DiagnosticError: return WorkbenchFailure(.badRequest, diagnostics: error.diagnostics)
        case let diagnostic as Diagnostic: return WorkbenchFailure(.badRequest, diagnostics: [diagnostic])
        case let error as DraftError:
            switch error {
            case let .stale(current): return WorkbenchFailure(.conflict, .draftStale(version: String(current.version), by: current.updatedBy, at: current.updatedAt))
            case let .notFound(id): return WorkbenchFailure(.notFound, .draftNotFound(id: String(id)))
            case let .issued(id): return WorkbenchFailure(.conflict, .draftIssued(id: String(id)))
            }
        case let error as RegisterError:
            switch error {
            case .frozen, .numberUsed, .alreadyVoid: return WorkbenchFailure(.conflict, diagnostics: [error.diagnostic])
            case .notFound: return WorkbenchFailure(.notFound, diagnostics: [error.diagnostic])
            default: return WorkbenchFailure(.serviceUnavailable, diagnostics: [error.diagnostic])
            }
        case is NIOTooManyBytesError:
            return WorkbenchFailure(.contentTooLarge, .bodyTooLarge(limit: "\(Workbench.uploadLimit / 1024 / 1024) MB"))
        case let error as HTTPError where error.status == .contentTooLarge:
            return WorkbenchFailure(.contentTooLarge, .bodyTooLarge(limit: "\(Workbench.uploadLimit / 1024 / 1024) MB"))
        case let error as HTTPError where error.status == .notFound:
            return WorkbenchFailure(.notFound, .notFound(path: path))
        case let error as HTTPError where error.status == .badRequest:
            return WorkbenchFailure(.badRequest, .badForm(field: path, detail: error.body ?? ""))
        default: return nil
        }
    }
}
