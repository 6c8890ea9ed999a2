### Waymark user interface strings: Turkish (tr). Translated from en.ftl.

## Onboarding

welcome =
    Merhaba, ben Waymark. İş, izinler, vergi numaraları ve iş yerindeki haklarınız konusunda nereye gideceğinizi ve kime başvuracağınızı bulmanıza yardım ederim.
    İnsanların kontrol ettiği bilgilerle ve resmî kaynağını göstererek cevap veririm. Ben bir botum, avukat değilim.
ask-country = Hangi ülkedesiniz?
country-set = Tamam: { $country }. Sorunuzu kendi sözlerinizle sorun.
ask-language = Hangi dilde yazmamı istersiniz?
language-set = Tamam, Türkçe yazacağım.
menu-intro = Bu konularda yardım edebilirim. Sorunuzu kendi sözlerinizle yazın ya da bir konu seçin:
help =
    Sorunuzu kendi sözlerinizle, kendi dilinizde yazın.
    /country – ülkeyi değiştirin
    /language – dili değiştirin
    /human – bir kuruluştan biriyle konuşun
    /bot – biriyle konuştuktan sonra bota geri dönün
    /forget – hakkınızda kaydettiğim her şeyi silin
greeting-reply = Merhaba! Size nasıl yardım edebilirim? Sorunuzu kendi sözlerinizle yazın.
thanks-reply = Rica ederim. İstediğiniz zaman bana başka bir şey sorabilirsiniz.

## Input I cannot use

empty-message = Lütfen sorunuzu birkaç kelimeyle yazın.
long-message = Mesajınız çok uzun, bu yüzden sadece başını okuyorum. Cevabım uymazsa lütfen daha kısa bir soru gönderin.
unsupported-media =
    { $kind ->
        [voice] Sesli mesajları henüz dinleyemiyorum.
        [photo] Fotoğrafları henüz okuyamıyorum.
        [sticker] Güzel çıkartma!
        [document] Belgeleri açamıyorum.
        [video] Videoları izleyemiyorum.
        [location] Konumunuzu kullanmıyorum.
       *[other] Bu tür mesajları okuyamıyorum.
    } Lütfen sorunuzu kelimelerle yazın, yardım etmeye çalışacağım.
error-internal = Üzgünüm, benim tarafımda bir sorun oldu. Lütfen biraz sonra tekrar deneyin.

## Answers

answer-where = Nereye gidebilirsiniz:
answer-steps = Ne yapmalısınız:
answer-note = Bilmeniz iyi olur:
answer-offices = Resmî sayfalar:
answer-source = Kaynak: { $url }
answer-last-checked = Son kontrol: { $date }
answer-stale =
    ⚠ Bu bilgi en son { $months ->
        [one] bir aydan daha uzun süre önce
       *[other] { $months } aydan daha uzun süre önce
    } kontrol edildi ve güncel olmayabilir. Lütfen resmî kaynağı kontrol edin.
answer-needs-review = ⚠ Bu cevap henüz bir kontrolcü tarafından onaylanmadı. Lütfen ayrıntıları ilgili kurumla teyit edin.
answer-organisations = Yardım edebilecek kuruluşlar:
answer-missing-language = Bu cevap henüz şu dilde yok: { $language }. İşte şu dilde: { $fallback }.
ask-fallback-language = Bu cevap henüz şu dilde yok: { $language }. Başka hangi dili okuyabilirsiniz?
answer-missing-country = Bu konuda { $country } için henüz kontrol edilmiş bilgim yok. Tahmin yürütmek istemiyorum.
clarify = Ne demek istediğinizden emin değilim. Bunlardan biri mi?
feedback-question = Bu işinize yaradı mı?
feedback-thanks = Teşekkürler! İstediğiniz zaman bana başka bir şey sorabilirsiniz.
feedback-sorry = Yardımcı olamadığım için üzgünüm. İnsanlar daha iyi bilgi ekleyebilsin diye soruyu not ettim.

## Not covered, and people who can help

