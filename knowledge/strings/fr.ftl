### Waymark user interface strings: French (fr). Translated from en.ftl.

## Onboarding

welcome =
    Bonjour, je suis Waymark. Je vous aide à savoir où aller et qui contacter pour le travail, les titres et permis, les numéros fiscaux et vos droits au travail.
    Je réponds avec des informations vérifiées par des personnes, avec la source officielle. Je suis un robot, pas un avocat.
ask-country = Dans quel pays êtes-vous ?
country-set = D'accord : { $country }. Posez-moi votre question avec vos propres mots.
ask-language = Dans quelle langue voulez-vous que j'écrive ?
language-set = D'accord, je vais écrire en français.
menu-intro = Je peux vous aider sur ces sujets. Écrivez votre question avec vos propres mots, ou choisissez un sujet :
help =
    Écrivez votre question avec vos propres mots, dans votre langue.
    /country – changer de pays
    /language – changer de langue
    /human – parler à une personne d'une association
    /bot – revenir au robot après avoir parlé à une personne
    /forget – effacer tout ce que j'ai enregistré sur vous
greeting-reply = Bonjour ! Comment puis-je vous aider ? Écrivez votre question avec vos propres mots.
thanks-reply = Je vous en prie. Vous pouvez me poser une autre question à tout moment.

## Input I cannot use

empty-message = Merci d'écrire votre question en quelques mots.
long-message = Votre message est très long, je n'en lis donc que le début. Si ma réponse ne convient pas, envoyez-moi une question plus courte.
unsupported-media =
    { $kind ->
        [voice] Je ne peux pas encore écouter les messages vocaux.
        [photo] Je ne peux pas encore lire les photos.
        [sticker] Joli autocollant !
        [document] Je ne peux pas ouvrir les documents.
        [video] Je ne peux pas regarder les vidéos.
        [location] Je n'utilise pas votre position.
       *[other] Je ne peux pas lire ce type de message.
    } Écrivez votre question avec des mots, et j'essaierai de vous aider.
error-internal = Désolé, un problème est survenu de mon côté. Réessayez dans un instant, s'il vous plaît.

## Answers

answer-where = Où aller :
answer-steps = Que faire :
answer-note = Bon à savoir :
answer-offices = Pages officielles :
answer-source = Source : { $url }
answer-last-checked = Dernière vérification : { $date }
answer-stale =
    ⚠ La dernière vérification date de { $months ->
        [one] plus d'un mois
       *[other] plus de { $months } mois
    } : ces informations ne sont peut-être plus à jour. Vérifiez la source officielle, s'il vous plaît.
answer-needs-review = ⚠ Cette réponse n'a pas encore été confirmée par un relecteur. Vérifiez les détails auprès du bureau concerné, s'il vous plaît.
answer-organisations = Organisations qui peuvent vous aider :
answer-missing-language = Cette réponse n'existe pas encore en { $language }. La voici en { $fallback }.
ask-fallback-language = Cette réponse n'existe pas encore en { $language }. Quelle autre langue savez-vous lire ?
answer-missing-country = Je n'ai pas encore d'informations vérifiées sur ce sujet pour { $country }. Je ne veux pas deviner.
clarify = Je ne suis pas sûr de bien comprendre. Est-ce l'un de ces sujets ?
feedback-question = Est-ce que cela vous a aidé ?
feedback-thanks = Merci ! Vous pouvez me poser une autre question à tout moment.
feedback-sorry = Je suis désolé que cela ne vous ait pas aidé. J'ai noté la question pour que des personnes puissent ajouter de meilleures informations.

## Not covered, and people who can help

not-covered = Je suis désolé, je n'ai pas d'informations vérifiées sur ce sujet. Je ne veux pas deviner.
offer-human = Un ou une bénévole d'une association qui aide les personnes migrantes peut peut-être vous aider.
handoff-unavailable = Les bénévoles ne sont pas encore connectés à ce service. Vous pouvez contacter directement ces organisations :
no-organisations = Je ne connais pas encore d'organisation pour cela dans votre pays.

## Talking to a volunteer (hand-off)

handoff-consent =
    Un ou une bénévole de { $organisations } peut continuer cette conversation avec vous, ici.
    Si vous êtes d'accord, la personne bénévole verra les derniers messages que vous m'avez envoyés, votre langue, votre pays et le sujet. Elle ne verra pas votre numéro de téléphone ni le nom de votre compte, sauf si vous choisissez de donner votre nom.
    Les bénévoles répondent pendant leurs heures d'ouverture. Vous pouvez arrêter à tout moment en envoyant /bot.
    Êtes-vous d'accord ?
handoff-consent-priority =
    Cela peut être urgent : votre demande passera donc en premier.
    Un ou une bénévole de { $organisations } peut continuer cette conversation avec vous, ici.
    Si vous êtes d'accord, la personne bénévole verra les derniers messages que vous m'avez envoyés, votre langue, votre pays et le sujet. Elle ne verra pas votre numéro de téléphone ni le nom de votre compte, sauf si vous choisissez de donner votre nom.
    Vous pouvez arrêter à tout moment en envoyant /bot.
    Êtes-vous d'accord ?
