### Waymark user interface strings: Pashto (ps). Translated from en.ftl.

## Onboarding

welcome =
    سلام، زه Waymark یم. زه له تاسو سره مرسته کوم چې د کار، اجازه لیکونو، د مالیې شمېرو او په کار کې د خپلو حقونو په اړه پوه شئ چې چېرته ولاړ شئ او له چا سره اړیکه ونیسئ.
    زه د هغو معلوماتو له مخې ځواب ورکوم چې خلکو کتلي دي، او رسمي سرچینه یې هم ښیم. زه روبوټ یم، وکیل نه یم.
ask-country = تاسو په کوم هېواد کې یاست؟
country-set = ښه: { $country }. خپله پوښتنه په خپلو ټکو وکړئ.
ask-language = غواړئ زه په کومه ژبه درته ولیکم؟
language-set = ښه، زه به په پښتو درته ولیکم.
menu-intro = زه په دې موضوعاتو کې مرسته کولی شم. خپله پوښتنه په خپلو ټکو ولیکئ، یا یوه موضوع وټاکئ:
help =
    خپله پوښتنه په خپلو ټکو او په خپله ژبه ولیکئ.
    /country – هېواد بدلول
    /language – ژبه بدلول
    /human – د یوې موسسې له یو کس سره خبرې کول
    /bot – له یو کس سره د خبرو وروسته بېرته روبوټ ته راتلل
    /forget – هر هغه څه پاکول چې ما ستاسو په اړه ساتلي دي
greeting-reply = سلام! څنګه درسره مرسته وکړم؟ خپله پوښتنه په خپلو ټکو ولیکئ.
thanks-reply = هرکله. هر وخت کولی شئ له ما بله پوښتنه وکړئ.

## Input I cannot use

empty-message = مهرباني وکړئ خپله پوښتنه په څو ټکو کې ولیکئ.
long-message = ستاسو پیغام ډېر اوږد دی، نو زه یوازې پیل یې لولم. که زما ځواب سم نه و، مهرباني وکړئ لنډه پوښتنه راولېږئ.
unsupported-media =
    { $kind ->
        [voice] زه لا غږیز پیغامونه نه شم اورېدلی.
        [photo] زه لا عکسونه نه شم لوستلی.
        [sticker] ښکلی سټیکر!
        [document] زه اسناد نه شم پرانیستلی.
        [video] زه ویډیوګانې نه شم لیدلی.
        [location] زه ستاسو ځای نه کاروم.
       *[other] زه دا ډول پیغام نه شم لوستلی.
    } مهرباني وکړئ خپله پوښتنه په ټکو ولیکئ، زه به هڅه وکړم چې مرسته وکړم.
error-internal = بښنه غواړم، زما له خوا یوه ستونزه پېښه شوه. مهرباني وکړئ لږ وروسته بیا هڅه وکړئ.

## Answers

answer-where = چېرته ولاړ شئ:
answer-steps = څه وکړئ:
answer-note = ښه ده چې پوه شئ:
answer-offices = رسمي پاڼې:
answer-source = سرچینه: { $url }
answer-last-checked = وروستی ځل کتل شوی: { $date }
answer-stale =
    ⚠ دا وروستی ځل { $months ->
        [one] له یوې میاشتې زیات مخکې
       *[other] له { $months } میاشتو زیات مخکې
    } کتل شوی و او کېدای شي زوړ وي. مهرباني وکړئ رسمي سرچینه وګورئ.
answer-needs-review = ⚠ یو کتونکي لا دا ځواب نه دی تایید کړی. مهرباني وکړئ جزییات له اړوند دفتر سره وڅېړئ.
answer-organisations = هغه موسسې چې مرسته کولی شي:
answer-missing-language = دا ځواب لا په { $language } ژبه نشته. دلته یې په { $fallback } ژبه لولئ.
ask-fallback-language = دا ځواب لا په { $language } ژبه نشته. بله کومه ژبه لوستلی شئ؟
answer-missing-country = زه لا د { $country } لپاره د دې موضوع په اړه کتل شوي معلومات نه لرم. نه غواړم اټکل وکړم.
clarify = ډاډه نه یم چې ستاسو مطلب څه دی. ایا له دې موضوعاتو څخه یوه ده؟
feedback-question = ایا دې مرسته وکړه؟
feedback-thanks = مننه! هر وخت کولی شئ له ما بله پوښتنه وکړئ.
feedback-sorry = بښنه غواړم چې مرسته یې ونه کړه. پوښتنه مې ولیکله چې خلک ښه معلومات ورزیات کړي.

## Not covered, and people who can help

