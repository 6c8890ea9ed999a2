### Waymark user interface strings: English (en), the source language.
### Keys are referenced by code; every language file has the same keys.
### Keys starting with "button-" or "topic-", and "country-XX" (a country code), are button labels: at most 20 characters
### (WhatsApp's limit for reply-button titles).

## Onboarding

welcome =
    Hello, I am Waymark. I help you find where to go and whom to contact about work, permits, tax numbers and your rights at work.
    I answer from information checked by people, with the official source. I am a bot, not a lawyer.
ask-country = Which country are you in?
country-set = OK: { $country }. Ask me your question in your own words.
ask-language = Which language would you like me to use?
language-set = OK, I will write in English.
menu-intro = I can help with these subjects. Write your question in your own words, or choose one:
help =
    Write your question in your own words, in your language.
    /country – change your country
    /language – change the language
    /human – talk to a person from an organisation
    /bot – come back to the bot after talking to a person
    /forget – delete everything I stored about you
greeting-reply = Hello! How can I help you? Write your question in your own words.
thanks-reply = You are welcome. You can ask me something else at any time.

## Input I cannot use

empty-message = Please write your question in a few words.
long-message = Your message is very long, so I read only the beginning. If my answer does not fit, please send a shorter question.
unsupported-media =
    { $kind ->
        [voice] I cannot listen to voice messages yet.
        [photo] I cannot read photos yet.
        [sticker] Nice sticker!
        [document] I cannot open documents.
        [video] I cannot watch videos.
        [location] I do not use your location.
       *[other] I cannot read this kind of message.
    } Please write your question in words, and I will try to help.
error-internal = Sorry, something went wrong on my side. Please try again in a moment.

## Answers

answer-where = Where to go:
answer-steps = What to do:
answer-note = Good to know:
answer-offices = Official pages:
answer-source = Source: { $url }
answer-last-checked = Last checked: { $date }
answer-stale =
    ⚠ This was last checked { $months ->
        [one] more than one month ago
       *[other] more than { $months } months ago
    } and may be out of date. Please check the official source.
answer-needs-review = ⚠ A reviewer has not yet confirmed this answer. Please confirm the details with the office.
answer-organisations = Organisations that can help:
answer-missing-language = This answer is not yet available in { $language }. Here it is in { $fallback }.
ask-fallback-language = This answer is not yet available in { $language }. Which other language can you read?
answer-missing-country = I do not have checked information about this for { $country } yet. I do not want to guess.
clarify = I am not sure what you mean. Is it one of these?
feedback-question = Did this help?
feedback-thanks = Thank you! You can ask me something else at any time.
feedback-sorry = I am sorry it did not help. I have noted the question so that people can add better information.

## Not covered, and people who can help

not-covered = I am sorry, I do not have checked information about this. I do not want to guess.
offer-human = A volunteer from an organisation that helps migrants may be able to help you.
handoff-unavailable = Volunteers are not connected to this service yet. You can contact these organisations directly:
no-organisations = I do not know an organisation for this in your country yet.

## Talking to a volunteer (hand-off)

handoff-consent =
    A volunteer from { $organisations } can continue this chat with you, here.
    If you agree, the volunteer will see your last messages to me, your language, your country and the subject. They will not see your phone number or your account name, unless you choose to share your name.
    Volunteers answer during their opening hours. You can stop at any time by sending /bot.
    Do you agree?
handoff-consent-priority =
    This may be urgent, so your request will be first in line.
    A volunteer from { $organisations } can continue this chat with you, here.
    If you agree, the volunteer will see your last messages to me, your language, your country and the subject. They will not see your phone number or your account name, unless you choose to share your name.
    You can stop at any time by sending /bot.
    Do you agree?
