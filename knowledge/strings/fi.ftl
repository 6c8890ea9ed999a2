### Waymark user interface strings: Finnish (fi). Translated from en.ftl.

## Onboarding

welcome =
    Hei, olen Waymark. Autan sinua löytämään, minne mennä ja keneen ottaa yhteyttä, kun kyse on työstä, luvista, verotunnuksista tai oikeuksistasi työssä.
    Vastaan tiedoilla, jotka ihmiset ovat tarkistaneet, ja kerron virallisen lähteen. Olen botti, en juristi.
ask-country = Missä maassa olet?
country-set = Selvä: { $country }. Kysy kysymyksesi omin sanoin.
ask-language = Millä kielellä haluat, että kirjoitan?
language-set = Selvä, kirjoitan suomeksi.
menu-intro = Voin auttaa näissä aiheissa. Kirjoita kysymyksesi omin sanoin tai valitse aihe:
help =
    Kirjoita kysymyksesi omin sanoin, omalla kielelläsi.
    /country – vaihda maa
    /language – vaihda kieli
    /human – puhu järjestön ihmisen kanssa
    /bot – palaa bottiin, kun olet puhunut ihmisen kanssa
    /forget – poista kaikki, mitä olen tallentanut sinusta
greeting-reply = Hei! Miten voin auttaa? Kirjoita kysymyksesi omin sanoin.
thanks-reply = Ole hyvä. Voit kysyä minulta muuta milloin tahansa.

## Input I cannot use

empty-message = Kirjoita kysymyksesi muutamalla sanalla.
long-message = Viestisi on hyvin pitkä, joten luen vain alun. Jos vastaukseni ei sovi, lähetä lyhyempi kysymys.
unsupported-media =
    { $kind ->
        [voice] En osaa vielä kuunnella ääniviestejä.
        [photo] En osaa vielä lukea kuvia.
        [sticker] Kiva tarra!
        [document] En voi avata asiakirjoja.
        [video] En voi katsoa videoita.
        [location] En käytä sijaintiasi.
       *[other] En voi lukea tällaista viestiä.
    } Kirjoita kysymyksesi sanoin, niin yritän auttaa.
error-internal = Anteeksi, minulla meni jokin pieleen. Yritä hetken päästä uudelleen.

## Answers

answer-where = Minne mennä:
answer-steps = Mitä tehdä:
answer-note = Hyvä tietää:
answer-offices = Viralliset sivut:
answer-source = Lähde: { $url }
answer-last-checked = Tarkistettu viimeksi: { $date }
answer-stale =
    ⚠ Tämä tarkistettiin viimeksi { $months ->
        [one] yli kuukausi sitten
       *[other] yli { $months } kuukautta sitten
    }, joten tieto voi olla vanhentunut. Tarkista virallinen lähde.
answer-needs-review = ⚠ Tarkastaja ei ole vielä vahvistanut tätä vastausta. Varmista yksityiskohdat virastosta.
answer-organisations = Järjestöt, jotka voivat auttaa:
answer-missing-language = Tämä vastaus ei ole vielä saatavilla kielellä { $language }. Tässä se on kielellä { $fallback }.
ask-fallback-language = Tämä vastaus ei ole vielä saatavilla kielellä { $language }. Mitä muuta kieltä osaat lukea?
answer-missing-country = Minulla ei ole vielä tarkistettua tietoa tästä maassasi ({ $country }). En halua arvata.
clarify = En ole varma, mitä tarkoitat. Onko se jokin näistä?
feedback-question = Auttoiko tämä?
feedback-thanks = Kiitos! Voit kysyä minulta muuta milloin tahansa.
feedback-sorry = Harmi, ettei tämä auttanut. Merkitsin kysymyksen muistiin, jotta ihmiset voivat lisätä parempaa tietoa.

## Not covered, and people who can help

