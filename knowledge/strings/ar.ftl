### Waymark user interface strings: Arabic (ar). Translated from en.ftl.

## Onboarding

welcome =
    مرحبًا، أنا Waymark. أساعدك على معرفة إلى أين تذهب وبمن تتصل بخصوص العمل والتصاريح والأرقام الضريبية وحقوقك في العمل.
    أجيب من معلومات راجعها أشخاص، مع ذكر المصدر الرسمي. أنا روبوت محادثة، ولست محاميًا.
ask-country = في أي بلد أنت؟
country-set = حسنًا: { $country }. اكتب سؤالك بكلماتك الخاصة.
ask-language = بأي لغة تريدني أن أكتب لك؟
language-set = حسنًا، سأكتب لك بالعربية.
menu-intro = يمكنني المساعدة في هذه المواضيع. اكتب سؤالك بكلماتك الخاصة، أو اختر موضوعًا:
help =
    اكتب سؤالك بكلماتك الخاصة، وبلغتك.
    /country – لتغيير البلد
    /language – لتغيير اللغة
    /human – للتحدث مع شخص من إحدى المنظمات
    /bot – للعودة إلى روبوت المحادثة بعد التحدث مع شخص
    /forget – لحذف كل ما حفظته عنك
greeting-reply = مرحبًا! كيف يمكنني مساعدتك؟ اكتب سؤالك بكلماتك الخاصة.
thanks-reply = على الرحب والسعة. يمكنك أن تسألني عن شيء آخر في أي وقت.

## Input I cannot use

empty-message = من فضلك اكتب سؤالك في بضع كلمات.
long-message = رسالتك طويلة جدًا، لذلك أقرأ بدايتها فقط. إذا لم يكن جوابي مناسبًا، من فضلك أرسل سؤالًا أقصر.
unsupported-media =
    { $kind ->
        [voice] لا أستطيع الاستماع إلى الرسائل الصوتية بعد.
        [photo] لا أستطيع قراءة الصور بعد.
        [sticker] ملصق جميل!
        [document] لا أستطيع فتح المستندات.
        [video] لا أستطيع مشاهدة الفيديوهات.
        [location] لا أستخدم موقعك.
       *[other] لا أستطيع قراءة هذا النوع من الرسائل.
    } من فضلك اكتب سؤالك بالكلمات، وسأحاول مساعدتك.
error-internal = عذرًا، حدث خطأ من جهتي. من فضلك حاول مرة أخرى بعد قليل.

## Answers

answer-where = إلى أين تذهب:
answer-steps = ماذا تفعل:
answer-note = من المفيد أن تعرف:
answer-offices = الصفحات الرسمية:
answer-source = المصدر: { $url }
answer-last-checked = آخر مراجعة: { $date }
answer-stale =
    ⚠ آخر مراجعة لهذه المعلومات كانت قبل { $months ->
        [zero] أكثر من { $months } شهر
        [one] أكثر من شهر
        [two] أكثر من شهرين
        [few] أكثر من { $months } أشهر
        [many] أكثر من { $months } شهرًا
       *[other] أكثر من { $months } شهر
    }، وقد لا تكون محدّثة. من فضلك راجع المصدر الرسمي.
answer-needs-review = ⚠ لم يؤكد أحد المراجعين هذه الإجابة بعد. من فضلك تأكد من التفاصيل لدى المكتب المختص.
answer-organisations = منظمات يمكنها المساعدة:
answer-missing-language = هذه الإجابة غير متوفرة بعد باللغة { $language }. إليك الإجابة باللغة { $fallback }.
ask-fallback-language = هذه الإجابة غير متوفرة بعد باللغة { $language }. ما اللغة الأخرى التي تستطيع قراءتها؟
answer-missing-country = ليست لديّ بعد معلومات تمت مراجعتها حول هذا الموضوع في { $country }. لا أريد أن أخمّن.
clarify = لست متأكدًا مما تقصده. هل هو أحد هذه المواضيع؟
feedback-question = هل ساعدك هذا؟
feedback-thanks = شكرًا لك! يمكنك أن تسألني عن شيء آخر في أي وقت.
feedback-sorry = يؤسفني أن هذا لم يساعدك. سجّلت السؤال حتى يتمكن أشخاص من إضافة معلومات أفضل.