not-covered = بښنه غواړم، زه د دې موضوع په اړه کتل شوي معلومات نه لرم. نه غواړم اټکل وکړم.
offer-human = کېدای شي د داسې موسسې یو رضاکار چې له مهاجرو سره مرسته کوي، له تاسو سره مرسته وکړي.
handoff-unavailable = رضاکاران لا له دې خدمت سره نه دي نښلول شوي. تاسو کولی شئ له دې موسسو سره مستقیم اړیکه ونیسئ:
no-organisations = زه لا ستاسو په هېواد کې د دې لپاره کومه موسسه نه پېژنم.

## Talking to a volunteer (hand-off)

handoff-consent =
    د { $organisations } یو رضاکار کولی شي همدلته له تاسو سره دا خبرې جاري وساتي.
    که تاسو موافق یاست، رضاکار به ما ته ستاسو وروستي پیغامونه، ستاسو ژبه، ستاسو هېواد او موضوع وویني. هغه به ستاسو د تلیفون شمېره او د حساب نوم ونه ویني، مګر دا چې تاسو پخپله وغواړئ خپل نوم ورښکاره کړئ.
    رضاکاران د خپل کار په ساعتونو کې ځواب ورکوي. تاسو هر وخت کولی شئ د /bot په لېږلو سره خبرې بندې کړئ.
    ایا موافق یاست؟
handoff-consent-priority =
    کېدای شي دا بېړنی وي، نو ستاسو غوښتنه به په کتار کې لومړۍ وي.
    د { $organisations } یو رضاکار کولی شي همدلته له تاسو سره دا خبرې جاري وساتي.
    که تاسو موافق یاست، رضاکار به ما ته ستاسو وروستي پیغامونه، ستاسو ژبه، ستاسو هېواد او موضوع وویني. هغه به ستاسو د تلیفون شمېره او د حساب نوم ونه ویني، مګر دا چې تاسو پخپله وغواړئ خپل نوم ورښکاره کړئ.
    تاسو هر وخت کولی شئ د /bot په لېږلو سره خبرې بندې کړئ.
    ایا موافق یاست؟
button-consent-yes = هو، ما ونښلوئ
button-consent-name = هو، زما نوم وښایئ
button-consent-no = نه، مننه
handoff-consent-expired = د دې پوښتنې وخت تېر شو. که لا هم غواړئ له یو کس سره خبرې وکړئ، تڼۍ کېکاږئ.
handoff-declined = ښه، هېڅ رضاکار به دا خبرې ونه ویني. تاسو کولی شئ له دې موسسو سره مستقیم اړیکه هم ونیسئ:
handoff-no-team = ستاسو د هېواد لپاره لا د رضاکارانو کومه ډله نه ده نښلول شوې. تاسو کولی شئ له دې موسسو سره مستقیم اړیکه ونیسئ:
handoff-country-first = د دې لپاره چې ستاسو نږدې رضاکاران پیدا کړم، لومړی باید پوه شم چې تاسو په کوم هېواد کې یاست.
handoff-connected = مننه. د { $organisation } یو رضاکار به همدلته تاسو ته ځواب درکړي. مهرباني وکړئ خپله پوښتنه ولیکئ؛ زه ستاسو پیغامونه ورلېږم. بېرته روبوټ ته د راتلو لپاره /bot ولېږئ.
handoff-queued = مننه. د { $organisation } رضاکاران اوس شتون نه لري. دوی به له { $time } څخه دلته تاسو ته ځواب درکړي. ستاسو غوښتنه د دوی په کتار کې انتظار باسي. بېرته روبوټ ته د راتلو لپاره /bot ولېږئ.
handoff-queued-unknown = مننه. د { $organisation } رضاکاران اوس شتون نه لري؛ ستاسو غوښتنه د دوی په کتار کې انتظار باسي. بېرته روبوټ ته د راتلو لپاره /bot ولېږئ.
button-back-to-bot = بېرته روبوټ ته
handoff-volunteer-message = { $organisation }: { $text }
handoff-closed = د { $organisation } رضاکار خبرې پای ته ورسولې. تاسو بېرته له روبوټ سره یاست: خپله پوښتنه ولیکئ، یا /human ولېږئ چې بیا له یو کس سره خبرې وکړئ.
handoff-ended = تاسو بېرته له روبوټ سره یاست. رضاکار نور ستاسو پیغامونه نه ویني.
handoff-still-open = تاسو له یو رضاکار سره خبرې کوئ: ستاسو پیغامونه هغه ته ځي. بېرته روبوټ ته د راتلو لپاره تڼۍ کېکاږئ یا /bot ولېږئ.
handoff-media = رضاکار هغه عکسونه، غږیز پیغامونه یا فایلونه نه شي لیدلی چې دلته لېږل کېږي. مهرباني وکړئ خپل پیغام په ټکو ولیکئ.
handoff-timeout = بښنه غواړم: د { $organisation } هېڅ رضاکار په وخت ځواب ورنه کړای شو. ستاسو پوښتنه ثبت شوه. تاسو کولی شئ له دې موسسو سره مستقیم اړیکه ونیسئ:
handoff-idle = له { $organisation } سره دا خبرې وتړل شوې، ځکه چې نوي پیغامونه رانه غلل. تاسو بېرته له روبوټ سره یاست؛ /human ولېږئ چې بیا له یو کس سره خبرې وکړئ.

