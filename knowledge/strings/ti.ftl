### Waymark user interface strings: Tigrinya (ti). Translated from en.ftl.

## Onboarding

welcome =
    ሰላም፣ ኣነ Waymark እየ። ብዛዕባ ስራሕ፣ ፍቓዳት፣ ቁጽሪ ግብሪን ኣብ ስራሕ ዘለኩም መሰላትን ናበይ ከም እትኸዱን ንመን ከም እትረኽቡን ክትፈልጡ እሕግዘኩም።
    ሰባት ዝፈተሽዎ ሓበሬታ ተጠቒመ እምልስ፣ ወግዓዊ ምንጩ’ውን የርእየኩም። ኣነ ቦት እየ፣ ጠበቓ ኣይኮንኩን።
ask-country = ኣብ ኣየናይ ሃገር ኢኹም ዘለኹም?
country-set = ሕራይ፦ { $country }። ሕቶኹም ብናትኩም ቃላት ሕተቱኒ።
ask-language = ብኣየናይ ቋንቋ ክጽሕፈልኩም ትደልዩ?
language-set = ሕራይ፣ ብትግርኛ ክጽሕፈልኩም እየ።
menu-intro = ኣብዞም ኣርእስትታት ክሕግዘኩም እኽእል እየ። ሕቶኹም ብናትኩም ቃላት ጸሓፉ፣ ወይ ሓደ ምረጹ፦
help =
    ሕቶኹም ብናትኩም ቃላትን ብቋንቋኹምን ጸሓፉ።
    /country – ሃገር ንምቕያር
    /language – ቋንቋ ንምቕያር
    /human – ምስ ሓደ ሰብ ካብ ትካል ንምዝራብ
    /bot – ምስ ሰብ ድሕሪ ምዝራብ ናብ ቦት ንምምላስ
    /forget – ብዛዕባኹም ዝዓቀብክዎ ኩሉ ንምድምሳስ
greeting-reply = ሰላም! ብኸመይ ክሕግዘኩም? ሕቶኹም ብናትኩም ቃላት ጸሓፉ።
thanks-reply = ብሓጎስ። ኣብ ዝኾነ እዋን ካልእ ክትሓቱኒ ትኽእሉ ኢኹም።

## Input I cannot use

empty-message = በጃኹም ሕቶኹም ብውሑዳት ቃላት ጸሓፉ።
long-message = መልእኽትኹም ኣዝዩ ነዊሕ እዩ፣ ስለዚ መጀመርታኡ ጥራይ እየ ዘንብብ። መልሰይ እንተዘይሰማማዕ፣ በጃኹም ሓጺር ሕቶ ስደዱ።
unsupported-media =
    { $kind ->
        [voice] ገና ናይ ድምጺ መልእኽትታት ክሰምዕ ኣይክእልን እየ።
        [photo] ገና ስእልታት ከንብብ ኣይክእልን እየ።
        [sticker] ጽቡቕ ስቲከር!
        [document] ሰነዳት ክኸፍት ኣይክእልን እየ።
        [video] ቪድዮታት ክርኢ ኣይክእልን እየ።
        [location] ዘለኹምሉ ቦታ ኣይጥቀመሉን እየ።
       *[other] ከምዚ ዓይነት መልእኽቲ ከንብብ ኣይክእልን እየ።
    } በጃኹም ሕቶኹም ብቃላት ጸሓፉ፣ ክሕግዘኩም ክፍትን እየ።
error-internal = ይቕሬታ፣ ካብ ወገነይ ገለ ጌጋ ኣጋጢሙ። በጃኹም ቁሩብ ጸኒሕኩም እንደገና ፈትኑ።

## Answers

answer-where = ናበይ ትኸዱ፦
answer-steps = እንታይ ትገብሩ፦
answer-note = ክትፈልጥዎ ዝግባእ፦
answer-offices = ወግዓውያን ገጻት፦
answer-source = ምንጪ፦ { $url }
answer-last-checked = ናይ መወዳእታ ምፍታሽ፦ { $date }
answer-stale =
    ⚠ እዚ ሓበሬታ ንመወዳእታ ግዜ ዝተፈተሸ ቅድሚ { $months ->
        [one] ልዕሊ ሓደ ወርሒ
       *[other] ልዕሊ { $months } ኣዋርሕ
    } እዩ፣ ስለዚ ዘይተሓደሰ ክኸውን ይኽእል። በጃኹም ወግዓዊ ምንጪ ርኣዩ።
