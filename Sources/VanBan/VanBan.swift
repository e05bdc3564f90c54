@_exported import VanBanData
@_exported import VanBanModel
@_exported import VanBanWriters
@_exported import VanBanReaders
@_exported import VanBanRegulations
@_exported import VanBanPDF
@_exported import VanBanChecks
