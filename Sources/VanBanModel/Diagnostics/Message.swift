/// The library's user-facing messages: one case per code, typed arguments, and an exhaustive
/// text in Vietnamese and English. The command line has its own for options and files.
public enum Message: DiagnosticMessage, Hashable {
    // MARK: Data files (VB0xx)
    case fileUnreadable(file: String, FileProblem)
    case syntax(SyntaxProblem)
    case notADate(field: String, value: String)
    case missingField(in: String, field: String)
    case wrongType(field: String, expected: ValueShape, found: ValueShape)
    case unknownKind(field: String, value: String)
    case unknownField(in: String, field: String)
    case notAnInteger(field: String, value: String)
    case unknownAuthority(field: String, value: String)
    case duplicateKey(String)
    case notNFC
    case emptyDocument
    case yamlAlias
    case inputTooLarge(String, limit: Int)
    case notOneLine(field: String)
    case notABoolean(field: String, value: String)
    case pageSetupOutOfRange(file: String, key: String, value: String, range: String)
    case notAUnit(field: String, value: String)

    // MARK: Structure (VB1xx)
    case numberingGap(level: String, number: String, previous: String, missing: String)
    case numberingStart(level: String, number: String, missing: String)
    case numberingDuplicate(level: String, number: String)
    case numberingOrder(level: String, number: String, previous: String)
    case pointLetter(letter: String, PointLetterProblem)
    case attachmentNumberMismatch(stated: String, decision: String)
    case attachmentDateMismatch(stated: String, decision: String)
    case dateLeadingZero(written: String, expected: String)
    case numberLeadingZero(written: String, expected: String)
    case missingHeader(String)
    case mixedBulletsAndClauses(article: String)
    case unplacedText(String)
    case legacyEncoding(String)
    case quotedArticle(String)
    case numberFromAttachment(AttachmentField, value: String)
    case arabicChapterNumber(written: String, roman: String)
    case unparsedNumber(String)
    case invalidCharacterReference(String)
    case invalidUTF8(bytes: Int)

    // MARK: Writers (VB2xx)
    case cannotWrite(file: String, FileProblem)
    case badReferenceDocument(file: String, ReferenceProblem)
    case badTemplate(file: String, TemplateFileProblem)
    case interrupted(file: String)

    // MARK: PDF (VB6xx)
    case libreOfficeMissing
    case libreOfficeFailed(file: String, detail: String)
    case libreOfficeTimeout(file: String, seconds: String)
    case fontSubstituted
    case pdfUnreadable(file: String, detail: String)
    case pdfCrossReferenceStream(file: String)
    case signaturePlaceMissing(file: String)
    case cannotConvert(format: String, detail: String)

    // MARK: Template regulations (VB3xx)
    case profileMissing(template: String, fields: [String])
    case profileUnknown(field: String, template: String)
    case brokenReference(reference: String, place: String)
    case unknownTemplate(String, available: [String])
    case templateSyntax(file: String, TemplateProblem)

    // Importing real documents for re-issue (VB150–VB169).
    /// A Roman numeral and a title in capitals read as a chapter whose word "Chương" was lost.
    case chapterWordMissing(written: String, chapter: String)
    /// An article heading after "… như sau:" that breaks the numbering: read as quoted content.
    case quotedArticleByNumbering(String, expected: String)
    /// The issuing body was missing and was taken from the authority line and the ký hiệu.
    case issuerInferred(name: String, abbreviation: String?)
    /// An article's words after its number read as its content, not its title.
    case articleTextNotTitle(article: String)
    // MARK: Word files (VB130–VB149)
    case wordUnreadable(file: String, detail: String)
    case wordParagraph(number: Int, excerpt: String, cell: TableCell?)
    case legacyFontConverted(font: String, encoding: String, runs: Int)
    case wordContentDropped(WordContent, count: Int)
    case docNeedsLibreOffice(file: String)
    case docConversionFailed(file: String, detail: String)

