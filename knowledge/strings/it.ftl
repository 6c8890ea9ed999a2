### Waymark user interface strings: Italian (it). Translated from en.ftl.

## Onboarding

welcome =
    Salve, sono Waymark. La aiuto a capire dove andare e chi contattare per lavoro, permessi, codice fiscale e i suoi diritti sul lavoro.
    Rispondo con informazioni controllate da persone, con la fonte ufficiale. Sono un bot, non un avvocato.
ask-country = In quale Paese si trova?
country-set = Va bene: { $country }. Mi faccia la sua domanda con parole sue.
ask-language = In quale lingua vuole che le scriva?
language-set = Va bene, le scriverò in italiano.
menu-intro = Posso aiutarla su questi argomenti. Scriva la sua domanda con parole sue, oppure ne scelga uno:
help =
    Scriva la sua domanda con parole sue, nella sua lingua.
    /country – cambiare Paese
    /language – cambiare lingua
    /human – parlare con una persona di un'organizzazione
    /bot – tornare al bot dopo aver parlato con una persona
    /forget – cancellare tutto ciò che ho salvato su di lei
greeting-reply = Salve! Come posso aiutarla? Scriva la sua domanda con parole sue.
thanks-reply = Prego. Può chiedermi altro in qualsiasi momento.

## Input I cannot use

empty-message = Per favore, scriva la sua domanda in poche parole.
long-message = Il suo messaggio è molto lungo, quindi leggo solo l'inizio. Se la mia risposta non va bene, per favore mandi una domanda più breve.
unsupported-media =
    { $kind ->
        [voice] Non posso ancora ascoltare i messaggi vocali.
        [photo] Non posso ancora leggere le foto.
        [sticker] Bello sticker!
        [document] Non posso aprire i documenti.
        [video] Non posso guardare i video.
        [location] Non uso la sua posizione.
       *[other] Non posso leggere questo tipo di messaggio.
    } Per favore, scriva la sua domanda a parole e cercherò di aiutarla.
error-internal = Mi scusi, qualcosa non ha funzionato da parte mia. Per favore, riprovi tra un momento.

## Answers

answer-where = Dove andare:
answer-steps = Cosa fare:
answer-note = Da sapere:
answer-offices = Pagine ufficiali:
answer-source = Fonte: { $url }
answer-last-checked = Ultimo controllo: { $date }
answer-stale =
    ⚠ L'ultimo controllo risale a { $months ->
        [one] più di un mese fa
       *[other] più di { $months } mesi fa
    } e le informazioni potrebbero non essere aggiornate. Per favore, controlli la fonte ufficiale.
answer-needs-review = ⚠ Questa risposta non è ancora stata confermata da un revisore. Per favore, verifichi i dettagli con l'ufficio.
answer-organisations = Organizzazioni che possono aiutarla:
answer-missing-language = Questa risposta non è ancora disponibile in { $language }. Eccola in { $fallback }.
ask-fallback-language = Questa risposta non è ancora disponibile in { $language }. Quale altra lingua sa leggere?
answer-missing-country = Non ho ancora informazioni controllate su questo per { $country }. Non voglio tirare a indovinare.
clarify = Non sono sicuro di aver capito. È uno di questi argomenti?
feedback-question = Le è stato utile?
feedback-thanks = Grazie! Può chiedermi altro in qualsiasi momento.
feedback-sorry = Mi dispiace che non sia stato utile. Ho annotato la domanda perché qualcuno possa aggiungere informazioni migliori.

## Not covered, and people who can help

not-covered = Mi dispiace, non ho informazioni controllate su questo. Non voglio tirare a indovinare.
offer-human = Forse può aiutarla un volontario o una volontaria di un'organizzazione che aiuta le persone migranti.
handoff-unavailable = I volontari non sono ancora collegati a questo servizio. Può contattare direttamente queste organizzazioni:
no-organisations = Non conosco ancora un'organizzazione per questo nel suo Paese.

## Talking to a volunteer (hand-off)

handoff-consent =
    Un volontario o una volontaria di { $organisations } può continuare questa conversazione con lei, qui.
    Se è d'accordo, il volontario o la volontaria vedrà gli ultimi messaggi che mi ha scritto, la sua lingua, il suo Paese e l'argomento. Non vedrà il suo numero di telefono né il nome del suo account, a meno che lei non scelga di condividere il suo nome.
    I volontari rispondono durante i loro orari di apertura. Può smettere in qualsiasi momento inviando /bot.
    È d'accordo?
handoff-consent-priority =
    Potrebbe essere urgente, quindi la sua richiesta sarà la prima della fila.
    Un volontario o una volontaria di { $organisations } può continuare questa conversazione con lei, qui.
    Se è d'accordo, il volontario o la volontaria vedrà gli ultimi messaggi che mi ha scritto, la sua lingua, il suo Paese e l'argomento. Non vedrà il suo numero di telefono né il nome del suo account, a meno che lei non scelga di condividere il suo nome.
    Può smettere in qualsiasi momento inviando /bot.
    È d'accordo?
