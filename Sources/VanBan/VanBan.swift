@_exported import VanBanData
@_exported import VanBanModel
@_exported import VanBanWriters
@_exported import VanBanReaders
@_exported import VanBanTemplating
@_exported import VanBanPDF
