### Waymark user interface strings: Kurdish Sorani (ckb). Translated from en.ftl.

## Onboarding

welcome =
    سڵاو، من Waymark م. یارمەتیتان دەدەم بزانن دەربارەی کار، مۆڵەت، ژمارەی باج و مافەکانتان لە کاردا بۆ کوێ بچن و پەیوەندی بە کێوە بکەن.
    وەڵامەکانم لەسەر زانیارییەکن کە خەڵک پشکنیویانە، و سەرچاوە فەرمییەکەش نیشان دەدەم. من بۆتم، پارێزەر نیم.
ask-country = لە کام وڵاتن؟
country-set = باشە: { $country }. پرسیارەکەتان بە وشەی خۆتان بکەن.
ask-language = دەتانەوێت بە چ زمانێک بۆتان بنووسم؟
language-set = باشە، بە کوردیی سۆرانی دەنووسم.
menu-intro = دەتوانم لەم بابەتانەدا یارمەتی بدەم. پرسیارەکەتان بە وشەی خۆتان بنووسن، یان یەکێک هەڵبژێرن:
help =
    پرسیارەکەتان بە وشەی خۆتان و بە زمانی خۆتان بنووسن.
    /country – گۆڕینی وڵات
    /language – گۆڕینی زمان
    /human – قسەکردن لەگەڵ کەسێک لە ڕێکخراوێک
    /bot – گەڕانەوە بۆ بۆتەکە دوای قسەکردن لەگەڵ کەسێک
    /forget – سڕینەوەی هەموو ئەو شتانەی دەربارەی ئێوە پاشەکەوتم کردوون
greeting-reply = سڵاو! چۆن دەتوانم یارمەتیتان بدەم؟ پرسیارەکەتان بە وشەی خۆتان بنووسن.
thanks-reply = شایەنی نییە. هەر کاتێک بتانەوێت دەتوانن پرسیاری تر بکەن.

## Input I cannot use

empty-message = تکایە پرسیارەکەتان بە چەند وشەیەک بنووسن.
long-message = نامەکەتان زۆر درێژە، بۆیە تەنها سەرەتاکەی دەخوێنمەوە. ئەگەر وەڵامەکەم گونجاو نەبوو، تکایە پرسیارێکی کورتتر بنێرن.
unsupported-media =
    { $kind ->
        [voice] هێشتا ناتوانم گوێ لە نامەی دەنگی بگرم.
        [photo] هێشتا ناتوانم وێنە بخوێنمەوە.
        [sticker] ستیکەرێکی جوانە!
        [document] ناتوانم بەڵگەنامە بکەمەوە.
        [video] ناتوانم سەیری ڤیدیۆ بکەم.
        [location] شوێنی ئێوە بەکارناهێنم.
       *[other] ناتوانم ئەم جۆرە نامەیە بخوێنمەوە.
    } تکایە پرسیارەکەتان بە وشە بنووسن، هەوڵ دەدەم یارمەتیتان بدەم.
error-internal = ببورن، لای من هەڵەیەک ڕوویدا. تکایە کەمێکی تر دووبارە هەوڵ بدەنەوە.

## Answers

answer-where = بۆ کوێ بچن:
answer-steps = چی بکەن:
answer-note = باشە بزانن:
answer-offices = پەڕە فەرمییەکان:
answer-source = سەرچاوە: { $url }
answer-last-checked = دوایین پشکنین: { $date }
answer-stale =
    ⚠ دوایین جار ئەمە { $months ->
        [one] زیاتر لە مانگێک لەمەوبەر
       *[other] زیاتر لە { $months } مانگ لەمەوبەر
    } پشکنراوە و لەوانەیە نوێ نەبێت. تکایە سەرچاوە فەرمییەکە ببینن.
