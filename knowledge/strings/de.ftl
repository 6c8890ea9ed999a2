### Waymark user interface strings: German (de). Translated from en.ftl.

## Onboarding

welcome =
    Hallo, ich bin Waymark. Ich helfe Ihnen herauszufinden, wohin Sie gehen und an wen Sie sich wenden können: bei Fragen zu Arbeit, Genehmigungen, Steuernummern und Ihren Rechten bei der Arbeit.
    Meine Antworten beruhen auf Informationen, die Menschen geprüft haben, mit der offiziellen Quelle. Ich bin ein Bot, kein Anwalt.
ask-country = In welchem Land sind Sie?
country-set = OK: { $country }. Stellen Sie mir Ihre Frage in Ihren eigenen Worten.
ask-language = In welcher Sprache soll ich schreiben?
language-set = OK, ich schreibe auf Deutsch.
menu-intro = Ich kann bei diesen Themen helfen. Schreiben Sie Ihre Frage in Ihren eigenen Worten oder wählen Sie ein Thema:
help =
    Schreiben Sie Ihre Frage in Ihren eigenen Worten, in Ihrer Sprache.
    /country – Land ändern
    /language – Sprache ändern
    /human – mit einem Menschen von einer Organisation sprechen
    /forget – alles löschen, was ich über Sie gespeichert habe
greeting-reply = Hallo! Wie kann ich Ihnen helfen? Schreiben Sie Ihre Frage in Ihren eigenen Worten.
thanks-reply = Gern geschehen. Sie können mich jederzeit etwas anderes fragen.

## Input I cannot use

empty-message = Bitte schreiben Sie Ihre Frage in ein paar Worten.
long-message = Ihre Nachricht ist sehr lang, deshalb lese ich nur den Anfang. Wenn meine Antwort nicht passt, schicken Sie bitte eine kürzere Frage.
unsupported-media =
    { $kind ->
        [voice] Sprachnachrichten kann ich noch nicht anhören.
        [photo] Fotos kann ich noch nicht lesen.
        [sticker] Schöner Sticker!
        [document] Dokumente kann ich nicht öffnen.
        [video] Videos kann ich mir nicht ansehen.
        [location] Ihren Standort verwende ich nicht.
       *[other] Diese Art von Nachricht kann ich nicht lesen.
    } Bitte schreiben Sie Ihre Frage in Worten, dann versuche ich zu helfen.
error-internal = Entschuldigung, bei mir ist etwas schiefgegangen. Bitte versuchen Sie es gleich noch einmal.

## Answers

answer-where = Wohin Sie gehen können:
answer-steps = So gehen Sie vor:
answer-note = Gut zu wissen:
answer-offices = Offizielle Seiten:
answer-source = Quelle: { $url }
answer-last-checked = Zuletzt geprüft: { $date }
answer-stale =
    ⚠ Dies wurde zuletzt vor { $months ->
        [one] mehr als einem Monat
       *[other] mehr als { $months } Monaten
    } geprüft und ist vielleicht nicht mehr aktuell. Bitte prüfen Sie die offizielle Quelle.
answer-needs-review = ⚠ Diese Antwort wurde noch nicht von einer Fachperson bestätigt. Bitte klären Sie die Einzelheiten mit dem Amt.
answer-organisations = Organisationen, die helfen können:
answer-missing-language = Diese Antwort gibt es noch nicht auf { $language }. Hier ist sie auf { $fallback }.
ask-fallback-language = Diese Antwort gibt es noch nicht auf { $language }. Welche andere Sprache können Sie lesen?
answer-missing-country = Ich habe dazu noch keine geprüften Informationen für { $country }. Ich möchte nicht raten.
clarify = Ich bin nicht sicher, was Sie meinen. Ist es eines dieser Themen?
feedback-question = Hat das geholfen?
feedback-thanks = Danke! Sie können mich jederzeit etwas anderes fragen.
feedback-sorry = Es tut mir leid, dass es nicht geholfen hat. Ich habe die Frage notiert, damit Menschen bessere Informationen ergänzen können.

## Not covered, and people who can help

