### Waymark user interface strings: Greek (el). Translated from en.ftl.

## Onboarding

welcome =
    Γεια σας, είμαι το Waymark. Σας βοηθώ να βρείτε πού να πάτε και με ποιον να μιλήσετε για θέματα εργασίας, αδειών, ΑΦΜ και για τα δικαιώματά σας στη δουλειά.
    Απαντώ με πληροφορίες που έχουν ελέγξει άνθρωποι, μαζί με την επίσημη πηγή. Είμαι bot, όχι δικηγόρος.
ask-country = Σε ποια χώρα βρίσκεστε;
country-set = Εντάξει: { $country }. Κάντε μου την ερώτησή σας με δικά σας λόγια.
ask-language = Σε ποια γλώσσα θέλετε να σας γράφω;
language-set = Εντάξει, θα σας γράφω στα ελληνικά.
menu-intro = Μπορώ να βοηθήσω σε αυτά τα θέματα. Γράψτε την ερώτησή σας με δικά σας λόγια ή διαλέξτε ένα:
help =
    Γράψτε την ερώτησή σας με δικά σας λόγια, στη γλώσσα σας.
    /country – αλλαγή χώρας
    /language – αλλαγή γλώσσας
    /human – μιλήστε με έναν άνθρωπο από μια οργάνωση
    /forget – διαγραφή όλων όσων έχω αποθηκεύσει για εσάς
greeting-reply = Γεια σας! Πώς μπορώ να σας βοηθήσω; Γράψτε την ερώτησή σας με δικά σας λόγια.
thanks-reply = Παρακαλώ. Μπορείτε να με ρωτήσετε κάτι άλλο όποτε θέλετε.

## Input I cannot use

empty-message = Γράψτε την ερώτησή σας με λίγες λέξεις, παρακαλώ.
long-message = Το μήνυμά σας είναι πολύ μεγάλο, γι' αυτό διαβάζω μόνο την αρχή. Αν η απάντησή μου δεν ταιριάζει, στείλτε μια πιο σύντομη ερώτηση, παρακαλώ.
unsupported-media =
    { $kind ->
        [voice] Δεν μπορώ ακόμα να ακούσω φωνητικά μηνύματα.
        [photo] Δεν μπορώ ακόμα να διαβάσω φωτογραφίες.
        [sticker] Ωραίο αυτοκόλλητο!
        [document] Δεν μπορώ να ανοίξω έγγραφα.
        [video] Δεν μπορώ να δω βίντεο.
        [location] Δεν χρησιμοποιώ την τοποθεσία σας.
       *[other] Δεν μπορώ να διαβάσω αυτό το είδος μηνύματος.
    } Γράψτε την ερώτησή σας με λέξεις και θα προσπαθήσω να βοηθήσω.
error-internal = Συγγνώμη, κάτι πήγε στραβά από τη μεριά μου. Δοκιμάστε ξανά σε λίγο, παρακαλώ.

## Answers

answer-where = Πού να πάτε:
answer-steps = Τι να κάνετε:
answer-note = Καλό να ξέρετε:
answer-offices = Επίσημες σελίδες:
answer-source = Πηγή: { $url }
answer-last-checked = Τελευταίος έλεγχος: { $date }
answer-stale =
    ⚠ Ο τελευταίος έλεγχος έγινε πριν από { $months ->
        [one] περισσότερο από έναν μήνα
       *[other] περισσότερους από { $months } μήνες
    } και ίσως οι πληροφορίες δεν είναι πια ενημερωμένες. Ελέγξτε την επίσημη πηγή, παρακαλώ.
answer-needs-review = ⚠ Αυτή η απάντηση δεν έχει επιβεβαιωθεί ακόμα από κάποιον ελεγκτή. Επιβεβαιώστε τις λεπτομέρειες με την υπηρεσία, παρακαλώ.
answer-organisations = Οργανώσεις που μπορούν να βοηθήσουν:
answer-missing-language = Αυτή η απάντηση δεν υπάρχει ακόμα στη γλώσσα { $language }. Εδώ είναι στη γλώσσα { $fallback }.
ask-fallback-language = Αυτή η απάντηση δεν υπάρχει ακόμα στη γλώσσα { $language }. Ποια άλλη γλώσσα μπορείτε να διαβάσετε;
answer-missing-country = Δεν έχω ακόμα ελεγμένες πληροφορίες γι' αυτό για τη χώρα σας ({ $country }). Δεν θέλω να μαντέψω.
clarify = Δεν ξέρω αν κατάλαβα καλά τι εννοείτε. Είναι κάποιο από αυτά;
feedback-question = Σας βοήθησε αυτό;
feedback-thanks = Ευχαριστώ! Μπορείτε να με ρωτήσετε κάτι άλλο όποτε θέλετε.
feedback-sorry = Λυπάμαι που δεν βοήθησε. Σημείωσα την ερώτηση, ώστε άνθρωποι να προσθέσουν καλύτερες πληροφορίες.

## Not covered, and people who can help