## Safety

emergency-intro = که تاسو یا بل څوک همدا اوس په خطر کې وي، دې شمېرو ته زنګ ووهئ:
emergency-after = کله چې خوندي شئ، د یوې موسسې یو کس کولی شي له تاسو سره مرسته وکړي.
trafficking-intro = که تاسو کار ته مجبوروي، ستاسو اسناد یې اخیستي وي، یا تاسو ګواښي، تاسو کولی شئ مرسته ترلاسه کړئ. که په خطر کې یاست، دې شمېرو ته زنګ ووهئ:
emergency-kind-general = بېړني خدمتونه (ټول خدمتونه)
emergency-kind-police = پولیس
emergency-kind-ambulance = امبولانس
emergency-kind-fire = اور وژونکي
emergency-kind-trafficking = د انسانانو د قاچاق او استثمار د مرستې لیکه
emergency-kind-labour-exploitation = د کاري استثمار د مرستې لیکه
emergency-kind-women = پر ښځو د تاوتریخوالي د مرستې لیکه
emergency-kind-children = د ماشومانو د مرستې لیکه
emergency-kind-mental-health = د بحران او رواني روغتیا د مرستې لیکه

## Your data

forget-confirm = ایا غواړئ هر هغه څه چې ما ستاسو په اړه ساتلي دي (ستاسو ژبه، هېواد او د خبرو حالت) پاک کړم؟
forget-done = وشو. هر هغه څه مې پاک کړل چې ستاسو په اړه مې ساتلي وو. که بیا ولیکئ، له سره به پیل وکړو.
forget-cancelled = ښه، هېڅ مې پاک نه کړل.

## Contact labels

contact-web = وېب پاڼه
contact-phone = تلیفون
contact-email = برېښنالیک
contact-address = پته
contact-hours = د کار ساعتونه

## Buttons (at most 20 characters)

button-yes = هو
button-no = نه
button-talk-to-person = له یو کس سره خبرې
button-change-country = هېواد بدل کړئ
button-change-language = ژبه بدله کړئ
button-menu = مینو
button-delete = زما معلومات پاک کړئ
button-keep = وې ساتئ

## Countries (button labels)

country-CZ = چک جمهوریت
country-DK = ډنمارک
country-FI = فنلنډ
country-GB = بریتانیا
country-GR = یونان
country-IT = ایټالیا
country-CH = سویس

## Topics (button labels)

topic-asylum-application = پناه غوښتنه
topic-work-rights-asylum-seekers = د انتظار پر مهال کار
topic-work-permit = د کار اجازه
topic-residence-permit-renewal = د اجازې تمدید
topic-family-reunification = د کورنۍ یوځای کېدل
topic-temporary-protection = لنډمهاله ساتنه
topic-tax-number = د مالیې / هویت شمېره
topic-tax-card-and-return = مالیه او بېرته ورکړه
topic-bank-account = بانکي حساب
topic-minimum-wage = لږ تر لږه مزد
topic-unpaid-wages = نه ورکړل شوی مزد
topic-employment-contract = د کار قرارداد
topic-working-hours = کاري ساعتونه، رخصتي
topic-dismissal = له کاره ایستل
topic-exploitation-trafficking = جبري کار
topic-discrimination = تبعیض
topic-trade-union = د کارګرو اتحادیې
topic-sick-leave-accident = ناروغي، پېښه
topic-job-search = د کار موندل
topic-cv-interview = سوانح او مرکه
topic-qualification-recognition = تعلیمي سندونه
topic-language-courses = د ژبې کورسونه
topic-start-business = خپل کاروبار
topic-mentoring-volunteering = لارښوونه
topic-find-cso = موسسه پیدا کړئ
topic-legal-aid = وړیا حقوقي مشوره

## Web chat page (local simulator)

web-input = یو پیغام ولیکئ
web-send = ولېږئ
web-reset = نوې خبرې

## Telegram commands

command-start = خبرې اترې پیلول
command-help = د Waymark د کارولو لارښود
command-language = ژبه بدلول
command-country = هېواد بدلول
command-forget = هر هغه څه پاکول چې ما ستاسو په اړه ساتلي دي
command-human = د یوې موسسې له یو کس سره خبرې کول
command-bot = بېرته روبوټ ته راتلل
