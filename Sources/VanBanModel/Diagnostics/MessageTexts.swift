/// The words of every library message, one exhaustive switch per language so a new case cannot
/// be added without its text in both.
extension Message {
    public func text(in language: Language) -> String {
        language == .vi ? vietnamese : english
    }

    private var vietnamese: String {
        switch self {
        case let .fileUnreadable(file, problem): "không đọc được tệp \(file): \(problem.text(in: .vi))"
        case let .syntax(problem): problem.text(in: .vi)
        case let .notADate(field, value): "\(field): \"\(value)\" không phải là ngày hợp lệ (viết năm-tháng-ngày, ví dụ 2025-10-07)"
        case let .missingField(place, field): "\(place): thiếu trường bắt buộc \"\(field)\""
        case let .wrongType(field, expected, found): "\(field): cần \(expected.text(in: .vi)), nhưng gặp \(found.text(in: .vi))"
        case let .unknownKind(field, value): "\(field): \"\(value)\" không phải là loại văn bản đã biết (ví dụ: quyet-dinh, quy-che, quy-dinh, ke-hoach)"
        case let .unknownField(place, field): "\(place): trường \"\(field)\" không được dùng, đã bỏ qua"
        case let .notAnInteger(field, value): "\(field): \"\(value)\" không phải là số nguyên dương"
        case let .unknownAuthority(field, value): "\(field): \"\(value)\" không phải là quyền hạn ký (TM., KT., Q., TL., TUQ.)"
        case let .duplicateKey(key): "khóa \"\(key)\" xuất hiện hai lần"
        case .notNFC: "văn bản không ở dạng Unicode dựng sẵn (NFC), đã chuẩn hóa"
        case .emptyDocument: "tệp không có nội dung"
        case .yamlAlias: "không dùng neo và bí danh YAML (&, *); hãy viết giá trị ra đầy đủ"
        case let .inputTooLarge(what, limit): "\(what) dài hơn giới hạn \(limit) byte (đổi bằng --max-input-size hoặc VANBAN_MAX_INPUT_SIZE)"
        case let .notOneLine(field): "\(field): phải viết trên một dòng"
        case let .notABoolean(field, value): "\(field): \"\(value)\" không phải là có hoặc không (viết true/false, có/không)"
        case let .pageSetupOutOfRange(file, key, value, range): "\(file): \(key) = \(value) nằm ngoài khoảng cho phép \(range)"
        case let .notAUnit(field, value): "\(field): \"\(value)\" không chỉ tới một điều, khoản hay điểm (viết như dieu-5-khoan-2, qc-1-dieu-11)"
        case let .invalidCharacterReference(reference): "\"\(reference)\" không phải là ký tự hợp lệ; đã bỏ"
        case let .invalidUTF8(bytes): "\(bytes) byte không hợp lệ trong UTF-8 ở dòng này; đã thay bằng \u{FFFD}"
        case let .interrupted(file): "bị ngắt khi đang ghi \(file); không để lại tệp tạm"
        case .libreOfficeMissing: "không tìm thấy LibreOffice (soffice) để xuất PDF; cài gói libreoffice-writer-nogui hoặc đặt VANBAN_SOFFICE"
        case let .libreOfficeFailed(file, detail): "LibreOffice không chuyển được \(file) sang PDF (chi tiết: \(detail))"
        case let .libreOfficeTimeout(file, seconds): "LibreOffice chưa chuyển xong \(file) sau \(seconds) giây nên đã bị dừng (đặt VANBAN_PDF_TIMEOUT để cho thêm thời gian)"
        case .fontSubstituted: "máy chưa cài phông Times New Roman; PDF dùng Liberation Serif, phông cùng kích thước chữ"
        case let .pdfUnreadable(file, detail): "không đọc được cấu trúc PDF \(file) (chi tiết: \(detail))"
        case let .pdfCrossReferenceStream(file): "PDF \(file) dùng bảng tham chiếu dạng luồng (xref stream); chưa hỗ trợ thêm ô ký vào loại tệp này"
        case let .signaturePlaceMissing(file): "\(file): không thấy chỗ ký của người ký (văn bản không có phần chữ ký?); PDF không có ô ký nguoi-ky"
        case let .cannotConvert(format, detail): "không chuyển được sang \(format) (chi tiết: \(detail))"
        case let .numberingGap(level, number, previous, missing): "\(level) \(number) đứng sau \(level) \(previous): thiếu \(missing)"
        case let .numberingStart(level, number, missing): "\(level) đầu tiên là \(level) \(number): thiếu \(missing)"
        case let .numberingDuplicate(level, number): "\(level) \(number) xuất hiện hai lần"
        case let .numberingOrder(level, number, previous): "\(level) \(number) đứng sau \(level) \(previous): sai thứ tự"
        case let .pointLetter(letter, problem):
            "điểm \"\(letter))\" không theo thứ tự chữ cái tiếng Việt (a, b, c, d, đ, e, g, h, i, k …)" + {
                switch problem {
                case .notInSequence: ""
                case let .expected(wanted): "; cần \"\(wanted))\""
                case .repeatedOrBackwards: "; \"\(letter))\" lặp lại hoặc sai thứ tự"
                }
            }()
        case let .attachmentNumberMismatch(stated, decision): "số ký hiệu ở dòng \"Ban hành kèm theo\" (\(stated)) khác với số của quyết định (\(decision))"
        case let .attachmentDateMismatch(stated, decision): "ngày ở dòng \"Ban hành kèm theo\" (\(stated)) khác với ngày của quyết định (\(decision))"
        case let .dateLeadingZero(written, expected): "\"\(written)\": Nghị định 30 viết ngày 1–9 và tháng 1–2 có số 0 ở trước, tháng 3–12 thì không (viết \"\(expected)\")"
        case let .numberLeadingZero(written, expected): "\"\(written)\": số nhỏ hơn 10 phải có số 0 ở trước (viết \"\(expected)\")"
        case let .missingHeader(what): "không thấy \(what)"
        case let .mixedBulletsAndClauses(article): "Điều \(article) vừa có gạch đầu dòng vừa có khoản đánh số"
        case let .unplacedText(excerpt): "không xếp được vào cấu trúc văn bản, giữ lại trong mục `unplaced` của dữ liệu, không in ra: \"\(excerpt)\""
        case let .legacyEncoding(name): "tệp không phải UTF-8; đã đọc theo bảng mã \(name)"
        case let .quotedArticle(excerpt): "\"\(excerpt)\" nằm trong ngoặc kép: coi là nội dung, không phải một điều"
        case let .numberFromAttachment(field, value): "quyết định không có \(field == .number ? "số" : "ngày"); lấy từ dòng \"Ban hành kèm theo\": \(value)"
        case let .arabicChapterNumber(written, roman): "\"\(written)\": chương đánh số La Mã (Chương \(roman))"
        case let .unparsedNumber(raw): "không đọc được số ký hiệu \"\(raw)\"; giữ nguyên"
        case let .cannotWrite(file, problem): "không ghi được \(file): \(problem.text(in: .vi))"
        case let .badReferenceDocument(file, problem): "không dùng được tệp mẫu DOCX \(file): \(problem.text(in: .vi))"
        case let .badTemplate(file, problem): "mẫu \(file) bị lỗi: \(problem.text(in: .vi))"
        case let .profileMissing(template, fields): "hồ sơ trường thiếu \(fields.count) trường mà mẫu \"\(template)\" cần: \(fields.joined(separator: ", "))"
        case let .profileUnknown(field, template): "\(field): mẫu \"\(template)\" không dùng trường này, đã bỏ qua"
        case let .brokenReference(reference, place): "\"\(reference)\" trong \(place) trỏ tới phần không còn trong văn bản sau khi áp dụng các tùy chọn"
        case let .unknownTemplate(name, available): "không có mẫu \"\(name)\" (các mẫu có: \(available.joined(separator: ", ")))"
        case let .templateSyntax(file, problem): "\(file): \(problem.text(in: .vi))"
        case let .chapterWordMissing(written, chapter): "\"\(written)\": thiếu chữ \"Chương\", đọc là Chương \(chapter) vì số chương liên tục và điều nối tiếp ngay sau"
        case let .quotedArticleByNumbering(excerpt, expected): "\"\(excerpt)\" đứng sau \"như sau:\" và làm đứt số điều (điều tiếp theo là Điều \(expected)): coi là nội dung được trích, không phải một điều"
        case let .issuerInferred(name, abbreviation): "không thấy tên cơ quan ban hành; suy ra từ dòng thẩm quyền: \"\(name)\"" + (abbreviation.map { ", viết tắt \"\($0)\" từ ký hiệu" } ?? "") + " (ghi trong mục `inferred` của dữ liệu, cần kiểm tra lại)"
        case let .articleTextNotTitle(article): "Điều \(article): phần chữ sau số điều là câu nội dung, không phải tên điều"
        case let .wordUnreadable(file, detail): "không đọc được tệp Word \(file): \(detail)"
        case let .wordParagraph(number, excerpt, cell): "trong Word là đoạn \(number)\(cell.map { " (bảng \($0.table), hàng \($0.row), cột \($0.column))" } ?? ""): «\(excerpt)»"
        case let .legacyFontConverted(font, encoding, runs): "\(runs) đoạn chữ dùng phông \(font) (bảng mã \(encoding)) đã được chuyển sang Unicode"
        case let .wordContentDropped(content, count): "đã bỏ \(count) \(content.text(in: .vi)) (không thuộc nội dung văn bản)"
        case let .docNeedsLibreOffice(file): "cần LibreOffice (soffice) để đọc tệp Word 97–2003 \(file); cài gói libreoffice-writer-nogui, đặt VANBAN_SOFFICE, hoặc lưu tệp thành .docx"
        case let .docConversionFailed(file, detail): "LibreOffice không chuyển được \(file) sang DOCX: \(detail)"
        case let .symbolKind(symbol, kind, expected): "ký hiệu \"\(symbol)\" không bắt đầu bằng chữ viết tắt của \(kind) (\"\(expected)\")"
        case let .symbolIssuer(symbol, abbreviation): "ký hiệu \"\(symbol)\" không chứa chữ viết tắt của cơ quan ban hành (\"\(abbreviation)\")"
        case let .symbolSpacing(written, expected): "số, ký hiệu \"\(written)\" có dấu cách; số và ký hiệu viết liền (viết \"\(expected)\")"
        case let .symbolCV(symbol): "ký hiệu \"\(symbol)\": \"CV\" không phải là chữ viết tắt tên loại; ký hiệu công văn gồm chữ viết tắt cơ quan và đơn vị soạn thảo"
        case let .letterKindAbbreviation(symbol, abbreviation): "ký hiệu công văn \"\(symbol)\" không có chữ viết tắt tên loại (\"\(abbreviation)\")"
        case let .dateInFuture(date, today): "văn bản đã có số mà ngày ban hành \(date) còn sau hôm nay (\(today))"
        case let .basisPunctuation(written, expected): "căn cứ \"\(written)\": dữ liệu ghi căn cứ không kèm dấu cuối, dấu \";\" hoặc \".\" do chương trình thêm (ghi \"\(expected)\")"
        case let .basesOnOneLine(excerpt): "«\(excerpt)»: mỗi căn cứ viết một dòng riêng"
        case let .recipientPunctuation(written, expected): "nơi nhận \"\(written)\": dữ liệu ghi nơi nhận không kèm \"-\" đầu dòng và dấu cuối (ghi \"\(expected)\")"
        case .archiveMissing: "nơi nhận thiếu dòng cuối \"Lưu: VT, …\" (bản lưu tại văn thư)"
        case let .archiveForm(written, expected): "dòng lưu \"\(written)\" cần viết là \"\(expected)\""
        case let .recipientArticle(article, problem): "nơi nhận \"Như Điều \(article)\": \(problem.text(in: .vi))"
        case let .asAboveInDecision(article): "nơi nhận của quyết định ghi \"Như Điều \(article)\" (điều giao thi hành) thay cho \"Như trên\""
        case let .signatureIncomplete(authority, missing): "chữ ký \"\(authority)\" cần \(missing.text(in: .vi))"
        case let .academicTitle(name, title): "họ tên người ký \"\(name)\" không kèm học hàm, học vị (\"\(title)\")"
        case let .missingTitle(kind): "\(kind) chưa có trích yếu nội dung"
        case let .lookAlikeEth(place, text): "\(place.text(in: .vi)) \"\(text)\" có chữ \"Ð\" (eth, U+00D0) giống chữ \"Đ\" tiếng Việt (U+0110)"
        case let .basisEnding(written, expected): "căn cứ «\(written)» cần kết thúc bằng \"\(expected)\" (mỗi căn cứ \";\", căn cứ cuối \".\")"
        case let .recipientLine(written, expected): "nơi nhận «\(written)» cần viết là \"\(expected)\""
        case let .pageSize(width, height): "khổ giấy \(width) × \(height) mm; Nghị định 30 dùng khổ A4 (210 × 297 mm)"
        case let .pageMargin(side, millimetres, range): "lề \(side.text(in: .vi)) \(millimetres) mm, ngoài khoảng \(range) mm"
        case let .bodyFont(font): "phông chữ nội dung \"\(font)\"; Nghị định 30 dùng Times New Roman"
        case let .bodySize(points): "cỡ chữ nội dung \(points); Nghị định 30 dùng cỡ 13–14"
        case let .nationalTitleText(written): "Quốc hiệu viết «\(written)»; đúng là \"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\""
        case let .mottoText(written): "Tiêu ngữ viết «\(written)»; đúng là \"Độc lập - Tự do - Hạnh phúc\" (gạch nối có cách chữ)"
        case let .nationalTitleSize(points): "Quốc hiệu cỡ chữ \(points); Nghị định 30 dùng cỡ 12–13"
        case .pageNumberInFooter: "số trang đặt ở chân trang; Nghị định 30 đặt ở giữa lề trên"
        case .pageNumberOnFirstPage: "số trang hiện cả ở trang 1; Nghị định 30 đánh số từ trang 2"
        case let .fixApplied(what, from, to): "\(what): đã sửa \"\(from)\" thành \"\(to)\""
        case let .endMarkMissing(excerpt): "đoạn cuối của phần nội dung «\(excerpt)» cần kết thúc bằng dấu \"./.\""
        case let .elementSize(element, points, range): "\(element) cỡ chữ \(points); Nghị định 30 dùng cỡ \(range)"
        case let .dateDoesNotExist(written): "«\(written)»: không có ngày này trong lịch"
        case let .deputyWithoutKT(position): "cấp phó (\"\(position)\") ký thay người đứng đầu: ghi \"KT.\" và chức vụ người đứng đầu ở dòng trên"
        case let .elementStyle(element, expected): "\(element) phải trình bày \(expected.text(in: .vi))"
        }
    }

