### Waymark user interface strings: Spanish (es). Translated from en.ftl.

## Onboarding

welcome =
    Hola, soy Waymark. Le ayudo a saber adónde ir y a quién contactar sobre trabajo, permisos, números fiscales y sus derechos en el trabajo.
    Respondo con información revisada por personas, con la fuente oficial. Soy un bot, no un abogado.
ask-country = ¿En qué país está?
country-set = De acuerdo: { $country }. Hágame su pregunta con sus propias palabras.
ask-language = ¿En qué idioma quiere que le escriba?
language-set = De acuerdo, le escribiré en español.
menu-intro = Puedo ayudarle con estos temas. Escriba su pregunta con sus propias palabras o elija uno:
help =
    Escriba su pregunta con sus propias palabras, en su idioma.
    /country – cambiar de país
    /language – cambiar de idioma
    /human – hablar con una persona de una organización
    /bot – volver al bot después de hablar con una persona
    /forget – borrar todo lo que he guardado sobre usted
greeting-reply = ¡Hola! ¿En qué puedo ayudarle? Escriba su pregunta con sus propias palabras.
thanks-reply = De nada. Puede preguntarme otra cosa cuando quiera.

## Input I cannot use

empty-message = Por favor, escriba su pregunta en pocas palabras.
long-message = Su mensaje es muy largo, así que solo leo el principio. Si mi respuesta no encaja, por favor envíe una pregunta más corta.
unsupported-media =
    { $kind ->
        [voice] Todavía no puedo escuchar mensajes de voz.
        [photo] Todavía no puedo leer fotos.
        [sticker] ¡Bonito sticker!
        [document] No puedo abrir documentos.
        [video] No puedo ver vídeos.
        [location] No uso su ubicación.
       *[other] No puedo leer este tipo de mensaje.
    } Por favor, escriba su pregunta con palabras e intentaré ayudarle.
error-internal = Lo siento, algo ha fallado por mi parte. Por favor, inténtelo de nuevo en un momento.

## Answers

answer-where = Adónde ir:
answer-steps = Qué hacer:
answer-note = Es bueno saber:
answer-offices = Páginas oficiales:
answer-source = Fuente: { $url }
answer-last-checked = Última revisión: { $date }
answer-stale =
    ⚠ Esto se revisó por última vez hace { $months ->
        [one] más de un mes
       *[other] más de { $months } meses
    } y puede estar desactualizado. Por favor, consulte la fuente oficial.
answer-needs-review = ⚠ Un revisor todavía no ha confirmado esta respuesta. Por favor, confirme los detalles con la oficina.
answer-organisations = Organizaciones que pueden ayudarle:
answer-missing-language = Esta respuesta todavía no está disponible en { $language }. Aquí la tiene en { $fallback }.
ask-fallback-language = Esta respuesta todavía no está disponible en { $language }. ¿Qué otro idioma sabe leer?
answer-missing-country = Todavía no tengo información revisada sobre esto para { $country }. No quiero adivinar.
clarify = No estoy seguro de lo que quiere decir. ¿Es uno de estos temas?
feedback-question = ¿Le ha ayudado?
feedback-thanks = ¡Gracias! Puede preguntarme otra cosa cuando quiera.
feedback-sorry = Siento que no le haya ayudado. He anotado la pregunta para que otras personas puedan añadir mejor información.

## Not covered, and people who can help

not-covered = Lo siento, no tengo información revisada sobre esto. No quiero adivinar.
offer-human = Quizá pueda ayudarle una persona voluntaria de una organización que apoya a personas migrantes.
handoff-unavailable = Las personas voluntarias todavía no están conectadas a este servicio. Puede contactar directamente con estas organizaciones:
no-organisations = Todavía no conozco ninguna organización para esto en su país.

## Talking to a volunteer (hand-off)

handoff-consent =
    Una persona voluntaria de { $organisations } puede seguir esta conversación con usted, aquí.
    Si está de acuerdo, la persona voluntaria verá los últimos mensajes que me ha enviado, su idioma, su país y el tema. No verá su número de teléfono ni el nombre de su cuenta, a menos que usted decida compartir su nombre.
    Las personas voluntarias responden en su horario de atención. Puede parar en cualquier momento enviando /bot.
    ¿Está de acuerdo?
handoff-consent-priority =
    Esto puede ser urgente, así que su solicitud será la primera de la fila.
    Una persona voluntaria de { $organisations } puede seguir esta conversación con usted, aquí.
    Si está de acuerdo, la persona voluntaria verá los últimos mensajes que me ha enviado, su idioma, su país y el tema. No verá su número de teléfono ni el nombre de su cuenta, a menos que usted decida compartir su nombre.
    Puede parar en cualquier momento enviando /bot.
    ¿Está de acuerdo?