not-covered = Valitettavasti minulla ei ole tästä tarkistettua tietoa. En halua arvata.
offer-human = Maahanmuuttajia auttavan järjestön vapaaehtoinen voi ehkä auttaa sinua.
handoff-unavailable = Vapaaehtoiset eivät ole vielä mukana tässä palvelussa. Voit ottaa yhteyttä suoraan näihin järjestöihin:
no-organisations = En vielä tiedä järjestöä, joka auttaa tässä asiassa sinun maassasi.

## Talking to a volunteer (hand-off)

handoff-consent =
    Vapaaehtoinen järjestöstä { $organisations } voi jatkaa tätä keskustelua kanssasi täällä.
    Jos suostut, vapaaehtoinen näkee viimeisimmät viestisi minulle, kielesi, maasi ja aiheen. Hän ei näe puhelinnumeroasi eikä tilisi nimeä, ellet itse päätä kertoa nimeäsi.
    Vapaaehtoiset vastaavat aukioloaikoinaan. Voit lopettaa milloin tahansa lähettämällä /bot.
    Suostutko?
handoff-consent-priority =
    Asia voi olla kiireellinen, joten pyyntösi on jonossa ensimmäisenä.
    Vapaaehtoinen järjestöstä { $organisations } voi jatkaa tätä keskustelua kanssasi täällä.
    Jos suostut, vapaaehtoinen näkee viimeisimmät viestisi minulle, kielesi, maasi ja aiheen. Hän ei näe puhelinnumeroasi eikä tilisi nimeä, ellet itse päätä kertoa nimeäsi.
    Voit lopettaa milloin tahansa lähettämällä /bot.
    Suostutko?
button-consent-yes = Kyllä, yhdistä
button-consent-name = Kyllä, kerro nimeni
button-consent-no = Ei kiitos
handoff-consent-expired = Tämä kysymys on vanhentunut. Jos haluat yhä puhua ihmisen kanssa, paina painiketta.
handoff-declined = Selvä, yksikään vapaaehtoinen ei näe tätä keskustelua. Voit myös ottaa yhteyttä suoraan näihin järjestöihin:
handoff-no-team = Sinun maassasi ei ole vielä mukana vapaaehtoisten ryhmää. Voit ottaa yhteyttä suoraan näihin järjestöihin:
handoff-country-first = Jotta löydän vapaaehtoisia läheltäsi, minun täytyy ensin tietää maasi.
handoff-connected = Kiitos. Vapaaehtoinen järjestöstä { $organisation } vastaa sinulle täällä. Kirjoita kysymyksesi; välitän viestisi eteenpäin. Jos haluat palata bottiin, lähetä /bot.
handoff-queued = Kiitos. Vapaaehtoiset järjestöstä { $organisation } eivät ole nyt paikalla. He vastaavat sinulle täällä, kun he ovat taas paikalla: { $time }. Pyyntösi odottaa heidän jonossaan. Jos haluat palata bottiin, lähetä /bot.
handoff-queued-unknown = Kiitos. Vapaaehtoiset järjestöstä { $organisation } eivät ole nyt paikalla; pyyntösi odottaa heidän jonossaan. Jos haluat palata bottiin, lähetä /bot.
button-back-to-bot = Takaisin bottiin
handoff-volunteer-message = { $organisation }: { $text }
handoff-closed = Vapaaehtoinen järjestöstä { $organisation } lopetti keskustelun. Olet taas botin kanssa: kirjoita kysymyksesi tai lähetä /human, jos haluat taas puhua ihmisen kanssa.
handoff-ended = Olet taas botin kanssa. Vapaaehtoinen ei enää näe viestejäsi.
handoff-still-open = Puhut vapaaehtoisen kanssa: viestisi menevät hänelle. Jos haluat palata bottiin, paina painiketta tai lähetä /bot.
handoff-media = Vapaaehtoinen ei näe kuvia, ääniviestejä tai tiedostoja, jotka lähetetään tänne. Kirjoita viestisi sanoin.
handoff-timeout = Olen pahoillani: yksikään vapaaehtoinen järjestöstä { $organisation } ei ehtinyt vastata ajoissa. Kysymyksesi on kirjattu muistiin. Voit ottaa yhteyttä suoraan näihin järjestöihin:
handoff-idle = Tämä keskustelu järjestön { $organisation } kanssa suljettiin, koska uusia viestejä ei tullut. Olet taas botin kanssa; lähetä /human, jos haluat taas puhua ihmisen kanssa.