    private var english: String {
        switch self {
        case let .fileUnreadable(file, problem): "cannot read file \(file): \(problem.text(in: .en))"
        case let .syntax(problem): problem.text(in: .en)
        case let .notADate(field, value): "\(field): \"\(value)\" is not a date (write yyyy-mm-dd, e.g. 2025-10-07)"
        case let .missingField(place, field): "\(place): missing required field \"\(field)\""
        case let .wrongType(field, expected, found): "\(field): expected \(expected.text(in: .en)), found \(found.text(in: .en))"
        case let .unknownKind(field, value): "\(field): \"\(value)\" is not a known document kind (e.g. quyet-dinh, quy-che, quy-dinh, ke-hoach)"
        case let .unknownField(place, field): "\(place): unknown field \"\(field)\" ignored"
        case let .notAnInteger(field, value): "\(field): \"\(value)\" is not a positive whole number"
        case let .unknownAuthority(field, value): "\(field): \"\(value)\" is not a signing authority (TM., KT., Q., TL., TUQ.)"
        case let .duplicateKey(key): "key \"\(key)\" appears twice"
        case .notNFC: "text was not in precomposed Unicode (NFC); normalised"
        case .emptyDocument: "the file is empty"
        case .yamlAlias: "YAML anchors and aliases (&, *) are not supported; write the value out"
        case let .inputTooLarge(what, limit): "\(what) is larger than the limit of \(limit) bytes (change it with --max-input-size or VANBAN_MAX_INPUT_SIZE)"
        case let .notOneLine(field): "\(field): must be written on one line"
        case let .notABoolean(field, value): "\(field): \"\(value)\" is not yes or no (write true/false, có/không)"
        case let .pageSetupOutOfRange(file, key, value, range): "\(file): \(key) = \(value) is outside the allowed range \(range)"
        case let .notAUnit(field, value): "\(field): \"\(value)\" names no article, clause or point (write it like dieu-5-khoan-2, qc-1-dieu-11)"
        case let .invalidCharacterReference(reference): "\"\(reference)\" is not a valid character; removed"
        case let .invalidUTF8(bytes): "\(bytes) byte(s) on this line are not valid UTF-8; replaced with \u{FFFD}"
        case let .interrupted(file): "interrupted while writing \(file); no temporary file left"
        case .libreOfficeMissing: "LibreOffice (soffice) is needed for PDF and was not found; install libreoffice-writer-nogui or set VANBAN_SOFFICE"
        case let .libreOfficeFailed(file, detail): "LibreOffice could not convert \(file) to PDF: \(detail)"
        case let .libreOfficeTimeout(file, seconds): "LibreOffice had not converted \(file) after \(seconds) seconds and was stopped (set VANBAN_PDF_TIMEOUT to allow more time)"
        case .fontSubstituted: "Times New Roman is not installed; the PDF uses Liberation Serif, its metric twin"
        case let .pdfUnreadable(file, detail): "cannot read the PDF structure of \(file): \(detail)"
        case let .pdfCrossReferenceStream(file): "\(file) uses a cross-reference stream; adding signature fields to such files is not supported"
        case let .signaturePlaceMissing(file): "\(file): no place for the signer's signature found (no signature block?); the PDF has no nguoi-ky field"
        case let .cannotConvert(format, detail): "cannot convert to \(format): \(detail)"
        case let .numberingGap(level, number, previous, missing): "\(level) \(number) follows \(level) \(previous): \(missing) missing"
        case let .numberingStart(level, number, missing): "the first \(level) is \(level) \(number): \(missing) missing"
        case let .numberingDuplicate(level, number): "\(level) \(number) appears twice"
        case let .numberingOrder(level, number, previous): "\(level) \(number) follows \(level) \(previous): out of order"
        case let .pointLetter(letter, problem):
            "point \"\(letter))\" is outside the Vietnamese letter order (a, b, c, d, đ, e, g, h, i, k …)" + {
                switch problem {
                case .notInSequence: ""
                case let .expected(wanted): "; expected \"\(wanted))\""
                case .repeatedOrBackwards: "; \"\(letter))\" again or out of order"
                }
            }()
        case let .attachmentNumberMismatch(stated, decision): "the number in the \"Ban hành kèm theo\" line (\(stated)) differs from the decision's (\(decision))"
        case let .attachmentDateMismatch(stated, decision): "the date in the \"Ban hành kèm theo\" line (\(stated)) differs from the decision's (\(decision))"
        case let .dateLeadingZero(written, expected): "\"\(written)\": Nghị định 30 writes days 1–9 and months 1–2 with a leading zero, months 3–12 without (write \"\(expected)\")"
        case let .numberLeadingZero(written, expected): "\"\(written)\": numbers below 10 take a leading zero (write \"\(expected)\")"
        case let .missingHeader(what): "no \(what) found"
        case let .mixedBulletsAndClauses(article): "Điều \(article) mixes bullets and numbered clauses"
        case let .unplacedText(excerpt): "could not be placed in the structure; kept in the data under `unplaced`, not printed: \"\(excerpt)\""
        case let .legacyEncoding(name): "the file is not UTF-8; read as \(name)"
        case let .quotedArticle(excerpt): "\"\(excerpt)\" is quoted: read as content, not as an article"
        case let .numberFromAttachment(field, value): "the decision has no \(field == .number ? "number" : "date"); taken from the \"Ban hành kèm theo\" line: \(value)"
        case let .arabicChapterNumber(written, roman): "\"\(written)\": chapters take Roman numerals (Chương \(roman))"
        case let .unparsedNumber(raw): "cannot read the number \"\(raw)\"; kept as written"
        case let .cannotWrite(file, problem): "cannot write \(file): \(problem.text(in: .en))"
        case let .badReferenceDocument(file, problem): "cannot use the reference DOCX \(file): \(problem.text(in: .en))"
        case let .badTemplate(file, problem): "template \(file) is broken: \(problem.text(in: .en))"
        case let .profileMissing(template, fields): "the profile lacks \(fields.count) field(s) the template \"\(template)\" needs: \(fields.joined(separator: ", "))"
        case let .profileUnknown(field, template): "\(field): the template \"\(template)\" does not use this field; ignored"
        case let .brokenReference(reference, place): "\"\(reference)\" in \(place) points at a part that is not in the document once the options are applied"
        case let .unknownTemplate(name, available): "there is no template \"\(name)\" (available: \(available.joined(separator: ", ")))"
        case let .templateSyntax(file, problem): "\(file): \(problem.text(in: .en))"
        case let .chapterWordMissing(written, chapter): "\"\(written)\": the word \"Chương\" is missing; read as Chương \(chapter), since the chapter numbers continue and an article follows"
        case let .quotedArticleByNumbering(excerpt, expected): "\"\(excerpt)\" follows \"như sau:\" and breaks the article numbering (the next article is Điều \(expected)): read as quoted content, not as an article"
        case let .issuerInferred(name, abbreviation): "no issuing body found; inferred from the authority line: \"\(name)\"" + (abbreviation.map { ", abbreviation \"\($0)\" from the ký hiệu" } ?? "") + " (listed under `inferred` in the data; please confirm)"
        case let .articleTextNotTitle(article): "Điều \(article): the words after the number are a sentence of content, not the article's title"
        case let .wordUnreadable(file, detail): "cannot read the Word file \(file): \(detail)"
        case let .wordParagraph(number, excerpt, cell): "in Word this is paragraph \(number)\(cell.map { " (table \($0.table), row \($0.row), column \($0.column))" } ?? ""): «\(excerpt)»"
        case let .legacyFontConverted(font, encoding, runs): "\(runs) run(s) in the font \(font) (\(encoding) encoding) were converted to Unicode"
        case let .wordContentDropped(content, count): "left out \(count) \(content.text(in: .en)) (not part of the document's text)"
        case let .docNeedsLibreOffice(file): "LibreOffice (soffice) is needed to read the Word 97–2003 file \(file); install libreoffice-writer-nogui, set VANBAN_SOFFICE, or save it as .docx"
        case let .docConversionFailed(file, detail): "LibreOffice could not convert \(file) to DOCX: \(detail)"
        case let .symbolKind(symbol, kind, expected): "the ký hiệu \"\(symbol)\" does not start with the abbreviation of \(kind) (\"\(expected)\")"
        case let .symbolIssuer(symbol, abbreviation): "the ký hiệu \"\(symbol)\" does not hold the issuer's abbreviation (\"\(abbreviation)\")"
        case let .symbolSpacing(written, expected): "the number and ký hiệu \"\(written)\" hold spaces; they are written without any (write \"\(expected)\")"
        case let .symbolCV(symbol): "ký hiệu \"\(symbol)\": \"CV\" is not a type abbreviation; a công văn's ký hiệu is the issuer's and the drafting unit's abbreviations"
        case let .letterKindAbbreviation(symbol, abbreviation): "the công văn ký hiệu \"\(symbol)\" takes no type abbreviation (\"\(abbreviation)\")"
        case let .dateInFuture(date, today): "the document has a number but its date \(date) is after today (\(today))"
        case let .basisPunctuation(written, expected): "căn cứ \"\(written)\": data holds a căn cứ without its final mark; the program adds \";\" or \".\" (write \"\(expected)\")"
        case let .basesOnOneLine(excerpt): "«\(excerpt)»: one căn cứ per line"
        case let .recipientPunctuation(written, expected): "recipient \"\(written)\": data holds a recipient without its \"-\" and final mark (write \"\(expected)\")"
        case .archiveMissing: "the recipients lack the final \"Lưu: VT, …\" line (the copy kept by the văn thư)"
        case let .archiveForm(written, expected): "the archive line \"\(written)\" should read \"\(expected)\""
        case let .recipientArticle(article, problem): "recipient \"Như Điều \(article)\": \(problem.text(in: .en))"
        case let .asAboveInDecision(article): "a decision's recipients name \"Như Điều \(article)\" (the article on who executes it) rather than \"Như trên\""
        case let .signatureIncomplete(authority, missing): "the signature \"\(authority)\" needs \(missing.text(in: .en))"
        case let .academicTitle(name, title): "the signer's name \"\(name)\" takes no academic title (\"\(title)\")"
        case let .missingTitle(kind): "the \(kind) has no trích yếu"
        case let .lookAlikeEth(place, text): "\(place.text(in: .en)) \"\(text)\" holds the look-alike \"Ð\" (eth, U+00D0) instead of the Vietnamese \"Đ\" (U+0110)"
        case let .basisEnding(written, expected): "the căn cứ «\(written)» must end with \"\(expected)\" (each \";\", the last \".\")"
        case let .recipientLine(written, expected): "the recipient line «\(written)» should read \"\(expected)\""
        case let .pageSize(width, height): "the paper is \(width) × \(height) mm; Nghị định 30 uses A4 (210 × 297 mm)"
        case let .pageMargin(side, millimetres, range): "the \(side.text(in: .en)) margin is \(millimetres) mm, outside \(range) mm"
        case let .bodyFont(font): "the body font is \"\(font)\"; Nghị định 30 uses Times New Roman"
        case let .bodySize(points): "the body text is \(points) pt; Nghị định 30 uses 13–14"
        case let .nationalTitleText(written): "the Quốc hiệu reads «\(written)»; it is \"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\""
        case let .mottoText(written): "the Tiêu ngữ reads «\(written)»; it is \"Độc lập - Tự do - Hạnh phúc\" (hyphens with spaces)"
        case let .nationalTitleSize(points): "the Quốc hiệu is \(points) pt; Nghị định 30 uses 12–13"
        case .pageNumberInFooter: "the page number is in the footer; Nghị định 30 puts it centred in the top margin"
        case .pageNumberOnFirstPage: "the page number shows on page 1 too; Nghị định 30 numbers from page 2"
        case let .fixApplied(what, from, to): "\(what): \"\(from)\" → \"\(to)\""
        case let .endMarkMissing(excerpt): "the last paragraph of the body «\(excerpt)» must end with \"./.\""
        case let .elementSize(element, points, range): "\(element) is \(points) pt; Nghị định 30 uses \(range)"
        case let .dateDoesNotExist(written): "«\(written)»: there is no such day in the calendar"
        case let .deputyWithoutKT(position): "a deputy (\"\(position)\") signs for the head: write \"KT.\" and the head's title on the line above"
        case let .elementStyle(element, expected): "\(element) must be set \(expected.text(in: .en))"
        }
    }
}