answer-needs-review = ⚠ ገምጋሚ ገና ነዚ መልሲ ኣየረጋገጾን። በጃኹም ዝርዝራት ምስቲ ቤት ጽሕፈት ኣረጋግጹ።
answer-organisations = ክሕግዙ ዝኽእሉ ትካላት፦
answer-missing-language = እዚ መልሲ ገና ብቋንቋ { $language } የለን። ብቋንቋ { $fallback } ኣብዚ ኣሎ።
ask-fallback-language = እዚ መልሲ ገና ብቋንቋ { $language } የለን። ካልእ ኣየናይ ቋንቋ ከተንብቡ ትኽእሉ?
answer-missing-country = ብዛዕባ እዚ ንሃገር { $country } ዝተፈተሸ ሓበሬታ ገና የብለይን። ክግምት ኣይደልን እየ።
clarify = እንታይ ማለትኩም ምዃኑ ርግጸኛ ኣይኮንኩን። ካብዚኦም ሓደ ድዩ?
feedback-question = እዚ ሓጊዙኩም ድዩ?
feedback-thanks = የቐንየልና! ኣብ ዝኾነ እዋን ካልእ ክትሓቱኒ ትኽእሉ ኢኹም።
feedback-sorry = ስለ ዘይሓገዘኩም ይቕሬታ። ሰባት ዝሓሸ ሓበሬታ ክውስኹ ምእንቲ ነቲ ሕቶ መዝጊበዮ ኣለኹ።

## Not covered, and people who can help

not-covered = ይቕሬታ፣ ብዛዕባ እዚ ዝተፈተሸ ሓበሬታ የብለይን። ክግምት ኣይደልን እየ።
offer-human = ካብ ንስደተኛታት ዝሕግዝ ትካል ዝመጸ ወለንተኛ ክሕግዘኩም ይኽእል እዩ።
handoff-unavailable = ወለንተኛታት ገና ምስዚ ኣገልግሎት ኣይተራኸቡን። ነዞም ትካላት ብቐጥታ ክትረኽብዎም ትኽእሉ ኢኹም፦
no-organisations = ኣብ ሃገርኩም ነዚ ዝሕግዝ ትካል ገና ኣይፈልጥን እየ።

## Talking to a volunteer (hand-off)

handoff-consent =
    ካብ { $organisations } ዝመጸ ወለንተኛ ነዚ ዕላል ኣብዚ ምሳኹም ክቕጽሎ ይኽእል እዩ።
    እንተተሰማሚዕኩም፣ እቲ ወለንተኛ ናባይ ዝሰደድኩምዎም ናይ መወዳእታ መልእኽትታትኩም፣ ቋንቋኹም፣ ሃገርኩምን እቲ ኣርእስትን ክርኢ እዩ። ባዕልኹም ስምኩም ክትሕብሩ እንተዘይመሪጽኩም፣ ቁጽሪ ተሌፎንኩም ወይ ስም ኣካውንትኩም ኣይርእን እዩ።
    ወለንተኛታት ኣብ ናይ ስራሕ ሰዓታቶም እዮም ዝምልሱ። ኣብ ዝኾነ እዋን /bot ብምስዳድ ደው ከተብሉ ትኽእሉ ኢኹም።
    ትሰማምዑ ዶ?
handoff-consent-priority =
    እዚ ህጹጽ ክኸውን ስለ ዝኽእል፣ ሕቶኹም ኣብ መስርዕ ቀዳማይ ክኸውን እዩ።
    ካብ { $organisations } ዝመጸ ወለንተኛ ነዚ ዕላል ኣብዚ ምሳኹም ክቕጽሎ ይኽእል እዩ።
    እንተተሰማሚዕኩም፣ እቲ ወለንተኛ ናባይ ዝሰደድኩምዎም ናይ መወዳእታ መልእኽትታትኩም፣ ቋንቋኹም፣ ሃገርኩምን እቲ ኣርእስትን ክርኢ እዩ። ባዕልኹም ስምኩም ክትሕብሩ እንተዘይመሪጽኩም፣ ቁጽሪ ተሌፎንኩም ወይ ስም ኣካውንትኩም ኣይርእን እዩ።
    ኣብ ዝኾነ እዋን /bot ብምስዳድ ደው ከተብሉ ትኽእሉ ኢኹም።
    ትሰማምዑ ዶ?
