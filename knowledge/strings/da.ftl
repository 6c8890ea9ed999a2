### Waymark user interface strings: Danish (da). Translated from en.ftl.

## Onboarding

welcome =
    Hej, jeg er Waymark. Jeg hjælper dig med at finde ud af, hvor du skal henvende dig, og hvem du kan kontakte om arbejde, tilladelser, skattenumre og dine rettigheder på arbejdet.
    Jeg svarer ud fra oplysninger, som mennesker har tjekket, og viser den officielle kilde. Jeg er en bot, ikke en advokat.
ask-country = Hvilket land er du i?
country-set = OK: { $country }. Stil mig dit spørgsmål med dine egne ord.
ask-language = Hvilket sprog vil du have, at jeg skriver på?
language-set = OK, jeg skriver på dansk.
menu-intro = Jeg kan hjælpe med disse emner. Skriv dit spørgsmål med dine egne ord, eller vælg et emne:
help =
    Skriv dit spørgsmål med dine egne ord, på dit eget sprog.
    /country – skift land
    /language – skift sprog
    /human – tal med et menneske fra en organisation
    /bot – kom tilbage til botten efter at have talt med et menneske
    /forget – slet alt, hvad jeg har gemt om dig
greeting-reply = Hej! Hvordan kan jeg hjælpe dig? Skriv dit spørgsmål med dine egne ord.
thanks-reply = Det var så lidt. Du kan spørge mig om noget andet når som helst.

## Input I cannot use

empty-message = Skriv venligst dit spørgsmål med nogle få ord.
long-message = Din besked er meget lang, så jeg læser kun begyndelsen. Hvis mit svar ikke passer, så send venligst et kortere spørgsmål.
unsupported-media =
    { $kind ->
        [voice] Jeg kan ikke lytte til talebeskeder endnu.
        [photo] Jeg kan ikke læse billeder endnu.
        [sticker] Fin sticker!
        [document] Jeg kan ikke åbne dokumenter.
        [video] Jeg kan ikke se videoer.
        [location] Jeg bruger ikke din placering.
       *[other] Jeg kan ikke læse denne type besked.
    } Skriv venligst dit spørgsmål med ord, så prøver jeg at hjælpe.
error-internal = Undskyld, noget gik galt hos mig. Prøv venligst igen om et øjeblik.

## Answers

answer-where = Hvor du skal henvende dig:
answer-steps = Hvad du skal gøre:
answer-note = Godt at vide:
answer-offices = Officielle sider:
answer-source = Kilde: { $url }
answer-last-checked = Sidst tjekket: { $date }
answer-stale =
    ⚠ Dette blev sidst tjekket for { $months ->
        [one] mere end en måned siden
       *[other] mere end { $months } måneder siden
    } og kan være forældet. Tjek venligst den officielle kilde.
answer-needs-review = ⚠ En fagperson har endnu ikke bekræftet dette svar. Bekræft venligst detaljerne hos myndigheden.
answer-organisations = Organisationer, der kan hjælpe:
answer-missing-language = Dette svar findes endnu ikke på { $language }. Her er det på { $fallback }.
ask-fallback-language = Dette svar findes endnu ikke på { $language }. Hvilket andet sprog kan du læse?
answer-missing-country = Jeg har endnu ikke tjekkede oplysninger om dette for { $country }. Jeg vil ikke gætte.
clarify = Jeg er ikke sikker på, hvad du mener. Er det et af disse emner?
feedback-question = Hjalp det?
feedback-thanks = Tak! Du kan spørge mig om noget andet når som helst.
feedback-sorry = Jeg er ked af, at det ikke hjalp. Jeg har noteret spørgsmålet, så mennesker kan tilføje bedre oplysninger.

## Not covered, and people who can help

not-covered = Beklager, jeg har ikke tjekkede oplysninger om dette. Jeg vil ikke gætte.
offer-human = En frivillig fra en organisation, der hjælper migranter, kan måske hjælpe dig.
handoff-unavailable = Frivillige er endnu ikke koblet på denne tjeneste. Du kan kontakte disse organisationer direkte:
no-organisations = Jeg kender endnu ikke en organisation til dette i dit land.

## Talking to a volunteer (hand-off)

handoff-consent =
    En frivillig fra { $organisations } kan fortsætte denne samtale med dig, her.
    Hvis du siger ja, kan den frivillige se dine seneste beskeder til mig, dit sprog, dit land og emnet. Den frivillige kan ikke se dit telefonnummer eller dit kontonavn, medmindre du selv vælger at dele dit navn.
    De frivillige svarer i deres åbningstid. Du kan stoppe når som helst ved at sende /bot.
    Er det i orden med dig?
handoff-consent-priority =
    Det kan være akut, så din henvendelse kommer forrest i køen.
    En frivillig fra { $organisations } kan fortsætte denne samtale med dig, her.
    Hvis du siger ja, kan den frivillige se dine seneste beskeder til mig, dit sprog, dit land og emnet. Den frivillige kan ikke se dit telefonnummer eller dit kontonavn, medmindre du selv vælger at dele dit navn.
    Du kan stoppe når som helst ved at sende /bot.
    Er det i orden med dig?
