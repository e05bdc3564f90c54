import Dispatch

/// Runs CPU-heavy or blocking work (loading and rendering a document, converting to PDF) on
/// Dispatch's global queue instead of Swift's cooperative pool. That pool has one thread per
/// core; a render holding both threads would delay every request's small steps (reading the
/// body, writing the answer) behind it, which showed as a long latency tail under load.
enum OffPool {
    /// The value `work` returns, computed on a Dispatch worker thread.
    static func run<Value: Sendable>(_ work: @escaping @Sendable () throws -> Value) async throws -> Value {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global(qos: .userInitiated).async {
                continuation.resume(with: Result { try work() })
            }
        }
    }
}