answer-needs-review = ⚠ هێشتا هیچ پێداچووەرێک ئەم وەڵامەی پشتڕاست نەکردووەتەوە. تکایە وردەکارییەکان لەگەڵ فەرمانگەکە پشتڕاست بکەنەوە.
answer-organisations = ئەو ڕێکخراوانەی دەتوانن یارمەتی بدەن:
answer-missing-language = ئەم وەڵامە هێشتا بە زمانی { $language } بەردەست نییە. ئەوەتا بە زمانی { $fallback }.
ask-fallback-language = ئەم وەڵامە هێشتا بە زمانی { $language } بەردەست نییە. دەتوانن بە چ زمانێکی تر بخوێننەوە؟
answer-missing-country = هێشتا زانیاریی پشکنراوم دەربارەی ئەمە بۆ { $country } نییە. نامەوێت بە گومان وەڵام بدەمەوە.
clarify = دڵنیا نیم مەبەستتان چییە. ئایا یەکێکە لەمانە؟
feedback-question = ئەمە یارمەتیدەر بوو؟
feedback-thanks = سوپاس! هەر کاتێک بتانەوێت دەتوانن پرسیاری تر بکەن.
feedback-sorry = ببورن کە یارمەتیدەر نەبوو. پرسیارەکەم تۆمار کرد تا خەڵک زانیاریی باشتر زیاد بکەن.

## Not covered, and people who can help

not-covered = ببورن، زانیاریی پشکنراوم دەربارەی ئەمە نییە. نامەوێت بە گومان وەڵام بدەمەوە.
offer-human = لەوانەیە خۆبەخشێک لە ڕێکخراوێک کە یارمەتیی کۆچبەران دەدات بتوانێت یارمەتیتان بدات.
handoff-unavailable = خۆبەخشەکان هێشتا بەم خزمەتگوزارییەوە نەبەستراونەتەوە. دەتوانن ڕاستەوخۆ پەیوەندی بەم ڕێکخراوانەوە بکەن:
no-organisations = هێشتا ڕێکخراوێک بۆ ئەمە لە وڵاتەکەتان ناناسم.

## Talking to a volunteer (hand-off)

handoff-consent =
    خۆبەخشێک لە { $organisations } دەتوانێت هەر لێرە ئەم گفتوگۆیە لەگەڵتان بەردەوام بکات.
    ئەگەر ڕازی بن، خۆبەخشەکە دوایین نامەکانتان بۆ من، زمانەکەتان، وڵاتەکەتان و بابەتەکە دەبینێت. ژمارەی تەلەفۆن و ناوی هەژمارەکەتان نابینێت، مەگەر خۆتان بتانەوێت ناوی خۆتان بڵێن.
    خۆبەخشەکان لە کاتی کارکردنیاندا وەڵام دەدەنەوە. هەر کاتێک بتانەوێت دەتوانن بە ناردنی /bot گفتوگۆکە ڕابگرن.
    ئایا ڕازین؟
handoff-consent-priority =
    لەوانەیە ئەمە پەلە بێت، بۆیە داواکارییەکەتان لە ڕیزدا یەکەم دەبێت.
    خۆبەخشێک لە { $organisations } دەتوانێت هەر لێرە ئەم گفتوگۆیە لەگەڵتان بەردەوام بکات.
    ئەگەر ڕازی بن، خۆبەخشەکە دوایین نامەکانتان بۆ من، زمانەکەتان، وڵاتەکەتان و بابەتەکە دەبینێت. ژمارەی تەلەفۆن و ناوی هەژمارەکەتان نابینێت، مەگەر خۆتان بتانەوێت ناوی خۆتان بڵێن.
    هەر کاتێک بتانەوێت دەتوانن بە ناردنی /bot گفتوگۆکە ڕابگرن.
    ئایا ڕازین؟