button-consent-yes = Yes, connect me
button-consent-name = Yes, share my name
button-consent-no = No, thank you
handoff-consent-expired = This question has expired. If you still want to talk to a person, press the button.
handoff-declined = OK, no volunteer will see this chat. You can also contact these organisations directly:
handoff-no-team = No volunteer team is connected for your country yet. You can contact these organisations directly:
handoff-country-first = To find volunteers near you, I first need to know your country.
handoff-connected = Thank you. A volunteer from { $organisation } will answer you here. Please write your question; I pass your messages on. To come back to the bot, send /bot.
handoff-queued = Thank you. The volunteers of { $organisation } are not available right now. They will answer you here from { $time }. Your request is waiting in their queue. To come back to the bot, send /bot.
handoff-queued-unknown = Thank you. The volunteers of { $organisation } are not available right now; your request is waiting in their queue. To come back to the bot, send /bot.
button-back-to-bot = Back to the bot
handoff-volunteer-message = { $organisation }: { $text }
handoff-closed = The volunteer from { $organisation } has ended the conversation. You are back with the bot: write your question, or send /human to talk to a person again.
handoff-ended = You are back with the bot. The volunteer no longer sees your messages.
handoff-still-open = You are talking to a volunteer: your messages go to them. To come back to the bot, press the button or send /bot.
handoff-media = The volunteer cannot see photos, voice messages or files sent here. Please write your message in words.
handoff-timeout = I am sorry: no volunteer from { $organisation } could answer in time. Your question has been noted. You can contact these organisations directly:
handoff-idle = This conversation with { $organisation } was closed because there were no new messages. You are back with the bot; send /human to talk to a person again.

## Safety

emergency-intro = If you or someone else is in danger now, call:
emergency-after = When you are safe, a person from an organisation can help you.
trafficking-intro = If you are forced to work, your documents are taken, or you are threatened, you can get help. In danger, call:
emergency-kind-general = Emergency (all services)
emergency-kind-police = Police
emergency-kind-ambulance = Ambulance
emergency-kind-fire = Fire brigade
emergency-kind-trafficking = Trafficking and exploitation help line
emergency-kind-labour-exploitation = Labour exploitation help line
emergency-kind-women = Violence against women help line
emergency-kind-children = Help line for children
emergency-kind-mental-health = Crisis and mental health help line

## Your data

forget-confirm = Do you want me to delete everything I stored about you (your language, country and conversation state)?
forget-done = Done. I deleted everything I stored about you. If you write again, we start from the beginning.
forget-cancelled = OK, I did not delete anything.

## Contact labels

contact-web = Web
contact-phone = Phone
contact-email = E-mail
contact-address = Address
contact-hours = Hours

## Buttons (at most 20 characters)

button-yes = Yes
button-no = No
button-talk-to-person = Talk to a person
button-change-country = Change country
button-change-language = Change language
button-menu = Menu
button-delete = Delete my data
button-keep = Keep it

## Countries (button labels)

country-CZ = Czech Republic
country-DK = Denmark
country-FI = Finland
country-GB = United Kingdom
country-GR = Greece
country-IT = Italy
country-CH = Switzerland

## Topics (button labels)

topic-asylum-application = Asylum
topic-work-rights-asylum-seekers = Work while waiting
topic-work-permit = Work permit
topic-residence-permit-renewal = Renew a permit
topic-family-reunification = Family reunion
topic-temporary-protection = Temporary protection
topic-tax-number = Tax / ID number
topic-tax-card-and-return = Tax card and refund
topic-bank-account = Bank account
topic-minimum-wage = Minimum pay
topic-unpaid-wages = Unpaid wages
topic-employment-contract = Work contract
topic-working-hours = Hours and holidays
topic-dismissal = Dismissal
topic-exploitation-trafficking = Forced work
topic-discrimination = Discrimination
topic-trade-union = Trade unions
topic-sick-leave-accident = Sickness, accident
topic-job-search = Find a job
topic-cv-interview = CV and interview
topic-qualification-recognition = Diplomas
topic-language-courses = Language courses
topic-start-business = Own business
topic-mentoring-volunteering = Mentoring
topic-find-cso = Find an organisation
topic-legal-aid = Free legal advice

## Web chat page (local simulator)

web-input = Write a message
web-send = Send
web-reset = New chat

## Telegram commands

command-start = Start the conversation
command-help = How to use Waymark
command-language = Change the language
command-country = Change your country
command-forget = Delete everything I stored about you
command-human = Talk to a person from an organisation
command-bot = Come back to the bot
