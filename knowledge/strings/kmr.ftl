### Waymark user interface strings: Kurdish Kurmanji (kmr). Translated from en.ftl.

## Onboarding

welcome =
    Silav, ez Waymark im. Ez alîkariya we dikim ku hûn bibînin derbarê kar, destûr, hejmarên bacê û mafên xwe yên li kar de hûn herin ku derê û bi kê re têkilî daynin.
    Ez bi agahiyên ku mirovan kontrol kirine bersiv didim, û çavkaniya fermî jî nîşan didim. Ez bot im, ne parêzer im.
ask-country = Hûn li kîjan welatî ne?
country-set = Baş e: { $country }. Pirsa xwe bi gotinên xwe bipirsin.
ask-language = Hûn dixwazin ez bi kîjan zimanî binivîsim?
language-set = Baş e, ez ê bi Kurmancî binivîsim.
menu-intro = Ez dikarim di van mijaran de alîkariyê bikim. Pirsa xwe bi gotinên xwe binivîsin, an jî yekê hilbijêrin:
help =
    Pirsa xwe bi gotinên xwe, bi zimanê xwe binivîsin.
    /country – welat biguherînin
    /language – ziman biguherînin
    /human – bi kesekî ji rêxistinekê re biaxivin
    /bot – piştî axaftina bi kesekî re vegerin ba botê
    /forget – her tiştê ku min li ser we tomar kiriye jê bibin
greeting-reply = Silav! Ez çawa dikarim alîkariya we bikim? Pirsa xwe bi gotinên xwe binivîsin.
thanks-reply = Ser çavan. Hûn dikarin her dem tiştekî din ji min bipirsin.

## Input I cannot use

empty-message = Ji kerema xwe pirsa xwe bi çend peyvan binivîsin.
long-message = Peyama we pir dirêj e, ji ber vê yekê ez tenê destpêka wê dixwînim. Heke bersiva min ne guncav be, ji kerema xwe pirseke kurttir bişînin.
unsupported-media =
    { $kind ->
        [voice] Ez hîn nikarim guh bidim peyamên dengî.
        [photo] Ez hîn nikarim wêneyan bixwînim.
        [sticker] Stîkereke xweşik!
        [document] Ez nikarim belgeyan vekim.
        [video] Ez nikarim li vîdyoyan temaşe bikim.
        [location] Ez cihê we bi kar naynim.
       *[other] Ez nikarim vî cureyê peyamê bixwînim.
    } Ji kerema xwe pirsa xwe bi peyvan binivîsin, ez ê hewl bidim alîkariyê bikim.
error-internal = Bibore, li aliyê min tiştek xelet çû. Ji kerema xwe piştî demekê dîsa biceribînin.

## Answers

answer-where = Hûn herin ku derê:
answer-steps = Hûn çi bikin:
answer-note = Baş e ku hûn zanibin:
answer-offices = Rûpelên fermî:
answer-source = Çavkanî: { $url }
answer-last-checked = Kontrola dawî: { $date }
answer-stale =
    ⚠ Ev cara dawî { $months ->
        [one] zêdetirî mehekê berê
       *[other] zêdetirî { $months } mehan berê
    } hatiye kontrolkirin û dibe ku êdî ne rast be. Ji kerema xwe çavkaniya fermî kontrol bikin.
answer-needs-review = ⚠ Hîn kontrolkerekî ev bersiv nepejirandiye. Ji kerema xwe hûrguliyan ji ofîsê piştrast bikin.
answer-organisations = Rêxistinên ku dikarin alîkariyê bikin:
answer-missing-language = Ev bersiv hîn bi zimanê { $language } tune ye. Va ye bi zimanê { $fallback }.
ask-fallback-language = Ev bersiv hîn bi zimanê { $language } tune ye. Hûn dikarin bi kîjan zimanê din bixwînin?
answer-missing-country = Li ser vê yekê ji bo { $country } hîn agahiyên min ên kontrolkirî tune ne. Ez naxwazim texmîn bikim.
clarify = Ez ne bawer im ku hûn çi dixwazin bibêjin. Gelo yek ji van e?
feedback-question = Ev alîkar bû?
feedback-thanks = Spas! Hûn dikarin her dem tiştekî din ji min bipirsin.
feedback-sorry = Mixabin ku alîkar nebû. Min pirs nivîsî da ku mirov agahiyên baştir lê zêde bikin.

