### Waymark user interface strings: Urdu (ur). Translated from en.ftl.

## Onboarding

welcome =
    سلام، میں Waymark ہوں۔ میں آپ کو یہ جاننے میں مدد دیتا ہوں کہ کام، پرمٹ، ٹیکس نمبر اور کام کی جگہ پر آپ کے حقوق کے بارے میں کہاں جائیں اور کس سے رابطہ کریں۔
    میں ان معلومات سے جواب دیتا ہوں جنہیں لوگوں نے جانچا ہے، اور سرکاری ذریعہ بھی بتاتا ہوں۔ میں ایک بوٹ ہوں، وکیل نہیں۔
ask-country = آپ کس ملک میں ہیں؟
country-set = ٹھیک ہے: { $country }۔ اپنا سوال اپنے الفاظ میں پوچھیں۔
ask-language = میں آپ کو کس زبان میں لکھوں؟
language-set = ٹھیک ہے، میں اردو میں لکھوں گا۔
menu-intro = میں ان موضوعات میں مدد کر سکتا ہوں۔ اپنا سوال اپنے الفاظ میں لکھیں، یا کوئی ایک موضوع چنیں:
help =
    اپنا سوال اپنے الفاظ میں، اپنی زبان میں لکھیں۔
    /country – ملک تبدیل کریں
    /language – زبان تبدیل کریں
    /human – کسی تنظیم کے کسی فرد سے بات کریں
    /bot – کسی فرد سے بات کرنے کے بعد واپس بوٹ پر آئیں
    /forget – میں نے آپ کے بارے میں جو کچھ محفوظ کیا ہے، سب مٹا دیں
greeting-reply = سلام! میں آپ کی کیا مدد کر سکتا ہوں؟ اپنا سوال اپنے الفاظ میں لکھیں۔
thanks-reply = کوئی بات نہیں۔ آپ کسی بھی وقت مجھ سے کچھ اور پوچھ سکتے ہیں۔

## Input I cannot use

empty-message = براہ کرم اپنا سوال چند الفاظ میں لکھیں۔
long-message = آپ کا پیغام بہت لمبا ہے، اس لیے میں صرف شروع کا حصہ پڑھتا ہوں۔ اگر میرا جواب مناسب نہ ہو تو براہ کرم چھوٹا سوال بھیجیں۔
unsupported-media =
    { $kind ->
        [voice] میں ابھی وائس میسج نہیں سن سکتا۔
        [photo] میں ابھی تصویریں نہیں پڑھ سکتا۔
        [sticker] اچھا اسٹیکر ہے!
        [document] میں دستاویزات نہیں کھول سکتا۔
        [video] میں ویڈیوز نہیں دیکھ سکتا۔
        [location] میں آپ کا مقام استعمال نہیں کرتا۔
       *[other] میں اس قسم کا پیغام نہیں پڑھ سکتا۔
    } براہ کرم اپنا سوال الفاظ میں لکھیں، میں مدد کرنے کی کوشش کروں گا۔
error-internal = معذرت، میری طرف سے کچھ غلط ہو گیا۔ براہ کرم تھوڑی دیر بعد دوبارہ کوشش کریں۔

## Answers

answer-where = کہاں جائیں:
answer-steps = کیا کریں:
answer-note = یہ جاننا مفید ہے:
answer-offices = سرکاری صفحات:
answer-source = ذریعہ: { $url }
answer-last-checked = آخری بار جانچا گیا: { $date }
answer-stale =
    ⚠ اسے آخری بار { $months ->
        [one] ایک مہینے سے زیادہ پہلے
       *[other] { $months } مہینوں سے زیادہ پہلے
    } جانچا گیا تھا، اس لیے ہو سکتا ہے یہ پرانا ہو۔ براہ کرم سرکاری ذریعہ دیکھیں۔