## Not covered, and people who can help

not-covered = عذرًا، ليست لديّ معلومات تمت مراجعتها حول هذا الموضوع. لا أريد أن أخمّن.
offer-human = ربما يستطيع متطوع من منظمة تساعد المهاجرين أن يساعدك.
handoff-unavailable = المتطوعون غير متصلين بهذه الخدمة بعد. يمكنك التواصل مع هذه المنظمات مباشرة:
no-organisations = لا أعرف بعد منظمة تساعد في هذا الأمر في بلدك.

## Talking to a volunteer (hand-off)

handoff-consent =
    يمكن لمتطوع من { $organisations } أن يكمل هذه المحادثة معك، هنا.
    إذا وافقت، سيرى المتطوع آخر رسائلك إليّ، ولغتك، وبلدك، والموضوع. لن يرى رقم هاتفك ولا اسم حسابك، إلا إذا اخترت أن تشارك اسمك.
    يجيب المتطوعون خلال ساعات عملهم. يمكنك التوقف في أي وقت بإرسال /bot.
    هل توافق؟
handoff-consent-priority =
    قد يكون هذا أمرًا عاجلًا، لذلك سيكون طلبك الأول في الدور.
    يمكن لمتطوع من { $organisations } أن يكمل هذه المحادثة معك، هنا.
    إذا وافقت، سيرى المتطوع آخر رسائلك إليّ، ولغتك، وبلدك، والموضوع. لن يرى رقم هاتفك ولا اسم حسابك، إلا إذا اخترت أن تشارك اسمك.
    يمكنك التوقف في أي وقت بإرسال /bot.
    هل توافق؟
button-consent-yes = نعم، أوصلني بمتطوع
button-consent-name = نعم، مع مشاركة اسمي
button-consent-no = لا، شكرًا
handoff-consent-expired = انتهت صلاحية هذا السؤال. إذا كنت ما زلت تريد التحدث مع شخص، اضغط على الزر.
handoff-declined = حسنًا، لن يرى أي متطوع هذه المحادثة. يمكنك أيضًا التواصل مع هذه المنظمات مباشرة:
handoff-no-team = لا يوجد بعد فريق متطوعين متصل لبلدك. يمكنك التواصل مع هذه المنظمات مباشرة:
handoff-country-first = لكي أجد متطوعين قريبين منك، أحتاج أولًا أن أعرف بلدك.
handoff-connected = شكرًا لك. سيجيبك متطوع من { $organisation } هنا. من فضلك اكتب سؤالك؛ أنا أنقل رسائلك إليه. للعودة إلى روبوت المحادثة، أرسل /bot.
handoff-queued = شكرًا لك. متطوعو { $organisation } غير متاحين الآن. سيجيبونك هنا ابتداءً من { $time }. طلبك ينتظر دوره لديهم. للعودة إلى روبوت المحادثة، أرسل /bot.
handoff-queued-unknown = شكرًا لك. متطوعو { $organisation } غير متاحين الآن، وطلبك ينتظر دوره لديهم. للعودة إلى روبوت المحادثة، أرسل /bot.
button-back-to-bot = العودة إلى الروبوت
handoff-volunteer-message = { $organisation }: { $text }
handoff-closed = أنهى المتطوع من { $organisation } المحادثة. عدت الآن إلى روبوت المحادثة: اكتب سؤالك، أو أرسل /human للتحدث مع شخص مرة أخرى.
handoff-ended = عدت الآن إلى روبوت المحادثة. لم يعد المتطوع يرى رسائلك.
handoff-still-open = أنت تتحدث مع متطوع: رسائلك تصل إليه. للعودة إلى روبوت المحادثة، اضغط على الزر أو أرسل /bot.
handoff-media = لا يستطيع المتطوع رؤية الصور أو الرسائل الصوتية أو الملفات المرسلة هنا. من فضلك اكتب رسالتك بالكلمات.
handoff-timeout = عذرًا: لم يتمكن أي متطوع من { $organisation } من الرد في الوقت المناسب. تم تسجيل سؤالك. يمكنك التواصل مع هذه المنظمات مباشرة:
handoff-idle = أُغلقت هذه المحادثة مع { $organisation } لأنه لم تصل رسائل جديدة. عدت الآن إلى روبوت المحادثة؛ أرسل /human للتحدث مع شخص مرة أخرى.

