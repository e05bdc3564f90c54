import Foundation

/// The language of user-facing messages.
public enum Language: String, Sendable, CaseIterable {
    case vi, en

    /// From an environment value such as "en", "en_US.UTF-8" or "vi"; Vietnamese otherwise.
    public init(environmentValue: String?) {
        self = (environmentValue?.lowercased().hasPrefix("en") ?? false) ? .en : .vi
    }
}

/// Stable message codes. A code never changes meaning; retired codes are not reused.
///
/// VB0xx: data files. VB1xx: structure found while importing or checking. VB2xx: writers and the
/// command line. VB3xx: template regulations. The texts are `Message` (library) and the command
/// line's own messages; this list keeps every code in one place so none is given twice.
public enum MessageCode: String, Sendable, Hashable, CaseIterable {
    case fileUnreadable = "VB001"
    case syntax = "VB002"
    case notADate = "VB003"
    case missingField = "VB004"
    case wrongType = "VB005"
    case unknownKind = "VB006"
    case unknownField = "VB007"
    case notAnInteger = "VB008"
    case unknownAuthority = "VB009"
    case duplicateKey = "VB010"
    case notNFC = "VB011"
    case emptyDocument = "VB012"
    case yamlAlias = "VB013"
    case inputTooLarge = "VB014"
    case notOneLine = "VB015"
    case notABoolean = "VB016"
    case pageSetupOutOfRange = "VB017"
    case notAUnit = "VB030"

    case numberingGap = "VB101"
    case numberingDuplicate = "VB102"
    case numberingOrder = "VB103"
    case pointLetter = "VB104"
    case attachmentNumberMismatch = "VB105"
    case attachmentDateMismatch = "VB106"
    case dateLeadingZero = "VB107"
    case numberLeadingZero = "VB108"
    case missingHeader = "VB109"
    case mixedBulletsAndClauses = "VB110"
    case unplacedText = "VB111"
    case legacyEncoding = "VB112"
    case quotedArticle = "VB113"
    case numberFromAttachment = "VB114"
    case arabicChapterNumber = "VB115"
    case unparsedNumber = "VB116"
    case numberingStart = "VB117"
    case invalidCharacterReference = "VB118"
    case invalidUTF8 = "VB119"

    case profileMissing = "VB301"
    case profileUnknown = "VB302"
    case brokenReference = "VB303"
    case unknownTemplate = "VB304"
    case templateSyntax = "VB305"

    case outputExists = "VB201"
    case unknownFormat = "VB202"
    case notAvailable = "VB203"
    case cannotWrite = "VB204"
    case cannotConvert = "VB205"
    case badReferenceDocument = "VB206"
    case badTemplate = "VB207"
    case binaryToTerminal = "VB208"
    case interrupted = "VB209"

    // VB6xx: PDF output, signature fields and batch rendering.
    case libreOfficeMissing = "VB601"
    case libreOfficeFailed = "VB602"
    case libreOfficeTimeout = "VB603"
    case fontSubstituted = "VB604"
    case pdfUnreadable = "VB605"
    case pdfCrossReferenceStream = "VB606"
    case signaturePlaceMissing = "VB607"
    case batchSummary = "VB608"
    case batchFailures = "VB609"
    case outputNotDirectory = "VB610"
    case duplicateOutput = "VB611"
    case noProfiles = "VB612"
    case noAttachments = "VB613"
    case batchWrote = "VB614"
    case progressDocuments = "VB615"
    case progressPDF = "VB616"
    case batchFailed = "VB617"

    // VB4xx: roles and responsibilities.
    case unknownRole = "VB401"
    case rolesNeedFolder = "VB402"

    // VB150–VB169: importing real documents for re-issue.
    case chapterWordMissing = "VB150"
    case quotedArticleByNumbering = "VB151"
    case articleTextNotTitle = "VB152"
    case unplacedTextKept = "VB153"

    // VB130–VB149: Word files.
    case wordUnreadable = "VB130"
    case wordParagraph = "VB131"
    case legacyFontConverted = "VB132"
    case wordContentDropped = "VB133"
    case docNeedsLibreOffice = "VB134"
    case docConversionFailed = "VB135"

    // VB5xx: the register of outgoing documents (sổ đăng ký văn bản đi) and its store.
    case registerNumberUsed = "VB501"
    case registerAlreadyIssued = "VB502"
    case registerUnreachable = "VB503"
    case registerSchemaTooNew = "VB504"
    case registerNumberedElsewhere = "VB505"
    case registerFrozen = "VB506"
    case registerNotFound = "VB507"
    case registerAmbiguous = "VB508"
    case registerConnectionLost = "VB509"
    case registerAlreadyVoid = "VB510"
    case registerNoOrganisation = "VB511"
    case registerDuplicateSymbol = "VB512"
    case registerIssued = "VB513"
    case registerImportRow = "VB514"
    case registerImported = "VB515"
    case registerBadDate = "VB516"
    case registerDatabaseError = "VB517"
    case registerSchemeSet = "VB518"
    case registerVoided = "VB519"
    case registerSchemeInUse = "VB520"
    case registerBadAddress = "VB521"
    case registerOutputLost = "VB522"
    case registerImportDuplicate = "VB523"
    case registerNoDate = "VB524"

    // VB8xx: the workbench server (`vanban serve`) and its users.
    case serverBodyTooLarge = "VB801"
    case serverUnknownFormat = "VB802"
    case serverDraftStale = "VB803"
    case serverDraftNotFound = "VB804"
    case serverDraftIssued = "VB805"
    case serverForbidden = "VB806"
    case serverSignInRequired = "VB807"
    case serverCSRF = "VB808"
    case serverBadCredentials = "VB809"
    case serverNoUsers = "VB810"
    case serverBadForm = "VB811"
    case serverRenderFailed = "VB812"
    case serverSaved = "VB813"
    case serverNotFound = "VB814"
    case serverUserAdded = "VB815"
    case serverEmptyPassword = "VB816"
    case serverBadName = "VB817"
    case serverListening = "VB818"
}