extension Message.SyntaxProblem {
    /// The words for the problem.
    public func text(in language: Language) -> String {
        switch (self, language) {
        case let (.yaml(detail), .vi): "lỗi cú pháp YAML (thông báo của thư viện: \(detail))"
        case let (.yaml(detail), .en): "YAML syntax error: \(detail)"
        case (.yamlTooDeep, .vi): "lỗi cú pháp YAML: lồng nhau quá sâu"
        case (.yamlTooDeep, .en): "YAML syntax error: nesting is too deep"
        case (.yamlKeyNotText, .vi): "lỗi cú pháp YAML: khóa phải là chữ thường"
        case (.yamlKeyNotText, .en): "YAML syntax error: a key must be plain text"
        case let (.json(problem), .vi): "lỗi cú pháp JSON: " + problem.vietnamese
        case let (.json(problem), .en): "JSON syntax error: " + problem.english
        }
    }
}

extension Message.JSONProblem {
    var vietnamese: String {
        switch self {
        case .textAfterValue: "còn chữ sau khi giá trị đã kết thúc"
        case .tooDeep: "lồng nhau quá sâu"
        case .unexpectedEnd: "tệp kết thúc giữa chừng"
        case .expectedQuotedKey: "cần một khóa trong ngoặc kép"
        case .unterminatedObject: "thiếu dấu } đóng"
        case .unterminatedArray: "thiếu dấu ] đóng"
        case .controlCharacter: "ký tự điều khiển trong chuỗi"
        case .unterminatedString: "chuỗi thiếu dấu ngoặc kép đóng"
        case .incompleteUnicodeEscape: "mã \\u chưa đủ bốn chữ số"
        case .invalidUnicodeEscape: "mã \\u không hợp lệ"
        case .unpairedSurrogate: "nửa cặp thay thế UTF-16 đứng một mình"
        case .invalidSurrogatePair: "cặp thay thế UTF-16 không hợp lệ"
        case let .expected(what): "cần \"\(what)\""
        case let .unexpectedCharacter(what): "ký tự không mong đợi \"\(what)\""
        case let .invalidEscape(what): "chuỗi thoát không hợp lệ \"\\\(what)\""
        }
    }

