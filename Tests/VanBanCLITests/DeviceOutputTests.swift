import Foundation
import Testing
import VanBanTestSupport

@Suite("output to devices")
struct DeviceOutputTests {
    /// `-o /dev/null --force` once renamed a temporary file over /dev/null, leaving a plain file
    /// where the device was; a device is now written into, never replaced.
    @Test func forceOntoADeviceWritesIntoIt() throws {
        let result = try Vanban.run(["render", Repository.sample.path, "-o", "/dev/null", "--to", "docx", "--force"])
        #expect(result.status == 0, "\(result.stderr)")
        var info = stat()
        #expect(stat("/dev/null", &info) == 0 && (info.st_mode & S_IFMT) == S_IFCHR, "/dev/null is still a character device")
    }
}