button-consent-yes = Sì, collegatemi
button-consent-name = Sì, con il mio nome
button-consent-no = No, grazie
handoff-consent-expired = Questa domanda è scaduta. Se vuole ancora parlare con una persona, prema il pulsante.
handoff-declined = Va bene, nessun volontario vedrà questa conversazione. Può anche contattare direttamente queste organizzazioni:
handoff-no-team = Per il suo Paese non è ancora collegata nessuna squadra di volontari. Può contattare direttamente queste organizzazioni:
handoff-country-first = Per trovare volontari vicino a lei, prima devo sapere in quale Paese si trova.
handoff-connected = Grazie. Un volontario o una volontaria di { $organisation } le risponderà qui. Scriva la sua domanda, per favore; io inoltro i suoi messaggi. Per tornare al bot, invii /bot.
handoff-queued = Grazie. I volontari di { $organisation } in questo momento non sono disponibili. Le risponderanno qui a partire da { $time }. La sua richiesta è in attesa nella loro coda. Per tornare al bot, invii /bot.
handoff-queued-unknown = Grazie. I volontari di { $organisation } in questo momento non sono disponibili; la sua richiesta è in attesa nella loro coda. Per tornare al bot, invii /bot.
button-back-to-bot = Tornare al bot
handoff-volunteer-message = { $organisation }: { $text }
handoff-closed = Il volontario o la volontaria di { $organisation } ha chiuso la conversazione. Ora è di nuovo con il bot: scriva la sua domanda, oppure invii /human per parlare di nuovo con una persona.
handoff-ended = Ora è di nuovo con il bot. Il volontario o la volontaria non vede più i suoi messaggi.
handoff-still-open = Sta parlando con un volontario o una volontaria: i suoi messaggi arrivano a questa persona. Per tornare al bot, prema il pulsante o invii /bot.
handoff-media = Il volontario o la volontaria non può vedere foto, messaggi vocali o file inviati qui. Per favore scriva il suo messaggio a parole.
handoff-timeout = Mi dispiace: nessun volontario di { $organisation } ha potuto rispondere in tempo. La sua domanda è stata annotata. Può contattare direttamente queste organizzazioni:
handoff-idle = Questa conversazione con { $organisation } è stata chiusa perché non c'erano nuovi messaggi. Ora è di nuovo con il bot; invii /human per parlare di nuovo con una persona.

## Safety

emergency-intro = Se lei o un'altra persona è in pericolo adesso, chiami:
emergency-after = Quando sarà al sicuro, una persona di un'organizzazione potrà aiutarla.
trafficking-intro = Se la costringono a lavorare, le hanno preso i documenti o la minacciano, può ricevere aiuto. In caso di pericolo, chiami:
emergency-kind-general = Emergenze (tutti i servizi)
emergency-kind-police = Polizia
emergency-kind-ambulance = Ambulanza
emergency-kind-fire = Vigili del fuoco
emergency-kind-trafficking = Numero di aiuto contro tratta e sfruttamento
emergency-kind-labour-exploitation = Numero di aiuto contro lo sfruttamento lavorativo
emergency-kind-women = Numero di aiuto contro la violenza sulle donne
emergency-kind-children = Numero di aiuto per bambini e ragazzi
emergency-kind-mental-health = Numero di aiuto per crisi e salute mentale

## Your data

forget-confirm = Vuole che cancelli tutto ciò che ho salvato su di lei (la sua lingua, il Paese e il punto della conversazione)?
forget-done = Fatto. Ho cancellato tutto ciò che avevo salvato su di lei. Se scrive di nuovo, ricominciamo dall'inizio.
forget-cancelled = Va bene, non ho cancellato niente.

## Contact labels

contact-web = Sito web
contact-phone = Telefono
contact-email = E-mail
contact-address = Indirizzo
contact-hours = Orari

## Buttons (at most 20 characters)

button-yes = Sì
button-no = No
button-talk-to-person = Parlare con qualcuno
button-change-country = Cambiare Paese
button-change-language = Cambiare lingua
button-menu = Menu
button-delete = Cancellare i dati
button-keep = Tenere i dati

## Countries (button labels)

country-CZ = Repubblica Ceca
country-DK = Danimarca
country-FI = Finlandia
country-GB = Regno Unito
country-GR = Grecia
country-IT = Italia
country-CH = Svizzera

## Topics (button labels)

topic-asylum-application = Asilo
topic-work-rights-asylum-seekers = Lavorare in attesa
topic-work-permit = Permesso di lavoro
topic-residence-permit-renewal = Rinnovo permesso
topic-family-reunification = Ricongiungimento
topic-temporary-protection = Protez. temporanea
topic-tax-number = Codice fiscale / ID
topic-tax-card-and-return = Tasse e rimborsi
topic-bank-account = Conto in banca
topic-minimum-wage = Paga minima
topic-unpaid-wages = Stipendio non pagato
topic-employment-contract = Contratto di lavoro
topic-working-hours = Orari e ferie
topic-dismissal = Licenziamento
topic-exploitation-trafficking = Lavoro forzato
topic-discrimination = Discriminazione
topic-trade-union = Sindacati
topic-sick-leave-accident = Malattia, infortunio
topic-job-search = Trovare lavoro
topic-cv-interview = CV e colloquio
topic-qualification-recognition = Titoli di studio
topic-language-courses = Corsi di lingua
topic-start-business = Aprire un'attività
topic-mentoring-volunteering = Mentoring
topic-find-cso = Trovare associazioni
topic-legal-aid = Aiuto legale gratis

## Web chat page (local simulator)

web-input = Scriva un messaggio
web-send = Invia
web-reset = Nuova chat

## Telegram commands

command-start = Iniziare la conversazione
command-help = Come usare Waymark
command-language = Cambiare lingua
command-country = Cambiare Paese
command-forget = Cancellare tutto ciò che ho salvato su di lei
command-human = Parlare con una persona di un'organizzazione
command-bot = Tornare al bot
