### Waymark user interface strings: Somali (so). Translated from en.ftl.

## Onboarding

welcome =
    Salaan, waxaan ahay Waymark. Waxaan kaa caawiyaa inaad ogaato meesha aad aadayso iyo cidda aad la xiriirayso marka ay timaaddo shaqada, ruqsadaha, lambarrada canshuurta iyo xuquuqdaada shaqada.
    Waxaan kaga jawaabaa macluumaad ay dad hubiyeen, waxaanan ku tusaa isha rasmiga ah. Waxaan ahay bot, ma ihi qareen.
ask-country = Waddankee joogtaa?
country-set = Waa hagaag: { $country }. Su'aashaada erayadaada ku weydii.
ask-language = Luqaddee rabtaa inaan kuugu qoro?
language-set = Waa hagaag, waxaan kuugu qori doonaa Af-Soomaali.
menu-intro = Waxaan kaa caawin karaa mawduucyadan. Su'aashaada erayadaada ku qor, ama mid dooro:
help =
    Su'aashaada ku qor erayadaada iyo luqaddaada.
    /country – beddel waddanka
    /language – beddel luqadda
    /human – la hadal qof ka tirsan hay'ad
    /bot – ku noqo bot-ka kadib markaad qof la hadasho
    /forget – tirtir wax kasta oo aan kaa kaydiyay
greeting-reply = Salaan! Sideen kuu caawin karaa? Su'aashaada erayadaada ku qor.
thanks-reply = Adigaa mudan. Waqti kasta waad i weydiin kartaa wax kale.

## Input I cannot use

empty-message = Fadlan su'aashaada ku qor dhowr eray.
long-message = Fariintaadu aad bay u dheer tahay, sidaa darteed bilowgeeda oo keliya ayaan akhriyaa. Haddii jawaabtaydu aysan ku habboonayn, fadlan soo dir su'aal ka gaaban.
unsupported-media =
    { $kind ->
        [voice] Weli ma dhegaysan karo fariimaha codka.
        [photo] Weli ma akhrin karo sawirrada.
        [sticker] Stiikar qurux badan!
        [document] Ma furi karo dukumeentiyada.
        [video] Ma daawan karo fiidiyowyada.
        [location] Ma isticmaalo goobtaada.
       *[other] Ma akhrin karo noocan fariinta ah.
    } Fadlan su'aashaada erayo ku qor, waxaanan isku dayi doonaa inaan ku caawiyo.
error-internal = Waan ka xumahay, dhinacayga ayaa wax ka khaldamay. Fadlan mar kale isku day wax yar kadib.

## Answers

answer-where = Meesha aad aadayso:
answer-steps = Waxa aad samaynayso:
answer-note = Waa wanaagsan tahay inaad ogaato:
answer-offices = Boggaga rasmiga ah:
answer-source = Isha: { $url }
answer-last-checked = Markii ugu dambeysay ee la hubiyay: { $date }
answer-stale =
    ⚠ Tan waxaa markii ugu dambeysay la hubiyay { $months ->
        [one] in ka badan hal bil ka hor
       *[other] in ka badan { $months } bilood ka hor
    }, waxaana laga yaabaa inay duugowday. Fadlan hubi isha rasmiga ah.
answer-needs-review = ⚠ Dib-u-eegaha weli ma xaqiijin jawaabtan. Fadlan faahfaahinta ka xaqiiji xafiiska.
answer-organisations = Hay'adaha ku caawin kara:
answer-missing-language = Jawaabtan weli laguma hayo luqadda { $language }. Waa tan oo ku qoran { $fallback }.
ask-fallback-language = Jawaabtan weli laguma hayo luqadda { $language }. Luqaddee kale ayaad akhrin kartaa?
answer-missing-country = Weli ma hayo macluumaad la hubiyay oo arrintan ku saabsan { $country }. Ma doonayo inaan qiyaas ku jawaabo.
clarify = Ma hubo waxa aad ula jeeddo. Ma mid kamid ah kuwan baa?
feedback-question = Tani ma ku caawisay?
feedback-thanks = Mahadsanid! Waqti kasta waad i weydiin kartaa wax kale.
feedback-sorry = Waan ka xumahay inaysan ku caawin. Su'aasha waan qoray si dadku ugu daraan macluumaad ka wanaagsan.

## Not covered, and people who can help