button-consent-yes = بەڵێ، پەیوەندیم بکەن
button-consent-name = بەڵێ، بە ناوی خۆم
button-consent-no = نەخێر، سوپاس
handoff-consent-expired = کاتی ئەم پرسیارە تەواو بوو. ئەگەر هێشتا دەتانەوێت قسە لەگەڵ کەسێک بکەن، دوگمەکە دابگرن.
handoff-declined = باشە، هیچ خۆبەخشێک ئەم گفتوگۆیە نابینێت. دەتوانن ڕاستەوخۆش پەیوەندی بەم ڕێکخراوانەوە بکەن:
handoff-no-team = هێشتا هیچ تیمێکی خۆبەخش بۆ وڵاتەکەتان نەبەستراوەتەوە. دەتوانن ڕاستەوخۆ پەیوەندی بەم ڕێکخراوانەوە بکەن:
handoff-country-first = بۆ ئەوەی خۆبەخشانی نزیک لە ئێوە بدۆزمەوە، سەرەتا پێویستە وڵاتەکەتان بزانم.
handoff-connected = سوپاس. خۆبەخشێک لە { $organisation } هەر لێرە وەڵامتان دەداتەوە. تکایە پرسیارەکەتان بنووسن؛ من نامەکانتان دەگەیەنم. بۆ گەڕانەوە بۆ بۆتەکە، /bot بنێرن.
handoff-queued = سوپاس. خۆبەخشەکانی { $organisation } ئێستا بەردەست نین. لە { $time } بەدواوە لێرە وەڵامتان دەدەنەوە. داواکارییەکەتان لە ڕیزەکەیاندا چاوەڕێ دەکات. بۆ گەڕانەوە بۆ بۆتەکە، /bot بنێرن.
handoff-queued-unknown = سوپاس. خۆبەخشەکانی { $organisation } ئێستا بەردەست نین؛ داواکارییەکەتان لە ڕیزەکەیاندا چاوەڕێ دەکات. بۆ گەڕانەوە بۆ بۆتەکە، /bot بنێرن.
button-back-to-bot = گەڕانەوە بۆ بۆت
handoff-volunteer-message = { $organisation }: { $text }
handoff-closed = خۆبەخشەکەی { $organisation } گفتوگۆکەی کۆتایی پێهێنا. ئێستا دیسان لەگەڵ بۆتەکەن: پرسیارەکەتان بنووسن، یان /human بنێرن بۆ ئەوەی دووبارە قسە لەگەڵ کەسێک بکەن.
handoff-ended = ئێستا دیسان لەگەڵ بۆتەکەن. خۆبەخشەکە چیتر نامەکانتان نابینێت.
handoff-still-open = ئێوە لەگەڵ خۆبەخشێک قسە دەکەن: نامەکانتان بۆ ئەو دەچن. بۆ گەڕانەوە بۆ بۆتەکە، دوگمەکە دابگرن یان /bot بنێرن.
handoff-media = خۆبەخشەکە ناتوانێت ئەو وێنە، نامەی دەنگی یان فایلانە ببینێت کە لێرە دەنێردرێن. تکایە نامەکەتان بە وشە بنووسن.
handoff-timeout = ببورن: هیچ خۆبەخشێک لە { $organisation } نەیتوانی لە کاتی خۆیدا وەڵام بداتەوە. پرسیارەکەتان تۆمار کرا. دەتوانن ڕاستەوخۆ پەیوەندی بەم ڕێکخراوانەوە بکەن:
handoff-idle = ئەم گفتوگۆیە لەگەڵ { $organisation } داخرا، چونکە هیچ نامەیەکی نوێ نەهات. ئێستا دیسان لەگەڵ بۆتەکەن؛ /human بنێرن بۆ ئەوەی دووبارە قسە لەگەڵ کەسێک بکەن.

## Safety

emergency-intro = ئەگەر ئێوە یان کەسێکی تر ئێستا لە مەترسیدان، پەیوەندی بەم ژمارانەوە بکەن:
emergency-after = کاتێک لە شوێنێکی سەلامەت بوون، کەسێک لە ڕێکخراوێک دەتوانێت یارمەتیتان بدات.
trafficking-intro = ئەگەر ناچار دەکرێن کار بکەن، بەڵگەنامەکانتان لێ سەندراوە، یان هەڕەشەتان لێ دەکرێت، دەتوانن یارمەتی وەربگرن. لە مەترسیدا پەیوەندی بەم ژمارانەوە بکەن:
emergency-kind-general = فریاکەوتن (هەموو خزمەتگوزارییەکان)
emergency-kind-police = پۆلیس
emergency-kind-ambulance = ئەمبوڵانس
emergency-kind-fire = ئاگرکوژێنەوە
emergency-kind-trafficking = هێڵی یارمەتی بۆ بازرگانی بە مرۆڤ و چەوساندنەوە
emergency-kind-labour-exploitation = هێڵی یارمەتی بۆ چەوساندنەوە لە کاردا
emergency-kind-women = هێڵی یارمەتی بۆ توندوتیژی دژی ئافرەتان
emergency-kind-children = هێڵی یارمەتی بۆ منداڵان
emergency-kind-mental-health = هێڵی یارمەتی بۆ قەیران و تەندروستیی دەروونی

