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
    /bot – nach dem Gespräch mit einem Menschen zurück zum Bot
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

## Talking to a volunteer (hand-off)

handoff-consent =
    Eine freiwillige Person von { $organisations } kann dieses Gespräch mit Ihnen hier weiterführen.
    Wenn Sie einverstanden sind, sieht die freiwillige Person Ihre letzten Nachrichten an mich, Ihre Sprache, Ihr Land und das Thema. Die Person sieht nicht Ihre Telefonnummer und nicht Ihren Kontonamen, außer wenn Sie selbst Ihren Namen teilen möchten.
    Freiwillige antworten zu ihren Öffnungszeiten. Sie können jederzeit aufhören, indem Sie /bot senden.
    Sind Sie einverstanden?
handoff-consent-priority =
    Das kann dringend sein, deshalb kommt Ihre Anfrage als Erste an die Reihe.
    Eine freiwillige Person von { $organisations } kann dieses Gespräch mit Ihnen hier weiterführen.
    Wenn Sie einverstanden sind, sieht die freiwillige Person Ihre letzten Nachrichten an mich, Ihre Sprache, Ihr Land und das Thema. Die Person sieht nicht Ihre Telefonnummer und nicht Ihren Kontonamen, außer wenn Sie selbst Ihren Namen teilen möchten.
    Sie können jederzeit aufhören, indem Sie /bot senden.
    Sind Sie einverstanden?
button-consent-yes = Ja, verbinden
button-consent-name = Ja, mit meinem Namen
button-consent-no = Nein, danke
handoff-consent-expired = Diese Frage ist abgelaufen. Wenn Sie noch mit einem Menschen sprechen möchten, drücken Sie auf den Knopf.
handoff-declined = OK, keine freiwillige Person wird dieses Gespräch sehen. Sie können sich auch direkt an diese Organisationen wenden:
handoff-no-team = Für Ihr Land ist noch kein Team von Freiwilligen verbunden. Sie können sich direkt an diese Organisationen wenden:
handoff-country-first = Um Freiwillige in Ihrer Nähe zu finden, muss ich zuerst wissen, in welchem Land Sie sind.
handoff-connected = Danke. Eine freiwillige Person von { $organisation } antwortet Ihnen hier. Bitte schreiben Sie Ihre Frage; ich leite Ihre Nachrichten weiter. Um zum Bot zurückzukommen, senden Sie /bot.
handoff-queued = Danke. Die Freiwilligen von { $organisation } sind gerade nicht erreichbar. Ab { $time } antworten sie Ihnen hier. Ihre Anfrage wartet in ihrer Warteschlange. Um zum Bot zurückzukommen, senden Sie /bot.
handoff-queued-unknown = Danke. Die Freiwilligen von { $organisation } sind gerade nicht erreichbar; Ihre Anfrage wartet in ihrer Warteschlange. Um zum Bot zurückzukommen, senden Sie /bot.
button-back-to-bot = Zurück zum Bot
handoff-volunteer-message = { $organisation }: { $text }
handoff-closed = Die freiwillige Person von { $organisation } hat das Gespräch beendet. Sie sind wieder beim Bot: Schreiben Sie Ihre Frage, oder senden Sie /human, um wieder mit einem Menschen zu sprechen.
handoff-ended = Sie sind wieder beim Bot. Die freiwillige Person sieht Ihre Nachrichten nicht mehr.
handoff-still-open = Sie sprechen gerade mit einer freiwilligen Person: Ihre Nachrichten gehen an diese Person. Um zum Bot zurückzukommen, drücken Sie auf den Knopf oder senden Sie /bot.
handoff-media = Die freiwillige Person kann Fotos, Sprachnachrichten und Dateien, die hier gesendet werden, nicht sehen. Bitte schreiben Sie Ihre Nachricht in Worten.
handoff-timeout = Es tut mir leid: Keine freiwillige Person von { $organisation } konnte rechtzeitig antworten. Ihre Frage wurde notiert. Sie können sich direkt an diese Organisationen wenden:
handoff-idle = Dieses Gespräch mit { $organisation } wurde geschlossen, weil es keine neuen Nachrichten gab. Sie sind wieder beim Bot; senden Sie /human, um wieder mit einem Menschen zu sprechen.

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
command-bot = Zurück zum Bot