not-covered = Waan ka xumahay, ma hayo macluumaad la hubiyay oo arrintan ku saabsan. Ma doonayo inaan qiyaas ku jawaabo.
offer-human = Mutadawac ka socda hay'ad caawisa muhaajiriinta ayaa laga yaabaa inuu ku caawiyo.
handoff-unavailable = Mutadawacyadu weli kuma xirna adeeggan. Si toos ah ayaad ula xiriiri kartaa hay'adahan:
no-organisations = Weli ma aqaan hay'ad arrintan ka caawisa waddankaaga.

## Talking to a volunteer (hand-off)

handoff-consent =
    Mutadawac ka socda { $organisations } ayaa halkan kula sii wadi kara wadahadalkan.
    Haddii aad oggolaato, mutadawacu wuxuu arki doonaa fariimihii ugu dambeeyay ee aad ii soo dirtay, luqaddaada, waddankaaga iyo mawduuca. Ma arki doono lambarka taleefankaaga ama magaca akoonkaaga, ilaa adigu aad doorato inaad magacaaga la wadaagto.
    Mutadawacyadu waxay ka jawaabaan saacadaha ay shaqeeyaan. Waqti kasta waad joojin kartaa adigoo soo diraya /bot.
    Ma oggoshahay?
handoff-consent-priority =
    Tani waxay noqon kartaa arrin degdeg ah, sidaa darteed codsigaagu wuxuu noqon doonaa kan ugu horreeya safka.
    Mutadawac ka socda { $organisations } ayaa halkan kula sii wadi kara wadahadalkan.
    Haddii aad oggolaato, mutadawacu wuxuu arki doonaa fariimihii ugu dambeeyay ee aad ii soo dirtay, luqaddaada, waddankaaga iyo mawduuca. Ma arki doono lambarka taleefankaaga ama magaca akoonkaaga, ilaa adigu aad doorato inaad magacaaga la wadaagto.
    Waqti kasta waad joojin kartaa adigoo soo diraya /bot.
    Ma oggoshahay?
button-consent-yes = Haa, i xiriiri
button-consent-name = Haa, magacayga sheeg
button-consent-no = Maya, mahadsanid
handoff-consent-expired = Su'aashan waqtigeedii wuu dhammaaday. Haddii aad weli rabto inaad qof la hadasho, riix badhanka.
handoff-declined = Waa hagaag, mutadawac ma arki doono wadahadalkan. Sidoo kale si toos ah ayaad ula xiriiri kartaa hay'adahan:
handoff-no-team = Weli ma jiro koox mutadawacyo ah oo ku xiran waddankaaga. Si toos ah ayaad ula xiriiri kartaa hay'adahan:
handoff-country-first = Si aan u helo mutadawacyo kuu dhow, marka hore waxaan u baahanahay inaan ogaado waddankaaga.
handoff-connected = Mahadsanid. Mutadawac ka socda { $organisation } ayaa halkan kaaga jawaabi doona. Fadlan qor su'aashaada; fariimahaaga waan gudbinayaa. Si aad ugu noqoto bot-ka, soo dir /bot.
handoff-queued = Mahadsanid. Mutadawacyada { $organisation } hadda lama heli karo. Waxay halkan kaaga jawaabi doonaan laga bilaabo { $time }. Codsigaagu wuxuu sugayaa safkooda. Si aad ugu noqoto bot-ka, soo dir /bot.
handoff-queued-unknown = Mahadsanid. Mutadawacyada { $organisation } hadda lama heli karo; codsigaagu wuxuu sugayaa safkooda. Si aad ugu noqoto bot-ka, soo dir /bot.
button-back-to-bot = Ku noqo bot-ka
handoff-volunteer-message = { $organisation }: { $text }
handoff-closed = Mutadawacii ka socday { $organisation } wuu dhammeeyay wadahadalka. Waxaad dib ula joogtaa bot-ka: qor su'aashaada, ama soo dir /human si aad mar kale qof ula hadasho.
handoff-ended = Waxaad dib ula joogtaa bot-ka. Mutadawacu mar dambe ma arko fariimahaaga.
handoff-still-open = Waxaad la hadlaysaa mutadawac: fariimahaagu mutadawaca ayay u tagaan. Si aad ugu noqoto bot-ka, riix badhanka ama soo dir /bot.
handoff-media = Mutadawacu ma arki karo sawirrada, fariimaha codka ama faylasha halkan loo soo diro. Fadlan fariintaada erayo ku qor.
handoff-timeout = Waan ka xumahay: ma jirin mutadawac ka socda { $organisation } oo waqtigii ku jawaabi karay. Su'aashaada waa la qoray. Si toos ah ayaad ula xiriiri kartaa hay'adahan:
handoff-idle = Wadahadalkan aad la lahayd { $organisation } waa la xiray sababtoo ah fariimo cusub ma iman. Waxaad dib ula joogtaa bot-ka; soo dir /human si aad mar kale qof ula hadasho.

