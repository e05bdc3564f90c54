import Foundation

/// A document type (tên loại văn bản) with its official abbreviation from Nghị định 30, Phụ lục III.
public enum DocumentKind: String, Sendable, Hashable, CaseIterable {
    case nghiQuyet = "nghi-quyet"
    case quyetDinh = "quyet-dinh"
    case chiThi = "chi-thi"
    case quyChe = "quy-che"
    case quyDinh = "quy-dinh"
    case thongCao = "thong-cao"
    case thongBao = "thong-bao"
    case huongDan = "huong-dan"
    case chuongTrinh = "chuong-trinh"
    case keHoach = "ke-hoach"
    case phuongAn = "phuong-an"
    case deAn = "de-an"
    case duAn = "du-an"
    case baoCao = "bao-cao"
    case bienBan = "bien-ban"
    case toTrinh = "to-trinh"
    case hopDong = "hop-dong"
    case congVan = "cong-van"
    case congDien = "cong-dien"
    case banGhiNho = "ban-ghi-nho"
    case banThoaThuan = "ban-thoa-thuan"
    case giayUyQuyen = "giay-uy-quyen"
    case giayMoi = "giay-moi"
    case giayGioiThieu = "giay-gioi-thieu"
    case giayNghiPhep = "giay-nghi-phep"
    case phieuGui = "phieu-gui"
    case phieuChuyen = "phieu-chuyen"
    case phieuBao = "phieu-bao"
    case thuCong = "thu-cong"
    // Legal documents that legacy imports meet; they are not issued with this tool's templates.
    case luat = "luat"
    case nghiDinh = "nghi-dinh"
    case thongTu = "thong-tu"
    case dieuLe = "dieu-le"

    /// The official abbreviation used in the ký hiệu; nil for công văn and thư công, which have none.
    public var abbreviation: String? {
        switch self {
        case .nghiQuyet: "NQ"
        case .quyetDinh: "QĐ"
        case .chiThi: "CT"
        case .quyChe: "QC"
        case .quyDinh: "QyĐ"
        case .thongCao: "TC"
        case .thongBao: "TB"
        case .huongDan: "HD"
        case .chuongTrinh: "CTr"
        case .keHoach: "KH"
        case .phuongAn: "PA"
        case .deAn: "ĐA"
        case .duAn: "DA"
        case .baoCao: "BC"
        case .bienBan: "BB"
        case .toTrinh: "TTr"
        case .hopDong: "HĐ"
        case .congDien: "CĐ"
        case .banGhiNho: "BGN"
        case .banThoaThuan: "BTT"
        case .giayUyQuyen: "GUQ"
        case .giayMoi: "GM"
        case .giayGioiThieu: "GGT"
        case .giayNghiPhep: "GNP"
        case .phieuGui: "PG"
        case .phieuChuyen: "PC"
        case .phieuBao: "PB"
        case .congVan, .thuCong: nil
        case .luat: "QH"
        case .nghiDinh: "NĐ-CP"
        case .thongTu: "TT"
        case .dieuLe: nil
        }
    }

    /// The type name as written in running text, e.g. "Quyết định".
    public var name: String {
        switch self {
        case .nghiQuyet: "Nghị quyết"
        case .quyetDinh: "Quyết định"
        case .chiThi: "Chỉ thị"
        case .quyChe: "Quy chế"
        case .quyDinh: "Quy định"
        case .thongCao: "Thông cáo"
        case .thongBao: "Thông báo"
        case .huongDan: "Hướng dẫn"
        case .chuongTrinh: "Chương trình"
        case .keHoach: "Kế hoạch"
        case .phuongAn: "Phương án"
        case .deAn: "Đề án"
        case .duAn: "Dự án"
        case .baoCao: "Báo cáo"
        case .bienBan: "Biên bản"
        case .toTrinh: "Tờ trình"
        case .hopDong: "Hợp đồng"
        case .congVan: "Công văn"
        case .congDien: "Công điện"
        case .banGhiNho: "Bản ghi nhớ"
        case .banThoaThuan: "Bản thỏa thuận"
        case .giayUyQuyen: "Giấy ủy quyền"
        case .giayMoi: "Giấy mời"
        case .giayGioiThieu: "Giấy giới thiệu"
        case .giayNghiPhep: "Giấy nghỉ phép"
        case .phieuGui: "Phiếu gửi"
        case .phieuChuyen: "Phiếu chuyển"
        case .phieuBao: "Phiếu báo"
        case .thuCong: "Thư công"
        case .luat: "Luật"
        case .nghiDinh: "Nghị định"
        case .thongTu: "Thông tư"
        case .dieuLe: "Điều lệ"
        }
    }

    /// The heading printed above the trích yếu (tên loại in capitals), e.g. "QUYẾT ĐỊNH".
    public var heading: String { VietnameseText.uppercased(name) }

    /// Finds a kind by its id ("quyet-dinh"), abbreviation ("QĐ") or name ("Quyết định"), ignoring case.
    public init?(identifier: String) {
        let wanted = VietnameseText.normalized(identifier).trimmingCharacters(in: .whitespaces)
        let folded = VietnameseText.lowercased(wanted)
        if let byId = DocumentKind(rawValue: folded) {
            self = byId
            return
        }
        if let match = DocumentKind.allCases.first(where: {
            $0.abbreviation == wanted || VietnameseText.lowercased($0.name) == folded
        }) {
            self = match
            return
        }
        return nil
    }
}