not-covered = Λυπάμαι, δεν έχω ελεγμένες πληροφορίες γι' αυτό. Δεν θέλω να μαντέψω.
offer-human = Ίσως μπορεί να σας βοηθήσει ένας εθελοντής ή μια εθελόντρια από μια οργάνωση που βοηθά μετανάστες.
handoff-unavailable = Οι εθελοντές δεν είναι ακόμα συνδεδεμένοι σε αυτή την υπηρεσία. Μπορείτε να επικοινωνήσετε απευθείας με αυτές τις οργανώσεις:
no-organisations = Δεν γνωρίζω ακόμα κάποια οργάνωση γι' αυτό στη χώρα σας.

## Safety

emergency-intro = Αν εσείς ή κάποιος άλλος κινδυνεύει τώρα, καλέστε:
emergency-after = Όταν είστε σε ασφάλεια, ένας άνθρωπος από μια οργάνωση μπορεί να σας βοηθήσει.
trafficking-intro = Αν σας αναγκάζουν να δουλεύετε, σας έχουν πάρει τα έγγραφα ή σας απειλούν, μπορείτε να βρείτε βοήθεια. Αν κινδυνεύετε, καλέστε:
emergency-kind-general = Έκτακτη ανάγκη (όλες οι υπηρεσίες)
emergency-kind-police = Αστυνομία
emergency-kind-ambulance = Ασθενοφόρο
emergency-kind-fire = Πυροσβεστική
emergency-kind-trafficking = Γραμμή βοήθειας για εμπορία ανθρώπων και εκμετάλλευση
emergency-kind-labour-exploitation = Γραμμή βοήθειας για εργασιακή εκμετάλλευση
emergency-kind-women = Γραμμή βοήθειας για τη βία κατά των γυναικών
emergency-kind-children = Γραμμή βοήθειας για παιδιά
emergency-kind-mental-health = Γραμμή βοήθειας για κρίσεις και ψυχική υγεία

## Your data

forget-confirm = Θέλετε να διαγράψω όλα όσα έχω αποθηκεύσει για εσάς (τη γλώσσα σας, τη χώρα σας και το σημείο της συζήτησης);
forget-done = Έγινε. Διέγραψα όλα όσα είχα αποθηκεύσει για εσάς. Αν γράψετε ξανά, θα ξεκινήσουμε από την αρχή.
forget-cancelled = Εντάξει, δεν διέγραψα τίποτα.

## Contact labels

contact-web = Ιστοσελίδα
contact-phone = Τηλέφωνο
contact-email = Email
contact-address = Διεύθυνση
contact-hours = Ώρες

## Buttons (at most 20 characters)

button-yes = Ναι
button-no = Όχι
button-talk-to-person = Μιλήστε με άνθρωπο
button-change-country = Αλλαγή χώρας
button-change-language = Αλλαγή γλώσσας
button-menu = Μενού
button-delete = Διαγραφή δεδομένων
button-keep = Να μείνουν

## Countries (button labels)

country-CZ = Τσεχία
country-DK = Δανία
country-FI = Φινλανδία
country-GB = Ηνωμένο Βασίλειο
country-GR = Ελλάδα
country-IT = Ιταλία
country-CH = Ελβετία

## Topics (button labels)

topic-asylum-application = Άσυλο
topic-work-rights-asylum-seekers = Δουλειά στην αναμονή
topic-work-permit = Άδεια εργασίας
topic-residence-permit-renewal = Ανανέωση άδειας
topic-family-reunification = Οικογ. επανένωση
topic-temporary-protection = Προσωρινή προστασία
topic-tax-number = ΑΦΜ / αριθμός ID
topic-tax-card-and-return = Φόροι και επιστροφή
topic-bank-account = Λογαριασμός τράπεζας
topic-minimum-wage = Κατώτατος μισθός
topic-unpaid-wages = Απλήρωτοι μισθοί
topic-employment-contract = Σύμβαση εργασίας
topic-working-hours = Ωράριο και άδειες
topic-dismissal = Απόλυση
topic-exploitation-trafficking = Αναγκαστική εργασία
topic-discrimination = Διακρίσεις
topic-trade-union = Συνδικάτα
topic-sick-leave-accident = Ασθένεια, ατύχημα
topic-job-search = Εύρεση εργασίας
topic-cv-interview = CV και συνέντευξη
topic-qualification-recognition = Πτυχία
topic-language-courses = Μαθήματα γλώσσας
topic-start-business = Δική σας επιχείρηση
topic-mentoring-volunteering = Καθοδήγηση
topic-find-cso = Βρείτε οργάνωση
topic-legal-aid = Νομική βοήθεια

## Web chat page (local simulator)

web-input = Γράψτε ένα μήνυμα
web-send = Αποστολή
web-reset = Νέα συζήτηση

## Telegram commands

command-start = Έναρξη συνομιλίας
command-help = Πώς να χρησιμοποιήσετε το Waymark
command-language = Αλλαγή γλώσσας
command-country = Αλλαγή χώρας
command-forget = Διαγραφή όλων όσων έχω αποθηκεύσει για εσάς
command-human = Μιλήστε με έναν άνθρωπο από μια οργάνωση