## Safety

emergency-intro = إذا كنت أنت أو شخص آخر في خطر الآن، اتصل بـ:
emergency-after = عندما تكون في أمان، يمكن لشخص من إحدى المنظمات أن يساعدك.
trafficking-intro = إذا كنت مُجبرًا على العمل، أو أُخذت منك وثائقك، أو تتعرض للتهديد، يمكنك الحصول على المساعدة. في حالة الخطر، اتصل بـ:
emergency-kind-general = الطوارئ (جميع الخدمات)
emergency-kind-police = الشرطة
emergency-kind-ambulance = الإسعاف
emergency-kind-fire = الإطفاء
emergency-kind-trafficking = خط المساعدة في حالات الاتجار بالبشر والاستغلال
emergency-kind-labour-exploitation = خط المساعدة في حالات الاستغلال في العمل
emergency-kind-women = خط المساعدة في حالات العنف ضد المرأة
emergency-kind-children = خط المساعدة للأطفال
emergency-kind-mental-health = خط المساعدة في الأزمات والصحة النفسية

## Your data

forget-confirm = هل تريدني أن أحذف كل ما حفظته عنك (لغتك وبلدك وحالة المحادثة)؟
forget-done = تم. حذفت كل ما حفظته عنك. إذا كتبت مرة أخرى، سنبدأ من البداية.
forget-cancelled = حسنًا، لم أحذف أي شيء.

## Contact labels

contact-web = الموقع الإلكتروني
contact-phone = الهاتف
contact-email = البريد الإلكتروني
contact-address = العنوان
contact-hours = ساعات العمل

## Buttons (at most 20 characters)

button-yes = نعم
button-no = لا
button-talk-to-person = التحدث مع شخص
button-change-country = تغيير البلد
button-change-language = تغيير اللغة
button-menu = القائمة
button-delete = حذف بياناتي
button-keep = الاحتفاظ بها

## Countries (button labels)

country-CZ = التشيك
country-DK = الدنمارك
country-FI = فنلندا
country-GB = المملكة المتحدة
country-GR = اليونان
country-IT = إيطاليا
country-CH = سويسرا

## Topics (button labels)

topic-asylum-application = اللجوء
topic-work-rights-asylum-seekers = العمل أثناء الانتظار
topic-work-permit = تصريح العمل
topic-residence-permit-renewal = تجديد الإقامة
topic-family-reunification = لمّ شمل الأسرة
topic-temporary-protection = الحماية المؤقتة
topic-tax-number = رقم ضريبي / هوية
topic-tax-card-and-return = الضرائب والاسترداد
topic-bank-account = حساب بنكي
topic-minimum-wage = الحد الأدنى للأجر
topic-unpaid-wages = أجور غير مدفوعة
topic-employment-contract = عقد العمل
topic-working-hours = ساعات العمل والعطل
topic-dismissal = الفصل من العمل
topic-exploitation-trafficking = العمل القسري
topic-discrimination = التمييز
topic-trade-union = النقابات
topic-sick-leave-accident = المرض والحوادث
topic-job-search = البحث عن عمل
topic-cv-interview = سيرة ذاتية ومقابلة
topic-qualification-recognition = الشهادات
topic-language-courses = دورات اللغة
topic-start-business = مشروعك الخاص
topic-mentoring-volunteering = الإرشاد
topic-find-cso = البحث عن منظمة
topic-legal-aid = نصيحة قانونية مجانية

## Web chat page (local simulator)

web-input = اكتب رسالة
web-send = إرسال
web-reset = محادثة جديدة

## Telegram commands

command-start = بدء المحادثة
command-help = طريقة استخدام Waymark
command-language = تغيير اللغة
command-country = تغيير البلد
command-forget = حذف كل ما حفظته عنك
command-human = التحدث مع شخص من إحدى المنظمات
command-bot = العودة إلى روبوت المحادثة