    var english: String {
        switch self {
        case .textAfterValue: "unexpected text after the end of the value"
        case .tooDeep: "nesting is too deep"
        case .unexpectedEnd: "unexpected end of input"
        case .expectedQuotedKey: "expected a quoted key"
        case .unterminatedObject: "unterminated object"
        case .unterminatedArray: "unterminated array"
        case .controlCharacter: "control character in a string"
        case .unterminatedString: "unterminated string"
        case .incompleteUnicodeEscape: "incomplete \\u escape"
        case .invalidUnicodeEscape: "invalid \\u escape"
        case .unpairedSurrogate: "unpaired surrogate"
        case .invalidSurrogatePair: "invalid surrogate pair"
        case let .expected(what): "expected \"\(what)\""
        case let .unexpectedCharacter(what): "unexpected character \"\(what)\""
        case let .invalidEscape(what): "invalid escape \"\\\(what)\""
        }
    }
}

extension Message.ReferenceProblem {
    /// The words for the problem.
    public func text(in language: Language) -> String {
        switch (self, language) {
        case let (.unreadable(problem), _): problem.text(in: language)
        case let (.notDocx(detail), .vi): "không phải tệp DOCX (\(detail))"
        case let (.notDocx(detail), .en): "not a DOCX file (\(detail))"
        case (.noStyles, .vi): "tệp không có phần word/styles.xml"
        case (.noStyles, .en): "it has no word/styles.xml"
        case let (.damagedPart(part, detail), .vi): "phần \(part) bị hỏng (\(detail))"
        case let (.damagedPart(part, detail), .en): "\(part) is damaged (\(detail))"
        case let (.tooLarge(limit), .vi): "tệp lớn hơn giới hạn \(limit) byte"
        case let (.tooLarge(limit), .en): "the file is larger than the limit of \(limit) bytes"
        case let (.invalidPackage(detail), .vi): "gói DOCX không dùng được (chi tiết: \(detail))"
        case let (.invalidPackage(detail), .en): detail
        }
    }
}