    // MARK: The Nghị định 30 rule set of `vanban check` (VB700–VB799)
    case symbolKind(symbol: String, kind: String, expected: String)
    case symbolIssuer(symbol: String, abbreviation: String)
    case symbolSpacing(written: String, expected: String)
    case symbolCV(symbol: String)
    case letterKindAbbreviation(symbol: String, abbreviation: String)
    case dateInFuture(date: String, today: String)
    case basisPunctuation(written: String, expected: String)
    case basesOnOneLine(excerpt: String)
    case recipientPunctuation(written: String, expected: String)
    case archiveMissing
    case archiveForm(written: String, expected: String)
    case recipientArticle(article: String, RecipientArticleProblem)
    case asAboveInDecision(article: String)
    case signatureIncomplete(authority: String, missing: SignaturePart)
    case academicTitle(name: String, title: String)
    case missingTitle(kind: String)
    case lookAlikeEth(place: TextPlace, text: String)
    case basisEnding(written: String, expected: String)
    case recipientLine(written: String, expected: String)
    case pageSize(width: String, height: String)
    case pageMargin(side: MarginSide, millimetres: String, range: String)
    case bodyFont(font: String)
    case bodySize(points: String)
    case nationalTitleText(written: String)
    case mottoText(written: String)
    case nationalTitleSize(points: String)
    case pageNumberInFooter
    case pageNumberOnFirstPage
    case fixApplied(what: String, from: String, to: String)
    case endMarkMissing(excerpt: String)
    case elementSize(element: String, points: String, range: String)
    case dateDoesNotExist(written: String)
    case deputyWithoutKT(position: String)
    case elementStyle(element: String, expected: TextStyle)

    /// What is wrong with a "Như Điều N" recipient.
    public enum RecipientArticleProblem: Sendable, Hashable {
        /// The document has no article with that number.
        case noSuchArticle
        /// The article names no one who executes the decision.
        case namesNoExecutor
    }

    /// A part of the signature block a signing authority needs.
    public enum SignaturePart: Sendable, Hashable {
        /// The signer's own position (chức vụ), e.g. the deputy's under KT.
        case position
        /// The collective or the head named after the prefix (TM. ỦY BAN NHÂN DÂN, KT. HIỆU TRƯỞNG).
        case onBehalfOf
        /// The signer's name.
        case name
    }

    /// The type style an element must have.
    public enum TextStyle: Sendable, Hashable {
        case bold, italic, boldItalic, upright
    }

    /// Where a look-alike letter was found.
    public enum TextPlace: Sendable, Hashable {
        case symbol, issuerName, paragraph
    }

    /// A page margin.
    public enum MarginSide: Sendable, Hashable {
        case top, bottom, left, right
    }

    /// What went wrong in the syntax of a data file.
    public enum SyntaxProblem: Sendable, Hashable {
        /// libyaml's own words (English), with where it stopped.
        case yaml(String)
        case yamlTooDeep
        case yamlKeyNotText
        case json(JSONProblem)
    }

    /// What the JSON reader met.
    public enum JSONProblem: Sendable, Hashable {
        case textAfterValue, tooDeep, unexpectedEnd, expectedQuotedKey, unterminatedObject, unterminatedArray
        case controlCharacter, unterminatedString, incompleteUnicodeEscape, invalidUnicodeEscape
        case unpairedSurrogate, invalidSurrogatePair
        case expected(String)
        case unexpectedCharacter(String)
        case invalidEscape(String)
    }

    /// What is wrong with a điểm letter.
    public enum PointLetterProblem: Sendable, Hashable {
        /// Not a letter of the Vietnamese sequence at all (f, j, w, z …).
        case notInSequence
        /// A letter was skipped: the one expected here.
        case expected(String)
        /// The letter repeats or goes backwards.
        case repeatedOrBackwards
    }

    /// Which field of a decision was taken from the attachment line.
    public enum AttachmentField: Sendable, Hashable {
        case number, date
    }