not-covered = Es tut mir leid, dazu habe ich keine geprüften Informationen. Ich möchte nicht raten.
offer-human = Vielleicht kann Ihnen eine freiwillige Person von einer Organisation helfen, die Migrantinnen und Migranten unterstützt.
handoff-unavailable = Freiwillige sind mit diesem Dienst noch nicht verbunden. Sie können sich direkt an diese Organisationen wenden:
no-organisations = Ich kenne dafür in Ihrem Land noch keine Organisation.

## Safety

emergency-intro = Wenn Sie oder jemand anderes jetzt in Gefahr sind, rufen Sie an:
emergency-after = Wenn Sie in Sicherheit sind, kann Ihnen eine Person von einer Organisation helfen.
trafficking-intro = Wenn Sie zur Arbeit gezwungen werden, man Ihnen Ihre Dokumente wegnimmt oder Sie bedroht werden, können Sie Hilfe bekommen. Bei Gefahr rufen Sie an:
emergency-kind-general = Notruf (alle Dienste)
emergency-kind-police = Polizei
emergency-kind-ambulance = Rettungsdienst
emergency-kind-fire = Feuerwehr
emergency-kind-trafficking = Hilfetelefon bei Menschenhandel und Ausbeutung
emergency-kind-labour-exploitation = Hilfetelefon bei Arbeitsausbeutung
emergency-kind-women = Hilfetelefon bei Gewalt gegen Frauen
emergency-kind-children = Hilfetelefon für Kinder
emergency-kind-mental-health = Hilfetelefon bei Krisen und für seelische Gesundheit

## Your data

forget-confirm = Soll ich alles löschen, was ich über Sie gespeichert habe (Ihre Sprache, Ihr Land und den Stand unseres Gesprächs)?
forget-done = Erledigt. Ich habe alles gelöscht, was ich über Sie gespeichert hatte. Wenn Sie wieder schreiben, fangen wir von vorne an.
forget-cancelled = OK, ich habe nichts gelöscht.

## Contact labels

contact-web = Web
contact-phone = Telefon
contact-email = E-Mail
contact-address = Adresse
contact-hours = Öffnungszeiten

## Buttons (at most 20 characters)

button-yes = Ja
button-no = Nein
button-talk-to-person = Mit Person sprechen
button-change-country = Land ändern
button-change-language = Sprache ändern
button-menu = Menü
button-delete = Daten löschen
button-keep = Behalten

## Countries (button labels)

country-CZ = Tschechien
country-DK = Dänemark
country-FI = Finnland
country-GB = Großbritannien
country-GR = Griechenland
country-IT = Italien
country-CH = Schweiz

## Topics (button labels)

topic-asylum-application = Asyl
topic-work-rights-asylum-seekers = Arbeit im Verfahren
topic-work-permit = Arbeitserlaubnis
topic-residence-permit-renewal = Erlaubnis verlängern
topic-family-reunification = Familiennachzug
topic-temporary-protection = Temporärer Schutz
topic-tax-number = Steuer-/ID-Nummer
topic-tax-card-and-return = Steuern & Erstattung
topic-bank-account = Bankkonto
topic-minimum-wage = Mindestlohn
topic-unpaid-wages = Lohn nicht bezahlt
topic-employment-contract = Arbeitsvertrag
topic-working-hours = Arbeitszeit, Urlaub
topic-dismissal = Kündigung
topic-exploitation-trafficking = Zwangsarbeit
topic-discrimination = Diskriminierung
topic-trade-union = Gewerkschaften
topic-sick-leave-accident = Krankheit, Unfall
topic-job-search = Arbeit finden
topic-cv-interview = Lebenslauf, Gespräch
topic-qualification-recognition = Abschlüsse
topic-language-courses = Sprachkurse
topic-start-business = Eigene Firma
topic-mentoring-volunteering = Mentoring
topic-find-cso = Organisation finden
topic-legal-aid = Gratis Rechtshilfe

## Web chat page (local simulator)

web-input = Nachricht schreiben
web-send = Senden
web-reset = Neuer Chat

## Telegram commands

command-start = Gespräch beginnen
command-help = So nutzen Sie Waymark
command-language = Sprache ändern
command-country = Land ändern
command-forget = Alles löschen, was ich über Sie gespeichert habe
command-human = Mit einem Menschen von einer Organisation sprechen