extension Message.TemplateFileProblem {
    /// The words for the problem.
    public func text(in language: Language) -> String {
        switch (self, language) {
        case let (.parse(line, column, detail), .vi): "\(line):\(column): lỗi cú pháp Mustache (\(detail))"
        case let (.parse(line, column, detail), .en): "\(line):\(column): \(detail)"
        case (.unreadable, .vi): "không đọc được tệp dưới dạng văn bản UTF-8"
        case (.unreadable, .en): "cannot read it as UTF-8 text"
        case (.builtInMissing, .vi): "thiếu mẫu có sẵn; hãy cài lại vanban"
        case (.builtInMissing, .en): "the built-in template is missing; reinstall vanban"
        case let (.missingPartial(line, column, name), .vi): "\(line):\(column): không có mẫu con tên \"\(name)\""
        case let (.missingPartial(line, column, name), .en): "\(line):\(column): no template named \"\(name)\""
        case let (.partialLoop(line, column, cycle), .vi): "\(line):\(column): các mẫu con gọi nhau thành vòng: \(cycle.joined(separator: " → "))"
        case let (.partialLoop(line, column, cycle), .en): "\(line):\(column): partials include each other in a loop: \(cycle.joined(separator: " → "))"
        case (.didNotRender, .vi): "mẫu không tạo ra được nội dung"
        case (.didNotRender, .en): "it did not render"
        case let (.invalid(detail), .vi): "nội dung không hợp lệ (\(detail))"
        case let (.invalid(detail), .en): "invalid content (\(detail))"
        }
    }
}