    /// Why a reference DOCX cannot be used.
    public enum ReferenceProblem: Sendable, Hashable {
        case unreadable(FileProblem)
        case notDocx(String)
        case noStyles
        case damagedPart(String, String)
        case tooLarge(limit: Int)
        /// What the package reader found wrong, in its own (English) words.
        case invalidPackage(String)
    }

    /// A cell of a Word table, counted from 1 in reading order.
    public struct TableCell: Sendable, Hashable {
        /// The table, counted in reading order over the whole body (nested tables included).
        public var table: Int
        /// The row within the table.
        public var row: Int
        /// The cell within the row.
        public var column: Int
        /// Creates a cell position.
        public init(table: Int, row: Int, column: Int) {
            self.table = table
            self.row = row
            self.column = column
        }
    }

    /// What a Word file holds that is not part of a document's text.
    public enum WordContent: Sendable, Hashable {
        case footnotes, comments, deletions
    }

    /// Why a writer template cannot be used.
    public enum TemplateFileProblem: Sendable, Hashable {
        case parse(line: Int, column: Int, String)
        case unreadable
        case builtInMissing
        case missingPartial(line: Int, column: Int, String)
        case partialLoop(line: Int, column: Int, [String])
        case didNotRender
        case invalid(String)
    }

    /// What is wrong in a template regulation.
    public enum TemplateProblem: Sendable, Hashable {
        case unclosedVariable
        case documentLeftOut
        case missingHeader
        case missingID
    }
}