answer-needs-review = ⚠ کسی جائزہ کار نے ابھی اس جواب کی تصدیق نہیں کی۔ براہ کرم تفصیلات کی تصدیق متعلقہ دفتر سے کریں۔
answer-organisations = تنظیمیں جو مدد کر سکتی ہیں:
answer-missing-language = یہ جواب ابھی { $language } میں دستیاب نہیں۔ یہ رہا { $fallback } میں۔
ask-fallback-language = یہ جواب ابھی { $language } میں دستیاب نہیں۔ آپ اور کون سی زبان پڑھ سکتے ہیں؟
answer-missing-country = میرے پاس ابھی { $country } کے لیے اس بارے میں جانچی ہوئی معلومات نہیں ہیں۔ میں اندازہ نہیں لگانا چاہتا۔
clarify = مجھے یقین نہیں کہ آپ کا کیا مطلب ہے۔ کیا یہ ان میں سے کوئی ہے؟
feedback-question = کیا اس سے مدد ملی؟
feedback-thanks = شکریہ! آپ کسی بھی وقت مجھ سے کچھ اور پوچھ سکتے ہیں۔
feedback-sorry = افسوس ہے کہ اس سے مدد نہیں ملی۔ میں نے سوال نوٹ کر لیا ہے تاکہ لوگ بہتر معلومات شامل کر سکیں۔

## Not covered, and people who can help

not-covered = معذرت، میرے پاس اس بارے میں جانچی ہوئی معلومات نہیں ہیں۔ میں اندازہ نہیں لگانا چاہتا۔
offer-human = تارکین وطن کی مدد کرنے والی کسی تنظیم کا کوئی رضاکار شاید آپ کی مدد کر سکے۔
handoff-unavailable = رضاکار ابھی اس سروس سے منسلک نہیں ہیں۔ آپ ان تنظیموں سے براہ راست رابطہ کر سکتے ہیں:
no-organisations = میں ابھی آپ کے ملک میں اس کے لیے کوئی تنظیم نہیں جانتا۔

## Talking to a volunteer (hand-off)

handoff-consent =
    { $organisations } کا ایک رضاکار یہیں آپ کے ساتھ یہ بات چیت جاری رکھ سکتا ہے۔
    اگر آپ راضی ہیں تو رضاکار مجھے بھیجے گئے آپ کے آخری پیغامات، آپ کی زبان، آپ کا ملک اور موضوع دیکھے گا۔ وہ آپ کا فون نمبر یا آپ کے اکاؤنٹ کا نام نہیں دیکھے گا، سوائے اس کے کہ آپ خود اپنا نام بتانا چاہیں۔
    رضاکار اپنے اوقات کار میں جواب دیتے ہیں۔ آپ کسی بھی وقت /bot بھیج کر بات چیت ختم کر سکتے ہیں۔
    کیا آپ راضی ہیں؟
handoff-consent-priority =
    یہ معاملہ فوری ہو سکتا ہے، اس لیے آپ کی درخواست قطار میں سب سے پہلے ہوگی۔
    { $organisations } کا ایک رضاکار یہیں آپ کے ساتھ یہ بات چیت جاری رکھ سکتا ہے۔
    اگر آپ راضی ہیں تو رضاکار مجھے بھیجے گئے آپ کے آخری پیغامات، آپ کی زبان، آپ کا ملک اور موضوع دیکھے گا۔ وہ آپ کا فون نمبر یا آپ کے اکاؤنٹ کا نام نہیں دیکھے گا، سوائے اس کے کہ آپ خود اپنا نام بتانا چاہیں۔
    آپ کسی بھی وقت /bot بھیج کر بات چیت ختم کر سکتے ہیں۔
    کیا آپ راضی ہیں؟