extension Message.TemplateProblem {
    /// The words for the problem.
    public func text(in language: Language) -> String {
        switch (self, language) {
        case (.unclosedVariable, .vi): "có \"{{\" chưa đóng"
        case (.unclosedVariable, .en): "an unclosed \"{{\""
        case (.documentLeftOut, .vi): "các tùy chọn đã bỏ toàn bộ văn bản"
        case (.documentLeftOut, .en): "the options left the whole document out"
        case (.missingHeader, .vi): "mẫu cần phần `template:` và phần `document:`"
        case (.missingHeader, .en): "a template needs a `template:` header and a `document:`"
        case (.missingID, .vi): "phần `template:` của mẫu thiếu `id`"
        case (.missingID, .en): "the template header has no `id`"
        }
    }
}

extension Message.WordContent {
    /// The words for what was left out.
    public func text(in language: Language) -> String {
        switch (self, language) {
        case (.footnotes, .vi): "chú thích cuối trang"
        case (.footnotes, .en): "footnote(s)"
        case (.comments, .vi): "nhận xét"
        case (.comments, .en): "comment(s)"
        case (.deletions, .vi): "đoạn đã xóa trong chế độ theo dõi thay đổi"
        case (.deletions, .en): "tracked deletion(s)"
        }
    }
}

