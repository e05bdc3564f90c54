import Testing
import VanBanTestSupport
@testable import vanban

@Suite("command-line messages")
struct CommandMessageTests {
    @Test("every command-line message renders in both languages, without English in the Vietnamese")
    func bothLanguages() {
        #expect(MessageLanguages.problems(CommandMessage.examples) == [])
    }
}