## Safety

emergency-intro = Haddii adiga ama qof kale uu hadda khatar ku jiro, wac:
emergency-after = Marka aad nabad gasho, qof ka tirsan hay'ad ayaa ku caawin kara.
trafficking-intro = Haddii lagugu qasbo shaqo, dukumeentiyadaada lagaa qaatay, ama lagu hanjabo, waad heli kartaa caawimaad. Haddii aad khatar ku jirto, wac:
emergency-kind-general = Gurmad degdeg ah (dhammaan adeegyada)
emergency-kind-police = Booliska
emergency-kind-ambulance = Ambalaas
emergency-kind-fire = Dab-demiska
emergency-kind-trafficking = Khadka caawimaadda ka ganacsiga dadka iyo ka faa'iidaysiga
emergency-kind-labour-exploitation = Khadka caawimaadda ka faa'iidaysiga shaqada
emergency-kind-women = Khadka caawimaadda rabshadaha ka dhanka ah haweenka
emergency-kind-children = Khadka caawimaadda carruurta
emergency-kind-mental-health = Khadka caawimaadda xiisadaha iyo caafimaadka maskaxda

## Your data

forget-confirm = Ma rabtaa inaan tirtiro wax kasta oo aan kaa kaydiyay (luqaddaada, waddankaaga iyo halka uu wadahadalku marayo)?
forget-done = Waa la dhammeeyay. Waxaan tirtiray wax kasta oo aan kaa kaydiyay. Haddii aad mar kale soo qorto, bilowga ayaan ka bilaabaynaa.
forget-cancelled = Waa hagaag, waxba ma tirtirin.

## Contact labels

contact-web = Websaydh
contact-phone = Taleefan
contact-email = Iimayl
contact-address = Cinwaan
contact-hours = Saacadaha

## Buttons (at most 20 characters)

button-yes = Haa
button-no = Maya
button-talk-to-person = La hadal qof
button-change-country = Beddel waddanka
button-change-language = Beddel luqadda
button-menu = Liiska
button-delete = Tirtir xogtayda
button-keep = Ha tirtirin

## Countries (button labels)

country-CZ = Jamhuuriyadda Jeek
country-DK = Denmark
country-FI = Finland
country-GB = Ingiriiska (UK)
country-GR = Giriigga
country-IT = Talyaaniga
country-CH = Swiiserland

## Topics (button labels)

topic-asylum-application = Magangalyo
topic-work-rights-asylum-seekers = Shaqo inta la sugayo
topic-work-permit = Ruqsadda shaqada
topic-residence-permit-renewal = Cusboonaysii ruqsad
topic-family-reunification = Isu keenista qoyska
topic-temporary-protection = Ilaalin ku meel gaar
topic-tax-number = Lambar canshuur / ID
topic-tax-card-and-return = Canshuurta iyo celin
topic-bank-account = Koonto bangi
topic-minimum-wage = Mushaharka ugu yar
topic-unpaid-wages = Lacag aan la bixin
topic-employment-contract = Qandaraaska shaqada
topic-working-hours = Saacadaha iyo fasax
topic-dismissal = Shaqo ka eryid
topic-exploitation-trafficking = Shaqo qasab ah
topic-discrimination = Takoor
topic-trade-union = Ururada shaqaalaha
topic-sick-leave-accident = Jirro, shil
topic-job-search = Shaqo raadis
topic-cv-interview = CV iyo waraysi
topic-qualification-recognition = Shahaadooyin
topic-language-courses = Barashada luqadda
topic-start-business = Ganacsi gaar ah
topic-mentoring-volunteering = Hanuunin
topic-find-cso = Raadi hay'ad
topic-legal-aid = Talo sharci bilaash

## Web chat page (local simulator)

web-input = Qor fariin
web-send = Dir
web-reset = Wadahadal cusub

## Telegram commands

command-start = Bilow wadahadalka
command-help = Sida loo isticmaalo Waymark
command-language = Beddel luqadda
command-country = Beddel waddanka
command-forget = Tirtir wax kasta oo aan kaa kaydiyay
command-human = La hadal qof ka tirsan hay'ad
command-bot = Ku noqo bot-ka