button-consent-yes = እወ፣ ኣራኽቡኒ
button-consent-name = እወ፣ ስመይ ይፈለጥ
button-consent-no = ኣይፋል፣ የቐንየለይ
handoff-consent-expired = ግዜ እዚ ሕቶ ሓሊፉ እዩ። ገና ምስ ሰብ ክትዛረቡ እንተደሊኹም፣ ነቲ መጠወቒ ጠውቑ።
handoff-declined = ሕራይ፣ ዝኾነ ወለንተኛ ነዚ ዕላል ኣይክርእዮን እዩ። ነዞም ትካላት ብቐጥታ ክትረኽብዎም’ውን ትኽእሉ ኢኹም፦
handoff-no-team = ንሃገርኩም ገና ዝተራኸበ ጉጅለ ወለንተኛታት የለን። ነዞም ትካላት ብቐጥታ ክትረኽብዎም ትኽእሉ ኢኹም፦
handoff-country-first = ኣብ ጥቓኹም ዘለዉ ወለንተኛታት ንምርካብ፣ ቅድም ሃገርኩም ክፈልጥ ኣለኒ።
handoff-connected = የቐንየልና። ካብ { $organisation } ዝመጸ ወለንተኛ ኣብዚ ክምልሰልኩም እዩ። በጃኹም ሕቶኹም ጸሓፉ፤ ኣነ መልእኽትታትኩም የመሓላልፍ። ናብ ቦት ክትምለሱ፣ /bot ስደዱ።
handoff-queued = የቐንየልና። ወለንተኛታት { $organisation } ሕጂ የለዉን። ካብ { $time } ጀሚሮም ኣብዚ ክምልሱልኩም እዮም። ሕቶኹም ኣብ መስርዖም ይጽበ ኣሎ። ናብ ቦት ክትምለሱ፣ /bot ስደዱ።
handoff-queued-unknown = የቐንየልና። ወለንተኛታት { $organisation } ሕጂ የለዉን፤ ሕቶኹም ኣብ መስርዖም ይጽበ ኣሎ። ናብ ቦት ክትምለሱ፣ /bot ስደዱ።
button-back-to-bot = ናብ ቦት ተመለሱ
handoff-volunteer-message = { $organisation }፦ { $text }
handoff-closed = ካብ { $organisation } ዝመጸ ወለንተኛ ነቲ ዕላል ወዲእዎ። ሕጂ ናብ ቦት ተመሊስኩም ኣለኹም፦ ሕቶኹም ጸሓፉ፣ ወይ እንደገና ምስ ሰብ ክትዛረቡ /human ስደዱ።
handoff-ended = ሕጂ ናብ ቦት ተመሊስኩም ኣለኹም። እቲ ወለንተኛ ደጊም መልእኽትታትኩም ኣይርእን እዩ።
handoff-still-open = ምስ ወለንተኛ ትዛረቡ ኣለኹም፦ መልእኽትታትኩም ናብቲ ወለንተኛ እዩ ዝኸይድ። ናብ ቦት ክትምለሱ፣ ነቲ መጠወቒ ጠውቑ ወይ /bot ስደዱ።
handoff-media = እቲ ወለንተኛ ኣብዚ ዝተሰዱ ስእልታት፣ ናይ ድምጺ መልእኽትታት ወይ ፋይላት ክርኢ ኣይክእልን እዩ። በጃኹም መልእኽትኹም ብቃላት ጸሓፉ።
handoff-timeout = ይቕሬታ፣ ካብ { $organisation } ዝኾነ ወለንተኛ ብግዜኡ ክምልስ ኣይከኣለን። ሕቶኹም ተመዝጊቡ ኣሎ። ነዞም ትካላት ብቐጥታ ክትረኽብዎም ትኽእሉ ኢኹም፦
handoff-idle = ሓድሽ መልእኽቲ ስለ ዘይመጸ፣ እዚ ምስ { $organisation } ዝነበረ ዕላል ተዓጽዩ። ሕጂ ናብ ቦት ተመሊስኩም ኣለኹም፤ እንደገና ምስ ሰብ ክትዛረቡ /human ስደዱ።

## Safety

