import Foundation
import VanBanPDF

/// PDF output: the DOCX the writer makes, converted by LibreOffice, with empty signature
/// fields added in signing mode. Many documents share one LibreOffice start.
public enum PDFRenderer {
    /// One document to convert.
    public struct Job: Sendable {
        /// How messages name it (its input file).
        public var name: String
        /// The DOCX, written with `signingMarks` when `forSigning`.
        public var docx: Data
        /// Adds the signer's field (`nguoi-ky`) between the position line and the name.
        public var forSigning: Bool
        /// Adds the organisation's field (`co-quan`) at the top right of page 1: an attachment in a file of its own.
        public var organisationField: Bool

        /// Creates a job.
        public init(name: String, docx: Data, forSigning: Bool = false, organisationField: Bool = false) {
            self.name = name
            self.docx = docx
            self.forSigning = forSigning
            self.organisationField = organisationField
        }
    }

    /// A converted document and what was noticed on the way (a missing signature place).
    public struct Output: Sendable {
        /// The PDF bytes.
        public var data: Data
        /// Warnings about this document.
        public var warnings: [Diagnostic]
    }

    /// Converts every job in one LibreOffice start; a failure concerns its job alone.
    public static func convert(_ jobs: [Job], converter: LibreOfficeConverter = LibreOfficeConverter(),
                               progress: (Int) -> Void = { _ in }) -> [Result<Output, DiagnosticError>] {
        let converted = converter.convert(jobs.map { LibreOfficeConverter.Job(name: $0.name, docx: $0.docx) }, progress: progress)
        return zip(jobs, converted).map { job, result in
            switch result {
            case .failure(let diagnostic): return .failure(DiagnosticError([diagnostic]))
            case .success(let pdf): return addFields(to: pdf, job: job)
            }
        }
    }

    /// The note to print once per run when Times New Roman is missing, else nil.
    public static func fontNote() -> Diagnostic? {
        LibreOfficeConverter.timesNewRomanInstalled() == false ? Diagnostic(Message.fontSubstituted) : nil
    }

    private static func addFields(to pdf: Data, job: Job) -> Result<Output, DiagnosticError> {
        guard job.forSigning || job.organisationField else { return .success(Output(data: pdf, warnings: [])) }
        do throws(PDFSyntaxError) {
            let file = try PDFFile(pdf)
            var fields: [SignatureField] = []
            var warnings: [Diagnostic] = []
            if job.forSigning {
                if let signer = try SignaturePlacement.signerField(in: file) {
                    fields.append(signer)
                } else if !job.organisationField {
                    warnings.append(Diagnostic(Message.signaturePlaceMissing(file: job.name)))
                }
            }
            if job.organisationField { fields.append(try SignaturePlacement.organisationField(in: file)) }
            return .success(Output(data: try SignatureFieldWriter.adding(fields, to: pdf), warnings: warnings))
        } catch {
            let diagnostic = error.isCrossReferenceStream
                ? Diagnostic(Message.pdfCrossReferenceStream(file: job.name))
                : Diagnostic(Message.pdfUnreadable(file: job.name, detail: error.description))
            return .failure(DiagnosticError([diagnostic]))
        }
    }

    /// The decision alone, then each attachment as a document of its own (for
    /// `--split-attachments`), each with a file-name suffix ("" for the decision, "-qc-1" …).
    /// In the electronic variant an attachment's "(Ban hành kèm theo …)" line leaves the
    /// number and date blank: Nghị định 30 has them filled on paper only.
    public static func splitAttachments(_ document: Document, electronic: Bool) -> [(suffix: String, document: Document, isAttachment: Bool)] {
        var decision = document
        decision.attachments = []
        var parts: [(String, Document, Bool)] = [("", decision, false)]
        for (index, attachment) in document.attachments.enumerated() {
            var part = attachment
            if part.issuer == nil { part.issuer = document.issuer }
            var reference = DocumentReference(document)
            if electronic {
                reference.number = nil
                reference.date = nil
                reference.draftYear = nil
            }
            part.issuedWith = part.issuedWith ?? reference
            let slug = attachment.kind.abbreviation.map { VietnameseText.asciiSlug($0) } ?? "vb"
            parts.append(("-\(slug)-\(index + 1)", part, true))
        }
        return parts
    }
}