## Not covered, and people who can help

not-covered = Bibore, li ser vê yekê agahiyên min ên kontrolkirî tune ne. Ez naxwazim texmîn bikim.
offer-human = Dibe ku dilxwazekî ji rêxistineke ku alîkariya koçberan dike bikaribe alîkariya we bike.
handoff-unavailable = Dilxwaz hîn bi vê xizmetê ve ne girêdayî ne. Hûn dikarin rasterast bi van rêxistinan re têkilî daynin:
no-organisations = Ez hîn li welatê we rêxistinekê ji bo vê yekê nas nakim.

## Talking to a volunteer (hand-off)

handoff-consent =
    Dilxwazekî ji rêxistina { $organisations } dikare vê axaftinê li vir bi we re bidomîne.
    Heke hûn qebûl bikin, dilxwaz dê peyamên we yên dawî yên ji min re, zimanê we, welatê we û mijarê bibîne. Ew ê hejmara telefona we û navê hesabê we nebîne, heke hûn bi xwe nexwazin navê xwe parve bikin.
    Dilxwaz di saetên xwe yên kar de bersiv didin. Hûn dikarin her dem bi şandina /bot axaftinê rawestînin.
    Hûn qebûl dikin?
handoff-consent-priority =
    Dibe ku ev lezgîn be, ji ber vê yekê daxwaza we dê di rêzê de ya yekem be.
    Dilxwazekî ji rêxistina { $organisations } dikare vê axaftinê li vir bi we re bidomîne.
    Heke hûn qebûl bikin, dilxwaz dê peyamên we yên dawî yên ji min re, zimanê we, welatê we û mijarê bibîne. Ew ê hejmara telefona we û navê hesabê we nebîne, heke hûn bi xwe nexwazin navê xwe parve bikin.
    Hûn dikarin her dem bi şandina /bot axaftinê rawestînin.
    Hûn qebûl dikin?
button-consent-yes = Erê, min girê bide
button-consent-name = Erê, bi navê min
button-consent-no = Na, spas
handoff-consent-expired = Dema vê pirsê derbas bû. Heke hûn hîn dixwazin bi kesekî re biaxivin, bişkokê bitikînin.
handoff-declined = Baş e, tu dilxwaz vê axaftinê nabîne. Hûn dikarin rasterast bi van rêxistinan re jî têkilî daynin:
handoff-no-team = Hîn tîmeke dilxwazan ji bo welatê we ne girêdayî ye. Hûn dikarin rasterast bi van rêxistinan re têkilî daynin:
handoff-country-first = Ji bo ku ez dilxwazên nêzî we bibînim, divê ez pêşî welatê we bizanim.
handoff-connected = Spas. Dilxwazekî ji rêxistina { $organisation } dê li vir bersiva we bide. Ji kerema xwe pirsa xwe binivîsin; ez peyamên we digihînim. Ji bo ku hûn vegerin ba botê, /bot bişînin.
handoff-queued = Spas. Dilxwazên rêxistina { $organisation } niha ne amade ne. Ew ê ji { $time } û pê ve li vir bersiva we bidin. Daxwaza we di rêza wan de li bendê ye. Ji bo ku hûn vegerin ba botê, /bot bişînin.
handoff-queued-unknown = Spas. Dilxwazên rêxistina { $organisation } niha ne amade ne; daxwaza we di rêza wan de li bendê ye. Ji bo ku hûn vegerin ba botê, /bot bişînin.
button-back-to-bot = Vegere ba botê
handoff-volunteer-message = { $organisation }: { $text }
handoff-closed = Dilxwazê rêxistina { $organisation } axaftin bi dawî kir. Hûn dîsa li ba botê ne: pirsa xwe binivîsin, an /human bişînin da ku dîsa bi kesekî re biaxivin.
handoff-ended = Hûn dîsa li ba botê ne. Dilxwaz êdî peyamên we nabîne.
handoff-still-open = Hûn bi dilxwazekî re diaxivin: peyamên we diçin ba dilxwaz. Ji bo ku hûn vegerin ba botê, bişkokê bitikînin an /bot bişînin.
handoff-media = Dilxwaz nikare wêne, peyamên dengî an pelên ku li vir têne şandin bibîne. Ji kerema xwe peyama xwe bi peyvan binivîsin.
handoff-timeout = Bibore: tu dilxwazekî rêxistina { $organisation } nikarî di wextê xwe de bersiv bide. Pirsa we hate nivîsîn. Hûn dikarin rasterast bi van rêxistinan re têkilî daynin:
handoff-idle = Ev axaftina bi { $organisation } re hate girtin, ji ber ku peyamên nû nehatin. Hûn dîsa li ba botê ne; /human bişînin da ku dîsa bi kesekî re biaxivin.

