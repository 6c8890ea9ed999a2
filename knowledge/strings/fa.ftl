### Waymark user interface strings: Farsi/Dari (fa). Translated from en.ftl.

## Onboarding

welcome =
    سلام، من Waymark هستم. به شما کمک می‌کنم بدانید برای کار، اجازه‌نامه‌ها، شماره مالیاتی و حقوق خود در محل کار به کجا بروید و با چه کسی تماس بگیرید.
    پاسخ‌های من بر اساس اطلاعاتی است که افراد بررسی کرده‌اند، همراه با منبع رسمی. من یک ربات هستم، نه وکیل.
ask-country = در کدام کشور هستید؟
country-set = بسیار خوب: { $country }. سؤال خود را با کلمات خودتان بپرسید.
ask-language = می‌خواهید به کدام زبان برایتان بنویسم؟
language-set = بسیار خوب، به فارسی می‌نویسم.
menu-intro = در این موضوعات می‌توانم کمک کنم. سؤال خود را با کلمات خودتان بنویسید، یا یکی را انتخاب کنید:
help =
    سؤال خود را با کلمات خودتان و به زبان خودتان بنویسید.
    /country – تغییر کشور
    /language – تغییر زبان
    /human – صحبت با یک نفر از یک سازمان
    /bot – برگشت به ربات بعد از صحبت با یک نفر
    /forget – پاک کردن همه چیزهایی که درباره شما ذخیره کرده‌ام
greeting-reply = سلام! چطور می‌توانم کمک کنم؟ سؤال خود را با کلمات خودتان بنویسید.
thanks-reply = خواهش می‌کنم. هر وقت خواستید می‌توانید سؤال دیگری بپرسید.

## Input I cannot use

empty-message = لطفاً سؤال خود را در چند کلمه بنویسید.
long-message = پیام شما خیلی طولانی است، برای همین فقط ابتدای آن را می‌خوانم. اگر پاسخ من مناسب نبود، لطفاً سؤال کوتاه‌تری بفرستید.
unsupported-media =
    { $kind ->
        [voice] هنوز نمی‌توانم پیام صوتی را گوش کنم.
        [photo] هنوز نمی‌توانم عکس‌ها را بخوانم.
        [sticker] استیکر قشنگی است!
        [document] نمی‌توانم اسناد را باز کنم.
        [video] نمی‌توانم ویدیو تماشا کنم.
        [location] از موقعیت مکانی شما استفاده نمی‌کنم.
       *[other] نمی‌توانم این نوع پیام را بخوانم.
    } لطفاً سؤال خود را با کلمات بنویسید تا تلاش کنم کمک کنم.
error-internal = متأسفم، از طرف من مشکلی پیش آمد. لطفاً کمی بعد دوباره امتحان کنید.

## Answers

answer-where = کجا بروید:
answer-steps = چه کار کنید:
answer-note = خوب است بدانید:
answer-offices = صفحه‌های رسمی:
answer-source = منبع: { $url }
answer-last-checked = آخرین بررسی: { $date }
answer-stale =
    ⚠ آخرین بررسی این مطلب { $months ->
        [one] بیش از یک ماه پیش
       *[other] بیش از { $months } ماه پیش
    } بوده و ممکن است به‌روز نباشد. لطفاً منبع رسمی را بررسی کنید.
answer-needs-review = ⚠ هنوز هیچ بررسی‌کننده‌ای این پاسخ را تأیید نکرده است. لطفاً جزئیات را با اداره مربوط تأیید کنید.
answer-organisations = سازمان‌هایی که می‌توانند کمک کنند:
answer-missing-language = این پاسخ هنوز به زبان { $language } موجود نیست. این هم پاسخ به زبان { $fallback }.
ask-fallback-language = این پاسخ هنوز به زبان { $language } موجود نیست. به کدام زبان دیگر می‌توانید بخوانید؟
answer-missing-country = هنوز درباره این موضوع برای { $country } اطلاعات بررسی‌شده ندارم. نمی‌خواهم حدس بزنم.
clarify = مطمئن نیستم منظور شما چیست. آیا یکی از این‌هاست؟
feedback-question = آیا این کمک کرد؟
feedback-thanks = سپاسگزارم! هر وقت خواستید می‌توانید سؤال دیگری بپرسید.
feedback-sorry = متأسفم که کمک نکرد. سؤال را یادداشت کردم تا افراد بتوانند اطلاعات بهتری اضافه کنند.