extension Message.RecipientArticleProblem {
    /// The words for the problem.
    public func text(in language: Language) -> String {
        switch (self, language) {
        case (.noSuchArticle, .vi): "văn bản không có điều này"
        case (.noSuchArticle, .en): "the document has no such article"
        case (.namesNoExecutor, .vi): "điều này không nêu ai chịu trách nhiệm thi hành"
        case (.namesNoExecutor, .en): "that article names no one who executes the document"
        }
    }
}

extension Message.SignaturePart {
    /// The words for the missing part.
    public func text(in language: Language) -> String {
        switch (self, language) {
        case (.position, .vi): "chức vụ của người ký (dòng dưới)"
        case (.position, .en): "the signer's own position (the line below)"
        case (.onBehalfOf, .vi): "tên tập thể hoặc chức vụ người đứng đầu sau chữ viết tắt"
        case (.onBehalfOf, .en): "the collective or the head's title after the prefix"
        case (.name, .vi): "họ tên người ký"
        case (.name, .en): "the signer's name"
        }
    }
}

extension Message.MarginSide {
    /// The side's name.
    public func text(in language: Language) -> String {
        switch (self, language) {
        case (.top, .vi): "trên"
        case (.top, .en): "top"
        case (.bottom, .vi): "dưới"
        case (.bottom, .en): "bottom"
        case (.left, .vi): "trái"
        case (.left, .en): "left"
        case (.right, .vi): "phải"
        case (.right, .en): "right"
        }
    }
}

extension Message.TextPlace {
    /// The words for the place.
    public func text(in language: Language) -> String {
        switch (self, language) {
        case (.symbol, .vi): "ký hiệu"
        case (.symbol, .en): "the ký hiệu"
        case (.issuerName, .vi): "tên cơ quan"
        case (.issuerName, .en): "the issuer's name"
        case (.paragraph, .vi): "đoạn văn"
        case (.paragraph, .en): "the text"
        }
    }
}

extension Message.TextStyle {
    /// The words for the style.
    public func text(in language: Language) -> String {
        switch (self, language) {
        case (.bold, .vi): "chữ đứng, đậm"
        case (.bold, .en): "bold"
        case (.italic, .vi): "chữ nghiêng"
        case (.italic, .en): "in italics"
        case (.boldItalic, .vi): "chữ đậm, nghiêng"
        case (.boldItalic, .en): "bold and italic"
        case (.upright, .vi): "chữ đứng, không đậm"
        case (.upright, .en): "upright, not bold"
        }
    }
}