not-covered = Üzgünüm, bu konuda kontrol edilmiş bilgim yok. Tahmin yürütmek istemiyorum.
offer-human = Göçmenlere yardım eden bir kuruluştan bir gönüllü size yardım edebilir.
handoff-unavailable = Gönüllüler henüz bu hizmete bağlı değil. Bu kuruluşlarla doğrudan iletişime geçebilirsiniz:
no-organisations = Ülkenizde bu konuda henüz bir kuruluş bilmiyorum.

## Talking to a volunteer (hand-off)

handoff-consent =
    { $organisations } kuruluşundan bir gönüllü bu sohbete burada sizinle devam edebilir.
    Kabul ederseniz gönüllü, bana yazdığınız son mesajları, dilinizi, ülkenizi ve konuyu görecek. Telefon numaranızı görmeyecek; hesap adınızı da, adınızı paylaşmayı siz seçmedikçe görmeyecek.
    Gönüllüler çalışma saatlerinde cevap verir. İstediğiniz zaman /bot göndererek sohbeti bitirebilirsiniz.
    Kabul ediyor musunuz?
handoff-consent-priority =
    Bu acil olabilir, bu yüzden isteğiniz sıranın en başına alınacak.
    { $organisations } kuruluşundan bir gönüllü bu sohbete burada sizinle devam edebilir.
    Kabul ederseniz gönüllü, bana yazdığınız son mesajları, dilinizi, ülkenizi ve konuyu görecek. Telefon numaranızı görmeyecek; hesap adınızı da, adınızı paylaşmayı siz seçmedikçe görmeyecek.
    İstediğiniz zaman /bot göndererek sohbeti bitirebilirsiniz.
    Kabul ediyor musunuz?
button-consent-yes = Evet, beni bağla
button-consent-name = Evet, adımı paylaş
button-consent-no = Hayır, teşekkürler
handoff-consent-expired = Bu sorunun süresi doldu. Hâlâ biriyle konuşmak istiyorsanız düğmeye basın.
handoff-declined = Tamam, hiçbir gönüllü bu sohbeti görmeyecek. Bu kuruluşlarla doğrudan da iletişime geçebilirsiniz:
handoff-no-team = Ülkeniz için henüz bağlı bir gönüllü ekibi yok. Bu kuruluşlarla doğrudan iletişime geçebilirsiniz:
handoff-country-first = Size yakın gönüllüleri bulmak için önce ülkenizi bilmem gerekiyor.
handoff-connected = Teşekkürler. { $organisation } kuruluşundan bir gönüllü size burada cevap verecek. Lütfen sorunuzu yazın; mesajlarınızı ona iletiyorum. Bota geri dönmek için /bot gönderin.
handoff-queued = Teşekkürler. { $organisation } kuruluşunun gönüllüleri şu anda müsait değil. Size burada şu zamandan itibaren cevap verecekler: { $time }. İsteğiniz onların sırasında bekliyor. Bota geri dönmek için /bot gönderin.
handoff-queued-unknown = Teşekkürler. { $organisation } kuruluşunun gönüllüleri şu anda müsait değil; isteğiniz onların sırasında bekliyor. Bota geri dönmek için /bot gönderin.
button-back-to-bot = Bota geri dön
handoff-volunteer-message = { $organisation }: { $text }
handoff-closed = { $organisation } kuruluşundan gönüllü sohbeti bitirdi. Yeniden botla konuşuyorsunuz: sorunuzu yazın ya da tekrar biriyle konuşmak için /human gönderin.
handoff-ended = Yeniden botla konuşuyorsunuz. Gönüllü artık mesajlarınızı görmüyor.
handoff-still-open = Bir gönüllüyle konuşuyorsunuz: mesajlarınız ona gidiyor. Bota geri dönmek için düğmeye basın ya da /bot gönderin.
handoff-media = Gönüllü buraya gönderilen fotoğrafları, sesli mesajları veya dosyaları göremez. Lütfen mesajınızı kelimelerle yazın.
handoff-timeout = Üzgünüm: { $organisation } kuruluşundan hiçbir gönüllü zamanında cevap veremedi. Sorunuz not edildi. Bu kuruluşlarla doğrudan iletişime geçebilirsiniz:
handoff-idle = { $organisation } ile bu sohbet, yeni mesaj gelmediği için kapatıldı. Yeniden botla konuşuyorsunuz; tekrar biriyle konuşmak için /human gönderin.

