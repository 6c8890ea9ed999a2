### Waymark user interface strings: Ukrainian (uk). Translated from en.ftl.

## Onboarding

welcome =
    Вітаю, я Waymark. Я допомагаю дізнатися, куди звернутися і з ким зв'язатися щодо роботи, дозволів, податкових номерів і ваших прав на роботі.
    Я відповідаю за інформацією, яку перевірили люди, і вказую офіційне джерело. Я бот, а не юрист.
ask-country = У якій країні ви перебуваєте?
country-set = Добре: { $country }. Поставте своє запитання своїми словами.
ask-language = Якою мовою вам писати?
language-set = Добре, я писатиму українською.
menu-intro = Я можу допомогти з такими темами. Напишіть своє запитання своїми словами або виберіть тему:
help =
    Напишіть своє запитання своїми словами, своєю мовою.
    /country – змінити країну
    /language – змінити мову
    /human – поговорити з людиною з організації
    /forget – видалити все, що збережено про вас
greeting-reply = Вітаю! Чим я можу допомогти? Напишіть своє запитання своїми словами.
thanks-reply = Будь ласка. Ви можете запитати мене про щось інше будь-коли.

## Input I cannot use

empty-message = Будь ласка, напишіть своє запитання кількома словами.
long-message = Ваше повідомлення дуже довге, тому я читаю лише початок. Якщо моя відповідь не підходить, будь ласка, надішліть коротше запитання.
unsupported-media =
    { $kind ->
        [voice] Я поки не вмію слухати голосові повідомлення.
        [photo] Я поки не вмію читати фотографії.
        [sticker] Гарний стікер!
        [document] Я не можу відкривати документи.
        [video] Я не можу дивитися відео.
        [location] Я не використовую ваше місцезнаходження.
       *[other] Я не можу прочитати таке повідомлення.
    } Будь ласка, напишіть своє запитання словами, і я спробую допомогти.
error-internal = Вибачте, у мене щось пішло не так. Будь ласка, спробуйте ще раз трохи згодом.

## Answers

answer-where = Куди звернутися:
answer-steps = Що робити:
answer-note = Корисно знати:
answer-offices = Офіційні сторінки:
answer-source = Джерело: { $url }
answer-last-checked = Остання перевірка: { $date }
answer-stale =
    ⚠ Востаннє це перевіряли { $months ->
        [one] понад { $months } місяць тому
        [few] понад { $months } місяці тому
        [many] понад { $months } місяців тому
       *[other] понад { $months } місяця тому
    }, тому інформація могла застаріти. Будь ласка, перевірте офіційне джерело.
answer-needs-review = ⚠ Цю відповідь ще не підтвердив рецензент. Будь ласка, уточніть подробиці в установі.
answer-organisations = Організації, які можуть допомогти:
answer-missing-language = Ця відповідь ще недоступна мовою { $language }. Ось вона мовою { $fallback }.
ask-fallback-language = Ця відповідь ще недоступна мовою { $language }. Якою ще мовою ви можете читати?
answer-missing-country = У мене ще немає перевіреної інформації про це для країни { $country }. Я не хочу вгадувати.
clarify = Мені не зовсім зрозуміло, що ви маєте на увазі. Це одна з цих тем?
feedback-question = Це допомогло?
feedback-thanks = Дякую! Ви можете запитати мене про щось інше будь-коли.
feedback-sorry = Шкода, що це не допомогло. Запитання записано, щоб люди могли додати кращу інформацію.

## Not covered, and people who can help

not-covered = Вибачте, у мене немає перевіреної інформації про це. Я не хочу вгадувати.
offer-human = Можливо, вам зможе допомогти волонтер з організації, яка допомагає мігрантам.
handoff-unavailable = Волонтери ще не підключені до цього сервісу. Ви можете звернутися до цих організацій напряму:
no-organisations = Я ще не знаю організації, яка допомагає з цим у вашій країні.

## Safety

emergency-intro = Якщо ви або хтось інший зараз у небезпеці, телефонуйте:
emergency-after = Коли ви будете в безпеці, вам зможе допомогти людина з організації.
trafficking-intro = Якщо вас змушують працювати, у вас забрали документи або вам погрожують, ви можете отримати допомогу. У разі небезпеки телефонуйте:
emergency-kind-general = Екстрена допомога (усі служби)
emergency-kind-police = Поліція
emergency-kind-ambulance = Швидка допомога
emergency-kind-fire = Пожежна служба
emergency-kind-trafficking = Гаряча лінія щодо торгівлі людьми та експлуатації
emergency-kind-labour-exploitation = Гаряча лінія щодо трудової експлуатації
emergency-kind-women = Гаряча лінія щодо насильства над жінками
emergency-kind-children = Гаряча лінія для дітей
emergency-kind-mental-health = Лінія кризової та психологічної допомоги

## Your data

forget-confirm = Видалити все, що збережено про вас (вашу мову, країну і стан розмови)?
forget-done = Готово. Усе, що було збережено про вас, видалено. Якщо ви напишете знову, ми почнемо спочатку.
forget-cancelled = Добре, нічого не видалено.

## Contact labels

contact-web = Сайт
contact-phone = Телефон
contact-email = Ел. пошта
contact-address = Адреса
contact-hours = Години роботи

## Buttons (at most 20 characters)

button-yes = Так
button-no = Ні
button-talk-to-person = Зв'язок з людиною
button-change-country = Змінити країну
button-change-language = Змінити мову
button-menu = Меню
button-delete = Видалити мої дані
button-keep = Залишити

## Countries (button labels)

country-CZ = Чехія
country-DK = Данія
country-FI = Фінляндія
country-GB = Велика Британія
country-GR = Греція
country-IT = Італія
country-CH = Швейцарія

## Topics (button labels)

topic-asylum-application = Притулок
topic-work-rights-asylum-seekers = Робота до рішення
topic-work-permit = Дозвіл на роботу
topic-residence-permit-renewal = Продовжити дозвіл
topic-family-reunification = Возз'єднання сім'ї
topic-temporary-protection = Тимчасовий захист
topic-tax-number = Податковий номер, ID
topic-tax-card-and-return = Податки й повернення
topic-bank-account = Банківський рахунок
topic-minimum-wage = Мінімальна зарплата
topic-unpaid-wages = Невиплата зарплати
topic-employment-contract = Трудовий договір
topic-working-hours = Години й відпустки
topic-dismissal = Звільнення
topic-exploitation-trafficking = Примусова праця
topic-discrimination = Дискримінація
topic-trade-union = Профспілки
topic-sick-leave-accident = Хвороба, травма
topic-job-search = Пошук роботи
topic-cv-interview = Резюме і співбесіда
topic-qualification-recognition = Дипломи
topic-language-courses = Мовні курси
topic-start-business = Власна справа
topic-mentoring-volunteering = Наставництво
topic-find-cso = Знайти організацію
topic-legal-aid = Безкоштовний юрист

## Web chat page (local simulator)

web-input = Напишіть повідомлення
web-send = Надіслати
web-reset = Новий чат

## Telegram commands

command-start = Почати розмову
command-help = Як користуватися Waymark
command-language = Змінити мову
command-country = Змінити країну
command-forget = Видалити все, що збережено про вас
command-human = Поговорити з людиною з організації