## Your data

forget-confirm = دەتانەوێت هەموو ئەو شتانەی دەربارەی ئێوە پاشەکەوتم کردوون (زمان، وڵات و دۆخی گفتوگۆ) بسڕمەوە؟
forget-done = تەواو. هەموو ئەو شتانەی دەربارەی ئێوە پاشەکەوتم کردبوون سڕیمنەوە. ئەگەر دووبارە بنووسن، لە سەرەتاوە دەست پێ دەکەینەوە.
forget-cancelled = باشە، هیچم نەسڕییەوە.

## Contact labels

contact-web = ماڵپەڕ
contact-phone = تەلەفۆن
contact-email = ئیمەیڵ
contact-address = ناونیشان
contact-hours = کاتەکانی کار

## Buttons (at most 20 characters)

button-yes = بەڵێ
button-no = نەخێر
button-talk-to-person = قسە لەگەڵ کەسێک
button-change-country = گۆڕینی وڵات
button-change-language = گۆڕینی زمان
button-menu = لیست
button-delete = سڕینەوەی زانیاریم
button-keep = با بمێنێت

## Countries (button labels)

country-CZ = چیک
country-DK = دانیمارک
country-FI = فینلاند
country-GB = بەریتانیا
country-GR = یۆنان
country-IT = ئیتاڵیا
country-CH = سویسرا

## Topics (button labels)

topic-asylum-application = پەنابەری
topic-work-rights-asylum-seekers = کار لە چاوەڕوانیدا
topic-work-permit = مۆڵەتی کار
topic-residence-permit-renewal = نوێکردنەوەی مۆڵەت
topic-family-reunification = کۆکردنەوەی خێزان
topic-temporary-protection = پاراستنی کاتی
topic-tax-number = ژمارەی باج / ناسنامە
topic-tax-card-and-return = باج و گەڕاندنەوە
topic-bank-account = هەژماری بانک
topic-minimum-wage = کەمترین مووچە
topic-unpaid-wages = مووچەی نەدراو
topic-employment-contract = گرێبەستی کار
topic-working-hours = کاتژمێر و پشوو
topic-dismissal = دەرکردن لە کار
topic-exploitation-trafficking = کاری بە زۆر
topic-discrimination = جیاکاری
topic-trade-union = سەندیکاکان
topic-sick-leave-accident = نەخۆشی، ڕووداو
topic-job-search = دۆزینەوەی کار
topic-cv-interview = CV و چاوپێکەوتن
topic-qualification-recognition = بڕوانامەکان
topic-language-courses = خولی زمان
topic-start-business = کاروباری خۆتان
topic-mentoring-volunteering = ڕاوێژکاری
topic-find-cso = دۆزینەوەی ڕێکخراو
topic-legal-aid = ڕاوێژی یاسایی خۆڕایی

## Web chat page (local simulator)

web-input = نامەیەک بنووسن
web-send = ناردن
web-reset = گفتوگۆی نوێ

## Telegram commands

command-start = دەستپێکردنی گفتوگۆ
command-help = چۆنیەتی بەکارهێنانی Waymark
command-language = گۆڕینی زمان
command-country = گۆڕینی وڵات
command-forget = سڕینەوەی هەموو ئەو شتانەی دەربارەی ئێوە پاشەکەوتم کردوون
command-human = قسەکردن لەگەڵ کەسێک لە ڕێکخراوێک
command-bot = گەڕانەوە بۆ بۆتەکە