button-consent-yes = ہاں، رابطہ کرائیں
button-consent-name = ہاں، میرا نام بتائیں
button-consent-no = نہیں، شکریہ
handoff-consent-expired = اس سوال کا وقت ختم ہو گیا ہے۔ اگر آپ اب بھی کسی فرد سے بات کرنا چاہتے ہیں تو بٹن دبائیں۔
handoff-declined = ٹھیک ہے، کوئی رضاکار یہ بات چیت نہیں دیکھے گا۔ آپ ان تنظیموں سے براہ راست رابطہ بھی کر سکتے ہیں:
handoff-no-team = آپ کے ملک کے لیے ابھی کوئی رضاکار ٹیم منسلک نہیں ہے۔ آپ ان تنظیموں سے براہ راست رابطہ کر سکتے ہیں:
handoff-country-first = آپ کے قریب رضاکار تلاش کرنے کے لیے مجھے پہلے آپ کا ملک جاننا ہوگا۔
handoff-connected = شکریہ۔ { $organisation } کا ایک رضاکار یہیں آپ کو جواب دے گا۔ براہ کرم اپنا سوال لکھیں؛ میں آپ کے پیغامات آگے پہنچاتا ہوں۔ واپس بوٹ پر آنے کے لیے /bot بھیجیں۔
handoff-queued = شکریہ۔ { $organisation } کے رضاکار ابھی دستیاب نہیں ہیں۔ وہ { $time } سے یہاں آپ کو جواب دیں گے۔ آپ کی درخواست ان کی قطار میں انتظار کر رہی ہے۔ واپس بوٹ پر آنے کے لیے /bot بھیجیں۔
handoff-queued-unknown = شکریہ۔ { $organisation } کے رضاکار ابھی دستیاب نہیں ہیں؛ آپ کی درخواست ان کی قطار میں انتظار کر رہی ہے۔ واپس بوٹ پر آنے کے لیے /bot بھیجیں۔
button-back-to-bot = واپس بوٹ پر
handoff-volunteer-message = { $organisation }: { $text }
handoff-closed = { $organisation } کے رضاکار نے بات چیت ختم کر دی ہے۔ آپ دوبارہ بوٹ کے ساتھ ہیں: اپنا سوال لکھیں، یا کسی فرد سے دوبارہ بات کرنے کے لیے /human بھیجیں۔
handoff-ended = آپ دوبارہ بوٹ کے ساتھ ہیں۔ رضاکار اب آپ کے پیغامات نہیں دیکھتا۔
handoff-still-open = آپ ایک رضاکار سے بات کر رہے ہیں: آپ کے پیغامات اسی کو جاتے ہیں۔ واپس بوٹ پر آنے کے لیے بٹن دبائیں یا /bot بھیجیں۔
handoff-media = رضاکار یہاں بھیجی گئی تصویریں، وائس میسج یا فائلیں نہیں دیکھ سکتا۔ براہ کرم اپنا پیغام الفاظ میں لکھیں۔
handoff-timeout = معذرت: { $organisation } کا کوئی رضاکار وقت پر جواب نہیں دے سکا۔ آپ کا سوال نوٹ کر لیا گیا ہے۔ آپ ان تنظیموں سے براہ راست رابطہ کر سکتے ہیں:
handoff-idle = { $organisation } کے ساتھ یہ بات چیت بند کر دی گئی کیونکہ کوئی نیا پیغام نہیں آیا۔ آپ دوبارہ بوٹ کے ساتھ ہیں؛ کسی فرد سے دوبارہ بات کرنے کے لیے /human بھیجیں۔

## Safety

emergency-intro = اگر آپ یا کوئی اور ابھی خطرے میں ہے تو کال کریں:
emergency-after = جب آپ محفوظ ہوں تو کسی تنظیم کا کوئی فرد آپ کی مدد کر سکتا ہے۔
trafficking-intro = اگر آپ سے زبردستی کام کروایا جا رہا ہے، آپ کے کاغذات لے لیے گئے ہیں یا آپ کو دھمکیاں دی جا رہی ہیں تو آپ مدد حاصل کر سکتے ہیں۔ خطرے کی صورت میں کال کریں:
emergency-kind-general = ایمرجنسی (تمام سروسز)
emergency-kind-police = پولیس
emergency-kind-ambulance = ایمبولینس
emergency-kind-fire = فائر بریگیڈ
emergency-kind-trafficking = انسانی اسمگلنگ اور استحصال کی ہیلپ لائن
emergency-kind-labour-exploitation = مزدوری میں استحصال کی ہیلپ لائن
emergency-kind-women = خواتین پر تشدد کی ہیلپ لائن
emergency-kind-children = بچوں کی ہیلپ لائن
emergency-kind-mental-health = بحران اور ذہنی صحت کی ہیلپ لائن