## Not covered, and people who can help

not-covered = متأسفم، درباره این موضوع اطلاعات بررسی‌شده ندارم. نمی‌خواهم حدس بزنم.
offer-human = شاید یک داوطلب از سازمانی که به مهاجران کمک می‌کند بتواند به شما کمک کند.
handoff-unavailable = داوطلبان هنوز به این خدمت وصل نیستند. می‌توانید مستقیماً با این سازمان‌ها تماس بگیرید:
no-organisations = هنوز سازمانی را برای این موضوع در کشور شما نمی‌شناسم.

## Talking to a volunteer (hand-off)

handoff-consent =
    یک داوطلب از { $organisations } می‌تواند همین‌جا این گفتگو را با شما ادامه دهد.
    اگر موافق باشید، داوطلب آخرین پیام‌های شما به من، زبان شما، کشور شما و موضوع را می‌بیند. شماره تلفن و نام حساب شما را نمی‌بیند، مگر اینکه خودتان بخواهید نامتان را نشان دهید.
    داوطلبان در ساعات کاری خود جواب می‌دهند. هر وقت بخواهید می‌توانید با فرستادن /bot گفتگو را تمام کنید.
    آیا موافق هستید؟
handoff-consent-priority =
    ممکن است این موضوع فوری باشد، برای همین درخواست شما اول صف قرار می‌گیرد.
    یک داوطلب از { $organisations } می‌تواند همین‌جا این گفتگو را با شما ادامه دهد.
    اگر موافق باشید، داوطلب آخرین پیام‌های شما به من، زبان شما، کشور شما و موضوع را می‌بیند. شماره تلفن و نام حساب شما را نمی‌بیند، مگر اینکه خودتان بخواهید نامتان را نشان دهید.
    هر وقت بخواهید می‌توانید با فرستادن /bot گفتگو را تمام کنید.
    آیا موافق هستید؟
button-consent-yes = بله، وصلم کنید
button-consent-name = بله، با نام خودم
button-consent-no = نه، ممنون
handoff-consent-expired = وقت این سؤال تمام شده است. اگر هنوز می‌خواهید با یک نفر صحبت کنید، دکمه را بزنید.
handoff-declined = بسیار خوب، هیچ داوطلبی این گفتگو را نمی‌بیند. می‌توانید مستقیماً با این سازمان‌ها هم تماس بگیرید:
handoff-no-team = هنوز هیچ گروه داوطلبی برای کشور شما وصل نیست. می‌توانید مستقیماً با این سازمان‌ها تماس بگیرید:
handoff-country-first = برای پیدا کردن داوطلبان نزدیک شما، اول باید بدانم در کدام کشور هستید.
handoff-connected = سپاسگزارم. یک داوطلب از { $organisation } همین‌جا به شما جواب می‌دهد. لطفاً سؤال خود را بنویسید؛ من پیام‌های شما را به او می‌رسانم. برای برگشت به ربات، /bot را بفرستید.
handoff-queued = سپاسگزارم. داوطلبان { $organisation } الان در دسترس نیستند. از { $time } همین‌جا به شما جواب می‌دهند. درخواست شما در نوبت آن‌ها منتظر است. برای برگشت به ربات، /bot را بفرستید.
handoff-queued-unknown = سپاسگزارم. داوطلبان { $organisation } الان در دسترس نیستند؛ درخواست شما در نوبت آن‌ها منتظر است. برای برگشت به ربات، /bot را بفرستید.
button-back-to-bot = برگشت به ربات
handoff-volunteer-message = { $organisation }: { $text }
handoff-closed = داوطلب { $organisation } گفتگو را تمام کرد. دوباره با ربات هستید: سؤال خود را بنویسید، یا برای صحبت دوباره با یک نفر /human را بفرستید.
handoff-ended = دوباره با ربات هستید. داوطلب دیگر پیام‌های شما را نمی‌بیند.
handoff-still-open = شما با یک داوطلب صحبت می‌کنید: پیام‌های شما به او می‌رسد. برای برگشت به ربات، دکمه را بزنید یا /bot را بفرستید.
handoff-media = داوطلب نمی‌تواند عکس‌ها، پیام‌های صوتی یا فایل‌هایی را که اینجا فرستاده می‌شوند ببیند. لطفاً پیام خود را با کلمات بنویسید.
handoff-timeout = متأسفم: هیچ داوطلبی از { $organisation } نتوانست به موقع جواب دهد. سؤال شما یادداشت شد. می‌توانید مستقیماً با این سازمان‌ها تماس بگیرید:
handoff-idle = این گفتگو با { $organisation } بسته شد، چون پیام تازه‌ای نیامد. دوباره با ربات هستید؛ برای صحبت دوباره با یک نفر /human را بفرستید.

