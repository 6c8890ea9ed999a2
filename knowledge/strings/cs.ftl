### Waymark user interface strings: Czech (cs). Translated from en.ftl.

## Onboarding

welcome =
    Dobrý den, jsem Waymark. Pomáhám vám zjistit, kam jít a na koho se obrátit ohledně práce, povolení, daňových čísel a vašich práv v práci.
    Odpovídám podle informací, které ověřili lidé, a uvádím oficiální zdroj. Jsem bot, ne právník.
ask-country = Ve které zemi jste?
country-set = Dobře: { $country }. Zeptejte se mě vlastními slovy.
ask-language = V jakém jazyce vám mám psát?
language-set = Dobře, budu psát česky.
menu-intro = Můžu pomoci s těmito tématy. Napište svou otázku vlastními slovy, nebo jedno téma vyberte:
help =
    Napište svou otázku vlastními slovy, ve svém jazyce.
    /country – změnit zemi
    /language – změnit jazyk
    /human – mluvit s člověkem z nějaké organizace
    /bot – vrátit se k botovi po rozhovoru s člověkem
    /forget – smazat vše, co o vás mám uložené
greeting-reply = Dobrý den! Jak vám můžu pomoci? Napište svou otázku vlastními slovy.
thanks-reply = Není zač. Kdykoli se mě můžete zeptat na něco dalšího.

## Input I cannot use

empty-message = Napište prosím svou otázku několika slovy.
long-message = Vaše zpráva je velmi dlouhá, proto čtu jen začátek. Pokud moje odpověď nesedí, pošlete prosím kratší otázku.
unsupported-media =
    { $kind ->
        [voice] Hlasové zprávy zatím neumím poslouchat.
        [photo] Fotky zatím neumím číst.
        [sticker] Pěkná nálepka!
        [document] Dokumenty neumím otevřít.
        [video] Na videa se dívat neumím.
        [location] Vaši polohu nepoužívám.
       *[other] Tento druh zprávy neumím přečíst.
    } Napište prosím svou otázku slovy a pokusím se pomoci.
error-internal = Omlouvám se, na mé straně se něco pokazilo. Zkuste to prosím za chvíli znovu.

## Answers

answer-where = Kam jít:
answer-steps = Co dělat:
answer-note = Dobré vědět:
answer-offices = Oficiální stránky:
answer-source = Zdroj: { $url }
answer-last-checked = Naposledy ověřeno: { $date }
answer-stale =
    ⚠ Naposledy to bylo ověřeno před více než { $months ->
        [one] { $months } měsícem
        [few] { $months } měsíci
        [many] { $months } měsíce
       *[other] { $months } měsíci
    } a nemusí to být aktuální. Ověřte si prosím oficiální zdroj.
answer-needs-review = ⚠ Tuto odpověď zatím nepotvrdil žádný kontrolor. Ověřte si prosím podrobnosti na úřadě.
answer-organisations = Organizace, které mohou pomoci:
answer-missing-language = Tato odpověď zatím není dostupná v jazyce { $language }. Tady je v jazyce { $fallback }.
ask-fallback-language = Tato odpověď zatím není dostupná v jazyce { $language }. Jaký jiný jazyk umíte číst?
answer-missing-country = Pro zemi { $country } k tomu zatím nemám ověřené informace. Nechci hádat.
clarify = Není mi úplně jasné, co myslíte. Je to jedno z těchto témat?
feedback-question = Pomohlo vám to?
feedback-thanks = Děkuji! Kdykoli se mě můžete zeptat na něco dalšího.
feedback-sorry = Je mi líto, že to nepomohlo. Otázka je zaznamenaná, aby lidé mohli doplnit lepší informace.

## Not covered, and people who can help

not-covered = Omlouvám se, k tomu nemám ověřené informace. Nechci hádat.
offer-human = Možná vám pomůže dobrovolník nebo dobrovolnice z organizace, která pomáhá migrantům.
handoff-unavailable = Dobrovolníci zatím nejsou k této službě připojeni. Můžete se přímo obrátit na tyto organizace:
no-organisations = Zatím neznám žádnou organizaci, která s tím ve vaší zemi pomáhá.

## Talking to a volunteer (hand-off)

handoff-consent =
    Dobrovolník nebo dobrovolnice z organizace { $organisations } může s vámi tady pokračovat v tomto rozhovoru.
    Pokud souhlasíte, tento člověk uvidí vaše poslední zprávy pro mě, váš jazyk, vaši zemi a téma. Neuvidí vaše telefonní číslo ani jméno vašeho účtu, pokud se sami nerozhodnete sdílet své jméno.
    Dobrovolníci odpovídají v době, kdy mají otevřeno. Kdykoli můžete skončit tím, že pošlete /bot.
    Souhlasíte?
handoff-consent-priority =
    Může to být naléhavé, proto bude vaše žádost v pořadí první.
    Dobrovolník nebo dobrovolnice z organizace { $organisations } může s vámi tady pokračovat v tomto rozhovoru.
    Pokud souhlasíte, tento člověk uvidí vaše poslední zprávy pro mě, váš jazyk, vaši zemi a téma. Neuvidí vaše telefonní číslo ani jméno vašeho účtu, pokud se sami nerozhodnete sdílet své jméno.
    Kdykoli můžete skončit tím, že pošlete /bot.
    Souhlasíte?