## Your data

forget-confirm = کیا آپ چاہتے ہیں کہ میں آپ کے بارے میں محفوظ کی ہوئی ہر چیز (آپ کی زبان، ملک اور گفتگو کی حالت) مٹا دوں؟
forget-done = ہو گیا۔ میں نے آپ کے بارے میں محفوظ کی ہوئی ہر چیز مٹا دی۔ اگر آپ دوبارہ لکھیں گے تو ہم شروع سے آغاز کریں گے۔
forget-cancelled = ٹھیک ہے، میں نے کچھ نہیں مٹایا۔

## Contact labels

contact-web = ویب سائٹ
contact-phone = فون
contact-email = ای میل
contact-address = پتہ
contact-hours = اوقات

## Buttons (at most 20 characters)

button-yes = ہاں
button-no = نہیں
button-talk-to-person = کسی فرد سے بات کریں
button-change-country = ملک تبدیل کریں
button-change-language = زبان تبدیل کریں
button-menu = مینو
button-delete = میرا ڈیٹا مٹائیں
button-keep = رہنے دیں

## Countries (button labels)

country-CZ = چیک جمہوریہ
country-DK = ڈنمارک
country-FI = فن لینڈ
country-GB = برطانیہ
country-GR = یونان
country-IT = اٹلی
country-CH = سوئٹزرلینڈ

## Topics (button labels)

topic-asylum-application = پناہ
topic-work-rights-asylum-seekers = انتظار کے دوران کام
topic-work-permit = ورک پرمٹ
topic-residence-permit-renewal = پرمٹ کی تجدید
topic-family-reunification = خاندان کا ملاپ
topic-temporary-protection = عارضی تحفظ
topic-tax-number = ٹیکس / شناختی نمبر
topic-tax-card-and-return = ٹیکس کارڈ اور ریفنڈ
topic-bank-account = بینک اکاؤنٹ
topic-minimum-wage = کم از کم اجرت
topic-unpaid-wages = غیر ادا شدہ اجرت
topic-employment-contract = ملازمت کا معاہدہ
topic-working-hours = اوقات کار اور چھٹیاں
topic-dismissal = برطرفی
topic-exploitation-trafficking = جبری مشقت
topic-discrimination = امتیازی سلوک
topic-trade-union = مزدور یونینز
topic-sick-leave-accident = بیماری، حادثہ
topic-job-search = نوکری تلاش کریں
topic-cv-interview = سی وی اور انٹرویو
topic-qualification-recognition = ڈگریاں اور اسناد
topic-language-courses = زبان کے کورسز
topic-start-business = اپنا کاروبار
topic-mentoring-volunteering = رہنمائی
topic-find-cso = تنظیم تلاش کریں
topic-legal-aid = مفت قانونی مشورہ

## Web chat page (local simulator)

web-input = پیغام لکھیں
web-send = بھیجیں
web-reset = نئی گفتگو

## Telegram commands

command-start = بات چیت شروع کریں
command-help = Waymark استعمال کرنے کا طریقہ
command-language = زبان تبدیل کریں
command-country = ملک تبدیل کریں
command-forget = میں نے آپ کے بارے میں جو کچھ محفوظ کیا ہے، سب مٹا دیں
command-human = کسی تنظیم کے کسی فرد سے بات کریں
command-bot = واپس بوٹ پر آئیں