## Safety

emergency-intro = اگر شما یا کس دیگری همین حالا در خطر است، با این شماره‌ها تماس بگیرید:
emergency-after = وقتی در امان بودید، یک نفر از یک سازمان می‌تواند به شما کمک کند.
trafficking-intro = اگر شما را مجبور به کار می‌کنند، مدارکتان را گرفته‌اند یا تهدیدتان می‌کنند، می‌توانید کمک بگیرید. اگر در خطر هستید، با این شماره‌ها تماس بگیرید:
emergency-kind-general = شماره اضطراری (همه خدمات)
emergency-kind-police = پلیس
emergency-kind-ambulance = آمبولانس
emergency-kind-fire = آتش‌نشانی
emergency-kind-trafficking = خط کمک برای قاچاق انسان و بهره‌کشی
emergency-kind-labour-exploitation = خط کمک برای بهره‌کشی در کار
emergency-kind-women = خط کمک برای خشونت علیه زنان
emergency-kind-children = خط کمک برای کودکان
emergency-kind-mental-health = خط کمک برای بحران و سلامت روان

## Your data

forget-confirm = آیا می‌خواهید همه چیزهایی را که درباره شما ذخیره کرده‌ام (زبان، کشور و وضعیت گفتگو) پاک کنم؟
forget-done = انجام شد. همه چیزهایی را که درباره شما ذخیره کرده بودم پاک کردم. اگر دوباره بنویسید، از اول شروع می‌کنیم.
forget-cancelled = بسیار خوب، چیزی پاک نکردم.

## Contact labels

contact-web = وب‌سایت
contact-phone = تلفن
contact-email = ایمیل
contact-address = آدرس
contact-hours = ساعات کاری

## Buttons (at most 20 characters)

button-yes = بله
button-no = نه
button-talk-to-person = صحبت با یک نفر
button-change-country = تغییر کشور
button-change-language = تغییر زبان
button-menu = منو
button-delete = پاک کردن اطلاعاتم
button-keep = نگه داشتن

## Countries (button labels)

country-CZ = جمهوری چک
country-DK = دنمارک
country-FI = فنلاند
country-GB = بریتانیا
country-GR = یونان
country-IT = ایتالیا
country-CH = سوئیس

## Topics (button labels)

topic-asylum-application = پناهندگی
topic-work-rights-asylum-seekers = کار در زمان انتظار
topic-work-permit = اجازه کار
topic-residence-permit-renewal = تمدید اجازه اقامت
topic-family-reunification = پیوستن خانواده
topic-temporary-protection = حمایت موقت
topic-tax-number = شماره مالیات / هویت
topic-tax-card-and-return = مالیات و بازپرداخت
topic-bank-account = حساب بانکی
topic-minimum-wage = حداقل دستمزد
topic-unpaid-wages = دستمزد پرداخت‌نشده
topic-employment-contract = قرارداد کار
topic-working-hours = ساعت کار و مرخصی
topic-dismissal = اخراج از کار
topic-exploitation-trafficking = کار اجباری
topic-discrimination = تبعیض
topic-trade-union = اتحادیه‌های کارگری
topic-sick-leave-accident = بیماری، حادثه
topic-job-search = پیدا کردن کار
topic-cv-interview = رزومه و مصاحبه
topic-qualification-recognition = مدارک تحصیلی
topic-language-courses = کلاس‌های زبان
topic-start-business = کسب‌وکار شخصی
topic-mentoring-volunteering = راهنمایی و مشاوره
topic-find-cso = پیدا کردن سازمان
topic-legal-aid = مشاوره حقوقی رایگان

## Web chat page (local simulator)

web-input = پیامی بنویسید
web-send = ارسال
web-reset = گفتگوی تازه

## Telegram commands

command-start = شروع گفتگو
command-help = راهنمای استفاده از Waymark
command-language = تغییر زبان
command-country = تغییر کشور
command-forget = پاک کردن همه چیزهایی که درباره شما ذخیره کرده‌ام
command-human = صحبت با یک نفر از یک سازمان
command-bot = برگشت به ربات