button-consent-yes = Ja, forbind mig
button-consent-name = Ja, del mit navn
button-consent-no = Nej tak
handoff-consent-expired = Dette spørgsmål er udløbet. Hvis du stadig vil tale med et menneske, så tryk på knappen.
handoff-declined = OK, ingen frivillig vil se denne samtale. Du kan også kontakte disse organisationer direkte:
handoff-no-team = Der er endnu ikke koblet et hold af frivillige på for dit land. Du kan kontakte disse organisationer direkte:
handoff-country-first = For at finde frivillige i nærheden af dig skal jeg først vide, hvilket land du er i.
handoff-connected = Tak. En frivillig fra { $organisation } svarer dig her. Skriv dit spørgsmål; jeg sender dine beskeder videre. Send /bot for at komme tilbage til botten.
handoff-queued = Tak. De frivillige fra { $organisation } er ikke til rådighed lige nu. De svarer dig her fra { $time }. Din henvendelse venter i deres kø. Send /bot for at komme tilbage til botten.
handoff-queued-unknown = Tak. De frivillige fra { $organisation } er ikke til rådighed lige nu; din henvendelse venter i deres kø. Send /bot for at komme tilbage til botten.
button-back-to-bot = Tilbage til botten
handoff-volunteer-message = { $organisation }: { $text }
handoff-closed = Den frivillige fra { $organisation } har afsluttet samtalen. Du er tilbage hos botten: skriv dit spørgsmål, eller send /human for at tale med et menneske igen.
handoff-ended = Du er tilbage hos botten. Den frivillige ser ikke længere dine beskeder.
handoff-still-open = Du taler med en frivillig: dine beskeder går til den frivillige. Tryk på knappen eller send /bot for at komme tilbage til botten.
handoff-media = Den frivillige kan ikke se billeder, talebeskeder eller filer, der sendes her. Skriv venligst din besked med ord.
handoff-timeout = Beklager: ingen frivillig fra { $organisation } kunne svare i tide. Dit spørgsmål er blevet noteret. Du kan kontakte disse organisationer direkte:
handoff-idle = Denne samtale med { $organisation } blev lukket, fordi der ikke kom nye beskeder. Du er tilbage hos botten; send /human for at tale med et menneske igen.

## Safety

emergency-intro = Hvis du eller en anden er i fare nu, så ring:
emergency-after = Når du er i sikkerhed, kan en person fra en organisation hjælpe dig.
trafficking-intro = Hvis du bliver tvunget til at arbejde, dine papirer er taget fra dig, eller du bliver truet, kan du få hjælp. Er du i fare, så ring:
emergency-kind-general = Alarmnummer (alle tjenester)
emergency-kind-police = Politi
emergency-kind-ambulance = Ambulance
emergency-kind-fire = Brandvæsen
emergency-kind-trafficking = Hjælpelinje om menneskehandel og udnyttelse
emergency-kind-labour-exploitation = Hjælpelinje om udnyttelse på arbejdet
emergency-kind-women = Hjælpelinje om vold mod kvinder
emergency-kind-children = Hjælpelinje for børn
emergency-kind-mental-health = Hjælpelinje om krise og psykisk sundhed

## Your data

forget-confirm = Vil du have, at jeg sletter alt, hvad jeg har gemt om dig (dit sprog, dit land og hvor vi er i samtalen)?
forget-done = Færdig. Jeg har slettet alt, hvad jeg havde gemt om dig. Hvis du skriver igen, starter vi forfra.
forget-cancelled = OK, jeg har ikke slettet noget.

## Contact labels

contact-web = Web
contact-phone = Telefon
contact-email = E-mail
contact-address = Adresse
contact-hours = Åbningstider

## Buttons (at most 20 characters)

button-yes = Ja
button-no = Nej
button-talk-to-person = Tal med et menneske
button-change-country = Skift land
button-change-language = Skift sprog
button-menu = Menu
button-delete = Slet mine data
button-keep = Behold

## Countries (button labels)

country-CZ = Tjekkiet
country-DK = Danmark
country-FI = Finland
country-GB = Storbritannien
country-GR = Grækenland
country-IT = Italien
country-CH = Schweiz

## Topics (button labels)

topic-asylum-application = Asyl
topic-work-rights-asylum-seekers = Arbejde under asyl
topic-work-permit = Arbejdstilladelse
topic-residence-permit-renewal = Forny tilladelse
topic-family-reunification = Familiesammenføring
topic-temporary-protection = Midl. beskyttelse
topic-tax-number = Skattenummer / ID
topic-tax-card-and-return = Skattekort, refusion
topic-bank-account = Bankkonto
topic-minimum-wage = Mindsteløn
topic-unpaid-wages = Manglende løn
topic-employment-contract = Ansættelseskontrakt
topic-working-hours = Arbejdstid og ferie
topic-dismissal = Afskedigelse
topic-exploitation-trafficking = Tvangsarbejde
topic-discrimination = Diskrimination
topic-trade-union = Fagforeninger
topic-sick-leave-accident = Sygdom, ulykke
topic-job-search = Find et job
topic-cv-interview = CV og jobsamtale
topic-qualification-recognition = Eksamensbeviser
topic-language-courses = Sprogkurser
topic-start-business = Egen virksomhed
topic-mentoring-volunteering = Mentorordning
topic-find-cso = Find en organisation
topic-legal-aid = Gratis retshjælp

## Web chat page (local simulator)

web-input = Skriv en besked
web-send = Send
web-reset = Ny samtale

## Telegram commands

command-start = Start samtalen
command-help = Sådan bruger du Waymark
command-language = Skift sprog
command-country = Skift land
command-forget = Slet alt, hvad jeg har gemt om dig
command-human = Tal med et menneske fra en organisation
command-bot = Tilbage til botten