button-consent-yes = Sí, conectarme
button-consent-name = Sí, dar mi nombre
button-consent-no = No, gracias
handoff-consent-expired = Esta pregunta ha caducado. Si todavía quiere hablar con una persona, pulse el botón.
handoff-declined = De acuerdo, ninguna persona voluntaria verá esta conversación. También puede contactar directamente con estas organizaciones:
handoff-no-team = Todavía no hay ningún equipo de personas voluntarias conectado para su país. Puede contactar directamente con estas organizaciones:
handoff-country-first = Para encontrar personas voluntarias cerca de usted, primero necesito saber en qué país está.
handoff-connected = Gracias. Una persona voluntaria de { $organisation } le responderá aquí. Escriba su pregunta, por favor; yo le paso sus mensajes. Para volver al bot, envíe /bot.
handoff-queued = Gracias. Las personas voluntarias de { $organisation } no están disponibles ahora. Le responderán aquí a partir del { $time }. Su solicitud está esperando su turno. Para volver al bot, envíe /bot.
handoff-queued-unknown = Gracias. Las personas voluntarias de { $organisation } no están disponibles ahora; su solicitud está esperando su turno. Para volver al bot, envíe /bot.
button-back-to-bot = Volver al bot
handoff-volunteer-message = { $organisation }: { $text }
handoff-closed = La persona voluntaria de { $organisation } ha terminado la conversación. Ha vuelto con el bot: escriba su pregunta o envíe /human para hablar otra vez con una persona.
handoff-ended = Ha vuelto con el bot. La persona voluntaria ya no ve sus mensajes.
handoff-still-open = Está hablando con una persona voluntaria: sus mensajes le llegan a ella. Para volver al bot, pulse el botón o envíe /bot.
handoff-media = La persona voluntaria no puede ver las fotos, los mensajes de voz ni los archivos que se envían aquí. Por favor, escriba su mensaje con palabras.
handoff-timeout = Lo siento: ninguna persona voluntaria de { $organisation } pudo responder a tiempo. Su pregunta ha quedado anotada. Puede contactar directamente con estas organizaciones:
handoff-idle = Esta conversación con { $organisation } se cerró porque no había mensajes nuevos. Ha vuelto con el bot; envíe /human para hablar otra vez con una persona.

## Safety

emergency-intro = Si usted u otra persona está en peligro ahora, llame a:
emergency-after = Cuando esté a salvo, una persona de una organización puede ayudarle.
trafficking-intro = Si le obligan a trabajar, le han quitado sus documentos o le amenazan, puede recibir ayuda. Si está en peligro, llame a:
emergency-kind-general = Emergencias (todos los servicios)
emergency-kind-police = Policía
emergency-kind-ambulance = Ambulancia
emergency-kind-fire = Bomberos
emergency-kind-trafficking = Línea de ayuda contra la trata y la explotación
emergency-kind-labour-exploitation = Línea de ayuda contra la explotación laboral
emergency-kind-women = Línea de ayuda contra la violencia hacia las mujeres
emergency-kind-children = Línea de ayuda para niños y niñas
emergency-kind-mental-health = Línea de ayuda en crisis y salud mental

## Your data

forget-confirm = ¿Quiere que borre todo lo que he guardado sobre usted (su idioma, su país y el punto de la conversación)?
forget-done = Hecho. He borrado todo lo que había guardado sobre usted. Si vuelve a escribir, empezaremos desde el principio.
forget-cancelled = De acuerdo, no he borrado nada.

## Contact labels

contact-web = Web
contact-phone = Teléfono
contact-email = Correo electrónico
contact-address = Dirección
contact-hours = Horario

## Buttons (at most 20 characters)

button-yes = Sí
button-no = No
button-talk-to-person = Hablar con alguien
button-change-country = Cambiar de país
button-change-language = Cambiar de idioma
button-menu = Menú
button-delete = Borrar mis datos
button-keep = Conservar

## Countries (button labels)

country-CZ = Chequia
country-DK = Dinamarca
country-FI = Finlandia
country-GB = Reino Unido
country-GR = Grecia
country-IT = Italia
country-CH = Suiza

## Topics (button labels)

topic-asylum-application = Asilo
topic-work-rights-asylum-seekers = Trabajar en espera
topic-work-permit = Permiso de trabajo
topic-residence-permit-renewal = Renovar un permiso
topic-family-reunification = Reagrupar familia
topic-temporary-protection = Protección temporal
topic-tax-number = Número fiscal / ID
topic-tax-card-and-return = Impuestos, reembolso
topic-bank-account = Cuenta bancaria
topic-minimum-wage = Salario mínimo
topic-unpaid-wages = Salario no pagado
topic-employment-contract = Contrato de trabajo
topic-working-hours = Horario y vacaciones
topic-dismissal = Despido
topic-exploitation-trafficking = Trabajo forzoso
topic-discrimination = Discriminación
topic-trade-union = Sindicatos
topic-sick-leave-accident = Baja, accidente
topic-job-search = Buscar trabajo
topic-cv-interview = CV y entrevista
topic-qualification-recognition = Títulos
topic-language-courses = Cursos de idiomas
topic-start-business = Negocio propio
topic-mentoring-volunteering = Mentoría
topic-find-cso = Buscar organización
topic-legal-aid = Ayuda legal gratis

## Web chat page (local simulator)

web-input = Escriba un mensaje
web-send = Enviar
web-reset = Nuevo chat

## Telegram commands

command-start = Empezar la conversación
command-help = Cómo usar Waymark
command-language = Cambiar de idioma
command-country = Cambiar de país
command-forget = Borrar todo lo que he guardado sobre usted
command-human = Hablar con una persona de una organización
command-bot = Volver al bot
