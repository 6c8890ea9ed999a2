### Waymark user interface strings: Russian (ru). Translated from en.ftl.

## Onboarding

welcome =
    Здравствуйте, я Waymark. Я помогаю узнать, куда обратиться и с кем связаться по вопросам работы, разрешений, налоговых номеров и ваших прав на работе.
    Я отвечаю по информации, которую проверили люди, и указываю официальный источник. Я бот, а не юрист.
ask-country = В какой стране вы находитесь?
country-set = Хорошо: { $country }. Задайте свой вопрос своими словами.
ask-language = На каком языке вам писать?
language-set = Хорошо, я буду писать по-русски.
menu-intro = Я могу помочь по этим темам. Напишите свой вопрос своими словами или выберите тему:
help =
    Напишите свой вопрос своими словами, на своём языке.
    /country – сменить страну
    /language – сменить язык
    /human – поговорить с человеком из организации
    /forget – удалить всё, что у меня сохранено о вас
greeting-reply = Здравствуйте! Чем я могу помочь? Напишите свой вопрос своими словами.
thanks-reply = Пожалуйста. Вы можете спросить меня о чём-нибудь ещё в любое время.

## Input I cannot use

empty-message = Пожалуйста, напишите свой вопрос в нескольких словах.
long-message = Ваше сообщение очень длинное, поэтому я читаю только начало. Если мой ответ не подходит, пожалуйста, пришлите вопрос покороче.
unsupported-media =
    { $kind ->
        [voice] Я пока не умею слушать голосовые сообщения.
        [photo] Я пока не умею читать фотографии.
        [sticker] Классный стикер!
        [document] Я не могу открывать документы.
        [video] Я не могу смотреть видео.
        [location] Я не использую ваше местоположение.
       *[other] Я не могу прочитать такое сообщение.
    } Пожалуйста, напишите свой вопрос словами, и я постараюсь помочь.
error-internal = Извините, у меня что-то пошло не так. Пожалуйста, попробуйте ещё раз чуть позже.

## Answers

answer-where = Куда обратиться:
answer-steps = Что делать:
answer-note = Полезно знать:
answer-offices = Официальные страницы:
answer-source = Источник: { $url }
answer-last-checked = Последняя проверка: { $date }
answer-stale =
    ⚠ Последний раз это проверяли { $months ->
        [one] больше { $months } месяца назад
        [few] больше { $months } месяцев назад
        [many] больше { $months } месяцев назад
       *[other] больше { $months } месяца назад
    }, поэтому информация могла устареть. Пожалуйста, проверьте официальный источник.
answer-needs-review = ⚠ Этот ответ ещё не подтвердил проверяющий. Пожалуйста, уточните подробности в учреждении.
answer-organisations = Организации, которые могут помочь:
answer-missing-language = Этот ответ пока недоступен на языке { $language }. Вот он на языке { $fallback }.
ask-fallback-language = Этот ответ пока недоступен на языке { $language }. На каком ещё языке вы можете читать?
answer-missing-country = У меня пока нет проверенной информации об этом для страны { $country }. Я не хочу гадать.
clarify = Мне не совсем понятно, что вы имеете в виду. Это одна из этих тем?
feedback-question = Это помогло?
feedback-thanks = Спасибо! Вы можете спросить меня о чём-нибудь ещё в любое время.
feedback-sorry = Жаль, что это не помогло. Вопрос записан, чтобы люди могли добавить более полезную информацию.

## Not covered, and people who can help

not-covered = Извините, у меня нет проверенной информации об этом. Я не хочу гадать.
offer-human = Возможно, вам сможет помочь волонтёр из организации, которая помогает мигрантам.
handoff-unavailable = Волонтёры пока не подключены к этому сервису. Вы можете напрямую связаться с этими организациями:
no-organisations = Я пока не знаю организации, которая помогает с этим в вашей стране.

## Safety

emergency-intro = Если вы или кто-то другой сейчас в опасности, звоните:
emergency-after = Когда вы будете в безопасности, вам сможет помочь человек из организации.
trafficking-intro = Если вас заставляют работать, у вас забрали документы или вам угрожают, вы можете получить помощь. В случае опасности звоните:
emergency-kind-general = Экстренная помощь (все службы)
emergency-kind-police = Полиция
emergency-kind-ambulance = Скорая помощь
emergency-kind-fire = Пожарная служба
emergency-kind-trafficking = Линия помощи при торговле людьми и эксплуатации
emergency-kind-labour-exploitation = Линия помощи при трудовой эксплуатации
emergency-kind-women = Линия помощи при насилии в отношении женщин
emergency-kind-children = Телефон доверия для детей
emergency-kind-mental-health = Кризисная линия и психологическая помощь

## Your data

forget-confirm = Удалить всё, что у меня сохранено о вас (ваш язык, страну и состояние разговора)?
forget-done = Готово. Всё, что было сохранено о вас, удалено. Если вы напишете снова, мы начнём сначала.
forget-cancelled = Хорошо, ничего не удалено.

## Contact labels

contact-web = Сайт
contact-phone = Телефон
contact-email = Эл. почта
contact-address = Адрес
contact-hours = Часы работы

## Buttons (at most 20 characters)

button-yes = Да
button-no = Нет
button-talk-to-person = Связь с человеком
button-change-country = Сменить страну
button-change-language = Сменить язык
button-menu = Меню
button-delete = Удалить мои данные
button-keep = Оставить

## Countries (button labels)

country-CZ = Чехия
country-DK = Дания
country-FI = Финляндия
country-GB = Великобритания
country-GR = Греция
country-IT = Италия
country-CH = Швейцария

## Topics (button labels)

topic-asylum-application = Убежище
topic-work-rights-asylum-seekers = Работа до решения
topic-work-permit = Разрешение на работу
topic-residence-permit-renewal = Продление разрешения
topic-family-reunification = Воссоединение семьи
topic-temporary-protection = Временная защита
topic-tax-number = Налоговый номер, ID
topic-tax-card-and-return = Налоги и возврат
topic-bank-account = Банковский счёт
topic-minimum-wage = Минимальная зарплата
topic-unpaid-wages = Невыплата зарплаты
topic-employment-contract = Трудовой договор
topic-working-hours = Часы работы и отпуск
topic-dismissal = Увольнение
topic-exploitation-trafficking = Принудительный труд
topic-discrimination = Дискриминация
topic-trade-union = Профсоюзы
topic-sick-leave-accident = Болезнь, травма
topic-job-search = Поиск работы
topic-cv-interview = Резюме и интервью
topic-qualification-recognition = Дипломы
topic-language-courses = Языковые курсы
topic-start-business = Своё дело
topic-mentoring-volunteering = Наставничество
topic-find-cso = Найти организацию
topic-legal-aid = Бесплатный юрист

## Web chat page (local simulator)

web-input = Напишите сообщение
web-send = Отправить
web-reset = Новый чат

## Telegram commands

command-start = Начать разговор
command-help = Как пользоваться Waymark
command-language = Сменить язык
command-country = Сменить страну
command-forget = Удалить всё, что у меня сохранено о вас
command-human = Поговорить с человеком из организации