extension Message {
    public var code: MessageCode {
        switch self {
        case .fileUnreadable: .fileUnreadable
        case .syntax: .syntax
        case .notADate: .notADate
        case .missingField: .missingField
        case .wrongType: .wrongType
        case .unknownKind: .unknownKind
        case .unknownField: .unknownField
        case .notAnInteger: .notAnInteger
        case .unknownAuthority: .unknownAuthority
        case .duplicateKey: .duplicateKey
        case .notNFC: .notNFC
        case .emptyDocument: .emptyDocument
        case .yamlAlias: .yamlAlias
        case .inputTooLarge: .inputTooLarge
        case .notOneLine: .notOneLine
        case .notABoolean: .notABoolean
        case .pageSetupOutOfRange: .pageSetupOutOfRange
        case .notAUnit: .notAUnit
        case .invalidCharacterReference: .invalidCharacterReference
        case .invalidUTF8: .invalidUTF8
        case .interrupted: .interrupted
        case .libreOfficeMissing: .libreOfficeMissing
        case .libreOfficeFailed: .libreOfficeFailed
        case .libreOfficeTimeout: .libreOfficeTimeout
        case .fontSubstituted: .fontSubstituted
        case .pdfUnreadable: .pdfUnreadable
        case .pdfCrossReferenceStream: .pdfCrossReferenceStream
        case .signaturePlaceMissing: .signaturePlaceMissing
        case .cannotConvert: .cannotConvert
        case .numberingGap: .numberingGap
        case .numberingStart: .numberingStart
        case .numberingDuplicate: .numberingDuplicate
        case .numberingOrder: .numberingOrder
        case .pointLetter: .pointLetter
        case .attachmentNumberMismatch: .attachmentNumberMismatch
        case .attachmentDateMismatch: .attachmentDateMismatch
        case .dateLeadingZero: .dateLeadingZero
        case .numberLeadingZero: .numberLeadingZero
        case .missingHeader: .missingHeader
        case .mixedBulletsAndClauses: .mixedBulletsAndClauses
        case .unplacedText: .unplacedText
        case .legacyEncoding: .legacyEncoding
        case .quotedArticle: .quotedArticle
        case .numberFromAttachment: .numberFromAttachment
        case .arabicChapterNumber: .arabicChapterNumber
        case .unparsedNumber: .unparsedNumber
        case .cannotWrite: .cannotWrite
        case .badReferenceDocument: .badReferenceDocument
        case .badTemplate: .badTemplate
        case .profileMissing: .profileMissing
        case .profileUnknown: .profileUnknown
        case .brokenReference: .brokenReference
        case .unknownTemplate: .unknownTemplate
        case .templateSyntax: .templateSyntax
        case .chapterWordMissing: .chapterWordMissing
        case .quotedArticleByNumbering: .quotedArticleByNumbering
        case .issuerInferred: .missingHeader
        case .articleTextNotTitle: .articleTextNotTitle
        case .wordUnreadable: .wordUnreadable
        case .wordParagraph: .wordParagraph
        case .legacyFontConverted: .legacyFontConverted
        case .wordContentDropped: .wordContentDropped
        case .docNeedsLibreOffice: .docNeedsLibreOffice
        case .docConversionFailed: .docConversionFailed
        case .symbolKind: .symbolKind
        case .symbolIssuer: .symbolIssuer
        case .symbolSpacing: .symbolSpacing
        case .symbolCV: .symbolCV
        case .letterKindAbbreviation: .letterKindAbbreviation
        case .dateInFuture: .dateInFuture
        case .basisPunctuation: .basisPunctuation
        case .basesOnOneLine: .basesOnOneLine
        case .recipientPunctuation: .recipientPunctuation
        case .archiveMissing: .archiveMissing
        case .archiveForm: .archiveForm
        case .recipientArticle: .recipientArticle
        case .asAboveInDecision: .asAboveInDecision
        case .signatureIncomplete: .signatureIncomplete
        case .academicTitle: .academicTitle
        case .missingTitle: .missingTitle
        case .lookAlikeEth: .lookAlikeEth
        case .basisEnding: .basisEnding
        case .recipientLine: .recipientLine
        case .pageSize: .pageSize
        case .pageMargin: .pageMargin
        case .bodyFont: .bodyFont
        case .bodySize: .bodySize
        case .nationalTitleText: .nationalTitleText
        case .mottoText: .mottoText
        case .nationalTitleSize: .nationalTitleSize
        case .pageNumberInFooter: .pageNumberInFooter
        case .pageNumberOnFirstPage: .pageNumberOnFirstPage
        case .fixApplied: .fixApplied
        case .endMarkMissing: .endMarkMissing
        case .elementSize: .elementSize
        case .dateDoesNotExist: .dateDoesNotExist
        case .deputyWithoutKT: .deputyWithoutKT
        case .elementStyle: .elementStyle
        }
    }

    public var severity: Severity {
        switch self {
        case .notNFC, .quotedArticle, .fontSubstituted, .chapterWordMissing, .quotedArticleByNumbering, .articleTextNotTitle,
             .wordParagraph, .wordContentDropped: .note
        case .basisPunctuation, .recipientPunctuation, .asAboveInDecision, .fixApplied: .note
        case .symbolKind, .symbolIssuer, .letterKindAbbreviation, .basesOnOneLine, .archiveMissing, .archiveForm, .recipientArticle,
             .academicTitle, .missingTitle, .basisEnding, .recipientLine, .pageMargin, .bodyFont, .bodySize, .nationalTitleSize,
             .pageNumberInFooter, .pageNumberOnFirstPage, .endMarkMissing, .elementSize, .deputyWithoutKT, .elementStyle: .warning
        case .issuerInferred: .warning
        case .unknownField, .profileUnknown, .numberingGap, .numberingStart, .numberingDuplicate, .numberingOrder,
             .pointLetter, .attachmentNumberMismatch, .attachmentDateMismatch, .dateLeadingZero, .numberLeadingZero,
             .missingHeader, .mixedBulletsAndClauses, .unplacedText, .legacyEncoding, .numberFromAttachment,
             .arabicChapterNumber, .unparsedNumber, .invalidCharacterReference, .invalidUTF8, .signaturePlaceMissing, .legacyFontConverted:
            .warning
        default: .error
        }
    }
}