button-consent-yes = Oui, me connecter
button-consent-name = Oui, donner mon nom
button-consent-no = Non, merci
handoff-consent-expired = Cette question n'est plus valable. Si vous voulez toujours parler à une personne, appuyez sur le bouton.
handoff-declined = D'accord, aucune personne bénévole ne verra cette conversation. Vous pouvez aussi contacter directement ces organisations :
handoff-no-team = Aucune équipe de bénévoles n'est encore connectée pour votre pays. Vous pouvez contacter directement ces organisations :
handoff-country-first = Pour trouver des bénévoles près de chez vous, je dois d'abord connaître votre pays.
handoff-connected = Merci. Un ou une bénévole de { $organisation } va vous répondre ici. Écrivez votre question, s'il vous plaît ; je transmets vos messages. Pour revenir au robot, envoyez /bot.
handoff-queued = Merci. Les bénévoles de { $organisation } ne sont pas disponibles pour le moment. Ils vous répondront ici à partir de { $time }. Votre demande attend dans leur file d'attente. Pour revenir au robot, envoyez /bot.
handoff-queued-unknown = Merci. Les bénévoles de { $organisation } ne sont pas disponibles pour le moment ; votre demande attend dans leur file d'attente. Pour revenir au robot, envoyez /bot.
button-back-to-bot = Retour au robot
handoff-volunteer-message = { $organisation } : { $text }
handoff-closed = La personne bénévole de { $organisation } a terminé la conversation. Vous êtes de retour avec le robot : écrivez votre question, ou envoyez /human pour parler de nouveau à une personne.
handoff-ended = Vous êtes de retour avec le robot. La personne bénévole ne voit plus vos messages.
handoff-still-open = Vous parlez avec une personne bénévole : vos messages lui sont envoyés. Pour revenir au robot, appuyez sur le bouton ou envoyez /bot.
handoff-media = La personne bénévole ne peut pas voir les photos, les messages vocaux ou les fichiers envoyés ici. Écrivez votre message avec des mots, s'il vous plaît.
handoff-timeout = Je suis désolé : aucune personne bénévole de { $organisation } n'a pu répondre à temps. Votre question a été notée. Vous pouvez contacter directement ces organisations :
handoff-idle = Cette conversation avec { $organisation } a été fermée, car il n'y avait pas de nouveaux messages. Vous êtes de retour avec le robot ; envoyez /human pour parler de nouveau à une personne.

## Safety

emergency-intro = Si vous ou une autre personne êtes en danger maintenant, appelez :
emergency-after = Quand vous serez en sécurité, une personne d'une association pourra vous aider.
trafficking-intro = Si on vous force à travailler, si on vous a pris vos papiers ou si on vous menace, vous pouvez recevoir de l'aide. En cas de danger, appelez :
emergency-kind-general = Urgences (tous services)
emergency-kind-police = Police
emergency-kind-ambulance = Ambulance
emergency-kind-fire = Pompiers
emergency-kind-trafficking = Ligne d'aide contre la traite et l'exploitation
emergency-kind-labour-exploitation = Ligne d'aide contre l'exploitation au travail
emergency-kind-women = Ligne d'aide contre les violences faites aux femmes
emergency-kind-children = Ligne d'aide pour les enfants
emergency-kind-mental-health = Ligne d'aide en cas de crise et pour la santé mentale

## Your data

forget-confirm = Voulez-vous que j'efface tout ce que j'ai enregistré sur vous (votre langue, votre pays et l'état de notre conversation) ?
forget-done = C'est fait. J'ai effacé tout ce que j'avais enregistré sur vous. Si vous écrivez à nouveau, nous recommencerons depuis le début.
forget-cancelled = D'accord, je n'ai rien effacé.

## Contact labels

contact-web = Site web
contact-phone = Téléphone
contact-email = E-mail
contact-address = Adresse
contact-hours = Horaires

## Buttons (at most 20 characters)

button-yes = Oui
button-no = Non
button-talk-to-person = Parler à quelqu'un
button-change-country = Changer de pays
button-change-language = Changer de langue
button-menu = Menu
button-delete = Effacer mes données
button-keep = Garder

## Countries (button labels)

country-CZ = Tchéquie
country-DK = Danemark
country-FI = Finlande
country-GB = Royaume-Uni
country-GR = Grèce
country-IT = Italie
country-CH = Suisse

## Topics (button labels)

topic-asylum-application = Asile
topic-work-rights-asylum-seekers = Travail en attendant
topic-work-permit = Permis de travail
topic-residence-permit-renewal = Renouveler un titre
topic-family-reunification = Réunir sa famille
topic-temporary-protection = Protect. temporaire
topic-tax-number = Numéro fiscal / ID
topic-tax-card-and-return = Impôts, déclaration
topic-bank-account = Compte bancaire
topic-minimum-wage = Salaire minimum
topic-unpaid-wages = Salaire impayé
topic-employment-contract = Contrat de travail
topic-working-hours = Horaires et congés
topic-dismissal = Licenciement
topic-exploitation-trafficking = Travail forcé
topic-discrimination = Discrimination
topic-trade-union = Syndicats
topic-sick-leave-accident = Maladie, accident
topic-job-search = Trouver un emploi
topic-cv-interview = CV et entretien
topic-qualification-recognition = Diplômes
topic-language-courses = Cours de langue
topic-start-business = Créer son entreprise
topic-mentoring-volunteering = Mentorat
topic-find-cso = Trouver un organisme
topic-legal-aid = Aide juridique

## Web chat page (local simulator)

web-input = Écrivez un message
web-send = Envoyer
web-reset = Nouvelle discussion

## Telegram commands

command-start = Commencer la conversation
command-help = Comment utiliser Waymark
command-language = Changer de langue
command-country = Changer de pays
command-forget = Effacer tout ce que j'ai enregistré sur vous
command-human = Parler à une personne d'une association
command-bot = Revenir au robot