## Safety

emergency-intro = Siz ya da başka biri şu anda tehlikedeyse arayın:
emergency-after = Güvende olduğunuzda bir kuruluştan biri size yardım edebilir.
trafficking-intro = Zorla çalıştırılıyorsanız, belgeleriniz elinizden alındıysa ya da tehdit ediliyorsanız yardım alabilirsiniz. Tehlikedeyseniz arayın:
emergency-kind-general = Acil durum (tüm hizmetler)
emergency-kind-police = Polis
emergency-kind-ambulance = Ambulans
emergency-kind-fire = İtfaiye
emergency-kind-trafficking = İnsan ticareti ve sömürü yardım hattı
emergency-kind-labour-exploitation = İşçi sömürüsü yardım hattı
emergency-kind-women = Kadına yönelik şiddet yardım hattı
emergency-kind-children = Çocuklar için yardım hattı
emergency-kind-mental-health = Kriz ve ruh sağlığı yardım hattı

## Your data

forget-confirm = Hakkınızda kaydettiğim her şeyi (diliniz, ülkeniz ve konuşmanın durumu) silmemi ister misiniz?
forget-done = Tamam. Hakkınızda kaydettiğim her şeyi sildim. Tekrar yazarsanız baştan başlarız.
forget-cancelled = Tamam, hiçbir şey silmedim.

## Contact labels

contact-web = Web
contact-phone = Telefon
contact-email = E-posta
contact-address = Adres
contact-hours = Çalışma saatleri

## Buttons (at most 20 characters)

button-yes = Evet
button-no = Hayır
button-talk-to-person = Bir kişiyle konuş
button-change-country = Ülkeyi değiştir
button-change-language = Dili değiştir
button-menu = Menü
button-delete = Verilerimi sil
button-keep = Kalsın

## Countries (button labels)

country-CZ = Çekya
country-DK = Danimarka
country-FI = Finlandiya
country-GB = Birleşik Krallık
country-GR = Yunanistan
country-IT = İtalya
country-CH = İsviçre

## Topics (button labels)

topic-asylum-application = İltica
topic-work-rights-asylum-seekers = Beklerken çalışma
topic-work-permit = Çalışma izni
topic-residence-permit-renewal = İzin yenileme
topic-family-reunification = Aile birleşimi
topic-temporary-protection = Geçici koruma
topic-tax-number = Vergi / kimlik no
topic-tax-card-and-return = Vergi kartı ve iade
topic-bank-account = Banka hesabı
topic-minimum-wage = Asgari ücret
topic-unpaid-wages = Ödenmeyen maaş
topic-employment-contract = İş sözleşmesi
topic-working-hours = Çalışma saati, izin
topic-dismissal = İşten çıkarılma
topic-exploitation-trafficking = Zorla çalıştırma
topic-discrimination = Ayrımcılık
topic-trade-union = Sendikalar
topic-sick-leave-accident = Hastalık, kaza
topic-job-search = İş bulma
topic-cv-interview = CV ve mülakat
topic-qualification-recognition = Diplomalar
topic-language-courses = Dil kursları
topic-start-business = Kendi işini kurma
topic-mentoring-volunteering = Mentorluk
topic-find-cso = Kuruluş bulma
topic-legal-aid = Ücretsiz avukat

## Web chat page (local simulator)

web-input = Bir mesaj yazın
web-send = Gönder
web-reset = Yeni sohbet

## Telegram commands

command-start = Sohbeti başlatın
command-help = Waymark nasıl kullanılır
command-language = Dili değiştirin
command-country = Ülkeyi değiştirin
command-forget = Hakkınızda kaydettiğim her şeyi silin
command-human = Bir kuruluştan biriyle konuşun
command-bot = Bota geri dönün