emergency-intro = ንስኹም ወይ ካልእ ሰብ ሕጂ ኣብ ሓደጋ እንተሎ፣ ደውሉ፦
emergency-after = ኣብ ውሑስ ቦታ ምስ በጻሕኩም፣ ካብ ትካል ዝመጸ ሰብ ክሕግዘኩም ይኽእል።
trafficking-intro = ክትሰርሑ እንተተገዲድኩም፣ ሰነዳትኩም እንተተወሲዱ ወይ እንተተፈራሪህኩም፣ ሓገዝ ክትረኽቡ ትኽእሉ ኢኹም። ኣብ ሓደጋ እንተሎኹም፣ ደውሉ፦
emergency-kind-general = ህጹጽ ረድኤት (ኩሎም ኣገልግሎታት)
emergency-kind-police = ፖሊስ
emergency-kind-ambulance = ኣምቡላንስ
emergency-kind-fire = ሓዊ ጠፋኢ
emergency-kind-trafficking = መስመር ሓገዝ ንዘይሕጋዊ ንግዲ ሰባትን ምዝማዝን
emergency-kind-labour-exploitation = መስመር ሓገዝ ንምዝማዝ ጉልበት
emergency-kind-women = መስመር ሓገዝ ንዓመጽ ኣብ ልዕሊ ደቂ ኣንስትዮ
emergency-kind-children = መስመር ሓገዝ ንቖልዑ
emergency-kind-mental-health = መስመር ሓገዝ ንቕልውላውን ጥዕና ኣእምሮን

## Your data

forget-confirm = ብዛዕባኹም ዝዓቀብክዎ ኩሉ (ቋንቋኹም፣ ሃገርኩምን ኩነታት ዕላልናን) ክድምስሶ ትደልዩ ዶ?
forget-done = ተወዲኡ። ብዛዕባኹም ዝዓቀብክዎ ኩሉ ደምሲሰዮ። እንደገና እንተጸሓፍኩም፣ ካብ መጀመርታ ክንጅምር ኢና።
forget-cancelled = ሕራይ፣ ዋላ ሓንቲ ኣይደምሰስኩን።

## Contact labels

contact-web = መርበብ ሓበሬታ
contact-phone = ተሌፎን
contact-email = ኢመይል
contact-address = ኣድራሻ
contact-hours = ሰዓታት ስራሕ

## Buttons (at most 20 characters)

button-yes = እወ
button-no = ኣይፋል
button-talk-to-person = ምስ ሰብ ተዛረቡ
button-change-country = ሃገር ቀይሩ
button-change-language = ቋንቋ ቀይሩ
button-menu = ዝርዝር
button-delete = ሓበሬታይ ደምስሱ
button-keep = ይጽናሕ

## Countries (button labels)

country-CZ = ቸክ
country-DK = ደንማርክ
country-FI = ፊንላንድ
country-GB = ዓባይ ብሪጣንያ
country-GR = ግሪኽ
country-IT = ኢጣልያ
country-CH = ስዊዘርላንድ

## Topics (button labels)

topic-asylum-application = ዑቕባ
topic-work-rights-asylum-seekers = ስራሕ ኣብ ግዜ ምጽባይ
topic-work-permit = ፍቓድ ስራሕ
topic-residence-permit-renewal = ፍቓድ ምሕዳስ
topic-family-reunification = ምጥርናፍ ስድራ
topic-temporary-protection = ግዝያዊ ሓለዋ
topic-tax-number = ቁጽሪ ግብሪ / መንነት
topic-tax-card-and-return = ካርድ ግብርን ምምላስን
topic-bank-account = ሕሳብ ባንኪ
topic-minimum-wage = ዝተሓተ ደሞዝ
topic-unpaid-wages = ዘይተኸፍለ ደሞዝ
topic-employment-contract = ውዕል ስራሕ
topic-working-hours = ሰዓታትን ዕረፍትን
topic-dismissal = ካብ ስራሕ ምስጓግ
topic-exploitation-trafficking = ግዱድ ስራሕ
topic-discrimination = ኣድልዎ
topic-trade-union = ማሕበራት ሰራሕተኛታት
topic-sick-leave-accident = ሕማም፣ ሓደጋ
topic-job-search = ስራሕ ምድላይ
topic-cv-interview = CVን ቃለ-መሕትትን
topic-qualification-recognition = ምስክር ወረቐት
topic-language-courses = ትምህርቲ ቋንቋ
topic-start-business = ናይ ውልቂ ንግዲ
topic-mentoring-volunteering = መማኽርቲ
topic-find-cso = ትካል ድለዩ
topic-legal-aid = ናጻ ሕጋዊ ምኽሪ

## Web chat page (local simulator)

web-input = መልእኽቲ ጸሓፉ
web-send = ስደዱ
web-reset = ሓድሽ ዕላል

## Telegram commands

command-start = ዕላል ንምጅማር
command-help = ከመይ ጌርካ Waymark ትጥቀም
command-language = ቋንቋ ንምቕያር
command-country = ሃገር ንምቕያር
command-forget = ብዛዕባኹም ዝዓቀብክዎ ኩሉ ንምድምሳስ
command-human = ምስ ሓደ ሰብ ካብ ትካል ንምዝራብ
command-bot = ናብ ቦት ንምምላስ
