import DocketEditing
import DocketModel
import Testing

@Suite struct SluggerTests {
    @Test func azerbaijaniNames() {
        #expect(Slugger.slug("Xədicə İsmayılova") == "xedice-ismayilova")
        #expect(Slugger.slug("Mehman Hüseynov") == "mehman-huseynov")
        #expect(Slugger.slug("Əfqan Muxtarlı") == "efqan-muxtarli")
        #expect(Slugger.slug("Tofiq Yaqublu") == "tofiq-yaqublu")
        #expect(Slugger.slug("Seymur Həzi") == "seymur-hezi")
    }

    @Test func turkishNames() {
        #expect(Slugger.slug("Şahin Alpay") == "shahin-alpay")
        #expect(Slugger.slug("Can Dündar") == "can-dundar")
        #expect(Slugger.slug("Ahmet Şık") == "ahmet-shik")
        #expect(Slugger.slug("Nazlı Ilıcak") == "nazli-ilicak")
        #expect(Slugger.slug("Çağdaş Öztürk") == "chagdash-ozturk")
    }

    @Test func russianAndOtherCyrillicNames() {
        #expect(Slugger.slug("Гилал Мамедов") == "gilal-mamedov")
        #expect(Slugger.slug("Хадиджа Исмайлова") == "khadidzha-ismaylova")
        #expect(Slugger.slug("Анна Политковская") == "anna-politkovskaya")
        #expect(Slugger.slug("Щербаков Юрий Ёлкин") == "shcherbakov-yuriy-yolkin")
        #expect(Slugger.slug("Євген Їжак") == "yevgen-yizhak")
        #expect(Slugger.slug("Әфган Мухтарлы") == "efgan-mukhtarly")
    }

    @Test func otherDiacriticsAreStripped() {
        #expect(Slugger.slug("José Rubén Zamora") == "jose-ruben-zamora")
        #expect(Slugger.slug("Łukasz Środa") == "lukasz-sroda")
        #expect(Slugger.slug("Ørjan Straße") == "orjan-strasse")
        // A combining accent typed as its own character.
        #expect(Slugger.slug("Jose\u{301}") == "jose")
    }

    @Test func punctuationBecomesSingleHyphens() {
        #expect(Slugger.slug("  Journalists sentenced in Baku: 'a dark day'!  ") == "journalists-sentenced-in-baku-a-dark-day")
        #expect(Slugger.slug("O’Brien & Sons -- 2015/16") == "obrien-sons-2015-16")
        #expect(Slugger.slug("A_B.C") == "a-b-c")
    }

    @Test func nothingUsableGivesAnEmptySlug() {
        #expect(Slugger.slug("刘晓波") == "")
        #expect(Slugger.slug("!!!") == "")
    }

    @Test func longTitlesAreCutAtAHyphen() {
        let slug = Slugger.slug(String(repeating: "word ", count: 60))
        #expect(slug.utf8.count <= 120)
        #expect(!slug.hasSuffix("-"))
        #expect(slug.hasPrefix("word-word-"))
    }

    @Test func everySlugMeetsTheLoadersRules() {
        for name in ["Xədicə İsmayılova", "Гилал Мамедов", "Ahmet Şık", "José Rubén Zamora", "O’Brien & Sons -- 2015/16"] {
            #expect(SlugRules.isValid(Slugger.slug(name)), "\(name)")
        }
    }
}