## Safety

emergency-intro = Heke hûn an kesekî din niha di xeterê de be, telefon bikin:
emergency-after = Dema ku hûn di ewlehiyê de bin, kesek ji rêxistinekê dikare alîkariya we bike.
trafficking-intro = Heke hûn bi zorê têne xebitandin, belgeyên we ji we hatine girtin an hûn têne tehdîdkirin, hûn dikarin alîkariyê bistînin. Di xeterê de, telefon bikin:
emergency-kind-general = Acîl (hemû xizmet)
emergency-kind-police = Polîs
emergency-kind-ambulance = Ambulans
emergency-kind-fire = Agirkuj
emergency-kind-trafficking = Xeta alîkariyê ji bo bazirganiya mirovan û îstîsmarê
emergency-kind-labour-exploitation = Xeta alîkariyê ji bo îstîsmara kar
emergency-kind-women = Xeta alîkariyê ji bo tundiya li dijî jinan
emergency-kind-children = Xeta alîkariyê ji bo zarokan
emergency-kind-mental-health = Xeta alîkariyê ji bo krîz û tenduristiya derûnî

## Your data

forget-confirm = Hûn dixwazin ez her tiştê ku min li ser we tomar kiriye (ziman, welat û rewşa axaftinê) jê bibim?
forget-done = Temam. Min her tiştê ku li ser we tomar kiribû jê bir. Heke hûn dîsa binivîsin, em ê ji destpêkê dest pê bikin.
forget-cancelled = Baş e, min tiştek jê nebir.

## Contact labels

contact-web = Malper
contact-phone = Telefon
contact-email = E-name
contact-address = Navnîşan
contact-hours = Demjimêr

## Buttons (at most 20 characters)

button-yes = Erê
button-no = Na
button-talk-to-person = Bi kesekî re biaxive
button-change-country = Welat biguherîne
button-change-language = Ziman biguherîne
button-menu = Menû
button-delete = Daneyên min jê bibe
button-keep = Bila bimîne

## Countries (button labels)

country-CZ = Çekya
country-DK = Danîmarka
country-FI = Fînlenda
country-GB = Brîtanya
country-GR = Yewnanistan
country-IT = Îtalya
country-CH = Swîsre

## Topics (button labels)

topic-asylum-application = Penaberî
topic-work-rights-asylum-seekers = Kar di dema bendê de
topic-work-permit = Destûra kar
topic-residence-permit-renewal = Nûkirina destûrê
topic-family-reunification = Gihandina malbatê
topic-temporary-protection = Parastina demkî
topic-tax-number = Hejmara bacê / ID
topic-tax-card-and-return = Bac û vegerandin
topic-bank-account = Hesabê bankê
topic-minimum-wage = Mûçeya herî kêm
topic-unpaid-wages = Mûçeya nedayî
topic-employment-contract = Peymana kar
topic-working-hours = Demjimêr û betlane
topic-dismissal = Derxistin ji kar
topic-exploitation-trafficking = Karê bi zorê
topic-discrimination = Cudakarî
topic-trade-union = Sendîka
topic-sick-leave-accident = Nexweşî, qeza
topic-job-search = Kar dîtin
topic-cv-interview = CV û hevpeyvîn
topic-qualification-recognition = Dîploma
topic-language-courses = Kursên ziman
topic-start-business = Karsaziya xwe
topic-mentoring-volunteering = Şêwirmendî
topic-find-cso = Rêxistinekê bibîne
topic-legal-aid = Şêwra hiqûqî belaş

## Web chat page (local simulator)

web-input = Peyamekê binivîsin
web-send = Bişîne
web-reset = Axaftina nû

## Telegram commands

command-start = Axaftinê dest pê bikin
command-help = Waymark çawa tê bikaranîn
command-language = Ziman biguherînin
command-country = Welat biguherînin
command-forget = Her tiştê ku min li ser we tomar kiriye jê bibin
command-human = Bi kesekî ji rêxistinekê re biaxivin
command-bot = Vegerin ba botê