## Safety

emergency-intro = Jos sinä tai joku muu on nyt vaarassa, soita:
emergency-after = Kun olet turvassa, järjestön ihminen voi auttaa sinua.
trafficking-intro = Jos sinut pakotetaan tekemään töitä, asiakirjasi on otettu sinulta tai sinua uhataan, voit saada apua. Jos olet vaarassa, soita:
emergency-kind-general = Hätänumero (kaikki palvelut)
emergency-kind-police = Poliisi
emergency-kind-ambulance = Ambulanssi
emergency-kind-fire = Palokunta
emergency-kind-trafficking = Auttava puhelin: ihmiskauppa ja hyväksikäyttö
emergency-kind-labour-exploitation = Auttava puhelin: työperäinen hyväksikäyttö
emergency-kind-women = Auttava puhelin: naisiin kohdistuva väkivalta
emergency-kind-children = Lasten auttava puhelin
emergency-kind-mental-health = Kriisipuhelin ja mielenterveysapu

## Your data

forget-confirm = Haluatko, että poistan kaiken, mitä olen tallentanut sinusta (kielesi, maasi ja keskustelun tilan)?
forget-done = Valmis. Poistin kaiken, mitä olin tallentanut sinusta. Jos kirjoitat uudelleen, aloitamme alusta.
forget-cancelled = Selvä, en poistanut mitään.

## Contact labels

contact-web = Verkkosivu
contact-phone = Puhelin
contact-email = Sähköposti
contact-address = Osoite
contact-hours = Aukioloajat

## Buttons (at most 20 characters)

button-yes = Kyllä
button-no = Ei
button-talk-to-person = Puhu ihmiselle
button-change-country = Vaihda maa
button-change-language = Vaihda kieli
button-menu = Valikko
button-delete = Poista tietoni
button-keep = Säilytä

## Countries (button labels)

country-CZ = Tšekki
country-DK = Tanska
country-FI = Suomi
country-GB = Iso-Britannia
country-GR = Kreikka
country-IT = Italia
country-CH = Sveitsi

## Topics (button labels)

topic-asylum-application = Turvapaikka
topic-work-rights-asylum-seekers = Työ odotusaikana
topic-work-permit = Työlupa
topic-residence-permit-renewal = Luvan jatkaminen
topic-family-reunification = Perheenyhdistäminen
topic-temporary-protection = Tilapäinen suojelu
topic-tax-number = Vero- tai ID-numero
topic-tax-card-and-return = Verokortti, palautus
topic-bank-account = Pankkitili
topic-minimum-wage = Vähimmäispalkka
topic-unpaid-wages = Maksamaton palkka
topic-employment-contract = Työsopimus
topic-working-hours = Työajat ja lomat
topic-dismissal = Irtisanominen
topic-exploitation-trafficking = Pakkotyö
topic-discrimination = Syrjintä
topic-trade-union = Ammattiliitot
topic-sick-leave-accident = Sairaus, tapaturma
topic-job-search = Työnhaku
topic-cv-interview = CV ja haastattelu
topic-qualification-recognition = Tutkinnot
topic-language-courses = Kielikurssit
topic-start-business = Oma yritys
topic-mentoring-volunteering = Mentorointi
topic-find-cso = Etsi järjestö
topic-legal-aid = Ilmainen oikeusapu

## Web chat page (local simulator)

web-input = Kirjoita viesti
web-send = Lähetä
web-reset = Uusi keskustelu

## Telegram commands

command-start = Aloita keskustelu
command-help = Näin käytät Waymarkia
command-language = Vaihda kieli
command-country = Vaihda maa
command-forget = Poista kaikki, mitä olen tallentanut sinusta
command-human = Puhu järjestön ihmisen kanssa
command-bot = Palaa bottiin
