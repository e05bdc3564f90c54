import Testing
import VanBanStore
import VanBanTestSupport

@Suite("register messages")
struct RegisterMessageTests {
    @Test("every register message renders in both languages, without English in the Vietnamese")
    func bothLanguages() {
        #expect(MessageLanguages.problems(RegisterMessage.examples) == [])
        #expect(Set(RegisterMessage.examples.map(\.code)).count == RegisterMessage.examples.count)
    }
}