button-consent-yes = Ano, spojit
button-consent-name = Ano, sdílet jméno
button-consent-no = Ne, děkuji
handoff-consent-expired = Tato otázka už neplatí. Pokud chcete stále mluvit s člověkem, stiskněte tlačítko.
handoff-declined = Dobře, tento rozhovor neuvidí žádný dobrovolník ani dobrovolnice. Můžete se také přímo obrátit na tyto organizace:
handoff-no-team = Pro vaši zemi zatím není připojený žádný tým dobrovolníků. Můžete se přímo obrátit na tyto organizace:
handoff-country-first = Pro nalezení dobrovolníků ve vašem okolí potřebuji nejdřív znát vaši zemi.
handoff-connected = Děkuji. Dobrovolník nebo dobrovolnice z organizace { $organisation } vám odpoví tady. Napište prosím svou otázku; vaše zprávy předávám dál. Pro návrat k botovi pošlete /bot.
handoff-queued = Děkuji. Dobrovolníci z organizace { $organisation } teď nejsou k dispozici. Odpovědí vám tady od tohoto času: { $time }. Vaše žádost čeká v jejich frontě. Pro návrat k botovi pošlete /bot.
handoff-queued-unknown = Děkuji. Dobrovolníci z organizace { $organisation } teď nejsou k dispozici; vaše žádost čeká v jejich frontě. Pro návrat k botovi pošlete /bot.
button-back-to-bot = Zpět k botovi
handoff-volunteer-message = { $organisation }: { $text }
handoff-closed = Dobrovolník z organizace { $organisation } ukončil rozhovor. Jste zpátky u bota: napište svou otázku, nebo pošlete /human, pokud chcete znovu mluvit s člověkem.
handoff-ended = Jste zpátky u bota. Dobrovolník už vaše zprávy nevidí.
handoff-still-open = Mluvíte s dobrovolníkem nebo dobrovolnicí: vaše zprávy jdou k tomuto člověku. Pro návrat k botovi stiskněte tlačítko nebo pošlete /bot.
handoff-media = Dobrovolník nevidí fotky, hlasové zprávy ani soubory, které sem pošlete. Napište prosím svou zprávu slovy.
handoff-timeout = Omlouvám se: žádný dobrovolník z organizace { $organisation } nemohl odpovědět včas. Vaše otázka byla zaznamenána. Můžete se přímo obrátit na tyto organizace:
handoff-idle = Tento rozhovor s organizací { $organisation } byl ukončen, protože nepřišly žádné nové zprávy. Jste zpátky u bota; pokud chcete znovu mluvit s člověkem, pošlete /human.

## Safety

emergency-intro = Pokud jste vy nebo někdo jiný právě v nebezpečí, volejte:
emergency-after = Až budete v bezpečí, může vám pomoci člověk z nějaké organizace.
trafficking-intro = Pokud vás někdo nutí pracovat, vzal vám doklady nebo vám vyhrožuje, můžete dostat pomoc. V nebezpečí volejte:
emergency-kind-general = Tísňová linka (všechny složky)
emergency-kind-police = Policie
emergency-kind-ambulance = Záchranná služba
emergency-kind-fire = Hasiči
emergency-kind-trafficking = Linka pomoci při obchodu s lidmi a vykořisťování
emergency-kind-labour-exploitation = Linka pomoci při pracovním vykořisťování
emergency-kind-women = Linka pomoci při násilí na ženách
emergency-kind-children = Linka pomoci pro děti
emergency-kind-mental-health = Krizová linka a pomoc s duševním zdravím

## Your data

forget-confirm = Mám smazat vše, co o vás mám uložené (váš jazyk, zemi a stav konverzace)?
forget-done = Hotovo. Vše, co bylo o vás uložené, je smazané. Když znovu napíšete, začneme od začátku.
forget-cancelled = Dobře, nic nebylo smazáno.

## Contact labels

contact-web = Web
contact-phone = Telefon
contact-email = E-mail
contact-address = Adresa
contact-hours = Otevírací doba

## Buttons (at most 20 characters)

button-yes = Ano
button-no = Ne
button-talk-to-person = Mluvit s člověkem
button-change-country = Změnit zemi
button-change-language = Změnit jazyk
button-menu = Menu
button-delete = Smazat moje údaje
button-keep = Ponechat

## Countries (button labels)

country-CZ = Česko
country-DK = Dánsko
country-FI = Finsko
country-GB = Velká Británie
country-GR = Řecko
country-IT = Itálie
country-CH = Švýcarsko

## Topics (button labels)

topic-asylum-application = Azyl
topic-work-rights-asylum-seekers = Práce během řízení
topic-work-permit = Pracovní povolení
topic-residence-permit-renewal = Prodloužení pobytu
topic-family-reunification = Sloučení rodiny
topic-temporary-protection = Dočasná ochrana
topic-tax-number = Daňové číslo / ID
topic-tax-card-and-return = Daně a vrácení daně
topic-bank-account = Bankovní účet
topic-minimum-wage = Minimální mzda
topic-unpaid-wages = Nevyplacená mzda
topic-employment-contract = Pracovní smlouva
topic-working-hours = Hodiny a dovolená
topic-dismissal = Výpověď
topic-exploitation-trafficking = Nucená práce
topic-discrimination = Diskriminace
topic-trade-union = Odbory
topic-sick-leave-accident = Nemoc, úraz
topic-job-search = Hledání práce
topic-cv-interview = Životopis, pohovor
topic-qualification-recognition = Diplomy
topic-language-courses = Jazykové kurzy
topic-start-business = Vlastní podnikání
topic-mentoring-volunteering = Mentoring
topic-find-cso = Najít organizaci
topic-legal-aid = Právní rada zdarma

## Web chat page (local simulator)

web-input = Napište zprávu
web-send = Odeslat
web-reset = Nový chat

## Telegram commands

command-start = Začít konverzaci
command-help = Jak používat Waymark
command-language = Změnit jazyk
command-country = Změnit zemi
command-forget = Smazat vše, co o vás mám uložené
command-human = Mluvit s člověkem z nějaké organizace
command-bot = Vrátit se k botovi
