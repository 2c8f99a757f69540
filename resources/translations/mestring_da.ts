<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>CitizenPlanPrint</name>
    <message>
        <source>Talk</source>
        <translation>Samtale</translation>
    </message>
    <message>
        <source>Family talk</source>
        <translation>Familiesamtale</translation>
    </message>
    <message>
        <source>Talk for relatives</source>
        <translation>Samtale for pårørende</translation>
    </message>
    <message>
        <source>Talk with the doctor</source>
        <translation>Samtale med lægen</translation>
    </message>
    <message>
        <source>Talk with the nurse</source>
        <translation>Samtale med sygeplejersken</translation>
    </message>
    <message>
        <source>NADA (ear acupuncture)</source>
        <translation>NADA (akupunktur i øret)</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Besøg</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Telefonsamtale</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Videosamtale</translation>
    </message>
    <message>
        <source>dddd, MMMM d, yyyy</source>
        <translation>dddd &apos;den&apos; d. MMMM yyyy</translation>
    </message>
    <message>
        <source>My plan - %1</source>
        <translation>Min plan - %1</translation>
    </message>
    <message>
        <source>My plan</source>
        <translation>Min plan</translation>
    </message>
    <message>
        <source>This is your plan at %1. It shows the goals you are working on, the steps on the way, and when we see each other next.</source>
        <translation>Det her er din plan hos %1. Her kan du se dine mål og trinene på vejen. Du kan også se, hvornår vi ses næste gang.</translation>
    </message>
    <message>
        <source>the centre</source>
        <translation>centret</translation>
    </message>
    <message numerus="yes">
        <source>Your contact person is %1. You can always ask them about the plan.</source>
        <translation>
            <numerusform>Din kontaktperson er %1. Du kan altid spørge om planen.</numerusform>
            <numerusform>Dine kontaktpersoner er %1. Du kan altid spørge dem om planen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Printed %1.</source>
        <translation>Udskrevet %1.</translation>
    </message>
    <message>
        <source>My goals</source>
        <translation>Mine mål</translation>
    </message>
    <message>
        <source>You have no goals written down yet. We will make them together.</source>
        <translation>Du har ikke skrevet mål ned endnu. Dem laver vi sammen.</translation>
    </message>
    <message>
        <source>Goal %1: %2</source>
        <translation>Mål %1: %2</translation>
    </message>
    <message>
        <source>This is about: %1.</source>
        <translation>Det handler om: %1.</translation>
    </message>
    <message>
        <source>I will know I have reached it when: %1</source>
        <translation>Jeg ved, at jeg er nået i mål, når: %1</translation>
    </message>
    <message>
        <source>I want to reach it by %1.</source>
        <translation>Jeg vil nå det senest %1.</translation>
    </message>
    <message>
        <source>The steps on the way:</source>
        <translation>Trinene på vejen:</translation>
    </message>
    <message>
        <source> - done %1.</source>
        <translation> - klaret %1.</translation>
    </message>
    <message>
        <source> - by %1.</source>
        <translation> - senest %1.</translation>
    </message>
    <message>
        <source>Who does it: you, with help from %1.</source>
        <translation>Det gør du, med hjælp fra %1.</translation>
    </message>
    <message>
        <source>My appointments</source>
        <translation>Mine aftaler</translation>
    </message>
    <message>
        <source>No appointments are booked right now. Call us to book one.</source>
        <translation>Du har ingen aftaler lige nu. Ring til os, så finder vi en tid.</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1 med %2</translation>
    </message>
    <message>
        <source>at %1 to %2</source>
        <translation>kl. %1 til %2</translation>
    </message>
    <message>
        <source>If you cannot come, please call us as early as you can.</source>
        <translation>Hvis du ikke kan komme, så ring til os så tidligt, du kan.</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>kl. %1</translation>
    </message>
    <message>
        <source>With %1</source>
        <translation>Med %1</translation>
    </message>
    <message>
        <source>My group</source>
        <translation>Min gruppe</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Telefon: %1</translation>
    </message>
    <message>
        <source>We answer the phone: %1</source>
        <translation>Vi tager telefonen: %1</translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation>E-mail: %1</translation>
    </message>
    <message>
        <source>Ask your contact person how to reach us.</source>
        <translation>Spørg din kontaktperson, hvordan du kan få fat i os.</translation>
    </message>
    <message>
        <source>How to reach us</source>
        <translation>Sådan får du fat i os</translation>
    </message>
    <message>
        <source>managing your everyday life</source>
        <translation>at klare din hverdag</translation>
    </message>
    <message>
        <source>school, education or work</source>
        <translation>skole, uddannelse eller arbejde</translation>
    </message>
    <message>
        <source>your health</source>
        <translation>dit helbred</translation>
    </message>
    <message>
        <source>family, friends and spare time</source>
        <translation>familie, venner og fritid</translation>
    </message>
    <message>
        <source>your use of alcohol or drugs</source>
        <translation>din brug af alkohol eller stoffer</translation>
    </message>
</context>
<context>
    <name>CourseGroupsText</name>
    <message>
        <source>waiting list no. %1</source>
        <translation>venteliste nr. %1</translation>
    </message>
    <message>
        <source>no sessions yet</source>
        <translation>ingen sessioner endnu</translation>
    </message>
    <message>
        <source>%1 of %2 attended</source>
        <translation>%1 af %2 mødt</translation>
    </message>
    <message>
        <source> (left)</source>
        <translation> (meldt ud)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Groups: %1</source>
        <translation>Grupper: %1</translation>
    </message>
</context>
<context>
    <name>DayList</name>
    <message>
        <source>Day list for %1</source>
        <translation>Dagsliste for %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Borger</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <source>No appointments this day.</source>
        <translation>Ingen aftaler denne dag.</translation>
    </message>
    <message>
        <source>Absent today:</source>
        <translation>Fraværende i dag:</translation>
    </message>
</context>
<context>
    <name>DispensingSheet</name>
    <message>
        <source>Dispensing sheet %1 %2</source>
        <translation>Udleveringsliste %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n dose(s). Check name, birth date and dose before giving. The client signs for a take-home supply.</source>
        <translation>
            <numerusform>%n dosis. Kontrollér navn, fødselsdato og dosis før udlevering. Borgeren kvitterer for medicin til hjemmet.</numerusform>
            <numerusform>%n doser. Kontrollér navn, fødselsdato og dosis før udlevering. Borgeren kvitterer for medicin til hjemmet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Borger</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Født</translation>
    </message>
    <message>
        <source>Drug</source>
        <translation>Præparat</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Udleveringsform</translation>
    </message>
    <message>
        <source>Status and attention</source>
        <translation>Status og opmærksomhed</translation>
    </message>
    <message>
        <source>Client&apos;s signature</source>
        <translation>Borgerens underskrift</translation>
    </message>
    <message>
        <source>Nurse</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>BLOCKED: do not give the dose</source>
        <translation>BLOKERET: dosis må ikke gives</translation>
    </message>
</context>
<context>
    <name>DoseText</name>
    <message>
        <source>%1 (%2 ml)</source>
        <translation>%1 (%2 ml)</translation>
    </message>
    <message>
        <source>%1 mg</source>
        <translation>%1 mg</translation>
    </message>
    <message>
        <source>%1 × %2 = %3</source>
        <translation>%1 × %2 = %3</translation>
    </message>
</context>
<context>
    <name>GroupAttendanceSheet</name>
    <message>
        <source>%1 %2 at %3</source>
        <translation>%1 %2 kl. %3</translation>
    </message>
    <message>
        <source>Attendance list: %1</source>
        <translation>Fremmødeliste: %1</translation>
    </message>
    <message>
        <source>Topic: %1</source>
        <translation>Emne: %1</translation>
    </message>
    <message>
        <source>(none given)</source>
        <translation>(ikke angivet)</translation>
    </message>
    <message>
        <source>Leaders: %1</source>
        <translation>Ledere: %1</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Deltager</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Født</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Underskrift</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) on the list. Members sign when they arrive.</source>
        <translation>
            <numerusform>%n deltager på listen. Deltagerne skriver under, når de kommer.</numerusform>
            <numerusform>%n deltagere på listen. Deltagerne skriver under, når de kommer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Leader&apos;s signature: ______________________________</source>
        <translation>Gruppelederens underskrift: ______________________________</translation>
    </message>
</context>
<context>
    <name>MedicationOverview</name>
    <message>
        <source>Current prescriptions</source>
        <translation>Aktuelle ordinationer</translation>
    </message>
    <message>
        <source>Latest dose changes</source>
        <translation>Seneste dosisændringer</translation>
    </message>
    <message numerus="yes">
        <source>Dispensings of the last %n day(s)</source>
        <translation>
            <numerusform>Udleveringer den seneste %n dag</numerusform>
            <numerusform>Udleveringer de seneste %n dage</numerusform>
        </translation>
    </message>
    <message>
        <source>Past prescriptions</source>
        <translation>Tidligere ordinationer</translation>
    </message>
    <message>
        <source>no CPR number</source>
        <translation>intet CPR-nummer</translation>
    </message>
    <message>
        <source>Medication overview</source>
        <translation>Medicinoversigt</translation>
    </message>
    <message>
        <source>CPR %1</source>
        <translation>CPR %1</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>født %1</translation>
    </message>
    <message>
        <source>Printed %1 by %2. Confidential: health data about the client.</source>
        <translation>Udskrevet %1 af %2. Fortroligt: helbredsoplysninger om borgeren.</translation>
    </message>
    <message>
        <source>Latest medical review: none recorded.</source>
        <translation>Seneste lægelige vurdering: ingen registreret.</translation>
    </message>
    <message>
        <source>Latest medical review: %1 (an attended doctor appointment or the start of a prescription).</source>
        <translation>Seneste lægelige vurdering: %1 (en gennemført lægesamtale eller starten på en ordination).</translation>
    </message>
    <message>
        <source>Doctor appointments could not be read with your role; the date is the latest prescription start.</source>
        <translation>Lægesamtaler kan ikke læses med din rolle; datoen er den seneste ordinationsstart.</translation>
    </message>
    <message>
        <source>Medical review</source>
        <translation>Lægelig vurdering</translation>
    </message>
    <message>
        <source>No review is due: the client has no current substitution or antabus prescription.</source>
        <translation>Ingen vurdering påkrævet: borgeren har ingen aktuel substitutions- eller antabusordination.</translation>
    </message>
    <message>
        <source>OVERDUE: a review is needed at least every 6 months (183 days); it was due by %1. Book a doctor appointment.</source>
        <translation>OVERSKREDET: der skal være en lægelig vurdering mindst hver 6. måned (183 dage); den skulle have været senest %1. Book en lægesamtale.</translation>
    </message>
    <message>
        <source>The next review is due by %1.</source>
        <translation>Næste vurdering skal ske senest %1.</translation>
    </message>
    <message>
        <source>Substitution doses blocked</source>
        <translation>Substitutionsdoser blokeret</translation>
    </message>
    <message>
        <source>Blocked since %1. Missed doses: %2.</source>
        <translation>Blokeret siden %1. Udeblevne doser: %2.</translation>
    </message>
    <message>
        <source>No current prescriptions.</source>
        <translation>Ingen aktuelle ordinationer.</translation>
    </message>
    <message>
        <source>No past prescriptions.</source>
        <translation>Ingen tidligere ordinationer.</translation>
    </message>
    <message>
        <source>Drug</source>
        <translation>Præparat</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Doseringsplan</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Udleveringsform</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>Prescribed by</source>
        <translation>Ordineret af</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begrundelse</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 til %2</translation>
    </message>
    <message>
        <source>No dose changes.</source>
        <translation>Ingen dosisændringer.</translation>
    </message>
    <message>
        <source>No doses were due or given at the centre in this period.</source>
        <translation>Ingen doser skulle gives eller blev givet på centret i perioden.</translation>
    </message>
    <message numerus="yes">
        <source>Handed out for %n day(s)</source>
        <translation>
            <numerusform>Udleveret til %n dag</numerusform>
            <numerusform>Udleveret til %n dage</numerusform>
        </translation>
    </message>
    <message>
        <source>MISSED (nothing recorded)</source>
        <translation>UDEBLEVET (intet registreret)</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Skal gives i dag</translation>
    </message>
    <message>
        <source>not on the schedule</source>
        <translation>ikke i doseringsplanen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registreret</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Af</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>medication-overview-%1-%2.pdf</source>
        <translation>medicinoversigt-%1-%2.pdf</translation>
    </message>
    <message numerus="yes">
        <source>%n missed dose(s) in the period, marked in red. Registrations annulled as made in error are struck through, with the correction beside them.</source>
        <translation>
            <numerusform>%n udeblevet dosis i perioden, markeret med rødt. Registreringer annulleret som fejl er overstreget med rettelsen ved siden af.</numerusform>
            <numerusform>%n udeblevne doser i perioden, markeret med rødt. Registreringer annulleret som fejl er overstreget med rettelsen ved siden af.</numerusform>
        </translation>
    </message>
    <message>
        <source>ANNULLED %1 by %2: %3</source>
        <translation>ANNULLERET %1 af %2: %3</translation>
    </message>
    <message>
        <source>registered late (%1), confirmed by %2</source>
        <translation>efterregistreret (%1), bekræftet af %2</translation>
    </message>
    <message>
        <source>registered late (%1), not confirmed by a doctor</source>
        <translation>efterregistreret (%1), ikke bekræftet af en læge</translation>
    </message>
</context>
<context>
    <name>SeenByList</name>
    <message>
        <source>Who has seen my data</source>
        <translation>Hvem har set mine data</translation>
    </message>
    <message>
        <source>CPR %1</source>
        <translation>CPR %1</translation>
    </message>
    <message>
        <source>Every time a staff member at the centre read, changed, printed or exported your data since %1, newest first (the log is kept for a limited time; older uses are no longer recorded). Printed %2.</source>
        <translation>Hver gang en medarbejder på centret har læst, ændret, udskrevet eller eksporteret dine data siden %1, nyeste først (loggen gemmes i en begrænset periode; ældre brug er ikke længere registreret). Udskrevet %2.</translation>
    </message>
    <message>
        <source>No uses recorded.</source>
        <translation>Ingen brug registreret.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tidspunkt</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Medarbejder</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Brug</translation>
    </message>
    <message numerus="yes">
        <source>%n use(s) in all.</source>
        <translation>
            <numerusform>%n gang i alt.</numerusform>
            <numerusform>%n gange i alt.</numerusform>
        </translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
</context>
<context>
    <name>mestring</name>
    <message>
        <source>The report needs a first and a last day. Choose both dates of the period.</source>
        <translation>Rapporten skal have en første og en sidste dag. Vælg begge datoer for perioden.</translation>
    </message>
    <message>
        <source>The period ends before it begins. Choose a last day on or after the first day.</source>
        <translation>Perioden slutter, før den begynder. Vælg en sidste dag, der ligger på eller efter den første dag.</translation>
    </message>
    <message>
        <source>Check a database file and its records.</source>
        <translation>Kontrollér en databasefil og dens poster.</translation>
    </message>
    <message>
        <source>Create a new database with generated demo data.</source>
        <translation>Opret en ny database med genererede demodata.</translation>
    </message>
    <message>
        <source>Export a database as an interchange file.</source>
        <translation>Eksportér en database som udvekslingsfil.</translation>
    </message>
    <message>
        <source>Import an interchange file into a database.</source>
        <translation>Importér en udvekslingsfil i en database.</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>Mappen %1 kunne ikke oprettes.</translation>
    </message>
    <message>
        <source>Journal and effect measurement for addiction treatment centres.</source>
        <translation>Journal og effektmåling for rusmiddelcentre.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>sti</translation>
    </message>
    <message>
        <source>Mestring</source>
        <translation>Mestring</translation>
    </message>
    <message>
        <source>The database already holds data. Demo data is only put into a new, empty database: choose a new file name.</source>
        <translation>Databasen indeholder allerede data. Demodata lægges kun i en ny, tom database: vælg et nyt filnavn.</translation>
    </message>
    <message>
        <source>A CPR number has 10 digits, written DDMMYY-SSSS or DDMMYYSSSS (a replacement number has two letters in place of the 8th and 9th digit). Check the number.</source>
        <translation>Et CPR-nummer har 10 cifre, skrevet DDMMÅÅ-SSSS eller DDMMÅÅSSSS (et erstatningsnummer har to bogstaver i stedet for 8. og 9. ciffer). Kontrollér nummeret.</translation>
    </message>
    <message>
        <source>Enter a CPR number.</source>
        <translation>Indtast et CPR-nummer.</translation>
    </message>
    <message>
        <source>A replacement CPR number must have 0, 1, 5, 6 or 7 as its 7th character. Check the number.</source>
        <translation>Et erstatnings-CPR-nummer skal have 0, 1, 5, 6 eller 7 som 7. tegn. Kontrollér nummeret.</translation>
    </message>
    <message>
        <source>The first six digits of the CPR number are not a real date (DDMMYY). Check the number.</source>
        <translation>De første seks cifre i CPR-nummeret er ikke en gyldig dato (DDMMÅÅ). Kontrollér nummeret.</translation>
    </message>
    <message>
        <source>The absence has no id.</source>
        <translation>Fraværet har intet id.</translation>
    </message>
    <message>
        <source>The absence belongs to no client. Choose the client.</source>
        <translation>Fraværet hører ikke til nogen borger. Vælg borgeren.</translation>
    </message>
    <message>
        <source>The absence has no first day. Enter the day it starts.</source>
        <translation>Fraværet har ingen første dag. Indtast den dag, det begynder.</translation>
    </message>
    <message>
        <source>The absence ends before it starts. Correct the last day, or leave it empty when the end is not known.</source>
        <translation>Fraværet slutter, før det begynder. Ret den sidste dag, eller lad den stå tom, hvis slutningen ikke kendes.</translation>
    </message>
    <message>
        <source>The appointment has no id.</source>
        <translation>Aftalen har intet id.</translation>
    </message>
    <message>
        <source>The appointment belongs to no course. Choose the course.</source>
        <translation>Aftalen hører ikke til noget forløb. Vælg forløbet.</translation>
    </message>
    <message>
        <source>The appointment has no start time. Enter the date and time.</source>
        <translation>Aftalen har intet starttidspunkt. Indtast dato og klokkeslæt.</translation>
    </message>
    <message>
        <source>An appointment lasts at least 1 minute. Enter its length in minutes.</source>
        <translation>En aftale varer mindst 1 minut. Indtast varigheden i minutter.</translation>
    </message>
    <message>
        <source>The appointment is still planned but falls in an absence period of the client. Cancel it (cancelled by the client) or move it.</source>
        <translation>Aftalen er stadig planlagt, men ligger i en fraværsperiode for borgeren. Aflys den (afbud fra borgeren), eller flyt den.</translation>
    </message>
    <message>
        <source>The assessment has no id.</source>
        <translation>Statusmålingen har intet id.</translation>
    </message>
    <message>
        <source>The assessment belongs to no course. Choose the course.</source>
        <translation>Statusmålingen hører ikke til noget forløb. Vælg forløbet.</translation>
    </message>
    <message>
        <source>The assessment has no date. Enter the day it was made.</source>
        <translation>Statusmålingen har ingen dato. Indtast den dag, den blev foretaget.</translation>
    </message>
    <message>
        <source>Life-area severity goes from 0 (no problem) to 4 (extreme problem). Enter a value from 0 to 4, or leave it empty when not asked.</source>
        <translation>Sværhedsgraden for et livsområde går fra 0 (intet problem) til 4 (ekstremt problem). Indtast en værdi fra 0 til 4, eller lad feltet stå tomt, hvis der ikke er spurgt.</translation>
    </message>
    <message>
        <source>Quality of life (TOP) goes from 0 to 20. Enter a value from 0 to 20.</source>
        <translation>Livskvalitet (TOP) går fra 0 til 20. Indtast en værdi fra 0 til 20.</translation>
    </message>
    <message>
        <source>Days of use in the last 28 days must be from 0 to 28.</source>
        <translation>Antal forbrugsdage inden for de seneste 28 dage skal være fra 0 til 28.</translation>
    </message>
    <message>
        <source>Drinks per week cannot be negative. Enter 0 or more.</source>
        <translation>Genstande pr. uge kan ikke være negativt. Indtast 0 eller mere.</translation>
    </message>
    <message>
        <source>An anonymous client needs an alias. Enter the name the client wants to be called by.</source>
        <translation>En anonym borger skal have et alias. Indtast det navn, borgeren ønsker at blive kaldt.</translation>
    </message>
    <message>
        <source>An anonymous client cannot have a CPR number. Remove the number, or register the client as not anonymous.</source>
        <translation>En anonym borger kan ikke have et CPR-nummer. Fjern nummeret, eller registrér borgeren som ikke-anonym.</translation>
    </message>
    <message>
        <source>An anonymous client cannot have a name. Remove the name, or register the client as not anonymous.</source>
        <translation>En anonym borger kan ikke have et navn. Fjern navnet, eller registrér borgeren som ikke-anonym.</translation>
    </message>
    <message>
        <source>The CPR number fails the modulus-11 check. Numbers issued since 2007 may do so; check it against the health insurance card.</source>
        <translation>CPR-nummeret består ikke modulus 11-kontrollen. Det kan numre udstedt siden 2007 godt gøre; kontrollér det mod sundhedskortet.</translation>
    </message>
    <message>
        <source>The client has no id.</source>
        <translation>Borgeren har intet id.</translation>
    </message>
    <message>
        <source>The client has no name. Enter a first or last name, or register the client as anonymous.</source>
        <translation>Borgeren har intet navn. Indtast et fornavn eller efternavn, eller registrér borgeren som anonym.</translation>
    </message>
    <message>
        <source>The course overlaps another course of the same kind for this client (id &apos;%1&apos;). A client has at most one active course of each kind: end the other course first, or correct the dates.</source>
        <translation>Forløbet overlapper et andet forløb af samme type for denne borger (id &apos;%1&apos;). En borger har højst ét aktivt forløb af hver type: afslut først det andet forløb, eller ret datoerne.</translation>
    </message>
    <message>
        <source>The course goes back to an earlier phase without a journal note that day saying why. Write a note for the client explaining the step back.</source>
        <translation>Forløbet går tilbage til en tidligere fase uden et journalnotat samme dag om hvorfor. Skriv et notat på borgeren, der forklarer skridtet tilbage.</translation>
    </message>
    <message>
        <source>The course has no id.</source>
        <translation>Forløbet har intet id.</translation>
    </message>
    <message>
        <source>The course belongs to no client. Choose the client.</source>
        <translation>Forløbet hører ikke til nogen borger. Vælg borgeren.</translation>
    </message>
    <message>
        <source>The course has neither a request date nor a start date. Enter the day the citizen asked for treatment.</source>
        <translation>Forløbet har hverken henvendelsesdato eller startdato. Indtast den dag, borgeren bad om behandling.</translation>
    </message>
    <message>
        <source>The legal basis does not fit the kind of course: SUL § 141 is for alcohol treatment; SUL § 142, SEL § 101 and SEL § 101 a are for drug treatment. Choose another legal basis or kind.</source>
        <translation>Lovgrundlaget passer ikke til forløbets type: SUL § 141 er alkoholbehandling; SUL § 142, SEL § 101 og SEL § 101 a er stofbehandling. Vælg et andet lovgrundlag eller en anden type.</translation>
    </message>
    <message>
        <source>A course under SEL § 107 is a residential stay. Set the setting to residential, or choose another legal basis.</source>
        <translation>Et forløb efter SEL § 107 er et døgnophold. Sæt tilbudsformen til døgn, eller vælg et andet lovgrundlag.</translation>
    </message>
    <message>
        <source>Anonymous treatment under SEL § 101 a is ambulant only. Set the setting to ambulant, or choose another legal basis.</source>
        <translation>Anonym behandling efter SEL § 101 a er kun ambulant. Sæt tilbudsformen til ambulant, eller vælg et andet lovgrundlag.</translation>
    </message>
    <message>
        <source>Only a residential course has a residential provider. Remove the provider, or set the setting to residential.</source>
        <translation>Kun et døgnforløb har et døgntilbud. Fjern døgntilbuddet, eller sæt tilbudsformen til døgn.</translation>
    </message>
    <message>
        <source>Only a residential course has planned weeks. Remove them, or set the setting to residential.</source>
        <translation>Kun et døgnforløb har planlagte uger. Fjern dem, eller sæt tilbudsformen til døgn.</translation>
    </message>
    <message>
        <source>The planned stay must be at least 1 week.</source>
        <translation>Det planlagte ophold skal være mindst 1 uge.</translation>
    </message>
    <message>
        <source>The course starts before the citizen asked for treatment. Correct the start date or the request date.</source>
        <translation>Forløbet starter, før borgeren bad om behandling. Ret startdatoen eller henvendelsesdatoen.</translation>
    </message>
    <message>
        <source>The course ends before it starts. Correct the end date.</source>
        <translation>Forløbet slutter, før det starter. Ret slutdatoen.</translation>
    </message>
    <message>
        <source>The phase entry has no date. Enter the day the course entered the phase.</source>
        <translation>Faseskiftet har ingen dato. Indtast den dag, forløbet gik ind i fasen.</translation>
    </message>
    <message>
        <source>The phase entry is dated before the entry above it. Phase dates must never decrease; correct the date.</source>
        <translation>Faseskiftet er dateret før faseskiftet over det. Fasedatoer må aldrig gå baglæns; ret datoen.</translation>
    </message>
    <message>
        <source>The course has an end date but no end reason. Choose why the course ended.</source>
        <translation>Forløbet har en slutdato, men ingen afslutningsårsag. Vælg, hvorfor forløbet sluttede.</translation>
    </message>
    <message>
        <source>The course has an end date but no outcome. Choose the client&apos;s status on the substance at the end.</source>
        <translation>Forløbet har en slutdato, men ingen status ved afslutning. Vælg borgerens status for rusmidlet ved afslutningen.</translation>
    </message>
    <message>
        <source>The course has an end reason but no end date. Enter the end date, or remove the end reason.</source>
        <translation>Forløbet har en afslutningsårsag, men ingen slutdato. Indtast slutdatoen, eller fjern afslutningsårsagen.</translation>
    </message>
    <message>
        <source>The course has an outcome but no end date. Enter the end date, or remove the outcome.</source>
        <translation>Forløbet har en status ved afslutning, men ingen slutdato. Indtast slutdatoen, eller fjern status ved afslutning.</translation>
    </message>
    <message>
        <source>The outcome &apos;stabilised&apos; is for drug courses only. Choose another outcome.</source>
        <translation>Status &apos;stabiliseret&apos; gælder kun stofforløb. Vælg en anden status.</translation>
    </message>
    <message>
        <source>Only anonymous treatment under SEL § 101 a is exempt from the treatment guarantee as anonymous. Choose free choice, or remove the exemption.</source>
        <translation>Kun anonym behandling efter SEL § 101 a er undtaget fra behandlingsgarantien som anonym. Vælg frit valg, eller fjern undtagelsen.</translation>
    </message>
    <message>
        <source>The treatment guarantee does not apply to anonymous treatment under SEL § 101 a. Set the exemption to anonymous.</source>
        <translation>Behandlingsgarantien gælder ikke anonym behandling efter SEL § 101 a. Sæt undtagelsen til anonym.</translation>
    </message>
    <message>
        <source>The course is exempt from the treatment guarantee, so it has no delay reason. Remove the reason or the exemption.</source>
        <translation>Forløbet er undtaget fra behandlingsgarantien og har derfor ingen årsag til forsinkelse. Fjern årsagen eller undtagelsen.</translation>
    </message>
    <message numerus="yes">
        <source>Treatment started %n day(s) after the request, later than the 14 days of the treatment guarantee. Enter the reason for the delay.</source>
        <translation>
            <numerusform>Behandlingen startede %n dag efter henvendelsen, senere end behandlingsgarantiens 14 dage. Angiv årsagen til forsinkelsen.</numerusform>
            <numerusform>Behandlingen startede %n dage efter henvendelsen, senere end behandlingsgarantiens 14 dage. Angiv årsagen til forsinkelsen.</numerusform>
        </translation>
    </message>
    <message>
        <source>An anonymous client can only have ambulant courses. Set the setting to ambulant, or register the client with name and CPR number.</source>
        <translation>En anonym borger kan kun have ambulante forløb. Sæt tilbudsformen til ambulant, eller registrér borgeren med navn og CPR-nummer.</translation>
    </message>
    <message>
        <source>There is no staff member with id &apos;%1&apos;. Choose an existing staff member.</source>
        <translation>Der er ingen medarbejder med id &apos;%1&apos;. Vælg en eksisterende medarbejder.</translation>
    </message>
    <message>
        <source>There is no client with id &apos;%1&apos;. Choose an existing client.</source>
        <translation>Der er ingen borger med id &apos;%1&apos;. Vælg en eksisterende borger.</translation>
    </message>
    <message>
        <source>There is no course with id &apos;%1&apos;. Choose an existing course.</source>
        <translation>Der er intet forløb med id &apos;%1&apos;. Vælg et eksisterende forløb.</translation>
    </message>
    <message>
        <source>There is no prescription with id &apos;%1&apos;. Choose an existing prescription.</source>
        <translation>Der er ingen ordination med id &apos;%1&apos;. Vælg en eksisterende ordination.</translation>
    </message>
    <message>
        <source>There is no record with id &apos;%1&apos;.</source>
        <translation>Der er ingen post med id &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The id is already used by %1. Every record needs its own id.</source>
        <translation>Id&apos;et bruges allerede af %1. Hver post skal have sit eget id.</translation>
    </message>
    <message>
        <source>The dispensing has no id.</source>
        <translation>Udleveringen har intet id.</translation>
    </message>
    <message>
        <source>The dispensing belongs to no prescription. Choose the prescription.</source>
        <translation>Udleveringen hører ikke til nogen ordination. Vælg ordinationen.</translation>
    </message>
    <message>
        <source>The dispensing has no date. Enter the day.</source>
        <translation>Udleveringen har ingen dato. Indtast dagen.</translation>
    </message>
    <message>
        <source>The dose cannot be negative. Enter the dose in mg.</source>
        <translation>Dosis kan ikke være negativ. Indtast dosis i mg.</translation>
    </message>
    <message>
        <source>A take-home supply is for 1 to 14 days, the day of handing out included. Enter the number of days.</source>
        <translation>En medgivelse dækker 1 til 14 dage, udleveringsdagen medregnet. Indtast antal dage.</translation>
    </message>
    <message>
        <source>Take-home supplies are normally at most 7 days. Check that the longer supply is intended.</source>
        <translation>Medgivelser er normalt højst 7 dage. Kontrollér, at den længere medgivelse er tilsigtet.</translation>
    </message>
    <message>
        <source>Only a take-home supply (handed out) covers more than one day. Set days to 1.</source>
        <translation>Kun en medgivelse (udleveret til hjemmebrug) dækker mere end én dag. Sæt antal dage til 1.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 til %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>fra %1</translation>
    </message>
    <message>
        <source>The dispensing is dated outside the prescription&apos;s period (%1). Check the date or the prescription.</source>
        <translation>Udleveringen er dateret uden for ordinationens periode (%1). Kontrollér datoen eller ordinationen.</translation>
    </message>
    <message>
        <source>The dose was given after %1 missed doses in a row (the last on %2) without a dose reassessment. After 3 missed doses a doctor must reassess the dose before the next dispensing.</source>
        <translation>Dosis blev givet efter %1 udeblevne doser i træk (den seneste %2) uden revurdering af dosis. Efter 3 udeblevne doser skal en læge revurdere dosis før næste udlevering.</translation>
    </message>
    <message>
        <source>Scores are support need on the VUM scale from 0 (none) to 4 (complete). Enter a score from 0 to 4.</source>
        <translation>Scoren er støttebehov på VUM-skalaen fra 0 (intet) til 4 (fuldstændigt). Indtast en score fra 0 til 4.</translation>
    </message>
    <message>
        <source>The goal has no id.</source>
        <translation>Målet har intet id.</translation>
    </message>
    <message>
        <source>The goal belongs to no course. Choose the course.</source>
        <translation>Målet hører ikke til noget forløb. Vælg forløbet.</translation>
    </message>
    <message>
        <source>The goal has no text. Describe what the client wants to achieve.</source>
        <translation>Målet har ingen tekst. Beskriv, hvad borgeren vil opnå.</translation>
    </message>
    <message>
        <source>An active goal cannot have a closed date. Remove the date, or choose how the goal ended.</source>
        <translation>Et aktivt mål kan ikke have en afslutningsdato. Fjern datoen, eller vælg, hvordan målet endte.</translation>
    </message>
    <message>
        <source>The goal is closed but has no closed date. Enter the day it was closed.</source>
        <translation>Målet er afsluttet, men har ingen afslutningsdato. Indtast den dag, det blev afsluttet.</translation>
    </message>
    <message>
        <source>The status score has no date. Enter the day it was scored.</source>
        <translation>Statusscoren har ingen dato. Indtast den dag, der blev scoret.</translation>
    </message>
    <message>
        <source>The goal already has a status score on this date. Keep one score per date.</source>
        <translation>Målet har allerede en statusscore på denne dato. Behold én score pr. dato.</translation>
    </message>
    <message>
        <source>The sub-goal has no text. Describe the step.</source>
        <translation>Delmålet har ingen tekst. Beskriv skridtet.</translation>
    </message>
    <message>
        <source>The course already has 3 active goals, the most a plan may have. Close a goal before adding or reopening another.</source>
        <translation>Forløbet har allerede 3 aktive mål, det højeste en plan må have. Afslut et mål, før du tilføjer eller genåbner et andet.</translation>
    </message>
    <message>
        <source>The group has no id.</source>
        <translation>Gruppen har intet id.</translation>
    </message>
    <message>
        <source>The group has no name. Enter a name.</source>
        <translation>Gruppen har intet navn. Indtast et navn.</translation>
    </message>
    <message>
        <source>A group has room for at least 1 member. Enter the capacity, or leave it empty for no limit.</source>
        <translation>En gruppe har plads til mindst 1 deltager. Indtast antal pladser, eller lad feltet stå tomt for ingen grænse.</translation>
    </message>
    <message>
        <source>A group leader is not named. Choose a staff member.</source>
        <translation>En gruppeleder er ikke angivet. Vælg en medarbejder.</translation>
    </message>
    <message>
        <source>The session has no id.</source>
        <translation>Gruppegangen har intet id.</translation>
    </message>
    <message>
        <source>Another session of the group has the id &apos;%1&apos;. Session ids must be unique.</source>
        <translation>En anden gruppegang i gruppen har id &apos;%1&apos;. Gruppegange skal have hvert sit id.</translation>
    </message>
    <message>
        <source>The session has no date. Enter the day it is held.</source>
        <translation>Gruppegangen har ingen dato. Indtast den dag, den holdes.</translation>
    </message>
    <message>
        <source>The member has no course. Choose the client&apos;s course.</source>
        <translation>Deltageren har intet forløb. Vælg borgerens forløb.</translation>
    </message>
    <message>
        <source>The member has no first day. Enter the day they joined.</source>
        <translation>Deltageren har ingen første dag. Indtast den dag, deltageren startede.</translation>
    </message>
    <message>
        <source>The membership ends before it starts. Correct the last day.</source>
        <translation>Deltagelsen slutter, før den starter. Ret den sidste dag.</translation>
    </message>
    <message>
        <source>The waiting-list place has no course. Choose the client&apos;s course.</source>
        <translation>Pladsen på ventelisten har intet forløb. Vælg borgerens forløb.</translation>
    </message>
    <message>
        <source>The attendance refers to session &apos;%1&apos;, which is not a session of this group. Choose one of the group&apos;s sessions.</source>
        <translation>Fremmødet henviser til gruppegang &apos;%1&apos;, som ikke hører til denne gruppe. Vælg en af gruppens gange.</translation>
    </message>
    <message>
        <source>The attendance is for course &apos;%1&apos;, which is not a member of this group. Add the member first.</source>
        <translation>Fremmødet gælder forløb &apos;%1&apos;, som ikke er deltager i denne gruppe. Tilføj deltageren først.</translation>
    </message>
    <message>
        <source>Attendance for this member at this session is already registered. Keep one record per session and member.</source>
        <translation>Fremmøde for denne deltager på denne gruppegang er allerede registreret. Behold én registrering pr. gang og deltager.</translation>
    </message>
    <message>
        <source>The note has no id.</source>
        <translation>Notatet har intet id.</translation>
    </message>
    <message>
        <source>The note belongs to no client. Choose the client.</source>
        <translation>Notatet hører ikke til nogen borger. Vælg borgeren.</translation>
    </message>
    <message>
        <source>The note has no author. Every journal note names who wrote it.</source>
        <translation>Notatet har ingen forfatter. Hvert journalnotat angiver, hvem der har skrevet det.</translation>
    </message>
    <message>
        <source>The note has no time of writing.</source>
        <translation>Notatet har intet tidspunkt for skrivning.</translation>
    </message>
    <message>
        <source>The note has no text. Write the note before saving.</source>
        <translation>Notatet har ingen tekst. Skriv notatet, før du gemmer.</translation>
    </message>
    <message>
        <source>A note cannot be an addendum to itself. Choose the note it corrects.</source>
        <translation>Et notat kan ikke være en tilføjelse til sig selv. Vælg det notat, det retter.</translation>
    </message>
    <message>
        <source>The note&apos;s course &apos;%1&apos; belongs to another client. Choose a course of this client, or none.</source>
        <translation>Notatets forløb &apos;%1&apos; hører til en anden borger. Vælg et forløb for denne borger, eller intet.</translation>
    </message>
    <message>
        <source>The addendum corrects note &apos;%1&apos;, which does not exist. Choose the note it corrects.</source>
        <translation>Tilføjelsen retter notat &apos;%1&apos;, som ikke findes. Vælg det notat, den retter.</translation>
    </message>
    <message>
        <source>The addendum corrects note &apos;%1&apos; of another client. An addendum belongs to the same client as the note it corrects.</source>
        <translation>Tilføjelsen retter notat &apos;%1&apos; hos en anden borger. En tilføjelse hører til samme borger som det notat, den retter.</translation>
    </message>
    <message>
        <source>The prescription has no id.</source>
        <translation>Ordinationen har intet id.</translation>
    </message>
    <message>
        <source>The prescription is for no client. Choose the client.</source>
        <translation>Ordinationen er ikke til nogen borger. Vælg borgeren.</translation>
    </message>
    <message>
        <source>The prescription names no prescriber. Choose the doctor.</source>
        <translation>Ordinationen angiver ingen ordinerende læge. Vælg lægen.</translation>
    </message>
    <message>
        <source>The prescription has no start date. Enter the first day.</source>
        <translation>Ordinationen har ingen startdato. Indtast den første dag.</translation>
    </message>
    <message>
        <source>The prescription ends before it starts. Correct the last day.</source>
        <translation>Ordinationen slutter, før den starter. Ret den sidste dag.</translation>
    </message>
    <message>
        <source>The dose must be more than 0 mg. Enter the dose.</source>
        <translation>Dosis skal være mere end 0 mg. Indtast dosis.</translation>
    </message>
    <message>
        <source>The category does not follow the drug: methadone and the buprenorphines are substitution, disulfiram is antabus, naltrexone, acamprosate and nalmefene are craving medication, chlordiazepoxide and oxazepam are withdrawal medication. Choose the matching category.</source>
        <translation>Kategorien passer ikke til lægemidlet: metadon og buprenorphinpræparaterne er substitution, disulfiram er antabus, naltrexon, acamprosat og nalmefen er trangdæmpende medicin, chlordiazepoxid og oxazepam er abstinensbehandling. Vælg den kategori, der passer.</translation>
    </message>
    <message>
        <source>A take-home prescription needs the number of days per supply (1 or more).</source>
        <translation>En ordination med medgivelse skal have antal dage pr. medgivelse (1 eller flere).</translation>
    </message>
    <message>
        <source>Only a take-home prescription has take-home days. Remove them, or set the mode to take-home.</source>
        <translation>Kun en ordination med medgivelse har medgivelsesdage. Fjern dem, eller sæt udleveringsformen til medgivelse.</translation>
    </message>
    <message>
        <source>Choose at least one weekday for the doses.</source>
        <translation>Vælg mindst én ugedag til doserne.</translation>
    </message>
    <message>
        <source>Doses every N days needs N of 1 or more.</source>
        <translation>Dosis hver N. dag kræver, at N er 1 eller mere.</translation>
    </message>
    <message>
        <source>%1 is not a doctor. Only a doctor can prescribe; choose a doctor as prescriber.</source>
        <translation>%1 er ikke læge. Kun en læge kan ordinere; vælg en læge som ordinerende.</translation>
    </message>
    <message>
        <source>Anonymous clients get no prescriptions. Register the client with name and CPR number first.</source>
        <translation>Anonyme borgere får ingen ordinationer. Registrér først borgeren med navn og CPR-nummer.</translation>
    </message>
    <message>
        <source>The prescription is active on the same days as prescription &apos;%1&apos; of the same category. End the other prescription the day before this one starts.</source>
        <translation>Ordinationen er aktiv på de samme dage som ordination &apos;%1&apos; i samme kategori. Afslut den anden ordination dagen før, denne starter.</translation>
    </message>
    <message>
        <source>This is the client&apos;s first prescription of its kind, but there is no attended doctor consultation on or before its start. Register the consultation before the first prescription.</source>
        <translation>Dette er borgerens første ordination af sin art, men der er ingen gennemført lægekonsultation på eller før startdatoen. Registrér konsultationen før den første ordination.</translation>
    </message>
    <message>
        <source>The staff member has no id.</source>
        <translation>Medarbejderen har intet id.</translation>
    </message>
    <message>
        <source>The staff member has no name. Enter the name.</source>
        <translation>Medarbejderen har intet navn. Indtast navnet.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an indicator of the effect report. Choose one of the report&apos;s indicators.</source>
        <translation>&apos;%1&apos; er ikke en indikator i effektrapporten. Vælg en af rapportens indikatorer.</translation>
    </message>
    <message>
        <source>The indicator has no breakdown &apos;%1&apos;. Choose one of its breakdowns, or none for the indicator as a whole.</source>
        <translation>Indikatoren har ingen opdeling &apos;%1&apos;. Vælg en af dens opdelinger, eller ingen for indikatoren som helhed.</translation>
    </message>
    <message>
        <source>The target needs a year, e.g. 2025.</source>
        <translation>Måltallet skal have et år, f.eks. 2025.</translation>
    </message>
    <message>
        <source>This indicator and breakdown already have a target for %1. Keep one target per year: change the existing one.</source>
        <translation>Denne indikator og opdeling har allerede et måltal for %1. Behold ét måltal pr. år: ret det eksisterende.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Filen er tom.</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 (line %2, column %3, byte %4).</source>
        <translation>Filen er ikke gyldig JSON: %1 (linje %2, kolonne %3, byte %4).</translation>
    </message>
    <message>
        <source>The file must contain one JSON object with &quot;format&quot; and &quot;version&quot;.</source>
        <translation>Filen skal indeholde ét JSON-objekt med &quot;format&quot; og &quot;version&quot;.</translation>
    </message>
    <message>
        <source>This is not a Mestring interchange file (&quot;format&quot; must be &quot;%1&quot;).</source>
        <translation>Dette er ikke en Mestring-udvekslingsfil (&quot;format&quot; skal være &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>Unsupported version: this program reads version %1.</source>
        <translation>Versionen understøttes ikke: dette program læser version %1.</translation>
    </message>
    <message>
        <source>The field appears more than once.</source>
        <translation>Feltet forekommer mere end én gang.</translation>
    </message>
    <message>
        <source>Unknown field.</source>
        <translation>Ukendt felt.</translation>
    </message>
    <message>
        <source>Required field is missing.</source>
        <translation>Et påkrævet felt mangler.</translation>
    </message>
    <message>
        <source>Must not be empty.</source>
        <translation>Må ikke være tomt.</translation>
    </message>
    <message>
        <source>Expected text (a JSON string).</source>
        <translation>Forventede tekst (en JSON-streng).</translation>
    </message>
    <message>
        <source>Expected true or false.</source>
        <translation>Forventede true eller false.</translation>
    </message>
    <message>
        <source>Expected a number.</source>
        <translation>Forventede et tal.</translation>
    </message>
    <message>
        <source>Expected a whole number.</source>
        <translation>Forventede et heltal.</translation>
    </message>
    <message>
        <source>The number is too large.</source>
        <translation>Tallet er for stort.</translation>
    </message>
    <message>
        <source>Expected a list (a JSON array).</source>
        <translation>Forventede en liste (et JSON-array).</translation>
    </message>
    <message>
        <source>Expected a JSON object.</source>
        <translation>Forventede et JSON-objekt.</translation>
    </message>
    <message>
        <source>Unknown value &quot;%1&quot;; allowed values: %2.</source>
        <translation>Ukendt værdi &quot;%1&quot;; tilladte værdier: %2.</translation>
    </message>
    <message>
        <source>Expected a date written YYYY-MM-DD.</source>
        <translation>Forventede en dato skrevet ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
        <source>This date does not exist.</source>
        <translation>Denne dato findes ikke.</translation>
    </message>
    <message>
        <source>Expected a date and time with UTC offset, written YYYY-MM-DDTHH:MM:SS+HH:MM (or Z for UTC).</source>
        <translation>Forventede dato og klokkeslæt med UTC-forskydning, skrevet ÅÅÅÅ-MM-DDTTT:MM:SS+TT:MM (eller Z for UTC).</translation>
    </message>
    <message>
        <source>This date, time or UTC offset does not exist.</source>
        <translation>Denne dato, dette klokkeslæt eller denne UTC-forskydning findes ikke.</translation>
    </message>
    <message>
        <source>Expected a time of day written HH:MM (00:00-23:59).</source>
        <translation>Forventede et klokkeslæt skrevet TT:MM (00:00-23:59).</translation>
    </message>
    <message>
        <source>A schedule has exactly one of &quot;daily&quot;, &quot;weekdays&quot; or &quot;every_days&quot;.</source>
        <translation>En doseringsplan har præcis ét af &quot;daily&quot;, &quot;weekdays&quot; eller &quot;every_days&quot;.</translation>
    </message>
    <message>
        <source>&quot;daily&quot; can only be true.</source>
        <translation>&quot;daily&quot; kan kun være true.</translation>
    </message>
    <message>
        <source>Name at least one weekday.</source>
        <translation>Angiv mindst én ugedag.</translation>
    </message>
    <message>
        <source>This weekday is already listed.</source>
        <translation>Denne ugedag er allerede angivet.</translation>
    </message>
    <message>
        <source>Must be 1 or more days.</source>
        <translation>Skal være 1 eller flere dage.</translation>
    </message>
    <message>
        <source>Mode take_home needs the number of take-home days.</source>
        <translation>Udleveringsformen take_home kræver antal medgivelsesdage.</translation>
    </message>
    <message>
        <source>Take-home days belong to mode take_home only.</source>
        <translation>Medgivelsesdage hører kun til udleveringsformen take_home.</translation>
    </message>
    <message>
        <source>A dose that was taken or handed out needs dose_mg.</source>
        <translation>En dosis, der er indtaget eller udleveret, skal have dose_mg.</translation>
    </message>
    <message>
        <source>Only the first %1 errors are shown.</source>
        <translation>Kun de første %1 fejl vises.</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Læst</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Oprettet</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Ændret</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Søgning</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Udskrevet</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Eksporteret</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importeret</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>Logget ind</translation>
    </message>
    <message>
        <source>Wrong password</source>
        <translation>Forkert adgangskode</translation>
    </message>
    <message>
        <source>Account locked</source>
        <translation>Konto låst</translation>
    </message>
    <message>
        <source>Logged out</source>
        <translation>Logget ud</translation>
    </message>
    <message>
        <source>Disposed</source>
        <translation>Slettet efter opbevaringstiden</translation>
    </message>
    <message>
        <source>The course ended on %1, before this appointment. Check the course.</source>
        <translation>Forløbet sluttede %1, før denne aftale. Kontrollér forløbet.</translation>
    </message>
    <message>
        <source>The staff member has another appointment at the same time.</source>
        <translation>Medarbejderen har en anden aftale på samme tid.</translation>
    </message>
    <message>
        <source>The client has another appointment at the same time.</source>
        <translation>Borgeren har en anden aftale på samme tid.</translation>
    </message>
    <message>
        <source>The client is registered as absent on this day. Check the absence, or choose another day.</source>
        <translation>Borgeren er registreret med fravær denne dag. Kontrollér fraværet, eller vælg en anden dag.</translation>
    </message>
    <message>
        <source>The appointment no longer exists. Open the calendar again.</source>
        <translation>Aftalen findes ikke længere. Åbn kalenderen igen.</translation>
    </message>
    <message>
        <source>%1 is no longer active. Choose another staff member.</source>
        <translation>%1 er ikke længere aktiv. Vælg en anden medarbejder.</translation>
    </message>
    <message>
        <source>Only a planned appointment can be moved. Book a new appointment instead.</source>
        <translation>Kun en planlagt aftale kan flyttes. Book en ny aftale i stedet.</translation>
    </message>
    <message>
        <source>The appointment is on %1. Record whether the client came on the day or after.</source>
        <translation>Aftalen er %1. Registrér fremmøde på dagen eller derefter.</translation>
    </message>
    <message>
        <source>The client declined follow-up after discharge. Check that the client agreed to this follow-up.</source>
        <translation>Borgeren har frabedt sig opfølgning efter udskrivning. Kontrollér, at borgeren har sagt ja til denne opfølgning.</translation>
    </message>
    <message>
        <source>The assessment no longer exists. Open the course again.</source>
        <translation>Statusmålingen findes ikke længere. Åbn forløbet igen.</translation>
    </message>
    <message>
        <source>The course ended on %1 and can no longer be changed. Register a new course if the client comes back.</source>
        <translation>Forløbet sluttede %1 og kan ikke længere ændres. Registrér et nyt forløb, hvis borgeren kommer igen.</translation>
    </message>
    <message>
        <source>The treatment guarantee runs out on %1. Start treatment by then, or record the reason for the delay when it starts.</source>
        <translation>Behandlingsgarantien udløber %1. Start behandlingen senest da, eller angiv årsagen til forsinkelsen, når den starter.</translation>
    </message>
    <message>
        <source>A new course cannot be registered as ended. Register it first, then end it with an end reason and outcome.</source>
        <translation>Et nyt forløb kan ikke registreres som afsluttet. Registrér det først, og afslut det derefter med afslutningsårsag og status.</translation>
    </message>
    <message>
        <source>The phases of a new course go back to an earlier phase. Register the phases in order; a later step back is recorded with a note saying why.</source>
        <translation>Faserne i et nyt forløb går tilbage til en tidligere fase. Registrér faserne i rækkefølge; et senere skridt tilbage registreres med et notat om hvorfor.</translation>
    </message>
    <message>
        <source>Treatment already started on %1.</source>
        <translation>Behandlingen startede allerede %1.</translation>
    </message>
    <message>
        <source>Enter the day treatment starts.</source>
        <translation>Indtast den dag, behandlingen starter.</translation>
    </message>
    <message>
        <source>Enter the day the course enters the phase.</source>
        <translation>Indtast den dag, forløbet går ind i fasen.</translation>
    </message>
    <message>
        <source>The course goes back to an earlier phase. Write a journal note saying why; it is saved with the change.</source>
        <translation>Forløbet går tilbage til en tidligere fase. Skriv et journalnotat om hvorfor; det gemmes sammen med ændringen.</translation>
    </message>
    <message>
        <source>Enter the day the course ended.</source>
        <translation>Indtast den dag, forløbet sluttede.</translation>
    </message>
    <message>
        <source>The goal no longer exists. Open the plan again.</source>
        <translation>Målet findes ikke længere. Åbn planen igen.</translation>
    </message>
    <message>
        <source>Choose how the goal ended: achieved, partly achieved, not achieved or abandoned.</source>
        <translation>Vælg, hvordan målet endte: nået, delvist nået, ikke nået eller opgivet.</translation>
    </message>
    <message>
        <source>The sub-goal no longer exists. Open the plan again.</source>
        <translation>Delmålet findes ikke længere. Åbn planen igen.</translation>
    </message>
    <message>
        <source>Enter the day the sub-goal was done.</source>
        <translation>Indtast den dag, delmålet blev nået.</translation>
    </message>
    <message>
        <source>As %1 you may not do this. Ask a colleague with the right role, or your manager.</source>
        <translation>Som %1 må du ikke gøre dette. Spørg en kollega med den rette rolle eller din leder.</translation>
    </message>
    <message>
        <source>therapist</source>
        <translation>behandler</translation>
    </message>
    <message>
        <source>family therapist</source>
        <translation>familiebehandler</translation>
    </message>
    <message>
        <source>nurse</source>
        <translation>sygeplejerske</translation>
    </message>
    <message>
        <source>doctor</source>
        <translation>læge</translation>
    </message>
    <message>
        <source>intake officer</source>
        <translation>visitator</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>faglig koordinator</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>leder</translation>
    </message>
    <message>
        <source>administrative staff</source>
        <translation>administrativ medarbejder</translation>
    </message>
    <message>
        <source>The client no longer exists. Search for the client again.</source>
        <translation>Borgeren findes ikke længere. Søg borgeren frem igen.</translation>
    </message>
    <message>
        <source>The treatment course no longer exists. Open the client again.</source>
        <translation>Behandlingsforløbet findes ikke længere. Åbn borgeren igen.</translation>
    </message>
    <message>
        <source>The staff member &apos;%1&apos; does not exist. Choose a staff member from the list.</source>
        <translation>Medarbejderen &apos;%1&apos; findes ikke. Vælg en medarbejder på listen.</translation>
    </message>
    <message>
        <source>Clinical records are signed by a staff member. Log in as yourself in the program to write them.</source>
        <translation>Kliniske optegnelser underskrives af en medarbejder. Log ind som dig selv i programmet for at skrive dem.</translation>
    </message>
    <message>
        <source>The database could not prepare a query.</source>
        <translation>Databasen kunne ikke forberede en forespørgsel.</translation>
    </message>
    <message>
        <source>The database could not save or read the data.</source>
        <translation>Databasen kunne ikke gemme eller læse data.</translation>
    </message>
    <message>
        <source>The database could not run a command.</source>
        <translation>Databasen kunne ikke udføre en kommando.</translation>
    </message>
    <message>
        <source>The changes could not be saved to the database. Nothing was saved; try again.</source>
        <translation>Ændringerne kunne ikke gemmes i databasen. Intet blev gemt; prøv igen.</translation>
    </message>
    <message>
        <source>female</source>
        <comment>sex</comment>
        <translation>kvinde</translation>
    </message>
    <message>
        <source>male</source>
        <comment>sex</comment>
        <translation>mand</translation>
    </message>
    <message>
        <source>other</source>
        <comment>sex</comment>
        <translation>andet</translation>
    </message>
    <message>
        <source>Create a new, empty database with its first manager.</source>
        <translation>Opret en ny, tom database med dens første leder.</translation>
    </message>
    <message>
        <source>The absence period no longer exists. Open the client again.</source>
        <translation>Fraværsperioden findes ikke længere. Åbn borgeren igen.</translation>
    </message>
    <message>
        <source>The dose cannot be given: the client has missed %1 scheduled doses in a row (the last on %2), so tolerance may be lower. A doctor must reassess the dose first: an attended doctor appointment or a new prescription after %2 lifts the block. You can still register the dose as missed, refused or withheld.</source>
        <translation>Dosis kan ikke gives: borgeren er udeblevet fra %1 planlagte doser i træk (den seneste %2), så tolerancen kan være lavere. En læge skal først revurdere dosis: en gennemført lægeaftale eller en ny ordination efter %2 ophæver blokeringen. Du kan stadig registrere dosis som udeblevet, afvist eller tilbageholdt.</translation>
    </message>
    <message>
        <source>The prescription no longer exists. Open the client&apos;s medication again.</source>
        <translation>Ordinationen findes ikke længere. Åbn borgerens medicin igen.</translation>
    </message>
    <message>
        <source>The group has already started and does not take new members along the way. Check with the group leaders.</source>
        <translation>Gruppen er allerede startet og optager ikke nye deltagere undervejs. Tal med gruppelederne.</translation>
    </message>
    <message>
        <source>The group no longer exists. Open the groups again.</source>
        <translation>Gruppen findes ikke længere. Åbn grupperne igen.</translation>
    </message>
    <message>
        <source>Create the group first, then add its members one by one.</source>
        <translation>Opret først gruppen, og tilføj derefter deltagerne én ad gangen.</translation>
    </message>
    <message>
        <source>The group has more members than the new capacity. Nobody is removed; new members wait until there is room.</source>
        <translation>Gruppen har flere deltagere end det nye antal pladser. Ingen fjernes; nye deltagere venter, til der er plads.</translation>
    </message>
    <message>
        <source>The treatment course has ended. Only clients in an open course can join a group.</source>
        <translation>Behandlingsforløbet er afsluttet. Kun borgere i et åbent forløb kan komme i en gruppe.</translation>
    </message>
    <message>
        <source>Enter the day the client asked for a place.</source>
        <translation>Indtast den dag, borgeren bad om en plads.</translation>
    </message>
    <message>
        <source>The client is already in this group or on its waiting list.</source>
        <translation>Borgeren er allerede i denne gruppe eller på dens venteliste.</translation>
    </message>
    <message>
        <source>The client is not a member of this group.</source>
        <translation>Borgeren er ikke deltager i denne gruppe.</translation>
    </message>
    <message>
        <source>Enter the client&apos;s last day in the group, on or after the first day (%1).</source>
        <translation>Indtast borgerens sidste dag i gruppen, på eller efter den første dag (%1).</translation>
    </message>
    <message>
        <source>The session is not part of this group.</source>
        <translation>Gruppegangen hører ikke til denne gruppe.</translation>
    </message>
    <message>
        <source>The client was not a member of the group on %1. Record attendance for members only.</source>
        <translation>Borgeren var ikke deltager i gruppen %1. Registrér kun fremmøde for deltagere.</translation>
    </message>
    <message>
        <source>The note does not exist. Open the client&apos;s journal again.</source>
        <translation>Notatet findes ikke. Åbn borgerens journal igen.</translation>
    </message>
    <message>
        <source>This note is itself an addendum. Add your correction to the original note.</source>
        <translation>Dette notat er selv en tilføjelse. Skriv din rettelse til det oprindelige notat.</translation>
    </message>
    <message>
        <source>Enter the last day of the prescription, on or after its first day (%1).</source>
        <translation>Indtast ordinationens sidste dag, på eller efter dens første dag (%1).</translation>
    </message>
    <message>
        <source>The prescription already ended on %1. Write a new prescription to continue the treatment.</source>
        <translation>Ordinationen sluttede allerede %1. Skriv en ny ordination for at fortsætte behandlingen.</translation>
    </message>
    <message>
        <source>A dispensing is already registered on %1, after the new last day. Choose that day or a later one as the last day.</source>
        <translation>Der er allerede registreret en udlevering %1, efter den nye sidste dag. Vælg den dag eller en senere som sidste dag.</translation>
    </message>
    <message>
        <source>The take-home supply handed out on %1 lasts until %2, after the prescription&apos;s new last day. Talk to the client about the rest of the supply.</source>
        <translation>Medgivelsen udleveret %1 rækker til %2, efter ordinationens nye sidste dag. Tal med borgeren om resten af medgivelsen.</translation>
    </message>
    <message>
        <source>Enter a baseline, a target or both. To remove a target, delete it.</source>
        <translation>Indtast en baseline, et måltal eller begge. Slet måltallet for at fjerne det.</translation>
    </message>
    <message>
        <source>There is no such target. Open the targets again.</source>
        <translation>Måltallet findes ikke. Åbn måltallene igen.</translation>
    </message>
    <message>
        <source>Alcohol</source>
        <comment>course kind</comment>
        <translation>Alkohol</translation>
    </message>
    <message>
        <source>Drugs</source>
        <comment>course kind</comment>
        <translation>Stoffer</translation>
    </message>
    <message>
        <source>Outpatient</source>
        <comment>setting</comment>
        <translation>Ambulant</translation>
    </message>
    <message>
        <source>Day treatment</source>
        <comment>setting</comment>
        <translation>Dagbehandling</translation>
    </message>
    <message>
        <source>Residential</source>
        <comment>setting</comment>
        <translation>Døgnbehandling</translation>
    </message>
    <message>
        <source>Advice and guidance</source>
        <comment>phase</comment>
        <translation>Råd og vejledning</translation>
    </message>
    <message>
        <source>Introduction</source>
        <comment>phase</comment>
        <translation>Introduktion</translation>
    </message>
    <message>
        <source>Assessment</source>
        <comment>phase</comment>
        <translation>Afklaring</translation>
    </message>
    <message>
        <source>Treatment</source>
        <comment>phase</comment>
        <translation>Behandling</translation>
    </message>
    <message>
        <source>Aftercare</source>
        <comment>phase</comment>
        <translation>Efterbehandling</translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>end reason</comment>
        <translation>Færdigbehandlet</translation>
    </message>
    <message>
        <source>Referred to another service or hospital</source>
        <comment>end reason</comment>
        <translation>Udskrevet til andet tilbud eller hospital</translation>
    </message>
    <message>
        <source>Transferred to the Prison and Probation Service</source>
        <comment>end reason</comment>
        <translation>Overflyttet til Kriminalforsorgen</translation>
    </message>
    <message>
        <source>Moved to another municipality</source>
        <comment>end reason</comment>
        <translation>Flyttet til anden kommune</translation>
    </message>
    <message>
        <source>Dropped out</source>
        <comment>end reason</comment>
        <translation>Udeblevet</translation>
    </message>
    <message>
        <source>Expelled</source>
        <comment>end reason</comment>
        <translation>Bortvist</translation>
    </message>
    <message>
        <source>Chose to stop before completion</source>
        <comment>end reason</comment>
        <translation>Ønskede at stoppe før tid</translation>
    </message>
    <message>
        <source>Deceased</source>
        <comment>end reason</comment>
        <translation>Død</translation>
    </message>
    <message>
        <source>Other reason</source>
        <comment>end reason</comment>
        <translation>Anden årsag</translation>
    </message>
    <message>
        <source>Abstinent</source>
        <comment>outcome</comment>
        <translation>Alkohol-/stoffri</translation>
    </message>
    <message>
        <source>Reduced use</source>
        <comment>outcome</comment>
        <translation>Reduceret forbrug</translation>
    </message>
    <message>
        <source>Stabilised</source>
        <comment>outcome</comment>
        <translation>Stabiliseret</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <comment>outcome</comment>
        <translation>Uændret</translation>
    </message>
    <message>
        <source>Worsened</source>
        <comment>outcome</comment>
        <translation>Forværret</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>outcome</comment>
        <translation>Ukendt</translation>
    </message>
    <message>
        <source>alcohol</source>
        <comment>substance</comment>
        <translation>alkohol</translation>
    </message>
    <message>
        <source>cannabis</source>
        <comment>substance</comment>
        <translation>hash</translation>
    </message>
    <message>
        <source>opioids</source>
        <comment>substance</comment>
        <translation>opioider</translation>
    </message>
    <message>
        <source>cocaine</source>
        <comment>substance</comment>
        <translation>kokain</translation>
    </message>
    <message>
        <source>amphetamine</source>
        <comment>substance</comment>
        <translation>amfetamin</translation>
    </message>
    <message>
        <source>benzodiazepines</source>
        <comment>substance</comment>
        <translation>benzodiazepiner</translation>
    </message>
    <message>
        <source>other substance</source>
        <comment>substance</comment>
        <translation>andet rusmiddel</translation>
    </message>
    <message>
        <source>The username is already used by %1. Choose another username.</source>
        <translation>Brugernavnet bruges allerede af %1. Vælg et andet brugernavn.</translation>
    </message>
    <message>
        <source>Treatment guarantee: start soon</source>
        <translation>Behandlingsgaranti: start snart</translation>
    </message>
    <message>
        <source>Treatment guarantee exceeded</source>
        <translation>Behandlingsgaranti overskredet</translation>
    </message>
    <message>
        <source>Follow-up assessment due</source>
        <translation>Opfølgende måling mangler</translation>
    </message>
    <message>
        <source>No attended contact for 30 days</source>
        <translation>Ingen fremmøde i 30 dage</translation>
    </message>
    <message>
        <source>Three no-shows in a row</source>
        <translation>Tre udeblivelser i træk</translation>
    </message>
    <message>
        <source>Contact the client (no-show)</source>
        <translation>Kontakt borgeren (udeblevet)</translation>
    </message>
    <message>
        <source>Contact the client (missed Antabus)</source>
        <translation>Kontakt borgeren (Antabus ikke taget)</translation>
    </message>
    <message>
        <source>Goal past its deadline</source>
        <translation>Mål over tidsfristen</translation>
    </message>
    <message>
        <source>Goal status score due</source>
        <translation>Statusscore for mål mangler</translation>
    </message>
    <message>
        <source>Post-discharge follow-up due</source>
        <translation>Opfølgning efter udskrivning mangler</translation>
    </message>
    <message>
        <source>Medical review overdue</source>
        <translation>Lægelig revurdering overskredet</translation>
    </message>
    <message>
        <source>As %1 you may see your own caseload only. A coordinator or a manager sees every therapist&apos;s caseload.</source>
        <translation>Som %1 kan du kun se dit eget sagsoverblik. En faglig koordinator eller en leder ser alle behandleres sagsoverblik.</translation>
    </message>
    <message>
        <source>Write the date as dd-mm-yyyy.</source>
        <translation>Skriv datoen som dd-mm-åååå.</translation>
    </message>
    <message>
        <source>Enter the date as dd-mm-yyyy.</source>
        <translation>Angiv datoen som dd-mm-åååå.</translation>
    </message>
    <message>
        <source>Standard</source>
        <comment>program</comment>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Youth</source>
        <comment>program</comment>
        <translation>Unge</translation>
    </message>
    <message>
        <source>Family</source>
        <comment>program</comment>
        <translation>Familie</translation>
    </message>
    <message>
        <source>Outreach</source>
        <comment>program</comment>
        <translation>Fremskudt indsats</translation>
    </message>
    <message>
        <source>Self-management</source>
        <comment>goal theme</comment>
        <translation>Mestring af eget liv</translation>
    </message>
    <message>
        <source>Education and employment</source>
        <comment>goal theme</comment>
        <translation>Uddannelse og beskæftigelse</translation>
    </message>
    <message>
        <source>Health</source>
        <comment>goal theme</comment>
        <translation>Sundhed</translation>
    </message>
    <message>
        <source>Social life</source>
        <comment>goal theme</comment>
        <translation>Socialt liv</translation>
    </message>
    <message>
        <source>Substance use</source>
        <comment>goal theme</comment>
        <translation>Rusmiddelforbrug</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>goal status</comment>
        <translation>Aktivt</translation>
    </message>
    <message>
        <source>Achieved</source>
        <comment>goal status</comment>
        <translation>Opnået</translation>
    </message>
    <message>
        <source>Partly achieved</source>
        <comment>goal status</comment>
        <translation>Delvist opnået</translation>
    </message>
    <message>
        <source>Not achieved</source>
        <comment>goal status</comment>
        <translation>Ikke opnået</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <comment>goal status</comment>
        <translation>Opgivet</translation>
    </message>
    <message>
        <source>Intake</source>
        <comment>assessment type</comment>
        <translation>Indskrivning</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <comment>assessment type</comment>
        <translation>Opfølgning</translation>
    </message>
    <message>
        <source>Discharge</source>
        <comment>assessment type</comment>
        <translation>Udskrivning</translation>
    </message>
    <message>
        <source>After 1 month</source>
        <comment>assessment type</comment>
        <translation>Efter 1 måned</translation>
    </message>
    <message>
        <source>After 6 months</source>
        <comment>assessment type</comment>
        <translation>Efter 6 måneder</translation>
    </message>
    <message>
        <source>Alcohol</source>
        <comment>life area</comment>
        <translation>Alkohol</translation>
    </message>
    <message>
        <source>Drugs</source>
        <comment>life area</comment>
        <translation>Stoffer</translation>
    </message>
    <message>
        <source>Crime</source>
        <comment>life area</comment>
        <translation>Kriminalitet</translation>
    </message>
    <message>
        <source>Employment</source>
        <comment>life area</comment>
        <translation>Beskæftigelse</translation>
    </message>
    <message>
        <source>Economy</source>
        <comment>life area</comment>
        <translation>Økonomi</translation>
    </message>
    <message>
        <source>Family</source>
        <comment>life area</comment>
        <translation>Familie</translation>
    </message>
    <message>
        <source>Mental health</source>
        <comment>life area</comment>
        <translation>Psykisk helbred</translation>
    </message>
    <message>
        <source>Physical health</source>
        <comment>life area</comment>
        <translation>Fysisk helbred</translation>
    </message>
    <message>
        <source>Session</source>
        <comment>note kind</comment>
        <translation>Samtale</translation>
    </message>
    <message>
        <source>Phone call</source>
        <comment>note kind</comment>
        <translation>Telefonsamtale</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <comment>note kind</comment>
        <translation>Opfølgning</translation>
    </message>
    <message>
        <source>Medication</source>
        <comment>note kind</comment>
        <translation>Medicin</translation>
    </message>
    <message>
        <source>Supervision</source>
        <comment>note kind</comment>
        <translation>Supervision</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>note kind</comment>
        <translation>Andet</translation>
    </message>
    <message>
        <source>Holiday</source>
        <comment>absence reason</comment>
        <translation>Ferie</translation>
    </message>
    <message>
        <source>Hospital stay</source>
        <comment>absence reason</comment>
        <translation>Indlæggelse</translation>
    </message>
    <message>
        <source>Prison sentence</source>
        <comment>absence reason</comment>
        <translation>Afsoning</translation>
    </message>
    <message>
        <source>Residential stay elsewhere</source>
        <comment>absence reason</comment>
        <translation>Døgnophold andetsteds</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>absence reason</comment>
        <translation>Andet</translation>
    </message>
    <message>
        <source>Individual session</source>
        <comment>appointment type</comment>
        <translation>Individuel samtale</translation>
    </message>
    <message>
        <source>Family session</source>
        <comment>appointment type</comment>
        <translation>Familiesamtale</translation>
    </message>
    <message>
        <source>Relatives</source>
        <comment>appointment type</comment>
        <translation>Pårørende</translation>
    </message>
    <message>
        <source>Doctor</source>
        <comment>appointment type</comment>
        <translation>Læge</translation>
    </message>
    <message>
        <source>Nurse</source>
        <comment>appointment type</comment>
        <translation>Sygeplejerske</translation>
    </message>
    <message>
        <source>NADA</source>
        <comment>appointment type</comment>
        <translation>NADA</translation>
    </message>
    <message>
        <source>Outreach</source>
        <comment>appointment type</comment>
        <translation>Opsøgende</translation>
    </message>
    <message>
        <source>Phone</source>
        <comment>appointment type</comment>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Video</source>
        <comment>appointment type</comment>
        <translation>Video</translation>
    </message>
    <message>
        <source>none</source>
        <comment>VUM support need</comment>
        <translation>ingen</translation>
    </message>
    <message>
        <source>light</source>
        <comment>VUM support need</comment>
        <translation>let</translation>
    </message>
    <message>
        <source>moderate</source>
        <comment>VUM support need</comment>
        <translation>moderat</translation>
    </message>
    <message>
        <source>severe</source>
        <comment>VUM support need</comment>
        <translation>svær</translation>
    </message>
    <message>
        <source>complete</source>
        <comment>VUM support need</comment>
        <translation>fuldstændig</translation>
    </message>
    <message>
        <source>%1 %2 support need</source>
        <comment>VUM score</comment>
        <translation>%1 %2 støttebehov</translation>
    </message>
    <message>
        <source>not asked</source>
        <comment>life area severity</comment>
        <translation>ikke spurgt</translation>
    </message>
    <message>
        <source>0 none</source>
        <comment>life area severity</comment>
        <translation>0 intet problem</translation>
    </message>
    <message>
        <source>1 slight</source>
        <comment>life area severity</comment>
        <translation>1 lille</translation>
    </message>
    <message>
        <source>2 moderate</source>
        <comment>life area severity</comment>
        <translation>2 moderat</translation>
    </message>
    <message>
        <source>3 considerable</source>
        <comment>life area severity</comment>
        <translation>3 betydeligt</translation>
    </message>
    <message>
        <source>4 extreme</source>
        <comment>life area severity</comment>
        <translation>4 ekstremt</translation>
    </message>
    <message>
        <source>Take a checked backup of a database.</source>
        <translation>Tag en kontrolleret backup af en database.</translation>
    </message>
    <message>
        <source>Replace a database by a checked backup.</source>
        <translation>Erstat en database med en kontrolleret backup.</translation>
    </message>
    <message>
        <source>Log purged</source>
        <translation>Log ryddet</translation>
    </message>
    <message>
        <source>Backup taken</source>
        <translation>Backup taget</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Genskabt</translation>
    </message>
    <message>
        <source>The access log is kept from 1 month up to 5 years (60 months). Choose a period in that range.</source>
        <translation>Adgangsloggen gemmes fra 1 måned op til 5 år (60 måneder). Vælg en periode i det interval.</translation>
    </message>
    <message>
        <source>The database is busy: another Mestring window or PC has been saving for more than %1 seconds. Nothing was saved. Wait a moment and try again; if it goes on, close Mestring on the other PCs.</source>
        <translation>Databasen er optaget: et andet Mestring-vindue eller en anden pc har gemt i mere end %1 sekunder. Intet blev gemt. Vent et øjeblik, og prøv igen; fortsætter det, så luk Mestring på de andre pc&apos;er.</translation>
    </message>
    <message>
        <source>Methadone</source>
        <comment>drug</comment>
        <translation>Metadon</translation>
    </message>
    <message>
        <source>Buprenorphine</source>
        <comment>drug</comment>
        <translation>Buprenorfin</translation>
    </message>
    <message>
        <source>Buprenorphine/naloxone</source>
        <comment>drug</comment>
        <translation>Buprenorfin/naloxon</translation>
    </message>
    <message>
        <source>Buprenorphine depot</source>
        <comment>drug</comment>
        <translation>Buprenorfin depot</translation>
    </message>
    <message>
        <source>Disulfiram (Antabus)</source>
        <comment>drug</comment>
        <translation>Disulfiram (Antabus)</translation>
    </message>
    <message>
        <source>Naltrexone</source>
        <comment>drug</comment>
        <translation>Naltrexon</translation>
    </message>
    <message>
        <source>Acamprosate</source>
        <comment>drug</comment>
        <translation>Akamprosat</translation>
    </message>
    <message>
        <source>Nalmefene</source>
        <comment>drug</comment>
        <translation>Nalmefen</translation>
    </message>
    <message>
        <source>Chlordiazepoxide</source>
        <comment>drug</comment>
        <translation>Klordiazepoxid</translation>
    </message>
    <message>
        <source>Oxazepam</source>
        <comment>drug</comment>
        <translation>Oxazepam</translation>
    </message>
    <message>
        <source>Other drug</source>
        <comment>drug</comment>
        <translation>Andet præparat</translation>
    </message>
    <message>
        <source>Substitution</source>
        <comment>drug category</comment>
        <translation>Substitution</translation>
    </message>
    <message>
        <source>Antabus</source>
        <comment>drug category</comment>
        <translation>Antabus</translation>
    </message>
    <message>
        <source>Anti-craving</source>
        <comment>drug category</comment>
        <translation>Trangdæmpende</translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <comment>drug category</comment>
        <translation>Abstinensbehandling</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>drug category</comment>
        <translation>Andet</translation>
    </message>
    <message>
        <source>Supervised intake</source>
        <comment>dispensing mode</comment>
        <translation>Overvåget indtagelse</translation>
    </message>
    <message>
        <source>Take-home</source>
        <comment>dispensing mode</comment>
        <translation>Hjemmedosering</translation>
    </message>
    <message>
        <source>Pharmacy</source>
        <comment>dispensing mode</comment>
        <translation>Apotek</translation>
    </message>
    <message>
        <source>Taken</source>
        <comment>dispensing status</comment>
        <translation>Taget</translation>
    </message>
    <message>
        <source>Handed out</source>
        <comment>dispensing status</comment>
        <translation>Udleveret</translation>
    </message>
    <message>
        <source>Missed</source>
        <comment>dispensing status</comment>
        <translation>Udeblevet</translation>
    </message>
    <message>
        <source>Refused</source>
        <comment>dispensing status</comment>
        <translation>Nægtet</translation>
    </message>
    <message>
        <source>Withheld</source>
        <comment>dispensing status</comment>
        <translation>Tilbageholdt</translation>
    </message>
    <message>
        <source>Alcohol courses with success</source>
        <translation>Alkoholforløb med succes</translation>
    </message>
    <message>
        <source>Drug courses with success</source>
        <translation>Stofforløb med succes</translation>
    </message>
    <message>
        <source>Completed courses with abstinence or reduction</source>
        <translation>Gennemført med ophør eller reduktion</translation>
    </message>
    <message>
        <source>No-show rate</source>
        <translation>Udeblivelser</translation>
    </message>
    <message>
        <source>Treatment guarantee kept</source>
        <translation>Behandlingsgaranti overholdt</translation>
    </message>
    <message>
        <source>Waiting days (median)</source>
        <translation>Ventedage (median)</translation>
    </message>
    <message>
        <source>Residential courses completed</source>
        <translation>Døgnforløb gennemført</translation>
    </message>
    <message>
        <source>Buprenorphine share of substitution</source>
        <translation>Andel buprenorphin af substitution</translation>
    </message>
    <message>
        <source>Clients on antabus</source>
        <translation>Borgere i antabusbehandling</translation>
    </message>
    <message>
        <source>Antabus episodes ended</source>
        <translation>Afsluttede antabusforløb</translation>
    </message>
    <message>
        <source>Families reached</source>
        <translation>Familier nået</translation>
    </message>
    <message>
        <source>Goals mastered</source>
        <translation>Mål mestret</translation>
    </message>
    <message>
        <source>Life areas improved</source>
        <translation>Livsområder forbedret</translation>
    </message>
    <message>
        <source>Quality of life kept under substitution</source>
        <translation>Livskvalitet fastholdt under substitution</translation>
    </message>
    <message>
        <source>Phase transitions</source>
        <translation>Faseovergange</translation>
    </message>
    <message>
        <source>Group attendance</source>
        <translation>Fremmøde i grupper</translation>
    </message>
    <message>
        <source>Active clients</source>
        <translation>Aktive borgere</translation>
    </message>
    <message>
        <source>New courses</source>
        <translation>Nye forløb</translation>
    </message>
    <message>
        <source>Ended courses</source>
        <translation>Afsluttede forløb</translation>
    </message>
    <message>
        <source>Follow-up assessment overdue</source>
        <translation>Opfølgende statusmåling overskredet</translation>
    </message>
    <message>
        <source>Follow-up after discharge done</source>
        <translation>Opfølgning efter udskrivning gennemført</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Alcohol</source>
        <translation>Alkohol</translation>
    </message>
    <message>
        <source>Drugs</source>
        <translation>Stoffer</translation>
    </message>
    <message>
        <source>Self-management</source>
        <translation>Mestring af eget liv</translation>
    </message>
    <message>
        <source>Education and employment</source>
        <translation>Uddannelse og beskæftigelse</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Sundhed</translation>
    </message>
    <message>
        <source>Social life</source>
        <translation>Socialt liv</translation>
    </message>
    <message>
        <source>Substance use</source>
        <translation>Rusmiddelbrug</translation>
    </message>
    <message>
        <source>Crime</source>
        <translation>Kriminalitet</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Beskæftigelse</translation>
    </message>
    <message>
        <source>Economy</source>
        <translation>Økonomi</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation>Psykisk helbred</translation>
    </message>
    <message>
        <source>Physical health</source>
        <translation>Fysisk helbred</translation>
    </message>
    <message>
        <source>After 1 month</source>
        <translation>Efter 1 måned</translation>
    </message>
    <message>
        <source>After 6 months</source>
        <translation>Efter 6 måneder</translation>
    </message>
    <message>
        <source>advice → introduction</source>
        <translation>rådgivning → introduktion</translation>
    </message>
    <message>
        <source>introduction → assessment</source>
        <translation>introduktion → udredning</translation>
    </message>
    <message>
        <source>assessment → treatment</source>
        <translation>udredning → behandling</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Length in days (median)</source>
        <translation>Længde i dage (median)</translation>
    </message>
    <message>
        <source>1-30 days</source>
        <translation>1-30 dage</translation>
    </message>
    <message>
        <source>31-90 days</source>
        <translation>31-90 dage</translation>
    </message>
    <message>
        <source>91-180 days</source>
        <translation>91-180 dage</translation>
    </message>
    <message>
        <source>181 days or more</source>
        <translation>181 dage eller flere</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>kind: phase transition</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>percentage</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>A calendar shows from one day up to six weeks. Choose a shorter period.</source>
        <translation>En kalender viser fra én dag op til seks uger. Vælg en kortere periode.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>The file %1 could not be written. Choose another folder.</source>
        <translation>Filen %1 kunne ikke skrives. Vælg en anden mappe.</translation>
    </message>
    <message>
        <source>Planned</source>
        <comment>appointment status</comment>
        <translation>Planlagt</translation>
    </message>
    <message>
        <source>Attended</source>
        <comment>appointment status</comment>
        <translation>Fremmødt</translation>
    </message>
    <message>
        <source>No-show</source>
        <comment>appointment status</comment>
        <translation>Udeblevet</translation>
    </message>
    <message>
        <source>Cancelled by client</source>
        <comment>appointment status</comment>
        <translation>Afbud</translation>
    </message>
    <message>
        <source>Cancelled by centre</source>
        <comment>appointment status</comment>
        <translation>Aflyst</translation>
    </message>
    <message>
        <source>The session on %1 has not been held yet. Record attendance on or after the day.</source>
        <translation>Sessionen den %1 er ikke holdt endnu. Registrér fremmøde på dagen eller senere.</translation>
    </message>
    <message>
        <source>BASIS psychoeducation</source>
        <comment>group type</comment>
        <translation>BASIS psykoedukation</translation>
    </message>
    <message>
        <source>Motivation</source>
        <comment>group type</comment>
        <translation>Motivation</translation>
    </message>
    <message>
        <source>CBT (cognitive behavioural therapy)</source>
        <comment>group type</comment>
        <translation>KAT (kognitiv adfærdsterapi)</translation>
    </message>
    <message>
        <source>Mindfulness</source>
        <comment>group type</comment>
        <translation>Mindfulness</translation>
    </message>
    <message>
        <source>Theme morning</source>
        <comment>group type</comment>
        <translation>Temaformiddag</translation>
    </message>
    <message>
        <source>Life skills</source>
        <comment>group type</comment>
        <translation>Livsmestring</translation>
    </message>
    <message>
        <source>Relatives</source>
        <comment>group type</comment>
        <translation>Pårørende</translation>
    </message>
    <message>
        <source>attended</source>
        <comment>group attendance</comment>
        <translation>fremmødt</translation>
    </message>
    <message>
        <source>no-show</source>
        <comment>group attendance</comment>
        <translation>udeblevet</translation>
    </message>
    <message>
        <source>cancelled by the client</source>
        <comment>group attendance</comment>
        <translation>afbud</translation>
    </message>
    <message>
        <source>Write Opfølgning pr. behandler or Borgerstatus as PDF (a therapist or a client).</source>
        <translation>Skriv Opfølgning pr. behandler eller Borgerstatus som PDF (en behandler eller en borger).</translation>
    </message>
    <message>
        <source>Target, drugs</source>
        <translation>Mål, stoffer</translation>
    </message>
    <message>
        <source>Improved</source>
        <translation>Forbedret</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Uændret</translation>
    </message>
    <message>
        <source>Worsened</source>
        <translation>Forværret</translation>
    </message>
    <message>
        <source>Courses ended in the period</source>
        <translation>Forløb afsluttet i perioden</translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation>Episoder</translation>
    </message>
    <message>
        <source>Buprenorphine</source>
        <translation>Buprenorfin</translation>
    </message>
    <message>
        <source>Other substitution</source>
        <translation>Anden substitution</translation>
    </message>
    <message>
        <source>Share: %1</source>
        <translation>Andel: %1</translation>
    </message>
    <message>
        <source> (target %1)</source>
        <translation> (mål %1)</translation>
    </message>
    <message>
        <source>No-show rate per month</source>
        <translation>Udeblivelser pr. måned</translation>
    </message>
    <message>
        <source>Phase transitions (share moving on)</source>
        <translation>Faseovergange (andel der går videre)</translation>
    </message>
    <message>
        <source>Life areas from intake to discharge</source>
        <translation>Livsområder fra indskrivning til udskrivning</translation>
    </message>
    <message>
        <source>Length of antabus episodes</source>
        <translation>Varighed af antabusforløb</translation>
    </message>
    <message>
        <source>Substitution on the last day: buprenorphine</source>
        <translation>Substitution på periodens sidste dag: buprenorfin</translation>
    </message>
    <message>
        <source>The text is too long: %1 characters, at most %2 are allowed. Shorten it.</source>
        <translation>Teksten er for lang: %1 tegn, højst %2 er tilladt. Gør den kortere.</translation>
    </message>
    <message>
        <source>There is no indicator %1. Choose one of the report&apos;s indicators.</source>
        <translation>Der findes ingen indikator %1. Vælg en af rapportens indikatorer.</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>quarter %1 of %2</source>
        <translation>%1. kvt. %2</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>K%1 %2</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Faktisk</translation>
    </message>
    <message>
        <source>Dispose of a client&apos;s records after the 10-year retention period (kassation).</source>
        <translation>Kassér en borgers data efter opbevaringsperioden på 10 år (kassation).</translation>
    </message>
    <message>
        <source>Nothing about the client is dated, so nothing shows that the retention period has run out. The records cannot be disposed of.</source>
        <translation>Intet om borgeren er dateret, så intet viser, at opbevaringsperioden er udløbet. Data kan ikke kasseres.</translation>
    </message>
    <message>
        <source>The client&apos;s records must be kept until %1 (%2 years after the last entry, %3). They cannot be disposed of before then.</source>
        <translation>Borgerens data skal opbevares til %1 (%2 år efter sidste registrering, %3). De kan ikke kasseres før.</translation>
    </message>
    <message>
        <source>A date about the client cannot be read (&apos;%1&apos;), so the end of the retention period is unknown. Nothing was disposed of; have the date corrected first.</source>
        <translation>En dato om borgeren kan ikke læses (&apos;%1&apos;), så opbevaringsperiodens slutning er ukendt. Intet blev kasseret; få datoen rettet først.</translation>
    </message>
    <message>
        <source>Copy a whole centre between a file and a server.</source>
        <translation>Kopiér et helt center mellem en fil og en server.</translation>
    </message>
    <message>
        <source>Create a centre&apos;s database on a PostgreSQL server.</source>
        <translation>Opret et centers database på en PostgreSQL-server.</translation>
    </message>
    <message>
        <source>The database file to open (default: %1), or a server&apos;s address postgresql://user@server/database.</source>
        <translation>Databasefilen, der skal åbnes (standard: %1), eller en servers adresse postgresql://bruger@server/database.</translation>
    </message>
    <message>
        <source>The tables refer to each other in a circle and cannot be copied.</source>
        <translation>Tabellerne henviser til hinanden i ring og kan ikke kopieres.</translation>
    </message>
    <message>
        <source>The database to copy to already holds records (%1 in %2). Copy only into a new, empty database; nothing has been copied.</source>
        <translation>Databasen, der skal kopieres til, indeholder allerede data (%1 i %2). Kopiér kun til en ny, tom database; intet er kopieret.</translation>
    </message>
    <message>
        <source>The two databases have different tables (different program versions?). Nothing has been copied.</source>
        <translation>De to databaser har forskellige tabeller (forskellige programversioner?). Intet er kopieret.</translation>
    </message>
    <message>
        <source>The password library could not start.</source>
        <translation>Adgangskodebiblioteket kunne ikke starte.</translation>
    </message>
    <message>
        <source>There was not enough memory to protect the password. Close other programs and try again.</source>
        <translation>Der var ikke hukommelse nok til at beskytte adgangskoden. Luk andre programmer, og prøv igen.</translation>
    </message>
    <message>
        <source>The database %1 is damaged. It has not been changed. Restore the latest backup, or ask your IT support for help.</source>
        <translation>Databasen %1 er beskadiget. Den er ikke blevet ændret. Gendan den seneste sikkerhedskopi, eller bed din IT-support om hjælp.</translation>
    </message>
    <message>
        <source>The database %1 could not be created: another program created a file by that name meanwhile, or the folder may not be written. Nothing has been changed.</source>
        <translation>Databasen %1 kunne ikke oprettes: et andet program har imens oprettet en fil med det navn, eller der må ikke skrives i mappen. Intet er ændret.</translation>
    </message>
    <message>
        <source>The database file could not be opened.</source>
        <translation>Databasefilen kunne ikke åbnes.</translation>
    </message>
    <message>
        <source>The time zone Europe/Copenhagen is missing on this computer, so every time would be shown wrong. Ask IT to install the time zone data (the Debian package tzdata) and start again.</source>
        <translation>Tidszonen Europe/Copenhagen mangler på denne computer, så alle klokkeslæt ville blive vist forkert. Bed IT om at installere tidszonedata (Debian-pakken tzdata), og start igen.</translation>
    </message>
    <message>
        <source>There is no dispensing with id &apos;%1&apos;. A correction annuls an existing dispensing.</source>
        <translation>Der findes ingen udlevering med id &apos;%1&apos;. En rettelse annullerer en eksisterende udlevering.</translation>
    </message>
    <message>
        <source>The dispensing is already annulled by %1. A dispensing is annulled once.</source>
        <translation>Udleveringen er allerede annulleret af %1. En udlevering annulleres kun én gang.</translation>
    </message>
    <message>
        <source>The closed day has no date.</source>
        <translation>Lukkedagen har ingen dato.</translation>
    </message>
    <message>
        <source>The day is already a closed day (%1). List each day once.</source>
        <translation>Dagen er allerede en lukkedag (%1). Angiv hver dag én gang.</translation>
    </message>
    <message>
        <source>Write why the centre is closed that day (e.g. Grundlovsdag).</source>
        <translation>Skriv hvorfor centret er lukket den dag (fx Grundlovsdag).</translation>
    </message>
    <message>
        <source>Only a late registration is confirmed by a doctor. Remove the confirmation, or give the reason for the late registration.</source>
        <translation>Kun en efterregistrering bekræftes af en læge. Fjern bekræftelsen, eller angiv årsagen til efterregistreringen.</translation>
    </message>
    <message>
        <source>The prescription was annulled as entered in error, so nothing is dispensed on it. Annul the dispensing, or register it on the right prescription.</source>
        <translation>Ordinationen er annulleret som fejlindtastet, så der udleveres intet på den. Annullér udleveringen, eller registrér den på den rigtige ordination.</translation>
    </message>
    <message>
        <source>A dispensing of this medicine is already registered on %1. If that one is wrong, annul it on the client&apos;s Medication tab (with a reason) and register again.</source>
        <translation>Der er allerede registreret en udlevering af denne medicin den %1. Er den forkert, så annullér den på borgerens Medicin-fane (med en begrundelse) og registrér igen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is covered by the take-home supply handed out on %2 (%n day(s)). No dose is registered on a day the client already has medicine for.</source>
        <translation>
            <numerusform>%1 er dækket af hjemmedoseringen udleveret %2 (%n dag). Der registreres ingen dosis på en dag, borgeren allerede har medicin til.</numerusform>
            <numerusform>%1 er dækket af hjemmedoseringen udleveret %2 (%n dage). Der registreres ingen dosis på en dag, borgeren allerede har medicin til.</numerusform>
        </translation>
    </message>
    <message>
        <source>The take-home supply would cover %1, which already has a registered dispensing. A supply only covers days with nothing registered: hand out fewer days.</source>
        <translation>Hjemmedoseringen ville dække %1, hvor der allerede er registreret en udlevering. En hjemmedosering dækker kun dage uden registreringer: udlevér færre dage.</translation>
    </message>
    <message>
        <source>The prescription is not for take-home, so no supply is handed out on it (only the doses of closed days right after the day). Register the dose as taken, or ask a doctor to change the prescription to take-home.</source>
        <translation>Ordinationen er ikke til hjemmedosering, så der udleveres ikke medicin med hjem på den (kun doserne til lukkedage lige efter dagen). Registrér dosis som taget, eller bed en læge ændre ordinationen til hjemmedosering.</translation>
    </message>
    <message>
        <source>The correction has no id.</source>
        <translation>Rettelsen har intet id.</translation>
    </message>
    <message>
        <source>The correction names no dispensing. Choose the dispensing it annuls.</source>
        <translation>Rettelsen nævner ingen udlevering. Vælg den udlevering, den annullerer.</translation>
    </message>
    <message>
        <source>%1 is not a doctor. Only a doctor annuls a prescription or confirms a dose or a late registration.</source>
        <translation>%1 er ikke læge. Kun en læge annullerer en ordination eller bekræfter en dosis eller en efterregistrering.</translation>
    </message>
    <message>
        <source>%1 mg is above the centre&apos;s limit of %2 mg for this drug. A doctor must confirm the dose with a reason.</source>
        <translation>%1 mg er over centrets grænse på %2 mg for dette præparat. En læge skal bekræfte dosis med en begrundelse.</translation>
    </message>
    <message>
        <source>%1 mg changes the dose by more than 50 % from %2 mg. A doctor must confirm the dose with a reason.</source>
        <translation>%1 mg ændrer dosis med mere end 50 % fra %2 mg. En læge skal bekræfte dosis med en begrundelse.</translation>
    </message>
    <message>
        <source>Write the reason, so colleagues and the doctor can see why.</source>
        <translation>Skriv begrundelsen, så kolleger og lægen kan se hvorfor.</translation>
    </message>
    <message>
        <source>Name the staff member who decided it.</source>
        <translation>Angiv den medarbejder, der besluttede det.</translation>
    </message>
    <message>
        <source>Give the time it was decided.</source>
        <translation>Angiv tidspunktet for beslutningen.</translation>
    </message>
    <message>
        <source>The prescription was annulled as entered in error; it is not in force and cannot be changed or stopped. Write a new prescription.</source>
        <translation>Ordinationen er annulleret som fejlindtastet; den gælder ikke og kan ikke ændres eller stoppes. Skriv en ny ordination.</translation>
    </message>
    <message>
        <source>Write why the dispensing is annulled (e.g. registered on the wrong client), so the correction can be understood later.</source>
        <translation>Skriv hvorfor udleveringen annulleres (fx registreret på forkert borger), så rettelsen kan forstås senere.</translation>
    </message>
    <message>
        <source>Write why the prescription is annulled (e.g. wrong dose typed), so it can be understood later.</source>
        <translation>Skriv hvorfor ordinationen annulleres (fx forkert dosis tastet), så det kan forstås senere.</translation>
    </message>
    <message>
        <source>Write why the dose is right (e.g. planned increase after the consultation).</source>
        <translation>Skriv hvorfor dosis er rigtig (fx planlagt optrapning efter lægesamtalen).</translation>
    </message>
    <message>
        <source>Staff accounts: list, add, passwd, unlock, deactivate, reactivate, change.</source>
        <translation>Medarbejderkonti: list, add, passwd, unlock, deactivate, reactivate, change.</translation>
    </message>
    <message>
        <source>You have no access to %1 (your role: %2).</source>
        <translation>Du har ikke adgang til %1 (din rolle: %2).</translation>
    </message>
    <message>
        <source>As %1 you may read here, but not write.</source>
        <translation>Som %1 kan du læse her, men ikke skrive.</translation>
    </message>
    <message>
        <source>S&amp;how the password</source>
        <translation>&amp;Vis adgangskoden</translation>
    </message>
    <message>
        <source>The two passwords are not the same. Type the password again.</source>
        <translation>De to adgangskoder er ikke ens. Skriv adgangskoden igen.</translation>
    </message>
    <message>
        <source>Su&amp;ggest</source>
        <translation>&amp;Foreslå</translation>
    </message>
    <message>
        <source>Two words and a number, easy to pass on; shown so you can tell the colleague</source>
        <translation>To ord og et tal, lette at give videre; vises, så du kan fortælle kollegaen den</translation>
    </message>
    <message>
        <source>The colleague logs in once with this temporary password and then chooses their own (at least %1 characters).</source>
        <translation>Kollegaen logger ind én gang med denne midlertidige adgangskode og vælger derefter sin egen (mindst %1 tegn).</translation>
    </message>
    <message>
        <source>SRS below 36</source>
        <translation>SRS under 36</translation>
    </message>
    <message>
        <source>No progress (ORS)</source>
        <translation>Ingen fremgang (ORS)</translation>
    </message>
    <message>
        <source>Registry report overdue</source>
        <translation>Indberetning forsinket</translation>
    </message>
    <message>
        <source>The client&apos;s previous course of this kind ended on %1, %2 day(s) before. The register merges a course that starts %3 days or fewer after the previous one with it: report it as a continuation of that course.</source>
        <translation>Borgerens forrige forløb af samme slags sluttede %1, %2 dag(e) før. Registret lægger et forløb, der starter %3 dage eller mindre efter det forrige, sammen med det: indberet det som en fortsættelse af det forløb.</translation>
    </message>
    <message>
        <source>There is no appointment with id &apos;%1&apos;. Choose an existing appointment.</source>
        <translation>Der findes ingen aftale med id &apos;%1&apos;. Vælg en aftale, der findes.</translation>
    </message>
    <message>
        <source>There is no group session with id &apos;%1&apos;. Choose an existing session.</source>
        <translation>Der findes ingen gruppegang med id &apos;%1&apos;. Vælg en gang, der findes.</translation>
    </message>
    <message>
        <source>Expected a number with at most one decimal (a FIT item, e.g. 7.4).</source>
        <translation>Forventede et tal med højst én decimal (et FIT-punkt, fx 7.4).</translation>
    </message>
    <message>
        <source>A FIT rating has exactly four items (four numbers from 0 to 10).</source>
        <translation>En FIT-måling har præcis fire punkter (fire tal fra 0 til 10).</translation>
    </message>
    <message>
        <source>The client filled in FIT at this session, so they were there. Correct the FIT rating first if it belongs to another session.</source>
        <translation>Borgeren har udfyldt FIT ved denne samtale og var altså til stede. Ret først FIT-målingen, hvis den hører til en anden samtale.</translation>
    </message>
    <message>
        <source>The appointment no longer exists. Open it again.</source>
        <translation>Aftalen findes ikke længere. Åbn den igen.</translation>
    </message>
    <message>
        <source>The group session no longer exists. Open it again.</source>
        <translation>Gruppegangen findes ikke længere. Åbn den igen.</translation>
    </message>
    <message>
        <source>The session on %1 has not been held yet. Record FIT on or after the day.</source>
        <translation>Samtalen %1 er ikke holdt endnu. Registrér FIT på dagen eller senere.</translation>
    </message>
    <message>
        <source>The day lies in the future. Mark it reported on the day it was reported.</source>
        <translation>Dagen ligger ude i fremtiden. Markér den indberettet den dag, den blev indberettet.</translation>
    </message>
    <message>
        <source>The event is not marked as reported (any more). Read the list again.</source>
        <translation>Hændelsen er ikke (længere) markeret som indberettet. Indlæs listen igen.</translation>
    </message>
    <message>
        <source>The waiting-list entry no longer exists. Open the list again.</source>
        <translation>Pladsen på ventelisten findes ikke længere. Åbn listen igen.</translation>
    </message>
    <message>
        <source>The day the person asked lies in the future. Enter the day they asked.</source>
        <translation>Dagen, personen henvendte sig, ligger ude i fremtiden. Skriv den dag, de henvendte sig.</translation>
    </message>
    <message>
        <source>The person has been taken off the list; the entry is kept as it was.</source>
        <translation>Personen er taget af listen; pladsen gemmes, som den var.</translation>
    </message>
    <message>
        <source>The person was already taken off the list on %1.</source>
        <translation>Personen blev allerede taget af listen %1.</translation>
    </message>
    <message>
        <source>The day lies in the future. Take the person off on the day it happens.</source>
        <translation>Dagen ligger ude i fremtiden. Tag personen af listen den dag, det sker.</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Andel</translation>
    </message>
    <message>
        <source>Client feedback (FIT)</source>
        <translation>Borgernes feedback (FIT)</translation>
    </message>
    <message>
        <source>FIT: reliable progress (ORS)</source>
        <translation>FIT: sikker fremgang (ORS)</translation>
    </message>
    <message>
        <source>FIT: sessions with SRS below 36</source>
        <translation>FIT: samtaler med SRS under 36</translation>
    </message>
    <message>
        <source>Reliable progress (ORS)</source>
        <translation>Sikker fremgang (ORS)</translation>
    </message>
    <message>
        <source>%1 is already registered with this CPR number. Open that client instead of creating a new one.</source>
        <translation>%1 er allerede registreret med dette CPR-nummer. Åbn den borger i stedet for at oprette en ny.</translation>
    </message>
    <message>
        <source>The database connection could not be prepared for Danish alphabetical order. Reinstall Mestring.</source>
        <translation>Forbindelsen til databasen kunne ikke gøres klar til dansk alfabetisk orden. Geninstallér Mestring.</translation>
    </message>
    <message numerus="yes">
        <source>An absence period; %n appointment(s) cancelled</source>
        <translation>
            <numerusform>En fraværsperiode; %n aftale aflyst</numerusform>
            <numerusform>En fraværsperiode; %n aftaler aflyst</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) disposed of; the last entry was %1</source>
        <translation>
            <numerusform>%n journal kasseret; seneste registrering var %1</numerusform>
            <numerusform>%n journaler kasseret; seneste registrering var %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The access log is kept for %n month(s)</source>
        <translation>
            <numerusform>Adgangsloggen gemmes i %n måned</numerusform>
            <numerusform>Adgangsloggen gemmes i %n måneder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) from before %1 removed</source>
        <translation>
            <numerusform>%n registrering fra før %1 fjernet</numerusform>
            <numerusform>%n registreringer fra før %1 fjernet</numerusform>
        </translation>
    </message>
    <message>
        <source>Compute the effect report for a period (JSON, CSV, xlsx or PDF), broken down or compared.</source>
        <translation>Beregn effektrapporten for en periode (JSON, CSV, xlsx eller PDF), opdelt eller sammenlignet.</translation>
    </message>
    <message>
        <source>Of the alcohol courses that ended in the period: the share that ended free of alcohol or with less drinking, or were referred on to another offer.</source>
        <translation>Af de alkoholforløb, der sluttede i perioden: andelen, der sluttede alkoholfri eller med mindre forbrug, eller blev henvist til et andet tilbud.</translation>
    </message>
    <message>
        <source>Of the drug courses that ended in the period: the share that ended free of drugs, with less use or stabilised.</source>
        <translation>Af de stofforløb, der sluttede i perioden: andelen, der sluttede stoffri, med mindre forbrug eller stabiliseret.</translation>
    </message>
    <message>
        <source>Of the courses that ended as completed in the period (alcohol and drugs apart): the share that ended free of the substance or with less use.</source>
        <translation>Af de forløb, der sluttede som færdigbehandlet i perioden (alkohol og stoffer hver for sig): andelen, der sluttede fri af rusmidlet eller med mindre forbrug.</translation>
    </message>
    <message>
        <source>Of the appointments in the period that the client came to or missed: the share missed. Cancellations do not count.</source>
        <translation>Af de aftaler i perioden, som borgeren kom til eller udeblev fra: andelen, borgeren udeblev fra. Afbud og aflysninger tæller ikke med.</translation>
    </message>
    <message>
        <source>Of the courses started in the period that the treatment guarantee applies to: the share started at most 14 days after the citizen asked for treatment.</source>
        <translation>Af de forløb, der startede i perioden, og som behandlingsgarantien gælder for: andelen, der startede senest 14 dage efter, at borgeren bad om behandling.</translation>
    </message>
    <message>
        <source>The middle number of days from request to start over the same courses: half waited less, half longer.</source>
        <translation>Det midterste antal dage fra anmodning til start for de samme forløb: halvdelen ventede kortere, halvdelen længere.</translation>
    </message>
    <message>
        <source>Of the residential stays that ended in the period: the share completed.</source>
        <translation>Af de døgnophold, der sluttede i perioden: andelen, der blev gennemført.</translation>
    </message>
    <message>
        <source>Of the clients in substitution treatment on the period&apos;s last day: the share treated with buprenorphine (also with naloxone or as a depot).</source>
        <translation>Af borgerne i substitutionsbehandling på periodens sidste dag: andelen, der behandles med buprenorphin (også med naloxon eller som depot).</translation>
    </message>
    <message>
        <source>The number of clients who had antabus prescribed on at least one day of the period.</source>
        <translation>Antal borgere, der havde antabus ordineret på mindst én dag i perioden.</translation>
    </message>
    <message>
        <source>Unbroken runs of antabus treatment that ended in the period: how many, their middle length in days, and how many lasted 1-30, 31-90, 91-180 or more than 180 days.</source>
        <translation>Sammenhængende perioder med antabusbehandling, der sluttede i perioden: hvor mange, den midterste længde i dage, og hvor mange der varede 1-30, 31-90, 91-180 eller over 180 dage.</translation>
    </message>
    <message>
        <source>The number of clients who attended at least one family conversation in the period.</source>
        <translation>Antal borgere, der har deltaget i mindst én familiesamtale i perioden.</translation>
    </message>
    <message>
        <source>Of the goals closed in the period with a baseline and at least one status score: the share whose last score is as good as the baseline or better (lower is better).</source>
        <translation>Af de mål, der blev lukket i perioden med et udgangspunkt og mindst én statusscore: andelen, hvor den sidste score er lige så god som udgangspunktet eller bedre (lavere er bedre).</translation>
    </message>
    <message>
        <source>Of the courses ended in the period that were scored on a life area both at intake and at discharge: the share that improved on it.</source>
        <translation>Af de forløb, der sluttede i perioden, og som fik en score på et livsområde både ved indskrivning og udskrivning: andelen, der blev bedre på området.</translation>
    </message>
    <message>
        <source>Of the clients in substitution treatment on the period&apos;s last day with at least two quality-of-life ratings: the share whose latest rating is at least as high as the first.</source>
        <translation>Af borgerne i substitutionsbehandling på periodens sidste dag med mindst to målinger af livskvalitet: andelen, hvor den seneste måling er mindst lige så høj som den første.</translation>
    </message>
    <message>
        <source>Of the courses that entered a phase in the period: the share that went on to the next phase by the period&apos;s end.</source>
        <translation>Af de forløb, der gik ind i en fase i perioden: andelen, der gik videre til næste fase inden periodens slutning.</translation>
    </message>
    <message>
        <source>Of the attendances and no-shows registered at group sessions in the period: the share where the member came.</source>
        <translation>Af de fremmøder og udeblivelser, der er registreret på gruppesessioner i perioden: andelen, hvor deltageren mødte.</translation>
    </message>
    <message>
        <source>The number of clients with a course active on at least one day of the period (a client with both an alcohol and a drug course counts once in all).</source>
        <translation>Antal borgere med et forløb, der var aktivt på mindst én dag i perioden (en borger med både et alkohol- og et stofforløb tælles én gang i alt).</translation>
    </message>
    <message>
        <source>The number of courses that started in the period.</source>
        <translation>Antal forløb, der startede i perioden.</translation>
    </message>
    <message>
        <source>The number of courses that ended in the period.</source>
        <translation>Antal forløb, der sluttede i perioden.</translation>
    </message>
    <message>
        <source>The number of courses active on the period&apos;s last day without a status assessment in the last 91 days.</source>
        <translation>Antal forløb, der er aktive på periodens sidste dag uden en statusmåling inden for de seneste 91 dage.</translation>
    </message>
    <message>
        <source>Of the clients due a follow-up 1 month (or 6 months) after discharge in the period: the share followed up by the period&apos;s end. Those who declined and those who died do not count.</source>
        <translation>Af de borgere, der skulle følges op 1 måned (eller 6 måneder) efter udskrivning i perioden: andelen, der er fulgt op inden periodens slutning. Borgere, der har sagt nej, og borgere, der er døde, tæller ikke med.</translation>
    </message>
    <message>
        <source>The number of clients in substitution or antabus treatment on the period&apos;s last day whose latest medical review is more than six months old.</source>
        <translation>Antal borgere i substitutions- eller antabusbehandling på periodens sidste dag, hvis seneste lægelige vurdering er mere end seks måneder gammel.</translation>
    </message>
    <message>
        <source>Under 18 years</source>
        <translation>Under 18 år</translation>
    </message>
    <message>
        <source>18-24 years</source>
        <translation>18-24 år</translation>
    </message>
    <message>
        <source>25-34 years</source>
        <translation>25-34 år</translation>
    </message>
    <message>
        <source>35-44 years</source>
        <translation>35-44 år</translation>
    </message>
    <message>
        <source>45-54 years</source>
        <translation>45-54 år</translation>
    </message>
    <message>
        <source>55-64 years</source>
        <translation>55-64 år</translation>
    </message>
    <message>
        <source>65 years or more</source>
        <translation>65 år og derover</translation>
    </message>
    <message>
        <source>Age unknown</source>
        <translation>Alder ukendt</translation>
    </message>
    <message>
        <source>Responsible staff member</source>
        <translation>Behandler</translation>
    </message>
    <message>
        <source>Home municipality</source>
        <translation>Hjemkommune</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Lovgrundlag</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Køn</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>Aldersgruppe</translation>
    </message>
    <message>
        <source>No responsible</source>
        <translation>Ingen behandler</translation>
    </message>
    <message>
        <source>Municipality unknown</source>
        <translation>Ukendt kommune</translation>
    </message>
    <message>
        <source>Sex unknown</source>
        <translation>Køn ukendt</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Forrige periode</translation>
    </message>
    <message>
        <source>Same period last year</source>
        <translation>Samme periode sidste år</translation>
    </message>
    <message>
        <source>Share moving on</source>
        <translation>Andel, der gik videre</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 af %3)</translation>
    </message>
    <message>
        <source>No course entered a phase</source>
        <translation>Intet forløb gik ind i en fase</translation>
    </message>
    <message>
        <source>Target pro rata (%1 a year)</source>
        <translation>Mål forholdsmæssigt (%1 pr. år)</translation>
    </message>
    <message>
        <source>Numerator, compared</source>
        <translation>Tæller, sammenligning</translation>
    </message>
    <message>
        <source>Denominator, compared</source>
        <translation>Nævner, sammenligning</translation>
    </message>
    <message>
        <source>Actual, compared</source>
        <translation>Faktisk, sammenligning</translation>
    </message>
    <message>
        <source>Change (rates in percentage points)</source>
        <translation>Ændring (andele i procentpoint)</translation>
    </message>
    <message>
        <source>Effect goals by %1</source>
        <translation>Effektmål opdelt efter %1</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Sidste år</translation>
    </message>
    <message>
        <source>Of the courses ended in the period with at least two ORS ratings (how the client is doing): the share whose latest rating is at least 5 points above the first.</source>
        <translation>Af de forløb, der sluttede i perioden med mindst to ORS-scoringer (hvordan borgeren har det): andelen, hvor den seneste scoring er mindst 5 point over den første.</translation>
    </message>
    <message>
        <source>Of the SRS ratings given in the period (how the client found the session): the share below 36, where the working relationship needs a talk.</source>
        <translation>Af de SRS-scoringer, der er givet i perioden (hvordan borgeren oplevede samtalen): andelen under 36, hvor samarbejdet bør tages op.</translation>
    </message>
    <message>
        <source>A text contains an invisible NUL character, which cannot be saved. Remove it (type the text again) and try again.</source>
        <translation>En tekst indeholder et usynligt NUL-tegn, som ikke kan gemmes. Fjern det (skriv teksten igen) og prøv igen.</translation>
    </message>
    <message>
        <source>CPR number</source>
        <translation>CPR-nummer</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>fornavn</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>efternavn</translation>
    </message>
    <message>
        <source>alias</source>
        <translation>alias</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonym</translation>
    </message>
    <message>
        <source>birth date</source>
        <translation>fødselsdato</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>køn</translation>
    </message>
    <message>
        <source>municipality</source>
        <translation>kommune</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefon</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>samtykke</translation>
    </message>
    <message>
        <source>consent date</source>
        <translation>samtykkedato</translation>
    </message>
    <message>
        <source>legal basis</source>
        <translation>lovgrundlag</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>behandlingsform</translation>
    </message>
    <message>
        <source>programme</source>
        <translation>program</translation>
    </message>
    <message>
        <source>primary substance</source>
        <translation>primært stof</translation>
    </message>
    <message>
        <source>other substances</source>
        <translation>andre stoffer</translation>
    </message>
    <message>
        <source>contact person</source>
        <translation>kontaktperson</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>startdato</translation>
    </message>
    <message>
        <source>phase</source>
        <translation>fase</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>slutdato</translation>
    </message>
    <message>
        <source>treatment guarantee</source>
        <translation>behandlingsgaranti</translation>
    </message>
    <message>
        <source>follow-up declined</source>
        <translation>opfølgning fravalgt</translation>
    </message>
    <message>
        <source>residential provider</source>
        <translation>døgntilbud</translation>
    </message>
    <message>
        <source>planned weeks</source>
        <translation>planlagte uger</translation>
    </message>
    <message>
        <source>life area</source>
        <translation>livsområde</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>mål</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>måling</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>tidsfrist</translation>
    </message>
    <message>
        <source>baseline score</source>
        <translation>udgangsscore</translation>
    </message>
    <message>
        <source>target score</source>
        <translation>målscore</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>closed date</source>
        <translation>afslutningsdato</translation>
    </message>
    <message>
        <source>scores</source>
        <translation>scoringer</translation>
    </message>
    <message>
        <source>sub-goals</source>
        <translation>delmål</translation>
    </message>
    <message>
        <source>time</source>
        <translation>tidspunkt</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>varighed</translation>
    </message>
    <message>
        <source>staff member</source>
        <translation>medarbejder</translation>
    </message>
    <message>
        <source>place</source>
        <translation>sted</translation>
    </message>
    <message>
        <source>The server refused this for your login: your role may not do it. Nothing was changed. Ask a colleague with the right role, or your manager.</source>
        <translation>Serveren afviste det for dit login: din rolle må ikke gøre det. Intet er ændret. Spørg en kollega med den rette rolle eller din leder.</translation>
    </message>
    <message>
        <source>The access log brought from %1 is not whole: entry %2 does not follow the one before it. Nothing from that log has been added. Keep the laptop as it is and ask your IT department to look at it.</source>
        <translation>Adgangsloggen fra %1 er ikke hel: post %2 følger ikke efter posten før den. Intet fra den log er tilføjet. Lad den bærbare være, som den er, og bed jeres it-afdeling se på den.</translation>
    </message>
    <message>
        <source>There is no connection to the database server at the moment. Nothing was saved, and what you typed is still here. Mestring keeps trying to connect by itself; try again in a moment. If it goes on, check the network or ask your IT department.</source>
        <translation>Der er ingen forbindelse til databaseserveren lige nu. Intet er gemt, og det, du har skrevet, står her stadig. Mestring prøver selv at forbinde igen; prøv igen om lidt. Fortsætter det, så tjek netværket eller spørg jeres it-afdeling.</translation>
    </message>
    <message>
        <source>The connection to the server is back. What you were saving when it went away was saved after all: check the list before you save it again.</source>
        <translation>Forbindelsen til serveren er tilbage. Det, du var ved at gemme, da den forsvandt, blev gemt alligevel: se efter i listen, før du gemmer det igen.</translation>
    </message>
    <message>
        <source>The connection to the server is back, but the server cannot tell whether what you were saving when it went away was saved. Check the list before you save it again.</source>
        <translation>Forbindelsen til serveren er tilbage, men serveren kan ikke sige, om det, du var ved at gemme, da den forsvandt, blev gemt. Se efter i listen, før du gemmer det igen.</translation>
    </message>
    <message>
        <source>The connection to the database server was lost. Nothing was saved, and what you typed is still here. Mestring connects again by itself; try again in a moment.</source>
        <translation>Forbindelsen til databaseserveren blev afbrudt. Intet er gemt, og det, du har skrevet, står her stadig. Mestring forbinder selv igen; prøv igen om lidt.</translation>
    </message>
    <message>
        <source>The connection to the server went away just as this was being saved, and Mestring cannot yet ask the server whether it was saved. What you typed is still here. Do not save it again yet: Mestring asks the server as soon as the connection is back, and tells you.</source>
        <translation>Forbindelsen til serveren forsvandt, lige da dette blev gemt, og Mestring kan endnu ikke spørge serveren, om det blev gemt. Det, du har skrevet, står her stadig. Gem det ikke igen endnu: Mestring spørger serveren, så snart forbindelsen er tilbage, og fortæller dig svaret.</translation>
    </message>
    <message>
        <source>The connection to the server went away just as this was being saved, and the server cannot tell whether it was saved. Check the list before you save it again.</source>
        <translation>Forbindelsen til serveren forsvandt, lige da dette blev gemt, og serveren kan ikke sige, om det blev gemt. Se efter i listen, før du gemmer det igen.</translation>
    </message>
    <message>
        <source>--%1 must be a server address postgresql://...</source>
        <translation>--%1 skal være en serveradresse postgresql://...</translation>
    </message>
    <message>
        <source>there is no staff member with the username or id &apos;%1&apos;. &apos;mestring-cli staff list&apos; shows them.</source>
        <translation>der er ingen medarbejder med brugernavnet eller id&apos;et &apos;%1&apos;. &apos;mestring-cli staff list&apos; viser dem.</translation>
    </message>
    <message>
        <source>--role must be one of %1, not &apos;%2&apos;.</source>
        <translation>--role skal være en af %1, ikke &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>give the backup folder of a server database with --dir.</source>
        <translation>angiv backupmappen for en serverdatabase med --dir.</translation>
    </message>
    <message>
        <source>--keep must be a whole number of at least 1.</source>
        <translation>--keep skal være et helt tal på mindst 1.</translation>
    </message>
    <message>
        <source>Backup written and checked: %1 (%2 MB, %3 s).
</source>
        <translation>Backup skrevet og kontrolleret: %1 (%2 MB, %3 s).
</translation>
    </message>
    <message>
        <source>Removed the older backup %1.
</source>
        <translation>Den ældre backup %1 er fjernet.
</translation>
    </message>
    <message>
        <source>the chain is broken at entry %1: that entry, or one before it, was changed or removed.</source>
        <translation>kæden er brudt ved post %1: den post, eller en før den, er ændret eller fjernet.</translation>
    </message>
    <message>
        <source>Errors: %1, warnings: %2, the file is intact.
</source>
        <translation>Fejl: %1, advarsler: %2, filen er intakt.
</translation>
    </message>
    <message>
        <source>Errors: %1, warnings: %2, the file is damaged.
</source>
        <translation>Fejl: %1, advarsler: %2, filen er beskadiget.
</translation>
    </message>
    <message>
        <source>Errors: %1, warnings: %2, the file is intact but its access log has been altered.
</source>
        <translation>Fejl: %1, advarsler: %2, filen er intakt, men dens adgangslog er blevet ændret.
</translation>
    </message>
    <message>
        <source>the database file is damaged: %1. Restore the latest backup.</source>
        <translation>databasefilen er beskadiget: %1. Gendan den seneste sikkerhedskopi.</translation>
    </message>
    <message>
        <source>the access log has been altered: its chain is broken at entry %1.</source>
        <translation>adgangsloggen er blevet ændret: dens kæde er brudt ved post %1.</translation>
    </message>
    <message>
        <source>cannot write %1: %2. Check the folder and the free space.</source>
        <translation>kan ikke skrive %1: %2. Kontrollér mappen og den ledige plads.</translation>
    </message>
    <message>
        <source>the copy does not hold the same number of rows as the original.</source>
        <translation>kopien indeholder ikke det samme antal rækker som originalen.</translation>
    </message>
    <message>
        <source>the export of the copy differs from the export of the original.</source>
        <translation>eksporten af kopien afviger fra eksporten af originalen.</translation>
    </message>
    <message>
        <source>the access log of the copy is broken at entry %1.</source>
        <translation>adgangsloggen i kopien er brudt ved post %1.</translation>
    </message>
    <message>
        <source>the copy is damaged: %1.</source>
        <translation>kopien er beskadiget: %1.</translation>
    </message>
    <message>
        <source>Verified: the same rows, the same export, the access log&apos;s chain whole; check finds %1 errors and %2 warnings, as in the original.
</source>
        <translation>Kontrolleret: de samme rækker, den samme eksport, adgangsloggens kæde hel; check finder %1 fejl og %2 advarsler, som i originalen.
</translation>
    </message>
    <message>
        <source>%1 already exists. Copy into a new file only.</source>
        <translation>%1 findes allerede. Kopiér kun til en ny fil.</translation>
    </message>
    <message>
        <source>Copied %1 rows in %2 s.
</source>
        <translation>Kopierede %1 rækker på %2 s.
</translation>
    </message>
    <message>
        <source>Copied %1 to %2 in %3 s.
</source>
        <translation>Kopierede %1 til %2 på %3 s.
</translation>
    </message>
    <message>
        <source>--size must be small, medium or large.</source>
        <translation>--size skal være small, medium eller large.</translation>
    </message>
    <message>
        <source>--seed must be a whole number from 0 to 4294967295.</source>
        <translation>--seed skal være et heltal fra 0 til 4294967295.</translation>
    </message>
    <message>
        <source>--today must be a date written YYYY-MM-DD.</source>
        <translation>--today skal være en dato skrevet ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
        <source>%1 already exists. Demo data goes into a new file only; choose a new file name.</source>
        <translation>%1 findes allerede. Demodata lægges kun i en ny fil; vælg et nyt filnavn.</translation>
    </message>
    <message>
        <source>Created %1 with %2 records:
</source>
        <translation>Oprettede %1 med %2 poster:
</translation>
    </message>
    <message>
        <source>Generated and stored in %1 s. The demo accounts (%2) have the password &apos;%3&apos;.
</source>
        <translation>Genereret og gemt på %1 s. Demokontiene (%2) har adgangskoden &apos;%3&apos;.
</translation>
    </message>
    <message>
        <source>Clients whose records may be disposed of on %1: %2
</source>
        <translation>Borgere hvis data må kasseres pr. %1: %2
</translation>
    </message>
    <message>
        <source>Client %1: last entry %2, kept until %3, %4 records.
</source>
        <translation>Borger %1: sidste registrering %2, opbevares til %3, %4 poster.
</translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>Intet blev slettet.</translation>
    </message>
    <message>
        <source>They may be disposed of on %1. Nothing was deleted; run again with --confirm (and without --today) to dispose of them.
</source>
        <translation>De må kasseres pr. %1. Intet blev slettet; kør igen med --confirm (og uden --today) for at kassere dem.
</translation>
    </message>
    <message>
        <source>Disposed of %1 records of client %2. The access log keeps that it was done, not what was deleted.
</source>
        <translation>%1 poster om borger %2 er kasseret. Adgangsloggen gemmer at det skete, ikke hvad der blev slettet.
</translation>
    </message>
    <message>
        <source>give either --list or --client CLIENT_ID.</source>
        <translation>angiv enten --list eller --client BORGER_ID.</translation>
    </message>
    <message>
        <source>--confirm goes with --client, one client at a time.</source>
        <translation>--confirm hører til --client, én borger ad gangen.</translation>
    </message>
    <message>
        <source>a disposal is decided on today&apos;s date; leave out --today.</source>
        <translation>en kassation afgøres på dagens dato; udelad --today.</translation>
    </message>
    <message>
        <source>standard input cannot be read.</source>
        <translation>standardinput kan ikke læses.</translation>
    </message>
    <message>
        <source>the password file %1 cannot be read. Check the path.</source>
        <translation>adgangskodefilen %1 kan ikke læses. Kontrollér stien.</translation>
    </message>
    <message>
        <source>%1 already holds a Mestring database with staff. Nothing was changed.</source>
        <translation>%1 indeholder allerede en Mestring-database med medarbejdere. Intet blev ændret.</translation>
    </message>
    <message>
        <source>Database created with the manager account of %1 (%2)</source>
        <translation>Database oprettet med lederkontoen for %1 (%2)</translation>
    </message>
    <message>
        <source>cannot read %1: %2. Check the file name.</source>
        <translation>kan ikke læse %1: %2. Kontrollér filnavnet.</translation>
    </message>
    <message>
        <source>Imported %1 into %2: records: %3, warnings: %4.
</source>
        <translation>Importerede %1 i %2: poster: %3, advarsler: %4.
</translation>
    </message>
    <message>
        <source>the manager&apos;s username and name must not be empty.</source>
        <translation>lederens brugernavn og navn må ikke være tomme.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name.</source>
        <translation>%1 findes allerede. Vælg et nyt filnavn.</translation>
    </message>
    <message>
        <source>Created %1 with the manager account &apos;%2&apos;.
</source>
        <translation>Oprettede %1 med lederkontoen &apos;%2&apos;.
</translation>
    </message>
    <message>
        <source>(errors in all: %1)</source>
        <translation>(fejl i alt: %1)</translation>
    </message>
    <message>
        <source>give either --therapist STAFF_ID (Opfølgning pr. behandler) or --client CLIENT_ID (Borgerstatus).</source>
        <translation>angiv enten --therapist MEDARBEJDER-ID (Opfølgning pr. behandler) eller --client BORGER-ID (Borgerstatus).</translation>
    </message>
    <message>
        <source>--out needs a file name.</source>
        <translation>--out skal have et filnavn.</translation>
    </message>
    <message>
        <source>--format must be json, csv, xlsx or pdf, not &apos;%1&apos;.</source>
        <translation>--format skal være json, csv, xlsx eller pdf, ikke &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>this build has no pdf format (built without the GUI); use json, csv or xlsx.</source>
        <translation>denne udgave har ikke pdf-formatet (bygget uden brugerfladen); brug json, csv eller xlsx.</translation>
    </message>
    <message>
        <source>--format must be json, csv or xlsx, not &apos;%1&apos;.</source>
        <translation>--format skal være json, csv eller xlsx, ikke &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--by must be one or more of %1, not &apos;%2&apos;.</source>
        <translation>--by skal være en eller flere af %1, ikke &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>the JSON report holds one breakdown; give one --by, or use xlsx, csv or pdf for several.</source>
        <translation>JSON-rapporten rummer én opdeling; angiv én --by, eller brug xlsx, csv eller pdf til flere.</translation>
    </message>
    <message>
        <source>--compare must be previous or last_year, not &apos;%1&apos;.</source>
        <translation>--compare skal være previous eller last_year, ikke &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--from must be on or before --to.</source>
        <translation>--from skal være samme dag som eller før --to.</translation>
    </message>
    <message>
        <source>Restored %1 from %2 (%3 s).
</source>
        <translation>Genskabte %1 fra %2 (%3 s).
</translation>
    </message>
    <message>
        <source>The replaced database is kept as %1.
</source>
        <translation>Den erstattede database er gemt som %1.
</translation>
    </message>
    <message>
        <source>the login %1 does not exist yet; give its new password with --login-password-file.</source>
        <translation>login&apos;et %1 findes ikke endnu; angiv dets nye adgangskode med --login-password-file.</translation>
    </message>
    <message>
        <source>--db must name the login the PCs connect as (postgresql://LOGIN@...).</source>
        <translation>--db skal angive det login, pc&apos;erne forbinder som (postgresql://LOGIN@...).</translation>
    </message>
    <message>
        <source>Created %1, empty: fill it with &apos;mestring-cli copy --to %1&apos;.
</source>
        <translation>Oprettede %1, tom: fyld den med &apos;mestring-cli copy --to %1&apos;.
</translation>
    </message>
    <message>
        <source>Created %1 with the manager account &apos;%2&apos;. Connect the PCs with --db %1 or &quot;Connect to server&quot; at the login (docs/server.md).
</source>
        <translation>Oprettede %1 med lederkontoen &apos;%2&apos;. Forbind pc&apos;erne med --db %1 eller &quot;Forbind til server&quot; ved login (docs/server.md).
</translation>
    </message>
    <message>
        <source>Created the account &apos;%1&apos;. It has no password yet: set one with &apos;mestring-cli staff passwd&apos;.
</source>
        <translation>Kontoen &apos;%1&apos; er oprettet. Den har endnu ingen adgangskode: sæt en med &apos;mestring-cli staff passwd&apos;.
</translation>
    </message>
    <message>
        <source>Created the account &apos;%1&apos;. At the first login the password must be changed.
</source>
        <translation>Kontoen &apos;%1&apos; er oprettet. Ved første login skal adgangskoden skiftes.
</translation>
    </message>
    <message>
        <source>Set a temporary password for &apos;%1&apos;; it must be changed at the next login.
</source>
        <translation>Midlertidig adgangskode sat for &apos;%1&apos;; den skal skiftes ved næste login.
</translation>
    </message>
    <message>
        <source>Unlocked the account &apos;%1&apos;.
</source>
        <translation>Kontoen &apos;%1&apos; er låst op.
</translation>
    </message>
    <message>
        <source>The account &apos;%1&apos; was not locked; nothing was changed.
</source>
        <translation>Kontoen &apos;%1&apos; var ikke låst; intet er ændret.
</translation>
    </message>
    <message>
        <source>Reactivated &apos;%1&apos;.
</source>
        <translation>&apos;%1&apos; er genaktiveret.
</translation>
    </message>
    <message>
        <source>Deactivated &apos;%1&apos;: they can no longer log in; their records keep their name.
</source>
        <translation>&apos;%1&apos; er deaktiveret: vedkommende kan ikke længere logge ind; journaler og aftaler bevarer navnet.
</translation>
    </message>
    <message>
        <source>Changed &apos;%1&apos;.
</source>
        <translation>&apos;%1&apos; er ændret.
</translation>
    </message>
    <message>
        <source>Usage: mestring-cli staff SUBCOMMAND --db PATH [options]

Staff accounts, as a manager manages them in Administration; every change is in the access log (as &apos;system&apos;). Passwords are read from standard input or a file, never from the command line.

Subcommands:
</source>
        <translation>Brug: mestring-cli staff UNDERKOMMANDO --db STI [tilvalg]

Medarbejderkonti, som en leder passer dem i Administration; hver ændring står i adgangsloggen (som &apos;system&apos;). Adgangskoder læses fra standardinput eller en fil, aldrig fra kommandolinjen.

Underkommandoer:
</translation>
    </message>
    <message>
        <source>
Run &apos;mestring-cli staff SUBCOMMAND --help&apos; for the options of one.
Exit codes: 0 done, 1 refused (the message says why), 2 wrong arguments.
</source>
        <translation>
Kør &apos;mestring-cli staff UNDERKOMMANDO --help&apos; for tilvalgene til en af dem.
Afslutningskoder: 0 udført, 1 afvist (beskeden siger hvorfor), 2 forkerte argumenter.
</translation>
    </message>
    <message>
        <source>mestring-cli: staff: no subcommand given. Run &apos;mestring-cli staff --help&apos; for the subcommands.</source>
        <translation>mestring-cli: staff: ingen underkommando angivet. Kør &apos;mestring-cli staff --help&apos; for underkommandoerne.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Intet er ændret.</translation>
    </message>
    <message>
        <source>mestring-cli: staff: unknown subcommand &apos;%1&apos;. Run &apos;mestring-cli staff --help&apos; for the subcommands.</source>
        <translation>mestring-cli: staff: ukendt underkommando &apos;%1&apos;. Kør &apos;mestring-cli staff --help&apos; for underkommandoerne.</translation>
    </message>
    <message>
        <source>a file argument is missing.</source>
        <translation>et filargument mangler.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>uventet argument &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>the option --%1 is required.</source>
        <translation>tilvalget --%1 er påkrævet.</translation>
    </message>
    <message>
        <source>--%1 must be a real date written YYYY-MM-DD, not &apos;%2&apos;.</source>
        <translation>--%1 skal være en gyldig dato skrevet ÅÅÅÅ-MM-DD, ikke &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>give the password with --password-file or --password-stdin.</source>
        <translation>angiv adgangskoden med --password-file eller --password-stdin.</translation>
    </message>
    <message>
        <source>Run &apos;mestring-cli %1 --help&apos; for the options.</source>
        <translation>Kør &apos;mestring-cli %1 --help&apos; for at se tilvalgene.</translation>
    </message>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>Nytårsdag</translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation>Juledag</translation>
    </message>
    <message>
        <source>Boxing Day</source>
        <translation>2. juledag</translation>
    </message>
    <message>
        <source>Maundy Thursday</source>
        <translation>Skærtorsdag</translation>
    </message>
    <message>
        <source>Good Friday</source>
        <translation>Langfredag</translation>
    </message>
    <message>
        <source>Easter Sunday</source>
        <translation>Påskedag</translation>
    </message>
    <message>
        <source>Easter Monday</source>
        <translation>2. påskedag</translation>
    </message>
    <message>
        <source>General Prayer Day</source>
        <translation>Store bededag</translation>
    </message>
    <message>
        <source>Ascension Day</source>
        <translation>Kristi himmelfartsdag</translation>
    </message>
    <message>
        <source>Whit Sunday</source>
        <translation>Pinsedag</translation>
    </message>
    <message>
        <source>Whit Monday</source>
        <translation>2. pinsedag</translation>
    </message>
    <message>
        <source>The password must have at least %1 characters. A short sentence is easy to remember and hard to guess.</source>
        <translation>Adgangskoden skal have mindst %1 tegn. En kort sætning er let at huske og svær at gætte.</translation>
    </message>
    <message>
        <source>The password may have at most %1 characters.</source>
        <translation>Adgangskoden må højst have %1 tegn.</translation>
    </message>
    <message>
        <source>The password must not be only spaces.</source>
        <translation>Adgangskoden må ikke kun bestå af mellemrum.</translation>
    </message>
    <message>
        <source>The password must not contain the username. Choose something others cannot guess.</source>
        <translation>Adgangskoden må ikke indeholde brugernavnet. Vælg noget, andre ikke kan gætte.</translation>
    </message>
    <message>
        <source>This password is among the first ones anybody tries. Choose another one.</source>
        <translation>Denne adgangskode er blandt de første, enhver prøver. Vælg en anden.</translation>
    </message>
    <message>
        <source>The new password must differ from the one it replaces.</source>
        <translation>Den nye adgangskode skal være en anden end den, den erstatter.</translation>
    </message>
    <message>
        <source>The username must have at least 2 characters, e.g. the first name.</source>
        <translation>Brugernavnet skal have mindst 2 tegn, fx fornavnet.</translation>
    </message>
    <message>
        <source>The username may hold only letters, digits, &apos;.&apos;, &apos;-&apos; and &apos;_&apos; (no spaces), e.g. &quot;anne&quot; or &quot;anne.holm&quot;.</source>
        <translation>Brugernavnet må kun indeholde bogstaver, cifre, &apos;.&apos;, &apos;-&apos; og &apos;_&apos; (ingen mellemrum), fx &quot;anne&quot; eller &quot;anne.holm&quot;.</translation>
    </message>
    <message>
        <source>The FIT rating has no id.</source>
        <translation>FIT-målingen har intet id.</translation>
    </message>
    <message>
        <source>The FIT rating belongs to no course. Choose the course.</source>
        <translation>FIT-målingen hører ikke til noget forløb. Vælg forløbet.</translation>
    </message>
    <message>
        <source>The FIT rating has no date. Enter the day of the session.</source>
        <translation>FIT-målingen har ingen dato. Skriv samtalens dag.</translation>
    </message>
    <message>
        <source>A FIT rating belongs to one session: an appointment or a group session, not both and not neither.</source>
        <translation>En FIT-måling hører til én samtale: en aftale eller en gruppegang, ikke begge og ikke ingen af dem.</translation>
    </message>
    <message>
        <source>Each FIT item is a mark from 0.0 to 10.0. Enter a number from 0 to 10 with at most one decimal.</source>
        <translation>Hvert FIT-punkt er et mærke fra 0,0 til 10,0. Skriv et tal fra 0 til 10 med højst én decimal.</translation>
    </message>
    <message>
        <source>A FIT rating is dated the day of its session (%1). Correct the date.</source>
        <translation>En FIT-måling dateres samtalens dag (%1). Ret datoen.</translation>
    </message>
    <message>
        <source>The appointment belongs to another course. A FIT rating belongs to the course of its appointment.</source>
        <translation>Aftalen hører til et andet forløb. En FIT-måling hører til aftalens forløb.</translation>
    </message>
    <message>
        <source>The course is not a member of the session&apos;s group. Only members rate a group session.</source>
        <translation>Forløbet er ikke med i gruppen. Kun deltagere udfylder FIT ved en gruppegang.</translation>
    </message>
    <message>
        <source>The client was not at this session (a no-show or cancelled), so there is no rating from it. Check the session, or correct its attendance first.</source>
        <translation>Borgeren var ikke til denne samtale (udeblevet eller aflyst), så der er ingen måling fra den. Tjek samtalen, eller ret først fremmødet.</translation>
    </message>
    <message>
        <source>The client already has an ORS for this session (%1). A client rates the ORS once per session: correct that rating instead.</source>
        <translation>Borgeren har allerede en ORS for denne samtale (%1). En borger udfylder ORS én gang pr. samtale: ret den måling i stedet.</translation>
    </message>
    <message>
        <source>The client already has an SRS for this session (%1). A client rates the SRS once per session: correct that rating instead.</source>
        <translation>Borgeren har allerede en SRS for denne samtale (%1). En borger udfylder SRS én gang pr. samtale: ret den måling i stedet.</translation>
    </message>
    <message>
        <source>The registry mark belongs to no course. Choose the course.</source>
        <translation>Indberetningen hører ikke til noget forløb. Vælg forløbet.</translation>
    </message>
    <message>
        <source>The day it was reported is not given. Enter the day.</source>
        <translation>Dagen for indberetningen mangler. Skriv dagen.</translation>
    </message>
    <message>
        <source>Who reported it is not given. Choose the staff member.</source>
        <translation>Det står ikke, hvem der indberettede. Vælg medarbejderen.</translation>
    </message>
    <message>
        <source>Anonymous courses are never reported to the registers. Remove the mark.</source>
        <translation>Anonyme forløb indberettes aldrig til registrene. Fjern markeringen.</translation>
    </message>
    <message>
        <source>The course has no such event yet (no request, start or end date), so there is nothing to report.</source>
        <translation>Forløbet har ikke haft den hændelse endnu (ingen henvendelses-, start- eller slutdato), så der er intet at indberette.</translation>
    </message>
    <message>
        <source>It is reported before it happened (%1). Correct the day it was reported.</source>
        <translation>Den er indberettet, før den skete (%1). Ret dagen for indberetningen.</translation>
    </message>
    <message>
        <source>This event of the course is already marked as reported. Each event is marked once.</source>
        <translation>Denne hændelse i forløbet er allerede markeret som indberettet. Hver hændelse markeres én gang.</translation>
    </message>
    <message>
        <source>The waiting-list entry has no id.</source>
        <translation>Pladsen på ventelisten har intet id.</translation>
    </message>
    <message>
        <source>Who is waiting is not given. Enter the person&apos;s name and phone number, or choose an existing client.</source>
        <translation>Det står ikke, hvem der venter. Skriv personens navn og telefonnummer, eller vælg en borger.</translation>
    </message>
    <message>
        <source>The day the person asked is not given. Enter it: the list goes by it.</source>
        <translation>Dagen, personen henvendte sig, mangler. Skriv den: listen går efter den.</translation>
    </message>
    <message>
        <source>The person is taken off the list before they asked. Correct the day.</source>
        <translation>Personen er taget af listen, før de henvendte sig. Ret dagen.</translation>
    </message>
    <message>
        <source>Say why the person is taken off the list: offered a time, declined, or no longer relevant.</source>
        <translation>Skriv hvorfor personen tages af listen: tilbudt en tid, takket nej eller ikke længere aktuelt.</translation>
    </message>
    <message>
        <source>A reason for taking the person off is given, but not the day. Enter the day, or remove the reason.</source>
        <translation>Der er en grund til at tage personen af listen, men ingen dag. Skriv dagen, eller fjern grunden.</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Borger</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Forløb</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Behandler</translation>
    </message>
    <message>
        <source>Asked for treatment</source>
        <translation>Anmodet om behandling</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <source>Days waited</source>
        <translation>Ventedage</translation>
    </message>
    <message>
        <source>Reason for the delay</source>
        <translation>Årsag til forsinkelse</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Første dag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Sidste dag</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dage</translation>
    </message>
    <message>
        <source>Counted in numerator</source>
        <translation>Antal i tælleren</translation>
    </message>
    <message>
        <source>In numerator</source>
        <translation>I tælleren</translation>
    </message>
    <message>
        <source>Counted in denominator</source>
        <translation>Antal i nævneren</translation>
    </message>
    <message>
        <source>In denominator</source>
        <translation>I nævneren</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>A supervised Antabus dose was missed. Contact the client today.</source>
        <translation>En overvåget antabusdosis er udeblevet. Kontakt borgeren i dag.</translation>
    </message>
    <message>
        <source>%1 saved the client%2, after you opened it%3.</source>
        <translation>%1 gemte borgeren%2, efter du åbnede den%3.</translation>
    </message>
    <message>
        <source>%1 saved the course%2, after you opened it%3.</source>
        <translation>%1 gemte forløbet%2, efter du åbnede det%3.</translation>
    </message>
    <message>
        <source>%1 saved the goal%2, after you opened it%3.</source>
        <translation>%1 gemte målet%2, efter du åbnede det%3.</translation>
    </message>
    <message>
        <source>%1 saved the appointment%2, after you opened it%3.</source>
        <translation>%1 gemte aftalen%2, efter du åbnede den%3.</translation>
    </message>
    <message>
        <source>Another user</source>
        <translation>En anden bruger</translation>
    </message>
    <message>
        <source> at %1 on %2</source>
        <translation> kl. %1 den %2</translation>
    </message>
    <message>
        <source>, and changed: %1</source>
        <translation>, og ændrede: %1</translation>
    </message>
    <message>
        <source>Your changes are not saved, but they are still here: save again to apply them over the other person&apos;s changes, or cancel to keep theirs.</source>
        <translation>Dine ændringer er ikke gemt, men de står her stadig: gem igen for at gemme dem oven på den andens ændringer, eller annuller for at beholde den andens.</translation>
    </message>
    <message>
        <source>The client now has no prescription of this kind from %1. Write a new one if the treatment goes on.</source>
        <translation>Borgeren har nu ingen ordination af denne slags fra %1. Skriv en ny, hvis behandlingen fortsætter.</translation>
    </message>
    <message>
        <source>no team</source>
        <translation>intet team</translation>
    </message>
    <message>
        <source>name from %1 to %2</source>
        <translation>navn fra %1 til %2</translation>
    </message>
    <message>
        <source>username from %1 to %2</source>
        <translation>brugernavn fra %1 til %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>intet</translation>
    </message>
    <message>
        <source>role from %1 to %2</source>
        <translation>rolle fra %1 til %2</translation>
    </message>
    <message>
        <source>team from %1 to %2</source>
        <translation>team fra %1 til %2</translation>
    </message>
    <message>
        <source>reactivated</source>
        <translation>genaktiveret</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>deaktiveret</translation>
    </message>
    <message>
        <source>Staff account of %1 created: %2, %3</source>
        <translation>Medarbejderkonto for %1 oprettet: %2, %3</translation>
    </message>
    <message>
        <source>temporary password set</source>
        <translation>midlertidig adgangskode sat</translation>
    </message>
    <message>
        <source>The server address %1 cannot be used: %2 Write it as postgresql://user@server:5432/database.</source>
        <translation>Serveradressen %1 kan ikke bruges: %2 Skriv den som postgresql://bruger@server:5432/database.</translation>
    </message>
    <message>
        <source>%1 is not installed on this PC. Ask your IT support to install the package postgresql-client.</source>
        <translation>%1 er ikke installeret på denne pc. Bed din it-support om at installere pakken postgresql-client.</translation>
    </message>
    <message>
        <source>The backup could not be restored. It may be damaged, or not a backup of a Mestring server database.</source>
        <translation>Backuppen kunne ikke gendannes. Den kan være beskadiget eller ikke være en backup af en Mestring-serverdatabase.</translation>
    </message>
    <message>
        <source>The backup is damaged.</source>
        <translation>Backuppen er beskadiget.</translation>
    </message>
    <message>
        <source>The server&apos;s database could not be backed up.</source>
        <translation>Der kunne ikke tages backup af serverens database.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Filen %1 findes ikke.</translation>
    </message>
    <message>
        <source>The file %1 does not exist. Nothing has been restored.</source>
        <translation>Filen %1 findes ikke. Intet er gendannet.</translation>
    </message>
    <message>
        <source>Nothing has been restored; the database has not been changed.</source>
        <translation>Intet er gendannet; databasen er ikke ændret.</translation>
    </message>
    <message>
        <source>The database is open in Mestring on another PC. Close Mestring everywhere else and restore again. Nothing has been changed.</source>
        <translation>Databasen er åben i Mestring på en anden pc. Luk Mestring alle andre steder, og gendan igen. Intet er ændret.</translation>
    </message>
    <message>
        <source>The file %1 already exists.</source>
        <translation>Filen %1 findes allerede.</translation>
    </message>
    <message>
        <source>No file can be written in the folder %1. Check that you may write there.</source>
        <translation>Der kan ikke skrives filer i mappen %1. Kontrollér, at du må skrive der.</translation>
    </message>
    <message>
        <source>The database could not be copied to %1. Check that the disk is not full.</source>
        <translation>Databasen kunne ikke kopieres til %1. Kontrollér, at disken ikke er fuld.</translation>
    </message>
    <message>
        <source>The copy %1 could not be completed.</source>
        <translation>Kopien %1 kunne ikke gøres færdig.</translation>
    </message>
    <message>
        <source>The database file %1 cannot be opened.</source>
        <translation>Databasefilen %1 kan ikke åbnes.</translation>
    </message>
    <message>
        <source>The file %1 cannot be opened.</source>
        <translation>Filen %1 kan ikke åbnes.</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>Databasen er ikke åben.</translation>
    </message>
    <message>
        <source>The database file %1 cannot be opened for writing. Check that you may write it.</source>
        <translation>Databasefilen %1 kan ikke åbnes til skrivning. Kontrollér, at du må skrive i den.</translation>
    </message>
    <message>
        <source>The database is busy: another Mestring program has been saving for more than %1 seconds. Nothing has been restored; try again in a moment.</source>
        <translation>Databasen er optaget: et andet Mestring-program har gemt i mere end %1 sekunder. Intet er gendannet; prøv igen om et øjeblik.</translation>
    </message>
    <message>
        <source>The database file %1 could not be written. Nothing has been restored.</source>
        <translation>Databasefilen %1 kunne ikke skrives. Intet er gendannet.</translation>
    </message>
    <message>
        <source>The copy of the current database could not be named %1. Nothing has been restored.</source>
        <translation>Kopien af den nuværende database kunne ikke navngives %1. Intet er gendannet.</translation>
    </message>
    <message>
        <source>The backup could not be written into the database %1. Nothing has been restored; check that the disk is not full.</source>
        <translation>Backuppen kunne ikke skrives ind i databasen %1. Intet er gendannet; kontrollér, at disken ikke er fuld.</translation>
    </message>
    <message>
        <source>The file %1 is not a Mestring database, or it is damaged.</source>
        <translation>Filen %1 er ikke en Mestring-database, eller den er beskadiget.</translation>
    </message>
    <message>
        <source>The file %1 is not a Mestring database.</source>
        <translation>Filen %1 er ikke en Mestring-database.</translation>
    </message>
    <message>
        <source>The file %1 was made by another version of Mestring (schema %2; this program knows 1 to %3).</source>
        <translation>Filen %1 er lavet af en anden version af Mestring (skema %2; dette program kender 1 til %3).</translation>
    </message>
    <message>
        <source>The file %1 is damaged.</source>
        <translation>Filen %1 er beskadiget.</translation>
    </message>
    <message>
        <source>SQLite cannot read the file %1 as a database at all (its first page is damaged), so the backup cannot be written into it. Nothing has been restored. Close Mestring everywhere, move the damaged file to another folder and restore again.</source>
        <translation>SQLite kan slet ikke læse filen %1 som en database (dens første side er beskadiget), så backuppen kan ikke skrives ind i den. Intet er gendannet. Luk Mestring alle steder, flyt den beskadigede fil til en anden mappe, og gendan igen.</translation>
    </message>
    <message>
        <source>The file %1 is not a Mestring database. Nothing has been restored. Choose the Mestring database file.</source>
        <translation>Filen %1 er ikke en Mestring-database. Intet er gendannet. Vælg Mestring-databasefilen.</translation>
    </message>
    <message>
        <source>Nothing has been restored; the database has not been changed. Choose another backup.</source>
        <translation>Intet er genskabt; databasen er ikke ændret. Vælg en anden backup.</translation>
    </message>
    <message>
        <source>The username or password is wrong. Check them (is Caps Lock on?) and try again.</source>
        <translation>Brugernavn eller adgangskode er forkert. Kontrollér dem (er Caps Lock slået til?), og prøv igen.</translation>
    </message>
    <message>
        <source>Your manager has set a password for you. Choose your own password now; nobody else will know it.</source>
        <translation>Din leder har sat en adgangskode for dig. Vælg din egen adgangskode nu; ingen andre vil kende den.</translation>
    </message>
    <message>
        <source>The account is locked after too many wrong passwords. Try again after %1, or ask your manager to unlock it.</source>
        <translation>Kontoen er låst efter for mange forkerte adgangskoder. Prøv igen efter kl. %1, eller bed din leder låse den op.</translation>
    </message>
    <message>
        <source>The password was wrong %1 times. The account is locked for %2 minutes; your manager can unlock it at once.</source>
        <translation>Adgangskoden var forkert %1 gange. Kontoen er låst i %2 minutter; din leder kan låse den op med det samme.</translation>
    </message>
    <message>
        <source>This account is no longer active. Ask your manager.</source>
        <translation>Denne konto er ikke længere aktiv. Spørg din leder.</translation>
    </message>
    <message>
        <source>Own password changed at login</source>
        <translation>Egen adgangskode skiftet ved login</translation>
    </message>
    <message>
        <source>Own password changed</source>
        <translation>Egen adgangskode skiftet</translation>
    </message>
    <message>
        <source>The current password is wrong. Nothing was changed.</source>
        <translation>Den nuværende adgangskode er forkert. Intet er ændret.</translation>
    </message>
    <message>
        <source>The copy of the database could not be started.</source>
        <translation>Kopieringen af databasen kunne ikke startes.</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be created. Check the path and that you may write there.</source>
        <translation>Backupmappen %1 kan ikke oprettes. Kontrollér stien, og at du må skrive der.</translation>
    </message>
    <message>
        <source>The backup could not be written to %1. Check that the folder exists, that you may write there and that the disk is not full.</source>
        <translation>Backuppen kunne ikke skrives til %1. Kontrollér, at mappen findes, at du må skrive der, og at disken ikke er fuld.</translation>
    </message>
    <message>
        <source>The backup failed its check, so it was removed; the older backups are kept. The database itself may be damaged (check it with &apos;mestring-cli check&apos;) or the disk of the backup folder. Ask your IT support.</source>
        <translation>Backuppen bestod ikke kontrollen og er derfor fjernet; de ældre backupper er bevaret. Selve databasen kan være beskadiget (kontrollér den med &apos;mestring-cli check&apos;), eller også er det disken med backupmappen. Spørg din IT-support.</translation>
    </message>
    <message>
        <source>The backup could not be named %1.</source>
        <translation>Backuppen kunne ikke få navnet %1.</translation>
    </message>
    <message>
        <source>it is not a valid address.</source>
        <translation>det er ikke en gyldig adresse.</translation>
    </message>
    <message>
        <source>it names no database.</source>
        <translation>den angiver ingen database.</translation>
    </message>
    <message>
        <source>the setting &apos;%1&apos; is unknown.</source>
        <translation>indstillingen &apos;%1&apos; er ukendt.</translation>
    </message>
    <message>
        <source>a schema name has lower-case letters, digits and _ only.</source>
        <translation>et skemanavn har kun små bogstaver, cifre og _.</translation>
    </message>
    <message>
        <source>This PC cannot connect to a PostgreSQL server: Qt&apos;s PostgreSQL driver is missing. Ask your IT support to install the package libqt6sql6-psql.</source>
        <translation>Denne pc kan ikke forbinde til en PostgreSQL-server: Qt&apos;s PostgreSQL-driver mangler. Bed din it-support om at installere pakken libqt6sql6-psql.</translation>
    </message>
    <message>
        <source>The server database %1 could not be reached. Check the address, that the server is running and reachable from this PC, and the user name and password.</source>
        <translation>Serverdatabasen %1 kunne ikke nås. Kontrollér adressen, at serveren kører og kan nås fra denne pc, samt brugernavn og adgangskode.</translation>
    </message>
    <message>
        <source>The server at %1 runs PostgreSQL %2; Mestring needs version 15 or newer. Nothing has been changed.</source>
        <translation>Serveren på %1 kører PostgreSQL %2; Mestring kræver version 15 eller nyere. Intet er ændret.</translation>
    </message>
    <message>
        <source>There is no Mestring database at %1. Check the address, or let the IT department create it with &apos;mestring-cli server-init&apos;.</source>
        <translation>Der er ingen Mestring-database på %1. Kontrollér adressen, eller lad it-afdelingen oprette den med &apos;mestring-cli server-init&apos;.</translation>
    </message>
    <message>
        <source>The schema %1 at %2 holds tables that are not Mestring&apos;s. Nothing has been changed. Check the address.</source>
        <translation>Skemaet %1 på %2 indeholder tabeller, der ikke er Mestrings. Intet er ændret. Kontrollér adressen.</translation>
    </message>
    <message>
        <source>The schema %1 at %2 is not a Mestring database. Nothing has been changed. Check the address.</source>
        <translation>Skemaet %1 på %2 er ikke en Mestring-database. Intet er ændret. Kontrollér adressen.</translation>
    </message>
    <message>
        <source>The database %1 was made by a newer version of Mestring (schema %2; this program knows up to %3). It has not been changed. Install the newer version of Mestring to open it.</source>
        <translation>Databasen %1 er lavet af en nyere version af Mestring (skema %2; dette program kender op til %3). Den er ikke blevet ændret. Installér den nyere version af Mestring for at åbne den.</translation>
    </message>
    <message>
        <source>The database %1 is from an earlier version of Mestring (schema %2; this program needs %3), and your login may not bring it up to date. Nothing has been changed. Ask the IT department to upgrade it on the server with the database owner&apos;s login (&apos;mestring-cli check --db ...&apos;).</source>
        <translation>Databasen %1 er fra en tidligere version af Mestring (skema %2; dette program kræver %3), og dit login må ikke opdatere den. Intet er ændret. Bed it-afdelingen opgradere den på serveren med databaseejerens login (&apos;mestring-cli check --db ...&apos;).</translation>
    </message>
    <message>
        <source>The server refused an administrative command. Check that the administrator&apos;s login may create databases and roles.</source>
        <translation>Serveren afviste en administrativ kommando. Kontrollér, at administratorens login må oprette databaser og roller.</translation>
    </message>
    <message>
        <source>The database file %1 does not exist. Check the path, or create a new database with &apos;mestring-cli init&apos;.</source>
        <translation>Databasefilen %1 findes ikke. Kontrollér stien, eller opret en ny database med &apos;mestring-cli init&apos;.</translation>
    </message>
    <message>
        <source>The database file could not be opened. Check that the file exists and that you may read and write it.</source>
        <translation>Databasefilen kunne ikke åbnes. Kontrollér, at filen findes, og at du har lov til at læse og skrive i den.</translation>
    </message>
    <message>
        <source>The file %1 is not a Mestring database, or it is damaged. It has not been changed. Choose another file or restore a backup.</source>
        <translation>Filen %1 er ikke en Mestring-database, eller den er beskadiget. Den er ikke blevet ændret. Vælg en anden fil, eller gendan en sikkerhedskopi.</translation>
    </message>
    <message>
        <source>The file %1 is not a Mestring database. It has not been changed. Choose a Mestring database file.</source>
        <translation>Filen %1 er ikke en Mestring-database. Den er ikke blevet ændret. Vælg en Mestring-databasefil.</translation>
    </message>
    <message>
        <source>The backup is the database file itself. Choose a backup file.</source>
        <translation>Backuppen er selve databasefilen. Vælg en backupfil.</translation>
    </message>
    <message>
        <source>A record with the id &apos;%1&apos; is already in the database. Records that are stored cannot be imported again: remove it from the file, or import into a new database.</source>
        <translation>En post med id &apos;%1&apos; findes allerede i databasen. Gemte poster kan ikke importeres igen: fjern den fra filen, eller importér til en ny database.</translation>
    </message>
    <message>
        <source>The session id &apos;%1&apos; is already used by a session of another group. Every session needs its own id.</source>
        <translation>Gruppegangs-id&apos;et &apos;%1&apos; bruges allerede af en gang i en anden gruppe. Hver gruppegang skal have sit eget id.</translation>
    </message>
    <message>
        <source>The database already has a target for this indicator, breakdown and year. Remove it from the file, or change the target in the program.</source>
        <translation>Databasen har allerede et måltal for denne indikator, opdeling og år. Fjern det fra filen, eller ret måltallet i programmet.</translation>
    </message>
    <message>
        <source>The password could not be prepared for the server. Nothing was changed; try again, or ask your IT support.</source>
        <translation>Adgangskoden kunne ikke gøres klar til serveren. Intet er ændret; prøv igen, eller spørg din it-support.</translation>
    </message>
    <message>
        <source>The server %1 could not be reached. Check the network, or ask your IT support whether the server is running.</source>
        <translation>Serveren %1 kunne ikke nås. Kontrollér netværket, eller spørg din it-support, om serveren kører.</translation>
    </message>
    <message>
        <source>Behind the number</source>
        <translation>Bag tallet</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>The whole centre</source>
        <translation>Hele centret</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Dannet</translation>
    </message>
    <message>
        <source>Compared with</source>
        <translation>Sammenlignet med</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <source>None (every course and client of the centre)</source>
        <translation>Ingen (alle centrets forløb og borgere)</translation>
    </message>
    <message>
        <source>Broken down by</source>
        <translation>Opdelt efter</translation>
    </message>
    <message>
        <source>Small numbers (denominator under 10)</source>
        <translation>Få tilfælde (nævner under 10)</translation>
    </message>
    <message>
        <source>Effect goals</source>
        <translation>Effektmål</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>Opdeling</translation>
    </message>
    <message>
        <source>Numerator</source>
        <translation>Tæller</translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation>Nævner</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Udgangspunkt</translation>
    </message>
    <message>
        <source>Target met</source>
        <translation>Mål nået</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Bemærkning</translation>
    </message>
    <message>
        <source>Compared</source>
        <translation>Sammenligning</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ændring</translation>
    </message>
    <message>
        <source>Indicators counted per client (antabus, substitution, medical reviews, active clients) are split only by home municipality, sex and age group.</source>
        <translation>Indikatorer, der tælles pr. borger (antabus, substitution, lægelige vurderinger, aktive borgere), opdeles kun efter hjemkommune, køn og aldersgruppe.</translation>
    </message>
    <message>
        <source>a staff member</source>
        <translation>en medarbejder</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Forløb</translation>
    </message>
    <message>
        <source>A course</source>
        <translation>Et forløb</translation>
    </message>
    <message>
        <source>Goals of a course</source>
        <translation>Mål i et forløb</translation>
    </message>
    <message>
        <source>A goal</source>
        <translation>Et mål</translation>
    </message>
    <message>
        <source>Assessments of a course</source>
        <translation>Målinger i et forløb</translation>
    </message>
    <message>
        <source>An assessment</source>
        <translation>En måling</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Aftaler</translation>
    </message>
    <message>
        <source>Appointments of a course</source>
        <translation>Aftaler i et forløb</translation>
    </message>
    <message>
        <source>An appointment</source>
        <translation>En aftale</translation>
    </message>
    <message>
        <source>Appointments, checked for overlaps while booking</source>
        <translation>Aftaler, kontrolleret for overlap under booking</translation>
    </message>
    <message>
        <source>The centre&apos;s calendar</source>
        <translation>Centrets kalender</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>A journal note</source>
        <translation>Et journalnotat</translation>
    </message>
    <message>
        <source>Absence periods</source>
        <translation>Fraværsperioder</translation>
    </message>
    <message>
        <source>Appointments a new absence period would cancel</source>
        <translation>Aftaler som en ny fraværsperiode ville aflyse</translation>
    </message>
    <message>
        <source>An absence period</source>
        <translation>En fraværsperiode</translation>
    </message>
    <message>
        <source>Prescriptions</source>
        <translation>Ordinationer</translation>
    </message>
    <message>
        <source>A prescription</source>
        <translation>En ordination</translation>
    </message>
    <message>
        <source>A prescription, stopped</source>
        <translation>En ordination, stoppet</translation>
    </message>
    <message>
        <source>A prescription, replaced by a new dose</source>
        <translation>En ordination, afløst af en ny dosis</translation>
    </message>
    <message>
        <source>Dispensings of a prescription</source>
        <translation>Udleveringer på en ordination</translation>
    </message>
    <message>
        <source>A dispensing registered after its day</source>
        <translation>En udlevering registreret efter dagen</translation>
    </message>
    <message>
        <source>A dispensing</source>
        <translation>En udlevering</translation>
    </message>
    <message>
        <source>Missed doses</source>
        <translation>Udeblevne doser</translation>
    </message>
    <message>
        <source>The dispensing list</source>
        <translation>Udleveringslisten</translation>
    </message>
    <message>
        <source>Group courses</source>
        <translation>Gruppeforløb</translation>
    </message>
    <message>
        <source>A group course</source>
        <translation>Et gruppeforløb</translation>
    </message>
    <message>
        <source>The overview (caseload)</source>
        <translation>Overblikket (sagsstammen)</translation>
    </message>
    <message>
        <source>The list of clients whose records may be disposed of</source>
        <translation>Listen over borgere, hvis journaler må kasseres</translation>
    </message>
    <message>
        <source>Who has seen my data</source>
        <translation>Hvem har set mine data</translation>
    </message>
    <message>
        <source>Read in from an interchange file</source>
        <translation>Indlæst fra en udvekslingsfil</translation>
    </message>
    <message>
        <source>Written to an interchange file</source>
        <translation>Skrevet til en udvekslingsfil</translation>
    </message>
    <message>
        <source>List behind the report figure &quot;%1&quot;</source>
        <translation>Listen bag rapporttallet &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1, group %2</source>
        <translation>%1, gruppen %2</translation>
    </message>
    <message>
        <source>Search in the access log</source>
        <translation>Søgning i adgangsloggen</translation>
    </message>
    <message>
        <source>Search in the access log (%1)</source>
        <translation>Søgning i adgangsloggen (%1)</translation>
    </message>
    <message>
        <source>%1 on paper</source>
        <translation>%1 på papir</translation>
    </message>
    <message>
        <source>%1 saved as PDF</source>
        <translation>%1 gemt som PDF</translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <translation>%1 som %2</translation>
    </message>
    <message>
        <source>Calendar of %1</source>
        <translation>Kalender for %1</translation>
    </message>
    <message>
        <source>Appointments on %1</source>
        <translation>Aftaler den %1</translation>
    </message>
    <message>
        <source>Medication list of %1</source>
        <translation>Medicinliste for %1</translation>
    </message>
    <message>
        <source>Password set for %1</source>
        <translation>Adgangskode sat for %1</translation>
    </message>
    <message>
        <source>The account was locked until %1</source>
        <translation>Kontoen var låst til %1</translation>
    </message>
    <message>
        <source>Backup %1</source>
        <translation>Sikkerhedskopi %1</translation>
    </message>
    <message>
        <source>Restored from %1; the replaced file is kept as %2</source>
        <translation>Gendannet fra %1; den erstattede fil er gemt som %2</translation>
    </message>
    <message>
        <source>Restored from %1</source>
        <translation>Gendannet fra %1</translation>
    </message>
    <message>
        <source>Demo database with %1 records</source>
        <translation>Demodatabase med %1 poster</translation>
    </message>
    <message>
        <source>New database with the manager %1</source>
        <translation>Ny database med lederen %1</translation>
    </message>
    <message>
        <source>Day list</source>
        <translation>Dagsliste</translation>
    </message>
    <message>
        <source>Attendance list</source>
        <translation>Fremmødeliste</translation>
    </message>
    <message>
        <source>Dispensing sheet</source>
        <translation>Udleveringsark</translation>
    </message>
    <message>
        <source>Client status</source>
        <translation>Borgerstatus</translation>
    </message>
    <message>
        <source>Follow-up per therapist</source>
        <translation>Opfølgning pr. behandler</translation>
    </message>
    <message>
        <source>Medication overview</source>
        <translation>Medicinoversigt</translation>
    </message>
    <message>
        <source>List behind a report figure</source>
        <translation>Liste bag et rapporttal</translation>
    </message>
    <message>
        <source>The client&apos;s plan</source>
        <translation>Borgerens plan</translation>
    </message>
    <message>
        <source>Registry worklist</source>
        <translation>Indberetningsliste</translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>Søgning: %1</translation>
    </message>
    <message>
        <source>Master data</source>
        <translation>Stamdata</translation>
    </message>
    <message>
        <source>The restore from %1 failed: %2 Nothing was replaced; the database is as it was. Choose another backup under Administration, or contact your IT support.</source>
        <translation>Gendannelsen fra %1 mislykkedes: %2 Intet er erstattet; databasen er som før. Vælg en anden backup under Administration, eller kontakt jeres IT-support.</translation>
    </message>
    <message>
        <source>The database was restored from the backup %1.</source>
        <translation>Databasen er gendannet fra backuppen %1.</translation>
    </message>
    <message>
        <source>The database as it was before is kept as %1.</source>
        <translation>Databasen, som den var før, er gemt som %1.</translation>
    </message>
    <message>
        <source>Life areas: severity 0 (none) to 4 (extreme); lower is better</source>
        <translation>Livsområder: sværhedsgrad 0 (ingen) til 4 (ekstrem); lavere er bedre</translation>
    </message>
    <message>
        <source>Quality of life (TOP 0–20); higher is better</source>
        <translation>Livskvalitet (TOP 0–20); højere er bedre</translation>
    </message>
    <message>
        <source>Conversations for relatives</source>
        <translation>Pårørendesamtaler</translation>
    </message>
    <message>
        <source>Family therapy</source>
        <translation>Familiebehandling</translation>
    </message>
    <message>
        <source>NADA ear acupuncture</source>
        <translation>NADA-øreakupunktur</translation>
    </message>
    <message>
        <source>Psychologist</source>
        <translation>Psykolog</translation>
    </message>
    <message>
        <source>offered a time</source>
        <translation>tilbudt en tid</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>takket nej</translation>
    </message>
    <message>
        <source>no longer relevant</source>
        <translation>ikke længere aktuelt</translation>
    </message>
    <message>
        <source>NAB (alcohol)</source>
        <translation>NAB (alkohol)</translation>
    </message>
    <message>
        <source>SMDB (drugs)</source>
        <translation>SMDB (stoffer)</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Henvendelse</translation>
    </message>
    <message>
        <source>Start of treatment</source>
        <translation>Behandlingsstart</translation>
    </message>
    <message>
        <source>Discharge</source>
        <translation>Afslutning</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Forsinket</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>Frist i denne uge</translation>
    </message>
    <message>
        <source>Due later</source>
        <translation>Frist senere</translation>
    </message>
    <message>
        <source>When treatment starts</source>
        <translation>Når behandlingen starter</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Indberettet</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonym</translation>
    </message>
    <message>
        <source>CPR %1</source>
        <translation>CPR %1</translation>
    </message>
    <message numerus="yes">
        <source>%n years</source>
        <translation>
            <numerusform>%n år</numerusform>
            <numerusform>%n år</numerusform>
        </translation>
    </message>
    <message>
        <source>phone %1</source>
        <translation>tlf. %1</translation>
    </message>
    <message>
        <source>ended %1</source>
        <translation>afsluttet %1</translation>
    </message>
    <message>
        <source>requested %1, not started</source>
        <translation>anmodet %1, ikke startet</translation>
    </message>
    <message>
        <source>started %1</source>
        <translation>startet %1</translation>
    </message>
    <message>
        <source>contact person %1</source>
        <translation>kontaktperson %1</translation>
    </message>
    <message>
        <source>✓ %1 (done %2)</source>
        <translation>✓ %1 (udført %2)</translation>
    </message>
    <message>
        <source>☐ %1 (deadline %2)</source>
        <translation>☐ %1 (frist %2)</translation>
    </message>
    <message>
        <source>☐ %1</source>
        <translation>☐ %1</translation>
    </message>
    <message>
        <source>No goals in the plan yet.</source>
        <translation>Ingen mål i planen endnu.</translation>
    </message>
    <message>
        <source>Goal and sub-goals</source>
        <translation>Mål og delmål</translation>
    </message>
    <message>
        <source>Score: start → latest → target</source>
        <translation>Score: start → seneste → mål</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>No assessments recorded yet.</source>
        <translation>Ingen statusmålinger endnu.</translation>
    </message>
    <message>
        <source>Assessments: %1</source>
        <translation>Statusmålinger: %1</translation>
    </message>
    <message>
        <source>The latest %1 assessments are shown.</source>
        <translation>De seneste %1 målinger er vist.</translation>
    </message>
    <message>
        <source>A missing bar is a life area scored 0 or not asked.</source>
        <translation>En manglende søjle er et livsområde med 0 eller uden svar (ikke spurgt).</translation>
    </message>
    <message>
        <source>Attendance %1 – %2</source>
        <translation>Fremmøde %1 – %2</translation>
    </message>
    <message>
        <source>Next appointment: %1 at %2</source>
        <translation>Næste aftale: %1 kl. %2</translation>
    </message>
    <message>
        <source>No appointment booked.</source>
        <translation>Ingen aftale booket.</translation>
    </message>
    <message>
        <source>Current medication on %1</source>
        <translation>Aktuel medicin pr. %1</translation>
    </message>
    <message>
        <source>No active prescriptions.</source>
        <translation>Ingen aktive ordinationer.</translation>
    </message>
    <message>
        <source>Drug</source>
        <translation>Præparat</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Doseringsplan</translation>
    </message>
    <message>
        <source>Dispensing</source>
        <translation>Udlevering</translation>
    </message>
    <message>
        <source>Status on %1 · attendance %2 – %3</source>
        <translation>Status pr. %1 · fremmøde %2 – %3</translation>
    </message>
    <message>
        <source> · current medication</source>
        <translation> · aktuel medicin</translation>
    </message>
    <message>
        <source>The client has no courses.</source>
        <translation>Borgeren har ingen forløb.</translation>
    </message>
    <message>
        <source>* Few cases: the denominator is under 10, so one client more or less moves the rate a lot. Read it with care.</source>
        <translation>* Få tilfælde: nævneren er under 10, så én borger mere eller mindre flytter andelen meget. Læs tallet med forsigtighed.</translation>
    </message>
    <message>
        <source>– No data: there was nothing to measure in the period (the denominator is 0). It is not 0 %.</source>
        <translation>– Ingen data: der var intet at måle i perioden (nævneren er 0). Det er ikke 0 %.</translation>
    </message>
    <message>
        <source>Pro rata: a count&apos;s yearly target times the period&apos;s share of the year (a quarter holds about a quarter of the year&apos;s target).</source>
        <translation>Forholdsmæssigt: et antals årsmål gange periodens andel af året (et kvartal holdes op mod omkring en fjerdedel af årets mål).</translation>
    </message>
    <message>
        <source>Appendix: by %1</source>
        <translation>Bilag: opdelt efter %1</translation>
    </message>
    <message>
        <source>The indicators counted per client (antabus, substitution, medical reviews, active clients) are split only by home municipality, sex and age group, so they are left out here.</source>
        <translation>Indikatorer, der tælles pr. borger (antabus, substitution, lægelige vurderinger, aktive borgere), opdeles kun efter hjemkommune, køn og aldersgruppe og er derfor udeladt her.</translation>
    </message>
    <message>
        <source>No group has anything counted in the period.</source>
        <translation>Ingen gruppe har noget talt med i perioden.</translation>
    </message>
    <message>
        <source>Appendix: what the indicators count</source>
        <translation>Bilag: hvad indikatorerne tæller</translation>
    </message>
    <message>
        <source>Filters: none (every course and client of the centre)</source>
        <translation>Filtre: ingen (alle centrets forløb og borgere)</translation>
    </message>
    <message>
        <source>Filters: %1</source>
        <translation>Filtre: %1</translation>
    </message>
    <message>
        <source>Compared with %1 (%2)</source>
        <translation>Sammenlignet med %1 (%2)</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Periode: %1</translation>
    </message>
    <message>
        <source>Effect goals %1</source>
        <translation>Effektmål %1</translation>
    </message>
    <message>
        <source>%1, born %2</source>
        <translation>%1, født %2</translation>
    </message>
    <message>
        <source> (phone)</source>
        <translation> (telefon)</translation>
    </message>
    <message>
        <source> (appointment)</source>
        <translation> (aftale)</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Sidste kontakt</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Næste frist</translation>
    </message>
    <message>
        <source>Next appointment</source>
        <translation>Næste aftale</translation>
    </message>
    <message>
        <source>No-shows, 12 months</source>
        <translation>Udeblivelser, 12 mdr.</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>No active goals</source>
        <translation>Ingen aktive mål</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Gøremål</translation>
    </message>
    <message numerus="yes">
        <source>%n active course(s), %1 with something to do.</source>
        <translation>
            <numerusform>%n aktivt forløb, %1 med noget at gøre.</numerusform>
            <numerusform>%n aktive forløb, %1 med noget at gøre.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not included: %1 request(s) not started and %2 ended course(s) with a follow-up due (see Overblik).</source>
        <translation>Ikke med: %1 anmodning(er), der ikke er startet, og %2 afsluttede forløb med opfølgning efter udskrivning (se Overblik).</translation>
    </message>
    <message>
        <source>Last contact: the latest attended appointment of the course or phone note about the client. Next due: the earliest deadline of the flags, the active goals and their open sub-goals. No-shows: of the course&apos;s attended and missed appointments from %1 to %2 (cancellations do not count). Scores: VUM support need 0 (none) to 4 (complete).</source>
        <translation>Sidste kontakt: forløbets seneste fremmødte aftale eller telefonnotat om borgeren. Næste frist: den tidligste frist blandt markeringerne, de aktive mål og deres åbne delmål. Udeblivelser: andel af forløbets fremmødte og udeblevne aftaler fra %1 til %2 (afbud og aflysninger tæller ikke). Score: VUM-støttebehov 0 (intet) til 4 (fuldstændigt).</translation>
    </message>
    <message>
        <source>Therapist: %1</source>
        <translation>Behandler: %1</translation>
    </message>
    <message>
        <source>Active courses on %1 · no-shows %2 – %3</source>
        <translation>Aktive forløb pr. %1 · udeblivelser %2 – %3</translation>
    </message>
    <message>
        <source>%1 has no active courses.</source>
        <translation>%1 har ingen aktive forløb.</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Gem som PDF …</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Gem som PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumenter (*.pdf)</translation>
    </message>
    <message>
        <source>%1 % (%2 of %3)</source>
        <translation>%1 % (%2 af %3)</translation>
    </message>
    <message>
        <source>latest %1 (%2)</source>
        <translation>seneste %1 (%2)</translation>
    </message>
    <message>
        <source>latest –</source>
        <translation>seneste –</translation>
    </message>
    <message>
        <source>Start %1 → %2 → target %3</source>
        <translation>Start %1 → %2 → mål %3</translation>
    </message>
    <message>
        <source> (deadline %1)</source>
        <translation> (frist %1)</translation>
    </message>
    <message>
        <source>Registry reporting: worklist</source>
        <translation>Indberetning: arbejdsliste</translation>
    </message>
    <message>
        <source>Printed %1. %2 event(s), %3 overdue.</source>
        <translation>Udskrevet %1. %2 hændelse(r), %3 forsinket.</translation>
    </message>
    <message>
        <source>The report could not be saved as %1 (%2). Choose another folder, or check that the file is not open in another program.</source>
        <translation>Rapporten kunne ikke gemmes som %1 (%2). Vælg en anden mappe, eller kontrollér, at filen ikke er åben i et andet program.</translation>
    </message>
    <message>
        <source>%1 – print preview</source>
        <translation>%1 – vis udskrift</translation>
    </message>
    <message>
        <source>Follow-up %1 %2.pdf</source>
        <translation>Opfølgning %1 %2.pdf</translation>
    </message>
    <message>
        <source>Client status %1 %2.pdf</source>
        <translation>Borgerstatus %1 %2.pdf</translation>
    </message>
    <message>
        <source>The spreadsheet could not be made (%1). Check that there is room on the disk and try again.</source>
        <translation>Regnearket kunne ikke dannes (%1). Kontrollér, at der er plads på disken, og prøv igen.</translation>
    </message>
    <message>
        <source>The spreadsheet could not be saved as %1 (%2). Choose another folder, or close the file if it is open in Excel.</source>
        <translation>Regnearket kunne ikke gemmes som %1 (%2). Vælg en anden mappe, eller luk filen, hvis den er åben i Excel.</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-projektmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV til Excel (*.csv)</translation>
    </message>
    <message>
        <source>Signed by %1 on %2</source>
        <translation>Underskrevet af %1 %2</translation>
    </message>
    <message>
        <source>Addendum</source>
        <translation>Tillæg</translation>
    </message>
    <message>
        <source>Printed %1 from Mestring</source>
        <translation>Udskrevet %1 fra Mestring</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Side %1 af %2</translation>
    </message>
    <message>
        <source>Access log</source>
        <translation>Adgangslog</translation>
    </message>
    <message>
        <source>The print could not be written to the access log: %1 Tell the manager that it was printed.</source>
        <translation>Udskriften kunne ikke skrives i adgangsloggen: %1 Fortæl lederen, at der er udskrevet.</translation>
    </message>
    <message>
        <source>The PDF was not saved: it could not be written to the access log (%1). Try again, or ask the manager.</source>
        <translation>PDF-filen blev ikke gemt: den kunne ikke skrives i adgangsloggen (%1). Prøv igen, eller spørg lederen.</translation>
    </message>
    <message>
        <source>The spreadsheet was not saved: it could not be written to the access log (%1). Try again, or ask the manager.</source>
        <translation>Regnearket blev ikke gemt: det kunne ikke skrives i adgangsloggen (%1). Prøv igen, eller spørg lederen.</translation>
    </message>
</context>
<context>
    <name>mestring::core::ChangeFeed</name>
    <message>
        <source>The program could not ask the server to tell it about changes.</source>
        <translation>Programmet kunne ikke bede serveren om at give besked om ændringer.</translation>
    </message>
</context>
<context>
    <name>mestring::core::ClientService</name>
    <message>
        <source>The client no longer exists. Search for the client again.</source>
        <translation>Borgeren findes ikke længere. Søg borgeren frem igen.</translation>
    </message>
    <message>
        <source>same CPR number</source>
        <translation>samme CPR-nummer</translation>
    </message>
    <message>
        <source>same birth date and a similar name</source>
        <translation>samme fødselsdato og et lignende navn</translation>
    </message>
</context>
<context>
    <name>mestring::core::DispensingService</name>
    <message>
        <source>The dispensing was already annulled on %1. Nothing more to do.</source>
        <translation>Udleveringen blev allerede annulleret %1. Der er ikke mere at gøre.</translation>
    </message>
    <message>
        <source>Only the staff member who registered the dispensing, on the day it was registered, or a doctor may annul it. Ask a doctor.</source>
        <translation>Kun den medarbejder, der registrerede udleveringen, samme dag, eller en læge kan annullere den. Spørg en læge.</translation>
    </message>
    <message>
        <source>There is no late registration to confirm here: it is confirmed already, annulled, or was registered on its day.</source>
        <translation>Der er ingen efterregistrering at bekræfte her: den er allerede bekræftet, annulleret eller blev registreret på dagen.</translation>
    </message>
    <message>
        <source>The prescription no longer exists. Open the client&apos;s medication again.</source>
        <translation>Ordinationen findes ikke længere. Åbn borgerens medicin igen.</translation>
    </message>
    <message>
        <source>The dispensing no longer exists. Open the client&apos;s medication again.</source>
        <translation>Udleveringen findes ikke længere. Åbn borgerens medicin igen.</translation>
    </message>
    <message>
        <source>The day is over: this is a late registration. Write why it is registered now (e.g. forgotten at the time, registered on paper), so the doctor can see it.</source>
        <translation>Dagen er gået: dette er en efterregistrering. Skriv hvorfor den registreres nu (fx glemt, noteret på papir), så lægen kan se det.</translation>
    </message>
    <message>
        <source>The dose awaits a doctor&apos;s confirmation (it is above the centre&apos;s limit or changed by more than 50 %), so it cannot be given yet. Ask the doctor to confirm it on the client&apos;s Medication tab. You can register the dose as missed, refused or withheld.</source>
        <translation>Dosis afventer lægens bekræftelse (den er over centrets grænse eller ændret med mere end 50 %), så den kan ikke gives endnu. Bed lægen bekræfte den på borgerens Medicin-fane. Du kan registrere dosis som udeblevet, nægtet eller tilbageholdt.</translation>
    </message>
    <message>
        <source>The prescription does not exist. Choose the client&apos;s prescription.</source>
        <translation>Ordinationen findes ikke. Vælg borgerens ordination.</translation>
    </message>
    <message>
        <source>The day has not come yet. Register a dispensing on the day or after.</source>
        <translation>Dagen er ikke kommet endnu. Registrér en udlevering på dagen eller senere.</translation>
    </message>
    <message>
        <source>Another user</source>
        <translation>En anden bruger</translation>
    </message>
    <message>
        <source> at %1</source>
        <translation> kl. %1</translation>
    </message>
    <message>
        <source>%1 already registered this medicine for %2%3. It is not registered twice. If that registration is wrong, annul it on the client&apos;s Medication tab (with a reason) and register again.</source>
        <translation>%1 har allerede registreret denne medicin for %2%3. Den registreres ikke to gange. Hvis den registrering er forkert, så annuller den på borgerens fane Medicin (med en begrundelse), og registrer igen.</translation>
    </message>
</context>
<context>
    <name>mestring::core::MedicationSettingsService</name>
    <message>
        <source>A dose limit is from 1 to 5000 mg, or 0 for no limit.</source>
        <translation>En dosisgrænse er fra 1 til 5000 mg, eller 0 for ingen grænse.</translation>
    </message>
    <message>
        <source>The methadone concentration is from 0 (tablets: no ml shown) to 100 mg/ml.</source>
        <translation>Metadonkoncentrationen er fra 0 (tabletter: ingen ml vist) til 100 mg/ml.</translation>
    </message>
    <message>
        <source>Enter the day as dd-mm-yyyy.</source>
        <translation>Skriv dagen som dd-mm-åååå.</translation>
    </message>
    <message>
        <source>Closed days are planned from today on: a day that is over stays as it was.</source>
        <translation>Lukkedage planlægges fra i dag: en dag, der er gået, forbliver som den var.</translation>
    </message>
    <message>
        <source>%1 is already a closed day (%2).</source>
        <translation>%1 er allerede en lukkedag (%2).</translation>
    </message>
    <message>
        <source>Write why the centre is closed that day (e.g. Grundlovsdag).</source>
        <translation>Skriv hvorfor centret er lukket den dag (fx Grundlovsdag).</translation>
    </message>
    <message>
        <source>%1 is not one of the centre&apos;s own closed days; public holidays are always closed.</source>
        <translation>%1 er ikke en af centrets egne lukkedage; helligdage er altid lukket.</translation>
    </message>
    <message>
        <source>The day is over; it stays a closed day as it was planned.</source>
        <translation>Dagen er gået; den forbliver en lukkedag, som den var planlagt.</translation>
    </message>
    <message>
        <source>A take-home supply for the closed days has already been handed out over %1. Keep the day closed, or annul that supply first.</source>
        <translation>Der er allerede udleveret hjemmedosering til lukkedagene hen over %1. Behold dagen lukket, eller annullér først den udlevering.</translation>
    </message>
    <message>
        <source>Weekend</source>
        <translation>Weekend</translation>
    </message>
</context>
<context>
    <name>mestring::core::PrescriptionService</name>
    <message>
        <source>The prescription was already annulled on %1.</source>
        <translation>Ordinationen blev allerede annulleret %1.</translation>
    </message>
    <message>
        <source>A dispensing is registered on the prescription (%1), so it was not entered in error: stop it instead, or annul that dispensing first if it is wrong too.</source>
        <translation>Der er registreret en udlevering på ordinationen (%1), så den er ikke fejlindtastet: stop den i stedet, eller annullér først udleveringen, hvis den også er forkert.</translation>
    </message>
    <message>
        <source>The dose needs no confirmation: it is confirmed already, annulled, or within the centre&apos;s limits.</source>
        <translation>Dosis skal ikke bekræftes: den er allerede bekræftet, annulleret eller inden for centrets grænser.</translation>
    </message>
</context>
<context>
    <name>mestring::core::StaffService</name>
    <message>
        <source>An account keeps its username. To stop %1 from logging in, deactivate the account.</source>
        <translation>En konto beholder sit brugernavn. Deaktivér kontoen, hvis %1 ikke længere skal kunne logge ind.</translation>
    </message>
    <message>
        <source>The username &apos;%1&apos; is already used by %2. Choose another username.</source>
        <translation>Brugernavnet &apos;%1&apos; bruges allerede af %2. Vælg et andet brugernavn.</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account. Ask another manager.</source>
        <translation>Du kan ikke deaktivere din egen konto. Bed en anden leder om det.</translation>
    </message>
    <message>
        <source>%1 is the only active manager. Make another staff member manager first, so someone can manage accounts.</source>
        <translation>%1 er den eneste aktive leder. Gør først en anden medarbejder til leder, så nogen kan passe kontiene.</translation>
    </message>
    <message>
        <source>A password needs a username to log in with. Enter a username.</source>
        <translation>En adgangskode kræver et brugernavn at logge ind med. Skriv et brugernavn.</translation>
    </message>
    <message>
        <source>Staff account of %1 changed: %2</source>
        <translation>Medarbejderkonto for %1 ændret: %2</translation>
    </message>
    <message>
        <source>There is already a staff member with the id %1.</source>
        <translation>Der findes allerede en medarbejder med id&apos;et %1.</translation>
    </message>
    <message>
        <source>%1 has no username to log in with. Give the account a username first.</source>
        <translation>%1 har intet brugernavn at logge ind med. Giv først kontoen et brugernavn.</translation>
    </message>
    <message>
        <source>Temporary password set for %1, to be changed at the next login</source>
        <translation>Midlertidig adgangskode sat for %1, skal skiftes ved næste login</translation>
    </message>
    <message>
        <source>Account of %1 unlocked</source>
        <translation>Kontoen for %1 låst op</translation>
    </message>
</context>
<context>
    <name>mestring::ui::AbsenceDialog</name>
    <message>
        <source>New absence period</source>
        <translation>Ny fraværsperiode</translation>
    </message>
    <message>
        <source>Change absence period</source>
        <translation>Ret fraværsperiode</translation>
    </message>
    <message>
        <source>empty: open-ended, last day not known yet</source>
        <translation>tom: åben, sidste dag kendes endnu ikke</translation>
    </message>
    <message>
        <source>E.g. where the client is, or who told us</source>
        <translation>F.eks. hvor borgeren er, eller hvem der har oplyst det</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Fra</translation>
    </message>
    <message>
        <source>&amp;To (inclusive)</source>
        <translation>&amp;Til (inklusive)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>Å&amp;rsag</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notat</translation>
    </message>
    <message>
        <source>Planned appointments inside the period are cancelled as cancelled by the client. You see which before anything is saved.</source>
        <translation>Planlagte aftaler i perioden aflyses som afbud fra borgeren. Du ser hvilke, før noget gemmes.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>&amp;Gem</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Saving cancels %n planned appointment(s)&lt;/b&gt; (cancelled by the client):</source>
        <translation>
            <numerusform>&lt;b&gt;Når du gemmer, aflyses %n planlagt aftale&lt;/b&gt; (afbud fra borgeren):</numerusform>
            <numerusform>&lt;b&gt;Når du gemmer, aflyses %n planlagte aftaler&lt;/b&gt; (afbud fra borgeren):</numerusform>
        </translation>
    </message>
    <message>
        <source>Press Save again to save and cancel them, or change the dates.</source>
        <translation>Tryk Gem igen for at gemme og aflyse, eller ret datoerne.</translation>
    </message>
    <message numerus="yes">
        <source>Save and cancel %n appointment(s)</source>
        <translation>
            <numerusform>Gem og aflys %n aftale</numerusform>
            <numerusform>Gem og aflys %n aftaler</numerusform>
        </translation>
    </message>
    <message>
        <source>Leave empty while the last day is not known yet (open-ended).</source>
        <translation>Lad feltet stå tomt, så længe sidste dag ikke kendes (åben periode).</translation>
    </message>
</context>
<context>
    <name>mestring::ui::AbsenceTableModel</name>
    <message>
        <source>open-ended</source>
        <translation>åben</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>To (incl.)</source>
        <translation>Til (inkl.)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Årsag</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>mestring::ui::AbsencesTab</name>
    <message>
        <source>New absence</source>
        <translation>Nyt fravær</translation>
    </message>
    <message>
        <source>Register an absence period (holiday, hospital, prison, ...)</source>
        <translation>Registrér en fraværsperiode (ferie, indlæggelse, afsoning …)</translation>
    </message>
    <message>
        <source>Change absence</source>
        <translation>Ret fravær</translation>
    </message>
    <message>
        <source>Change the chosen period, e.g. give an open-ended one its last day</source>
        <translation>Ret den valgte periode, f.eks. når en åben periode får sin sidste dag</translation>
    </message>
    <message>
        <source>Absence periods</source>
        <translation>Fraværsperioder</translation>
    </message>
    <message>
        <source>Planned appointments inside an absence period are cancelled; medication doses inside it are not expected.</source>
        <translation>Planlagte aftaler i en fraværsperiode aflyses; medicindoser i perioden forventes ikke.</translation>
    </message>
    <message numerus="yes">
        <source>The absence period is saved; %n planned appointment(s) were cancelled.</source>
        <translation>
            <numerusform>Fraværsperioden er gemt; %n planlagt aftale blev aflyst.</numerusform>
            <numerusform>Fraværsperioden er gemt; %n planlagte aftaler blev aflyst.</numerusform>
        </translation>
    </message>
    <message>
        <source>The absence period is saved.</source>
        <translation>Fraværsperioden er gemt.</translation>
    </message>
</context>
<context>
    <name>mestring::ui::AccessLogPanel</name>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Søg</translation>
    </message>
    <message>
        <source>&amp;Who has seen my data...</source>
        <translation>&amp;Hvem har set mine data...</translation>
    </message>
    <message>
        <source>As &amp;PDF...</source>
        <translation>Som &amp;PDF...</translation>
    </message>
    <message>
        <source>CPR number or name; empty: every client</source>
        <translation>CPR-nummer eller navn; tomt: alle borgere</translation>
    </message>
    <message>
        <source>The client&apos;s list of every use of their data, to print or give them as PDF. Type the client first.</source>
        <translation>Borgerens liste over al brug af vedkommendes data, til udskrift eller som PDF. Skriv borgeren først.</translation>
    </message>
    <message>
        <source>Every kind of use</source>
        <translation>Alle former for brug</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Borger:</translation>
    </message>
    <message>
        <source>S&amp;taff member:</source>
        <translation>Med&amp;arbejder:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>til</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <source>&amp;Use:</source>
        <translation>Br&amp;ug:</translation>
    </message>
    <message>
        <source>Every staff member</source>
        <translation>Alle medarbejdere</translation>
    </message>
    <message>
        <source>No client matches &quot;%1&quot;. Check the spelling or type the CPR number.</source>
        <translation>Ingen borger passer på &quot;%1&quot;. Kontrollér stavningen, eller skriv CPR-nummeret.</translation>
    </message>
    <message>
        <source>Several clients match &quot;%1&quot;. Type the whole CPR number or the full name.</source>
        <translation>Flere borgere passer på &quot;%1&quot;. Skriv hele CPR-nummeret eller det fulde navn.</translation>
    </message>
    <message>
        <source>Only the newest %1 entries are shown. Narrow the search to see the others.</source>
        <translation>Kun de nyeste %1 registreringer vises. Afgræns søgningen for at se de andre.</translation>
    </message>
    <message>
        <source>No entries match the search.</source>
        <translation>Ingen registreringer passer på søgningen.</translation>
    </message>
    <message>
        <source>Type the client&apos;s CPR number or name first.</source>
        <translation>Skriv først borgerens CPR-nummer eller navn.</translation>
    </message>
    <message>
        <source>Who has seen my data</source>
        <translation>Hvem har set mine data</translation>
    </message>
    <message>
        <source>who-has-seen-my-data.pdf</source>
        <translation>hvem-har-set-mine-data.pdf</translation>
    </message>
    <message>
        <source>Purge the access log</source>
        <translation>Ryd adgangsloggen</translation>
    </message>
    <message>
        <source> months</source>
        <translation> måneder</translation>
    </message>
    <message>
        <source>Save the period</source>
        <translation>Gem perioden</translation>
    </message>
    <message>
        <source>Remove expired entries...</source>
        <translation>Slet udløbne registreringer...</translation>
    </message>
    <message>
        <source>Removes the entries older than the period. The log stays verifiable: the removal is recorded with the hash it ends at.</source>
        <translation>Sletter registreringerne, der er ældre end perioden. Loggen kan stadig efterprøves: sletningen registreres med den hash, den slutter ved.</translation>
    </message>
    <message>
        <source>Keep the access log for</source>
        <translation>Gem adgangsloggen i</translation>
    </message>
    <message>
        <source>(6 months unless the centre decides otherwise, at most 5 years)</source>
        <translation>(6 måneder, medmindre centret beslutter andet, højst 5 år)</translation>
    </message>
    <message numerus="yes">
        <source>The access log is now kept for %n month(s).</source>
        <translation>
            <numerusform>Adgangsloggen gemmes nu i %n måned.</numerusform>
            <numerusform>Adgangsloggen gemmes nu i %n måneder.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove every access-log entry from before %1? They cannot be brought back; the log stays verifiable.</source>
        <translation>Slet alle registreringer i adgangsloggen fra før %1? De kan ikke hentes tilbage; loggen kan stadig efterprøves.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) removed.</source>
        <translation>
            <numerusform>%n registrering slettet.</numerusform>
            <numerusform>%n registreringer slettet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mestring::ui::AccessLogTableModel</name>
    <message>
        <source>Time</source>
        <translation>Tidspunkt</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Medarbejder</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Brug</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Borger</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>(disposed client)</source>
        <translation>(kasseret borger)</translation>
    </message>
</context>
<context>
    <name>mestring::ui::AdministrationPage</name>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Medarbejdere</translation>
    </message>
    <message>
        <source>Active staff: %1. Former staff: %2.</source>
        <translation>Aktive medarbejdere: %1. Tidligere medarbejdere: %2.</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Access log</source>
        <translation>Adgangslog</translation>
    </message>
    <message>
        <source>Disposal</source>
        <translation>Kassation</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medicin</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Centret</translation>
    </message>
</context>
<context>
    <name>mestring::ui::AppointmentDialog</name>
    <message>
        <source>Move appointment</source>
        <translation>Flyt aftale</translation>
    </message>
    <message>
        <source>Book appointment</source>
        <translation>Book aftale</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Borger</translation>
    </message>
    <message>
        <source>&amp;Client</source>
        <translation>&amp;Borger</translation>
    </message>
    <message>
        <source>C&amp;ourse</source>
        <translation>&amp;Forløb</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;Staff member</source>
        <translation>&amp;Medarbejder</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Dato</translation>
    </message>
    <message>
        <source>T&amp;ime</source>
        <translation>T&amp;idspunkt</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min.</translation>
    </message>
    <message>
        <source>&amp;Length</source>
        <translation>&amp;Varighed</translation>
    </message>
    <message>
        <source>E.g. room 2, the client&apos;s home, the shelter</source>
        <translation>F.eks. lokale 2, borgerens hjem, forsorgshjemmet</translation>
    </message>
    <message>
        <source>L&amp;ocation</source>
        <translation>&amp;Sted</translation>
    </message>
    <message>
        <source>The client has no open course. Register a course on the client&apos;s Courses tab first.</source>
        <translation>Borgeren har intet åbent forløb. Opret først et forløb på borgerens fane Forløb.</translation>
    </message>
    <message>
        <source>%1 already has an appointment %2 (%3).</source>
        <translation>%1 har allerede en aftale %2 (%3).</translation>
    </message>
    <message>
        <source>The client already has an appointment %1 with %2 (%3).</source>
        <translation>Borgeren har allerede en aftale %1 med %2 (%3).</translation>
    </message>
    <message>
        <source>The client is registered as absent %1 to %2 (%3).</source>
        <translation>Borgeren er registreret som fraværende %1 til %2 (%3).</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>åben</translation>
    </message>
    <message>
        <source>No conflicts with the staff member&apos;s or the client&apos;s other appointments or absences.</source>
        <translation>Ingen konflikter med medarbejderens eller borgerens andre aftaler eller fravær.</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Fl&amp;yt</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>&amp;Book</translation>
    </message>
    <message>
        <source>Conflicts:</source>
        <translation>Konflikter:</translation>
    </message>
    <message>
        <source>Move despite the conflict</source>
        <translation>Flyt trods konflikten</translation>
    </message>
    <message>
        <source>Book despite the conflict</source>
        <translation>Book trods konflikten</translation>
    </message>
    <message>
        <source>Choose the course the appointment belongs to.</source>
        <translation>Vælg det forløb, aftalen hører til.</translation>
    </message>
    <message>
        <source>Enter the date as dd-mm-yyyy.</source>
        <translation>Skriv datoen som dd-mm-åååå.</translation>
    </message>
    <message>
        <source>Type the time as 13:00, 13.00 or 1300.</source>
        <translation>Skriv tidspunktet som 13:00, 13.00 eller 1300.</translation>
    </message>
    <message>
        <source>Find the client: type part of the name, the CPR number or the birth date, and choose with the arrow keys and Enter.</source>
        <translation>Find borgeren: skriv en del af navnet, CPR-nummeret eller fødselsdatoen, og vælg med piletasterne og Enter.</translation>
    </message>
</context>
<context>
    <name>mestring::ui::AppointmentTableModel</name>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Borger</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Medarbejder</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>ORS %1</source>
        <translation>ORS %1</translation>
    </message>
    <message>
        <source>SRS %1</source>
        <translation>SRS %1</translation>
    </message>
    <message>
        <source>FIT</source>
        <translation>FIT</translation>
    </message>
</context>
<context>
    <name>mestring::ui::AppointmentsTab</name>
    <message>
        <source>no attended or missed appointments</source>
        <translation>ingen fremmøder eller udeblivelser endnu</translation>
    </message>
    <message>
        <source>%1 % (%2 of %3)</source>
        <translation>%1 % (%2 af %3)</translation>
    </message>
    <message>
        <source>New appointment</source>
        <translation>Ny aftale</translation>
    </message>
    <message>
        <source>Book an appointment for the client</source>
        <translation>Book en aftale med borgeren</translation>
    </message>
    <message>
        <source>Move appointment</source>
        <translation>Flyt aftale</translation>
    </message>
    <message>
        <source>Move the chosen planned appointment to another time</source>
        <translation>Flyt den valgte planlagte aftale til et andet tidspunkt</translation>
    </message>
    <message>
        <source>The client&apos;s appointments</source>
        <translation>Borgerens aftaler</translation>
    </message>
    <message>
        <source>Mark the chosen appointment:</source>
        <translation>Registrér for den valgte aftale:</translation>
    </message>
    <message>
        <source>No-show rate: %1 · last 12 months: %2</source>
        <translation>Udeblivelser: %1 · seneste 12 måneder: %2</translation>
    </message>
    <message>
        <source>No-shows of the appointments the client attended or missed; cancellations do not count (domain.md, no_show_rate).</source>
        <translation>Udeblivelser blandt de aftaler, borgeren mødte til eller udeblev fra; afbud og aflysninger tæller ikke med (som indikatoren for udeblivelser).</translation>
    </message>
    <message>
        <source>The appointment is booked.</source>
        <translation>Aftalen er booket.</translation>
    </message>
    <message>
        <source>Only a planned appointment can be moved. Book a new appointment instead.</source>
        <translation>Kun en planlagt aftale kan flyttes. Book en ny aftale i stedet.</translation>
    </message>
    <message>
        <source>The appointment is moved.</source>
        <translation>Aftalen er flyttet.</translation>
    </message>
</context>
<context>
    <name>mestring::ui::AssessmentChart</name>
    <message>
        <source>Click an area in the legend to hide or show its line.</source>
        <translation>Klik på et område i forklaringen for at skjule eller vise dets linje.</translation>
    </message>
    <message>
        <source>No assessments on this course yet</source>
        <translation>Ingen målinger på dette forløb endnu</translation>
    </message>
    <message>
        <source>Severity 0-4 (up is better)</source>
        <translation>Sværhedsgrad 0-4 (op er bedre)</translation>
    </message>
</context>
<context>
    <name>mestring::ui::AssessmentDialog</name>
    <message>
        <source>not asked</source>
        <translation>ikke spurgt</translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation>Ny måling</translation>
    </message>
    <message>
        <source>Correct assessment</source>
        <translation>Ret måling</translation>
    </message>
    <message>
        <source>The TOP rating of quality of life, 0 to 20: higher is better</source>
        <translation>TOP-vurderingen af livskvalitet, 0 til 20: højere er bedre</translation>
    </message>
    <message>
        <source>Days the primary substance was used in the last 28 days</source>
        <translation>Dage med brug af det primære rusmiddel de seneste 28 dage</translation>
    </message>
    <message>
        <source>Standard drinks (genstande) in a usual week</source>
        <translation>Genstande i en almindelig uge</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Dato</translation>
    </message>
    <message>
        <source>&amp;Quality of life (0-20)</source>
        <translation>Li&amp;vskvalitet (0-20)</translation>
    </message>
    <message>
        <source>Days &amp;used of the last 28</source>
        <translation>Dage med &amp;brug af de seneste 28</translation>
    </message>
    <message>
        <source>Dri&amp;nks per week</source>
        <translation>&amp;Genstande om ugen</translation>
    </message>
    <message>
        <source>Record assessment</source>
        <translation>&amp;Registrér måling</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <source>Life areas: severity 0 (no problem) to 4 (extreme)</source>
        <translation>Livsområder: sværhedsgrad 0 (intet problem) til 4 (ekstremt)</translation>
    </message>
</context>
<context>
    <name>mestring::ui::AssessmentTableModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Ikke spurgt</translation>
    </message>
    <message>
        <source>Quality of life %1 of 20 (higher is better)</source>
        <translation>Livskvalitet %1 af 20 (højere er bedre)</translation>
    </message>
    <message>
        <source>%1 of the last 28 days</source>
        <translation>%1 af de seneste 28 dage</translation>
    </message>
    <message>
        <source>%1 drinks a week</source>
        <translation>%1 genstande om ugen</translation>
    </message>
    <message>
        <source>%1: 0 none to 4 extreme; lower is better; – not asked</source>
        <translation>%1: 0 intet problem til 4 ekstremt; lavere er bedre; – ikke spurgt</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Quality of life</source>
        <translation>Livskvalitet</translation>
    </message>
    <message>
        <source>Days used
of 28</source>
        <translation>Dage brugt
af 28</translation>
    </message>
    <message>
        <source>Drinks
per week</source>
        <translation>Genstande
pr. uge</translation>
    </message>
</context>
<context>
    <name>mestring::ui::AssessmentsTab</name>
    <message>
        <source>New assessment</source>
        <translation>Ny måling</translation>
    </message>
    <message>
        <source>Record an assessment of the course</source>
        <translation>Registrér en måling på forløbet</translation>
    </message>
    <message>
        <source>Correct assessment</source>
        <translation>Ret måling</translation>
    </message>
    <message>
        <source>Correct the chosen assessment</source>
        <translation>Ret den valgte måling</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Forløb</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Målinger</translation>
    </message>
    <message>
        <source>Course:</source>
        <translation>Forløb:</translation>
    </message>
    <message>
        <source>The client has no course yet.</source>
        <translation>Borgeren har endnu intet forløb.</translation>
    </message>
    <message numerus="yes">
        <source>%n assessments. Life areas: 0 no problem to 4 extreme, – not asked.</source>
        <translation>
            <numerusform>%n måling. Livsområder: 0 intet problem til 4 ekstremt, – ikke spurgt.</numerusform>
            <numerusform>%n målinger. Livsområder: 0 intet problem til 4 ekstremt, – ikke spurgt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mestring::ui::AttendanceActions</name>
    <message>
        <source>The client came</source>
        <translation>Borgeren mødte</translation>
    </message>
    <message>
        <source>The client did not come and did not cancel; the overview asks you to contact them</source>
        <translation>Borgeren mødte ikke og meldte ikke afbud; Overblik beder dig kontakte borgeren</translation>
    </message>
    <message>
        <source>The client cancelled (never counts as a no-show)</source>
        <translation>Borgeren meldte afbud (tæller aldrig som udeblivelse)</translation>
    </message>
    <message>
        <source>The centre cancelled, e.g. the therapist is ill</source>
        <translation>Centret aflyste, f.eks. ved behandlerens sygdom</translation>
    </message>
    <message>
        <source>Set back to planned, to correct a mistake</source>
        <translation>Sæt tilbage til planlagt for at rette en fejl</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (key %2)</source>
        <translation>%1 (tast %2)</translation>
    </message>
    <message>
        <source>Change a cancelled appointment</source>
        <translation>Ændr en aflyst aftale</translation>
    </message>
    <message>
        <source>The appointment on %1 at %2 is registered as &quot;%3&quot;. Change it to &quot;%4&quot;?</source>
        <translation>Aftalen den %1 kl. %2 er registreret som &quot;%3&quot;. Skal den ændres til &quot;%4&quot;?</translation>
    </message>
</context>
<context>
    <name>mestring::ui::BackupPanel</name>
    <message>
        <source>&amp;Take backup now</source>
        <translation>&amp;Tag backup nu</translation>
    </message>
    <message>
        <source>&amp;Restore from the chosen backup...</source>
        <translation>&amp;Gendan fra den valgte backup...</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Gendan fra backup</translation>
    </message>
    <message>
        <source>A backup is taken automatically at the first start of each day; the newest %1 are kept. Keep the folder on another disk or a network drive, so a broken disk does not take the backups with it.</source>
        <translation>Der tages automatisk en backup ved dagens første start; de nyeste %1 gemmes. Læg mappen på en anden disk eller et netværksdrev, så en defekt disk ikke tager backupperne med sig.</translation>
    </message>
    <message>
        <source>Choose &amp;folder...</source>
        <translation>Vælg &amp;mappe...</translation>
    </message>
    <message>
        <source>The backup was taken and checked: %1</source>
        <translation>Backuppen er taget og kontrolleret: %1</translation>
    </message>
    <message>
        <source>Backups in the folder, newest first:</source>
        <translation>Backupper i mappen, nyeste først:</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Mappe: %1</translation>
    </message>
    <message>
        <source>%1   %2   (%3)</source>
        <translation>%1   %2   (%3)</translation>
    </message>
    <message>
        <source>No backups in the folder yet.</source>
        <translation>Endnu ingen backupper i mappen.</translation>
    </message>
    <message>
        <source>Taking the backup... You can go on working meanwhile.</source>
        <translation>Tager backuppen ... Du kan arbejde videre imens.</translation>
    </message>
    <message>
        <source>The restore from %1 is carried out at the next start.</source>
        <translation>Gendannelsen fra %1 sker ved næste start.</translation>
    </message>
    <message>
        <source>Folder for backups</source>
        <translation>Mappe til backupper</translation>
    </message>
    <message>
        <source>The centre&apos;s server is backed up by the IT department. A backup taken here is a copy of the server&apos;s database written by pg_dump into the folder below and checked by restoring it on the server; the newest %1 are kept.</source>
        <translation>It-afdelingen tager backup af centrets server. En backup taget her er en kopi af serverens database, skrevet af pg_dump i mappen nedenfor og kontrolleret ved at gendanne den på serveren; de nyeste %1 gemmes.</translation>
    </message>
    <message>
        <source>Restore the database from the backup taken %1?

Everything registered after the backup was taken is lost: notes, dispensings, appointments and every other change since %1.

Mestring closes now. The restore is carried out the next time Mestring starts, before anyone logs in; the backup is checked first, and the database as it is now is kept as a safety copy beside it. Mestring may stay open on other PCs: they wait while the backup is written in and then work on the restored data.</source>
        <translation>Gendan databasen fra backuppen taget %1?

Alt, der er registreret efter backuppen blev taget, går tabt: notater, udleveringer, aftaler og alle andre ændringer siden %1.

Mestring lukker nu. Gendannelsen sker, næste gang Mestring startes, før nogen logger ind; backuppen kontrolleres først, og databasen, som den er nu, gemmes som sikkerhedskopi ved siden af. Mestring må gerne være åben på andre pc&apos;er: de venter, mens backuppen skrives ind, og arbejder derefter videre på de gendannede data.</translation>
    </message>
</context>
<context>
    <name>mestring::ui::BackupWorker</name>
    <message>
        <source>The backup could not be taken: %1 Nothing in the database was changed. Check that the folder %2 exists and that you may write in it and that the disk is not full, then choose &quot;Take backup now&quot; under Administration, or ask your manager.</source>
        <translation>Backuppen kunne ikke tages: %1 Intet i databasen er ændret. Kontrollér, at mappen %2 findes, at du må skrive i den, og at disken ikke er fuld, og vælg så &quot;Tag backup nu&quot; under Administration, eller spørg din leder.</translation>
    </message>
</context>
<context>
    <name>mestring::ui::BreakdownTableModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 af %2</translation>
    </message>
    <message>
        <source>Compared: %1</source>
        <translation>Sammenligning: %1</translation>
    </message>
    <message>
        <source>* Few cases: the denominator is under 10.</source>
        <translation>* Få tilfælde: nævneren er under 10.</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>Opdeling</translation>
    </message>
    <message>
        <source>The whole centre</source>
        <translation>Hele centret</translation>
    </message>
</context>
<context>
    <name>mestring::ui::CalendarPage</name>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Mark the chosen appointment:</source>
        <translation>Registrér for den valgte aftale:</translation>
    </message>
    <message>
        <source>The day&apos;s appointments</source>
        <translation>Dagens aftaler</translation>
    </message>
    <message>
        <source>The week&apos;s appointments</source>
        <translation>Ugens aftaler</translation>
    </message>
    <message>
        <source>Enter or a double click opens the day</source>
        <translation>Enter eller dobbeltklik åbner dagen</translation>
    </message>
    <message>
        <source>The whole centre</source>
        <translation>Hele centret</translation>
    </message>
    <message>
        <source>Ca&amp;lendar of:</source>
        <translation>Ka&amp;lender for:</translation>
    </message>
    <message>
        <source>Da&amp;y</source>
        <translation>&amp;Dag</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Uge</translation>
    </message>
    <message>
        <source>Previous day or week (Alt+Left)</source>
        <translation>Forrige dag eller uge (Alt+Venstre)</translation>
    </message>
    <message>
        <source>T&amp;oday</source>
        <translation>I d&amp;ag</translation>
    </message>
    <message>
        <source>Next day or week (Alt+Right)</source>
        <translation>Næste dag eller uge (Alt+Højre)</translation>
    </message>
    <message>
        <source>Go to a day (dd-mm-yyyy)</source>
        <translation>Gå til en dag (dd-mm-åååå)</translation>
    </message>
    <message>
        <source>&amp;New appointment...</source>
        <translation>&amp;Ny aftale...</translation>
    </message>
    <message>
        <source>Book an appointment (Ctrl+N)</source>
        <translation>Book en aftale (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Move...</source>
        <translation>&amp;Flyt...</translation>
    </message>
    <message>
        <source>Move the chosen planned appointment to another time (F2)</source>
        <translation>Flyt den valgte planlagte aftale til et andet tidspunkt (F2)</translation>
    </message>
    <message>
        <source>&amp;Print day list...</source>
        <translation>Uds&amp;kriv dagsliste...</translation>
    </message>
    <message>
        <source>The day&apos;s appointments per staff member, with a preview</source>
        <translation>Dagens aftaler pr. medarbejder, med forhåndsvisning</translation>
    </message>
    <message>
        <source>Day list as P&amp;DF...</source>
        <translation>Dagsliste som &amp;PDF...</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Opdatér</translation>
    </message>
    <message>
        <source>Read the calendar again (F5)</source>
        <translation>Læs kalenderen igen (F5)</translation>
    </message>
    <message>
        <source>the whole centre</source>
        <translation>hele centret</translation>
    </message>
    <message>
        <source>%1 %2, %3</source>
        <translation>%1 %2, %3</translation>
    </message>
    <message>
        <source>Week %1: %2 to %3, %4</source>
        <translation>Uge %1: %2 til %3, %4</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>til %1</translation>
    </message>
    <message>
        <source>Absent: %1</source>
        <translation>Fraværende: %1</translation>
    </message>
    <message>
        <source>Choose the appointment in the day view first.</source>
        <translation>Vælg først aftalen i dagsvisningen.</translation>
    </message>
    <message>
        <source>Only a planned appointment can be moved. Book a new appointment instead.</source>
        <translation>Kun en planlagt aftale kan flyttes. Book en ny aftale i stedet.</translation>
    </message>
    <message>
        <source>Day list</source>
        <translation>Dagsliste</translation>
    </message>
    <message>
        <source>day-list-%1.pdf</source>
        <translation>dagsliste-%1.pdf</translation>
    </message>
</context>
<context>
    <name>mestring::ui::CalendarWeekModel</name>
    <message>
        <source>Absent</source>
        <translation>Fraværende</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>og %n mere</numerusform>
            <numerusform>og %n flere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mestring::ui::CaseloadTableModel</name>
    <message>
        <source>%1 (deadline %2)</source>
        <translation>%1 (frist %2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 den %2</translation>
    </message>
    <message>
        <source>%1 (%2, due %3)</source>
        <translation>%1 (%2, forfalden %3)</translation>
    </message>
    <message>
        <source>6 months</source>
        <translation>6 måneder</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 måned</translation>
    </message>
    <message>
        <source>%1 (last %2)</source>
        <translation>%1 (senest %2)</translation>
    </message>
    <message>
        <source>request %1</source>
        <translation>henvendelse %1</translation>
    </message>
    <message>
        <source>ended %1</source>
        <translation>afsluttet %1</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Borger</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Født</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Forløb</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Sidste kontakt</translation>
    </message>
    <message>
        <source>Next appointment</source>
        <translation>Næste aftale</translation>
    </message>
    <message>
        <source>Needs doing</source>
        <translation>Skal gøres</translation>
    </message>
    <message>
        <source>%1 (%2 on %3)</source>
        <translation>%1 (%2 den %3)</translation>
    </message>
    <message>
        <source>%1 (ORS %2 at the %3th rating)</source>
        <translation>%1 (ORS %2 ved %3. måling)</translation>
    </message>
    <message>
        <source>%1 (%2 events, deadline %3)</source>
        <translation>%1 (%2 hændelser, frist %3)</translation>
    </message>
</context>
<context>
    <name>mestring::ui::CentrePanel</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <source>Centre &amp;name</source>
        <translation>Centrets &amp;navn</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>Phone &amp;hours</source>
        <translation>Telefon&amp;tid</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>e.g. Monday to Friday 9-15</source>
        <translation>fx mandag til fredag kl. 9-15</translation>
    </message>
    <message>
        <source>How citizens reach the centre. It is printed on the client&apos;s plan (Borgerens plan) and what else the centre hands out.</source>
        <translation>Sådan får borgerne fat i centret. Det står på borgerens plan og på det, centret ellers udleverer.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gemt.</translation>
    </message>
</context>
<context>
    <name>mestring::ui::ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Skift adgangskode</translation>
    </message>
    <message>
        <source>At least %1 characters, and not your username. A short sentence is easy to remember and hard to guess.</source>
        <translation>Mindst %1 tegn, og ikke dit brugernavn. En kort sætning er let at huske og svær at gætte.</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>&amp;Nuværende adgangskode</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>N&amp;y adgangskode</translation>
    </message>
    <message>
        <source>&amp;Repeat the new password</source>
        <translation>&amp;Gentag den nye adgangskode</translation>
    </message>
</context>
<context>
    <name>mestring::ui::ClientDialog</name>
    <message>
        <source>Anonymous treatment (no CPR number and no name)</source>
        <translation>A&amp;nonym behandling (uden CPR-nummer og navn)</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Ny borger</translation>
    </message>
    <message>
        <source>Edit master data</source>
        <translation>Ret stamdata</translation>
    </message>
    <message>
        <source>Anonymous ambulant treatment (SEL § 101 a, SUL § 141 stk. 7): the client is known by an alias only and gets no prescriptions.</source>
        <translation>Anonym ambulant behandling (SEL § 101 a, SUL § 141 stk. 7): borgeren kendes kun under et alias og får ingen ordinationer.</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Ikke oplyst</translation>
    </message>
    <message>
        <source>ddmmyy-xxxx</source>
        <translation>ddmmåå-xxxx</translation>
    </message>
    <message>
        <source>Who information may be shared with</source>
        <translation>Hvem oplysninger må deles med</translation>
    </message>
    <message>
        <source>&amp;Alias</source>
        <translation>&amp;Alias</translation>
    </message>
    <message>
        <source>&amp;CPR number</source>
        <translation>&amp;CPR-nummer</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Fornavn</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Efternavn</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation>Fø&amp;dselsdato</translation>
    </message>
    <message>
        <source>&amp;Sex</source>
        <translation>&amp;Køn</translation>
    </message>
    <message>
        <source>&amp;Municipality</source>
        <translation>K&amp;ommune</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation>Ad&amp;resse</translation>
    </message>
    <message>
        <source>Consent to &amp;share</source>
        <translation>Samtykke til &amp;videregivelse</translation>
    </message>
    <message>
        <source>Consent &amp;date</source>
        <translation>Sa&amp;mtykkedato</translation>
    </message>
    <message>
        <source>Born %1, %2</source>
        <translation>Født %1, %2</translation>
    </message>
    <message>
        <source>replacement number (eCPR)</source>
        <translation>erstatningsnummer (eCPR)</translation>
    </message>
    <message>
        <source>This is not a date. Type it as dd-mm-yyyy.</source>
        <translation>Det er ikke en dato. Skriv den som dd-mm-åååå.</translation>
    </message>
    <message>
        <source>A date is not valid. Type dates as dd-mm-yyyy.</source>
        <translation>En dato er ugyldig. Skriv datoer som dd-mm-åååå.</translation>
    </message>
    <message>
        <source>no CPR number</source>
        <translation>intet CPR-nummer</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Mulig dublet</translation>
    </message>
    <message>
        <source>These clients look like the one you are creating:

%1

Create a new client anyway?</source>
        <translation>Disse borgere ligner den, du er ved at oprette:

%1

Vil du oprette en ny borger alligevel?</translation>
    </message>
    <message>
        <source>Give the anonymous client an alias.</source>
        <translation>Giv den anonyme borger et alias.</translation>
    </message>
    <message>
        <source>Enter the client&apos;s first or last name, or tick anonymous treatment.</source>
        <translation>Skriv borgerens for- eller efternavn, eller sæt flueben i anonym behandling.</translation>
    </message>
    <message>
        <source>&amp;Open %1</source>
        <translation>Å&amp;bn %1</translation>
    </message>
</context>
<context>
    <name>mestring::ui::ClientListModel</name>
    <message>
        <source>Anonymous</source>
        <translation>Anonym</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>CPR number</source>
        <translation>CPR-nummer</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Fødselsdato</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
</context>
<context>
    <name>mestring::ui::ClientMasterDataForm</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>CPR number</source>
        <translation>CPR-nummer</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Fødselsdato</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Køn</translation>
    </message>
    <message>
        <source>Home municipality</source>
        <translation>Hjemkommune</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Consent to share information</source>
        <translation>Samtykke til videregivelse</translation>
    </message>
    <message>
        <source>Anonymous (no CPR number)</source>
        <translation>Anonym (intet CPR-nummer)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n years)</source>
        <translation>
            <numerusform>%1 (%n år)</numerusform>
            <numerusform>%1 (%n år)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (given %2)</source>
        <translation>%1 (givet %2)</translation>
    </message>
</context>
<context>
    <name>mestring::ui::ClientOverviewTab</name>
    <message>
        <source>Treatment courses</source>
        <translation>Behandlingsforløb</translation>
    </message>
    <message>
        <source>No treatment courses are registered for this client.</source>
        <translation>Der er ikke registreret behandlingsforløb for denne borger.</translation>
    </message>
    <message>
        <source>Master data</source>
        <translation>Stamdata</translation>
    </message>
</context>
<context>
    <name>mestring::ui::ClientPicker</name>
    <message>
        <source>Name, alias, CPR or birth date</source>
        <translation>Navn, alias, CPR eller fødselsdato</translation>
    </message>
    <message>
        <source>No client found</source>
        <translation>Ingen borger fundet</translation>
    </message>
</context>
<context>
    <name>mestring::ui::ClientRecordWidget</name>
    <message>
        <source>Back to the list</source>
        <translation>Tilbage til listen</translation>
    </message>
    <message>
        <source>Back to the client list (Esc)</source>
        <translation>Tilbage til borgerlisten (Esc)</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonym</translation>
    </message>
    <message numerus="yes">
        <source>%n years</source>
        <translation>
            <numerusform>%n år</numerusform>
            <numerusform>%n år</numerusform>
        </translation>
    </message>
    <message>
        <source>Master data</source>
        <translation>Stamdata</translation>
    </message>
    <message>
        <source>Edit master data</source>
        <translation>Ret stamdata</translation>
    </message>
    <message>
        <source>Change name, CPR number, address and consent (Ctrl+E)</source>
        <translation>Ret navn, CPR-nummer, adresse og samtykke (Ctrl+E)</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Forløb</translation>
    </message>
    <message>
        <source>Plan and goals</source>
        <translation>Plan og mål</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Målinger</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Absences</source>
        <translation>Fravær</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medicin</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Aftaler</translation>
    </message>
    <message>
        <source>Print client status…</source>
        <translation>Udskriv borgerstatus …</translation>
    </message>
    <message>
        <source>Goals, assessments, attendance and medication on paper for a plan meeting; print or save as PDF</source>
        <translation>Mål, målinger, fremmøde og medicin på papir til et planmøde; udskriv eller gem som PDF</translation>
    </message>
    <message>
        <source>the plan and the assessments</source>
        <translation>planen og målingerne</translation>
    </message>
    <message>
        <source>the treatment plan</source>
        <translation>behandlingsplanen</translation>
    </message>
    <message>
        <source>the assessments</source>
        <translation>målingerne</translation>
    </message>
    <message>
        <source>the journal</source>
        <translation>journalen</translation>
    </message>
    <message>
        <source>the medication</source>
        <translation>medicinen</translation>
    </message>
    <message>
        <source>Print the client&apos;s plan…</source>
        <translation>Udskriv borgerens plan…</translation>
    </message>
    <message>
        <source>The client&apos;s own plan in plain words: goals, steps, the next appointments and how to reach the centre; no journal text or scores. Print or save as PDF.</source>
        <translation>Borgerens egen plan i et enkelt sprog: mål, trin, de næste aftaler og hvordan man får fat i centret; ingen journaltekst eller scorer. Udskriv eller gem som PDF.</translation>
    </message>
    <message>
        <source>FIT</source>
        <translation>FIT</translation>
    </message>
    <message>
        <source>the client&apos;s feedback (FIT)</source>
        <translation>borgerens feedback (FIT)</translation>
    </message>
</context>
<context>
    <name>mestring::ui::ClientsPage</name>
    <message>
        <source>Clients</source>
        <translation>Borgere</translation>
    </message>
    <message>
        <source>Client search</source>
        <translation>Søg borger</translation>
    </message>
    <message>
        <source>Search by name, CPR number or alias</source>
        <translation>Søg på navn, CPR-nummer eller alias</translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation>Søg borgere</translation>
    </message>
    <message>
        <source>Open client</source>
        <translation>Åbn borger</translation>
    </message>
    <message>
        <source>Showing %1 of %2 clients; scroll down for more.</source>
        <translation>Viser %1 af %2 borgere; rul ned for at se flere.</translation>
    </message>
    <message numerus="yes">
        <source>%n clients in all.</source>
        <translation>
            <numerusform>%n borger i alt.</numerusform>
            <numerusform>%n borgere i alt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>More than %n clients found; scroll down for more.</source>
        <translation>
            <numerusform>Mere end %n borger fundet; rul ned for at se flere.</numerusform>
            <numerusform>Mere end %n borgere fundet; rul ned for at se flere.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n clients found.</source>
        <translation>
            <numerusform>%n borger fundet.</numerusform>
            <numerusform>%n borgere fundet.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New client</source>
        <translation>&amp;Ny borger</translation>
    </message>
    <message>
        <source>Register a new client (Ctrl+Shift+N)</source>
        <translation>Opret en ny borger (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Edit master data</source>
        <translation>Ret stamdata</translation>
    </message>
    <message>
        <source>Print client status</source>
        <translation>Udskriv borgerstatus</translation>
    </message>
    <message>
        <source>Print the client&apos;s plan</source>
        <translation>Udskriv borgerens plan</translation>
    </message>
</context>
<context>
    <name>mestring::ui::ClosedDayTableModel</name>
    <message>
        <source>Public holiday</source>
        <translation>Helligdag</translation>
    </message>
    <message>
        <source>The centre&apos;s own</source>
        <translation>Centrets egen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Ugedag</translation>
    </message>
    <message>
        <source>Closed for</source>
        <translation>Lukket pga.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>mestring::ui::ConnectionBanner</name>
    <message>
        <source>Connection to the server</source>
        <translation>Forbindelse til serveren</translation>
    </message>
    <message>
        <source>The connection to the server is back (%1). Lists show the latest again.</source>
        <translation>Forbindelsen til serveren er tilbage (%1). Listerne viser igen det nyeste.</translation>
    </message>
    <message>
        <source>No connection to the server since %1. Mestring connects again by itself as soon as the server answers. What you type stays where it is; save when the connection is back. Lists may not show the latest meanwhile.</source>
        <translation>Ingen forbindelse til serveren siden kl. %1. Mestring forbinder selv igen, så snart serveren svarer. Det, du skriver, bliver stående; gem, når forbindelsen er tilbage. Listerne viser måske ikke det nyeste imens.</translation>
    </message>
</context>
<context>
    <name>mestring::ui::CourseChooser</name>
    <message>
        <source>open</source>
        <translation>i gang</translation>
    </message>
    <message>
        <source>%1 course %2 – %3</source>
        <translation>%1: %2 – %3</translation>
    </message>
</context>
<context>
    <name>mestring::ui::CourseDialog</name>
    <message>
        <source>The client chose another offer (free choice)</source>
        <translation>Borgeren har valgt et andet tilbud (fr&amp;it valg)</translation>
    </message>
    <message>
        <source>Register request or course</source>
        <translation>Registrér henvendelse eller forløb</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Ikke oplyst</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>Ikke valgt endnu</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Forløbstype</translation>
    </message>
    <message>
        <source>&amp;Legal basis</source>
        <translation>Lovgru&amp;ndlag</translation>
    </message>
    <message>
        <source>&amp;Setting</source>
        <translation>&amp;Tilbudsform</translation>
    </message>
    <message>
        <source>&amp;Program</source>
        <translation>&amp;Program</translation>
    </message>
    <message>
        <source>Primary s&amp;ubstance</source>
        <translation>Primært r&amp;usmiddel</translation>
    </message>
    <message>
        <source>C&amp;ontact person</source>
        <translation>K&amp;ontaktperson</translation>
    </message>
    <message>
        <source>&amp;Request date</source>
        <translation>&amp;Henvendelsesdato</translation>
    </message>
    <message>
        <source>Treatment s&amp;tart</source>
        <translation>Behandlings&amp;start</translation>
    </message>
    <message>
        <source>&amp;Delay reason</source>
        <translation>&amp;Begrundelse for forsinkelse</translation>
    </message>
    <message>
        <source>Residential pro&amp;vider</source>
        <translation>&amp;Døgntilbud (udbyder)</translation>
    </message>
    <message>
        <source>Planned &amp;weeks</source>
        <translation>Planlagte ug&amp;er</translation>
    </message>
    <message>
        <source>Leave the start empty to register a request: the treatment guarantee counts 14 days from the request date.</source>
        <translation>Lad start stå tom for at registrere en henvendelse: behandlingsgarantien tæller 14 dage fra henvendelsesdatoen.</translation>
    </message>
    <message>
        <source>Anonymous treatment: no treatment guarantee.</source>
        <translation>Anonym behandling: ingen behandlingsgaranti.</translation>
    </message>
    <message>
        <source>Treatment guarantee: treatment must start by %1.</source>
        <translation>Behandlingsgaranti: behandlingen skal starte senest %1.</translation>
    </message>
    <message>
        <source>A date is not valid. Type dates as dd-mm-yyyy.</source>
        <translation>En dato er ugyldig. Skriv datoer som dd-mm-åååå.</translation>
    </message>
    <message>
        <source>Other s&amp;ubstances</source>
        <translation>Andre rus&amp;midler</translation>
    </message>
</context>
<context>
    <name>mestring::ui::CourseEndDialog</name>
    <message>
        <source>The client declined follow-up after discharge</source>
        <translation>Borgeren har fra&amp;bedt sig opfølgning efter udskrivning</translation>
    </message>
    <message>
        <source>End course</source>
        <translation>Afslut forløb</translation>
    </message>
    <message>
        <source>Choose end reason</source>
        <translation>Vælg afslutningsårsag</translation>
    </message>
    <message>
        <source>Choose outcome</source>
        <translation>Vælg status</translation>
    </message>
    <message>
        <source>&amp;End date</source>
        <translation>&amp;Slutdato</translation>
    </message>
    <message>
        <source>End &amp;reason</source>
        <translation>Afslutnings&amp;årsag</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>Sta&amp;tus ved afslutning</translation>
    </message>
    <message>
        <source>The centre follows up 1 and 6 months after the end, unless the client declined.</source>
        <translation>Centret følger op 1 og 6 måneder efter afslutningen, medmindre borgeren har frabedt sig det.</translation>
    </message>
    <message>
        <source>Enter the day the course ended as dd-mm-yyyy.</source>
        <translation>Skriv den dag, forløbet sluttede, som dd-mm-åååå.</translation>
    </message>
    <message>
        <source>Choose why the course ended.</source>
        <translation>Vælg, hvorfor forløbet sluttede.</translation>
    </message>
    <message>
        <source>Choose the client&apos;s status on the substance at the end.</source>
        <translation>Vælg borgerens status for rusmidlet ved afslutningen.</translation>
    </message>
</context>
<context>
    <name>mestring::ui::CourseStartDialog</name>
    <message>
        <source>Start treatment</source>
        <translation>Start behandling</translation>
    </message>
    <message>
        <source>&amp;Start date</source>
        <translation>&amp;Startdato</translation>
    </message>
    <message>
        <source>&amp;First phase</source>
        <translation>&amp;Første fase</translation>
    </message>
    <message>
        <source>&amp;Delay reason</source>
        <translation>&amp;Begrundelse for forsinkelse</translation>
    </message>
    <message>
        <source>No treatment guarantee applies to this course.</source>
        <translation>Behandlingsgarantien gælder ikke for dette forløb.</translation>
    </message>
    <message>
        <source>The guarantee deadline was %1. Write why treatment starts later.</source>
        <translation>Garantifristen var %1. Skriv, hvorfor behandlingen starter senere.</translation>
    </message>
    <message>
        <source>Within the treatment guarantee (deadline %1).</source>
        <translation>Inden for behandlingsgarantien (frist %1).</translation>
    </message>
    <message>
        <source>Enter the day treatment starts as dd-mm-yyyy.</source>
        <translation>Skriv den dag, behandlingen starter, som dd-mm-åååå.</translation>
    </message>
</context>
<context>
    <name>mestring::ui::CourseTableModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Henvendelse</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Forløb</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Lovgrundlag</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Tilbud</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Henvendelse</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Slut</translation>
    </message>
    <message>
        <source>End reason and outcome</source>
        <translation>Afslutningsårsag og status</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
</context>
<context>
    <name>mestring::ui::CoursesTab</name>
    <message>
        <source>&amp;Register request…</source>
        <translation>&amp;Registrér henvendelse…</translation>
    </message>
    <message>
        <source>Register a request for treatment or a course that starts now</source>
        <translation>Registrér en henvendelse om behandling eller et forløb, der starter nu</translation>
    </message>
    <message>
        <source>&amp;Start treatment…</source>
        <translation>&amp;Start behandling…</translation>
    </message>
    <message>
        <source>Treatment starts on the chosen request</source>
        <translation>Behandlingen starter på den valgte henvendelse</translation>
    </message>
    <message>
        <source>C&amp;hange phase…</source>
        <translation>Skift &amp;fase…</translation>
    </message>
    <message>
        <source>Move the course to another phase</source>
        <translation>Flyt forløbet til en anden fase</translation>
    </message>
    <message>
        <source>E&amp;nd course…</source>
        <translation>&amp;Afslut forløb…</translation>
    </message>
    <message>
        <source>End the course with end reason and outcome</source>
        <translation>Afslut forløbet med afslutningsårsag og status</translation>
    </message>
    <message>
        <source>&amp;Free choice</source>
        <translation>Frit &amp;valg</translation>
    </message>
    <message>
        <source>The client chose another offer: the treatment guarantee does not apply</source>
        <translation>Borgeren har valgt et andet tilbud: behandlingsgarantien gælder ikke</translation>
    </message>
    <message>
        <source>&amp;Declined follow-up</source>
        <translation>Frabedt &amp;opfølgning</translation>
    </message>
    <message>
        <source>The client declined the follow-up 1 and 6 months after discharge</source>
        <translation>Borgeren har frabedt sig opfølgningen 1 og 6 måneder efter udskrivning</translation>
    </message>
    <message>
        <source>Treatment courses</source>
        <translation>Behandlingsforløb</translation>
    </message>
    <message>
        <source>No treatment courses are registered. Use Register request to start one.</source>
        <translation>Der er ikke registreret nogen behandlingsforløb. Brug Registrér henvendelse for at starte et.</translation>
    </message>
    <message>
        <source>Request registered %1 (day %2). Treatment must start by %3.</source>
        <translation>Henvendelse registreret %1 (dag %2). Behandlingen skal starte senest %3.</translation>
    </message>
    <message>
        <source>The client chose another offer: no treatment guarantee.</source>
        <translation>Borgeren har valgt et andet tilbud: ingen behandlingsgaranti.</translation>
    </message>
    <message>
        <source>Delay reason: %1</source>
        <translation>Begrundelse for forsinkelse: %1</translation>
    </message>
    <message>
        <source>Program: %1 · Substances: %2</source>
        <translation>Program: %1 · Rusmidler: %2</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Declined follow-up after discharge.</source>
        <translation>Har frabedt sig opfølgning efter udskrivning.</translation>
    </message>
    <message>
        <source>Register request</source>
        <translation>Registrér henvendelse</translation>
    </message>
    <message>
        <source>Free choice</source>
        <translation>Frit valg</translation>
    </message>
    <message>
        <source>Declined follow-up</source>
        <translation>Frabedt opfølgning</translation>
    </message>
</context>
<context>
    <name>mestring::ui::DailyBackup</name>
    <message>
        <source>Today&apos;s backup was taken: %1</source>
        <translation>Dagens backup er taget: %1</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup failed.</source>
        <translation>Dagens automatiske backup mislykkedes.</translation>
    </message>
    <message>
        <source>Taking today&apos;s backup in the background...</source>
        <translation>Tager dagens backup i baggrunden ...</translation>
    </message>
    <message>
        <source>Automatic backup</source>
        <translation>Automatisk backup</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup failed. You can go on working.</source>
        <translation>Dagens automatiske backup mislykkedes. Du kan arbejde videre.</translation>
    </message>
</context>
<context>
    <name>mestring::ui::DateField</name>
    <message>
        <source>dd-mm-yyyy</source>
        <translation>dd-mm-åååå</translation>
    </message>
    <message>
        <source>Type a date as dd-mm-yyyy, e.g. 01-03-2025 or 010325. Leave empty if not known.</source>
        <translation>Skriv en dato som dd-mm-åååå, fx 01-03-2025 eller 010325. Lad feltet stå tomt, hvis den ikke kendes.</translation>
    </message>
</context>
<context>
    <name>mestring::ui::DispensingDialog</name>
    <message>
        <source>Hand out a take-home supply</source>
        <translation>Udlevér medicin til hjemmet</translation>
    </message>
    <message>
        <source>Withhold the dose</source>
        <translation>Tilbagehold dosis</translation>
    </message>
    <message>
        <source>%1, born %2: %3 %4 on %5.</source>
        <translation>%1, født %2: %3 %4 den %5.</translation>
    </message>
    <message>
        <source> day(s)</source>
        <translation> dag(e)</translation>
    </message>
    <message>
        <source>Days supplied, today included (1-14). The following days are covered and leave the list.</source>
        <translation>Antal dage udleveret, i dag medregnet (1-14). De følgende dage er dækket og forsvinder fra listen.</translation>
    </message>
    <message>
        <source>&amp;Days supplied</source>
        <translation>&amp;Dage udleveret</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Valgfrit</translation>
    </message>
    <message>
        <source>Why is the dose withheld?</source>
        <translation>Hvorfor tilbageholdes dosis?</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notat</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Begrundelse</translation>
    </message>
    <message>
        <source>Write why the dose is withheld (e.g. intoxicated), so the next nurse and the doctor know.</source>
        <translation>Skriv hvorfor dosis tilbageholdes (fx påvirket), så den næste sygeplejerske og lægen ved det.</translation>
    </message>
    <message>
        <source>Register a take-home supply late</source>
        <translation>Efterregistrér en hjemmedosering</translation>
    </message>
    <message>
        <source>Register a withheld dose late</source>
        <translation>Efterregistrér en tilbageholdt dosis</translation>
    </message>
    <message>
        <source>Register late: %1</source>
        <translation>Efterregistrér: %1</translation>
    </message>
    <message>
        <source>The day is over: why is it registered now? (e.g. forgotten, registered on paper)</source>
        <translation>Dagen er gået: hvorfor registreres den nu? (fx glemt, noteret på papir)</translation>
    </message>
    <message>
        <source>&amp;Late, because</source>
        <translation>&amp;Efterregistreret fordi</translation>
    </message>
    <message>
        <source>In total</source>
        <translation>I alt</translation>
    </message>
    <message numerus="yes">
        <source>Includes %n closed day(s) after today: the centre does not dispense then.</source>
        <translation>
            <numerusform>Omfatter %n lukkedag efter i dag: centret udleverer ikke da.</numerusform>
            <numerusform>Omfatter %n lukkedage efter i dag: centret udleverer ikke da.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mestring::ui::DispensingHistoryModel</name>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Drug</source>
        <translation>Præparat</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registreret</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Af</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notat</translation>
    </message>
    <message>
        <source>(late, not confirmed)</source>
        <translation>(efterregistreret, ikke bekræftet)</translation>
    </message>
    <message>
        <source>(late)</source>
        <translation>(efterregistreret)</translation>
    </message>
    <message>
        <source>Annulled %1 by %2: %3</source>
        <translation>Annulleret %1 af %2: %3</translation>
    </message>
    <message>
        <source>Registered late: %1</source>
        <translation>Efterregistreret: %1</translation>
    </message>
    <message>
        <source>confirmed by %1</source>
        <translation>bekræftet af %1</translation>
    </message>
</context>
<context>
    <name>mestring::ui::DispensingListModel</name>
    <message numerus="yes">
        <source>Handed out for %n day(s)</source>
        <translation>
            <numerusform>Udleveret til %n dag</numerusform>
            <numerusform>Udleveret til %n dage</numerusform>
        </translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Blokeret</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Skal gives</translation>
    </message>
    <message numerus="yes">
        <source>Blocked: %n missed dose(s) in a row, the last on %1. A doctor must reassess the dose.</source>
        <translation>
            <numerusform>Blokeret: %n udeblevet dosis i træk, senest %1. En læge skal revurdere dosis.</numerusform>
            <numerusform>Blokeret: %n udeblevne doser i træk, senest %1. En læge skal revurdere dosis.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missed dose(s) in a row</source>
        <translation>
            <numerusform>%n udeblevet dosis i træk</numerusform>
            <numerusform>%n udeblevne doser i træk</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Contact the client: %n missed Antabus dose(s) since %1</source>
        <translation>
            <numerusform>Kontakt borgeren: %n udeblevet antabusdosis siden %1</numerusform>
            <numerusform>Kontakt borgeren: %n udeblevne antabusdoser siden %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Not on the schedule today</source>
        <translation>Ikke planlagt i dag</translation>
    </message>
    <message numerus="yes">
        <source>Take-home, %n day(s)</source>
        <translation>
            <numerusform>Hjemmedosering, %n dag</numerusform>
            <numerusform>Hjemmedosering, %n dage</numerusform>
        </translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Borger</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Født</translation>
    </message>
    <message>
        <source>Drug</source>
        <translation>Præparat</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Udleveringsform</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>Opmærksomhed</translation>
    </message>
    <message>
        <source>Awaits the doctor</source>
        <translation>Afventer lægen</translation>
    </message>
    <message>
        <source>Missed (nothing recorded)</source>
        <translation>Udeblevet (intet registreret)</translation>
    </message>
    <message>
        <source>Due: take-home for closed days</source>
        <translation>Skal gives: hjemmedosering til lukkedage</translation>
    </message>
    <message>
        <source>(late)</source>
        <translation>(efterregistreret)</translation>
    </message>
    <message>
        <source>The dose awaits the doctor&apos;s confirmation (above the centre&apos;s limit or changed by more than 50 %). Do not give it yet.</source>
        <translation>Dosis afventer lægens bekræftelse (over centrets grænse eller ændret med mere end 50 %). Giv den ikke endnu.</translation>
    </message>
    <message numerus="yes">
        <source>+%n day(s) for closed days</source>
        <translation>
            <numerusform>+%n dag til lukkedage</numerusform>
            <numerusform>+%n dage til lukkedage</numerusform>
        </translation>
    </message>
    <message>
        <source>Dose changed: %1 to %2</source>
        <translation>Dosis ændret: %1 til %2</translation>
    </message>
    <message>
        <source>Registered late: %1</source>
        <translation>Efterregistreret: %1</translation>
    </message>
</context>
<context>
    <name>mestring::ui::DisposalCandidateModel</name>
    <message>
        <source>Client</source>
        <translation>Borger</translation>
    </message>
    <message>
        <source>CPR number</source>
        <translation>CPR-nummer</translation>
    </message>
    <message>
        <source>Last entry</source>
        <translation>Sidste registrering</translation>
    </message>
    <message>
        <source>Kept until</source>
        <translation>Opbevares til</translation>
    </message>
</context>
<context>
    <name>mestring::ui::DisposalHistoryModel</name>
    <message>
        <source>Disposed of</source>
        <translation>Kasseret</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Af</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>Borger-id</translation>
    </message>
    <message>
        <source>Last entry</source>
        <translation>Sidste registrering</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Poster</translation>
    </message>
</context>
<context>
    <name>mestring::ui::DisposalPanel</name>
    <message>
        <source>&amp;Find clients</source>
        <translation>&amp;Find borgere</translation>
    </message>
    <message>
        <source>&amp;Dispose of the client&apos;s records...</source>
        <translation>&amp;Kassér borgerens data...</translation>
    </message>
    <message>
        <source>Dispose of a client&apos;s records</source>
        <translation>Kassér en borgers data</translation>
    </message>
    <message>
        <source>Dispose of everything</source>
        <translation>Kassér alt</translation>
    </message>
    <message>
        <source>Clients whose records may be disposed of</source>
        <translation>Borgere hvis data må kasseres</translation>
    </message>
    <message>
        <source>Disposals done</source>
        <translation>Foretagne kassationer</translation>
    </message>
    <message>
        <source>A client&apos;s records must be kept for 10 years after the last entry of any kind (journalføringsbekendtgørelsen). After that they may be disposed of: everything about the client is deleted for good. The access log keeps that it was done, by whom and when, never what was deleted. Backups taken before keep the data until they are replaced.</source>
        <translation>En borgers journal skal opbevares i 10 år efter den sidste registrering af enhver art (journalføringsbekendtgørelsen). Derefter må den kasseres: alt om borgeren slettes endeligt. Adgangsloggen gemmer at det skete, hvem og hvornår, aldrig hvad der blev slettet. Backupper taget før indeholder stadig data, indtil de udskiftes.</translation>
    </message>
    <message>
        <source>Press Find clients to list the clients whose records may be disposed of.</source>
        <translation>Tryk på Find borgere for at se de borgere, hvis data må kasseres.</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) whose records may be disposed of on %1.</source>
        <translation>
            <numerusform>%n borger, hvis data må kasseres pr. %1.</numerusform>
            <numerusform>%n borgere, hvis data må kasseres pr. %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The last entry about them is from %1.</source>
        <translation>Den sidste registrering om borgeren er fra %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) will be deleted for good: courses, plans, appointments, medication, notes and the rest. This cannot be undone.</source>
        <translation>
            <numerusform>%n post slettes endeligt: forløb, planer, aftaler, medicin, notater og resten. Det kan ikke fortrydes.</numerusform>
            <numerusform>%n poster slettes endeligt: forløb, planer, aftaler, medicin, notater og resten. Det kan ikke fortrydes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The records of %1 were disposed of: %n record(s) deleted.</source>
        <translation>
            <numerusform>Data om %1 er kasseret: %n post slettet.</numerusform>
            <numerusform>Data om %1 er kasseret: %n poster slettet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dispose of everything about %1?</source>
        <translation>Kassér alt om %1?</translation>
    </message>
</context>
<context>
    <name>mestring::ui::DoseChartView</name>
    <message>
        <source>Dose over time (mg); missed doses in red</source>
        <translation>Dosis over tid (mg); udeblevne doser med rødt</translation>
    </message>
    <message>
        <source>Missed dose</source>
        <translation>Udeblevet dosis</translation>
    </message>
</context>
<context>
    <name>mestring::ui::EnrolDialog</name>
    <message>
        <source>Enrol in %1</source>
        <translation>Tilmeld til %1</translation>
    </message>
    <message>
        <source>The day the client asked for a place: the waiting list keeps this order</source>
        <translation>Dagen borgeren bad om en plads: ventelisten følger denne rækkefølge</translation>
    </message>
    <message>
        <source>&amp;Client</source>
        <translation>&amp;Borger</translation>
    </message>
    <message>
        <source>Treatment c&amp;ourse</source>
        <translation>Behandlings&amp;forløb</translation>
    </message>
    <message>
        <source>&amp;Asked on</source>
        <translation>&amp;Spurgt den</translation>
    </message>
    <message>
        <source>When the group is full the client joins the waiting list, in the order people asked.</source>
        <translation>Når gruppen er fuld, kommer borgeren på ventelisten i den rækkefølge, folk har spurgt.</translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation>&amp;Tilmeld</translation>
    </message>
    <message>
        <source>The client has no open treatment course. Register a request on the client&apos;s Forløb tab first.</source>
        <translation>Borgeren har intet åbent behandlingsforløb. Registrér først en henvendelse under borgerens fane Forløb.</translation>
    </message>
    <message>
        <source>Search for the client and choose one of their open courses.</source>
        <translation>Søg borgeren frem, og vælg et af borgerens åbne forløb.</translation>
    </message>
    <message>
        <source>Type the day the client asked as dd-mm-yyyy.</source>
        <translation>Skriv dagen, borgeren spurgte, som dd-mm-åååå.</translation>
    </message>
    <message>
        <source>Find the client: type part of the name, the CPR number or the birth date, and choose with the arrow keys and Enter.</source>
        <translation>Find borgeren: skriv en del af navnet, CPR-nummeret eller fødselsdatoen, og vælg med piletasterne og Enter.</translation>
    </message>
</context>
<context>
    <name>mestring::ui::FitChart</name>
    <message>
        <source>No FIT ratings on this course yet</source>
        <translation>Ingen FIT-målinger på forløbet endnu</translation>
    </message>
    <message>
        <source>No reliable change (first ORS ±5)</source>
        <translation>Ingen sikker ændring (første ORS ±5)</translation>
    </message>
    <message>
        <source>ORS (start of session)</source>
        <translation>ORS (ved start)</translation>
    </message>
    <message>
        <source>SRS (end of session)</source>
        <translation>SRS (ved slut)</translation>
    </message>
    <message>
        <source>ORS cutoff 25</source>
        <translation>ORS-grænse 25</translation>
    </message>
    <message>
        <source>SRS cutoff 36</source>
        <translation>SRS-grænse 36</translation>
    </message>
    <message>
        <source>Score (0-40)</source>
        <translation>Score (0-40)</translation>
    </message>
    <message>
        <source>Sessions, by date</source>
        <translation>Samtaler efter dato</translation>
    </message>
</context>
<context>
    <name>mestring::ui::FitDialog</name>
    <message>
        <source>FIT: ORS and SRS</source>
        <translation>FIT: ORS og SRS</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Samtale</translation>
    </message>
    <message>
        <source>ORS at the start: how has the client been doing?</source>
        <translation>ORS ved start: hvordan har borgeren haft det?</translation>
    </message>
    <message>
        <source>SRS at the end: how was today&apos;s session for the client?</source>
        <translation>SRS ved slut: hvordan var dagens samtale for borgeren?</translation>
    </message>
    <message>
        <source>Type each mark in centimetres from 0 to 10 with one decimal (7,4), or drag the slider. Tab goes to the next number, Enter saves. Fill in the ORS alone at the start and add the SRS at the end, or both at once.</source>
        <translation>Skriv hvert mærke i centimeter fra 0 til 10 med én decimal (7,4), eller træk i skyderen. Tab går til næste tal, Enter gemmer. Udfyld ORS alene ved start og tilføj SRS ved slut, eller begge på én gang.</translation>
    </message>
    <message>
        <source>Save FIT</source>
        <translation>Gem FIT</translation>
    </message>
    <message>
        <source>Item %1 is not a number from 0,0 to 10,0 with at most one decimal. Fill in all four items, or leave the whole scale empty.</source>
        <translation>Punkt %1 er ikke et tal fra 0,0 til 10,0 med højst én decimal. Udfyld alle fire punkter, eller lad hele skalaen stå tom.</translation>
    </message>
    <message>
        <source>Nothing is filled in. Type the ORS, the SRS or both.</source>
        <translation>Intet er udfyldt. Skriv ORS, SRS eller begge.</translation>
    </message>
</context>
<context>
    <name>mestring::ui::FitEntryAction</name>
    <message>
        <source>FIT… (R)</source>
        <translation>FIT… (R)</translation>
    </message>
    <message>
        <source>The client&apos;s ORS and SRS of the chosen session (key R)</source>
        <translation>Borgerens ORS og SRS for den valgte samtale (tast R)</translation>
    </message>
    <message>
        <source>%1, %2 %3 (%4)</source>
        <translation>%1, %2 %3 (%4)</translation>
    </message>
</context>
<context>
    <name>mestring::ui::FitScaleEditor</name>
    <message>
        <source>Individually (personal well-being)</source>
        <translation>Individuelt (personligt velbefindende)</translation>
    </message>
    <message>
        <source>Interpersonally (family, close relationships)</source>
        <translation>Mellemmenneskeligt (familie, nære relationer)</translation>
    </message>
    <message>
        <source>Socially (work, school, friendships)</source>
        <translation>Socialt (arbejde, skole, venskaber)</translation>
    </message>
    <message>
        <source>Overall (general sense of well-being)</source>
        <translation>Generelt (samlet velbefindende)</translation>
    </message>
    <message>
        <source>Relationship (felt heard and respected)</source>
        <translation>Relation (følte mig hørt og respekteret)</translation>
    </message>
    <message>
        <source>Goals and topics (talked about what I wanted)</source>
        <translation>Mål og emner (talte om det, jeg ville)</translation>
    </message>
    <message>
        <source>Approach or method (a good fit for me)</source>
        <translation>Tilgang eller metode (passer godt til mig)</translation>
    </message>
    <message>
        <source>Overall (today&apos;s session was right for me)</source>
        <translation>Generelt (dagens samtale var rigtig for mig)</translation>
    </message>
    <message>
        <source>Total %1 of 40</source>
        <translation>I alt %1 af 40</translation>
    </message>
    <message>
        <source>: in the clinical range (25 or below)</source>
        <translation>: i det kliniske område (25 eller derunder)</translation>
    </message>
    <message>
        <source>: below 36, talk with the client about how the sessions work for them</source>
        <translation>: under 36, tal med borgeren om, hvordan samtalerne virker for dem</translation>
    </message>
    <message numerus="yes">
        <source> (%n of 4 items given)</source>
        <translation>
            <numerusform> (%n af 4 punkter udfyldt)</numerusform>
            <numerusform> (%n af 4 punkter udfyldt)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mestring::ui::FitTab</name>
    <message>
        <source>reliable progress</source>
        <translation>sikker fremgang</translation>
    </message>
    <message>
        <source>reliable setback</source>
        <translation>sikker tilbagegang</translation>
    </message>
    <message>
        <source>no reliable change yet</source>
        <translation>ingen sikker ændring endnu</translation>
    </message>
    <message numerus="yes">
        <source>%n ORS: first %1, latest %2 (%3: %4).</source>
        <translation>
            <numerusform>%n ORS: første %1, seneste %2 (%3: %4).</numerusform>
            <numerusform>%n ORS: første %1, seneste %2 (%3: %4).</numerusform>
        </translation>
    </message>
    <message>
        <source>No progress: talk with the client about the plan.</source>
        <translation>Ingen fremgang: tal med borgeren om planen.</translation>
    </message>
    <message>
        <source>Latest SRS %1: below 36, talk about how the sessions work.</source>
        <translation>Seneste SRS %1: under 36, tal om, hvordan samtalerne virker.</translation>
    </message>
    <message>
        <source>Latest SRS %1.</source>
        <translation>Seneste SRS %1.</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Forløb</translation>
    </message>
    <message>
        <source>FIT ratings</source>
        <translation>FIT-målinger</translation>
    </message>
    <message>
        <source>FIT is entered at the session: in Aftaler, in the Kalender&apos;s day list or in the group register, key R.</source>
        <translation>FIT registreres ved samtalen: under Aftaler, i Kalenderens dagsliste eller i gruppens fremmøde, tast R.</translation>
    </message>
    <message>
        <source>Course:</source>
        <translation>Forløb:</translation>
    </message>
    <message>
        <source>The client has no course yet.</source>
        <translation>Borgeren har endnu intet forløb.</translation>
    </message>
    <message>
        <source>No FIT ratings on this course yet.</source>
        <translation>Ingen FIT-målinger på forløbet endnu.</translation>
    </message>
</context>
<context>
    <name>mestring::ui::FitTableModel</name>
    <message>
        <source>Individual session</source>
        <translation>Individuel samtale</translation>
    </message>
    <message>
        <source>Group session</source>
        <translation>Gruppegang</translation>
    </message>
    <message>
        <source>%1 (reliable progress)</source>
        <translation>%1 (sikker fremgang)</translation>
    </message>
    <message>
        <source>%1 (reliable setback)</source>
        <translation>%1 (sikker tilbagegang)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Samtale</translation>
    </message>
    <message>
        <source>ORS</source>
        <translation>ORS</translation>
    </message>
    <message>
        <source>Since the first ORS</source>
        <translation>Siden første ORS</translation>
    </message>
    <message>
        <source>SRS</source>
        <translation>SRS</translation>
    </message>
</context>
<context>
    <name>mestring::ui::GoalDialog</name>
    <message>
        <source>not scored</source>
        <translation>ikke vurderet</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>ikke angivet</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>Nyt mål</translation>
    </message>
    <message>
        <source>Change goal</source>
        <translation>Ret mål</translation>
    </message>
    <message>
        <source>What the client wants to achieve, in the client&apos;s words</source>
        <translation>Hvad borgeren vil opnå, med borgerens egne ord</translation>
    </message>
    <message>
        <source>How you and the client will see that it is reached</source>
        <translation>Hvordan I kan se, at målet er nået</translation>
    </message>
    <message>
        <source>Support need now, on the VUM scale: 0 none to 4 complete</source>
        <translation>Støttebehov nu på VUM-skalaen: 0 ingen til 4 fuldstændig</translation>
    </message>
    <message>
        <source>The support need the goal aims at: lower is more mastery</source>
        <translation>Det støttebehov, målet sigter mod: lavere er mere mestring</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>&amp;Goal</source>
        <translation>&amp;Mål</translation>
    </message>
    <message>
        <source>&amp;Measure</source>
        <translation>Måles &amp;ved</translation>
    </message>
    <message>
        <source>&amp;Deadline</source>
        <translation>&amp;Frist</translation>
    </message>
    <message>
        <source>&amp;Baseline</source>
        <translation>&amp;Udgangspunkt</translation>
    </message>
    <message>
        <source>T&amp;arget</source>
        <translation>Måls&amp;core</translation>
    </message>
    <message>
        <source>VUM scale: 0 none, 1 light, 2 moderate, 3 severe, 4 complete support need. Lower means more mastery.</source>
        <translation>VUM-skala: 0 ingen, 1 let, 2 moderat, 3 svær, 4 fuldstændig støttebehov. Lavere betyder mere mestring.</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>&amp;Closed on</source>
        <translation>Lukket &amp;den</translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation>Tilf&amp;øj mål</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <source>Write the goal in the client&apos;s words.</source>
        <translation>Skriv målet med borgerens egne ord.</translation>
    </message>
</context>
<context>
    <name>mestring::ui::GoalScoreChart</name>
    <message>
        <source>No status scores yet</source>
        <translation>Ingen statusscorer endnu</translation>
    </message>
    <message>
        <source>Status score</source>
        <translation>Statusscore</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Målscore</translation>
    </message>
    <message>
        <source>Support need (up is better)</source>
        <translation>Støttebehov (op er bedre)</translation>
    </message>
</context>
<context>
    <name>mestring::ui::GoalScoreDialog</name>
    <message>
        <source>choose a score</source>
        <translation>vælg en score</translation>
    </message>
    <message>
        <source>Status score</source>
        <translation>Statusscore</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Dato</translation>
    </message>
    <message>
        <source>&amp;Score</source>
        <translation>&amp;Score</translation>
    </message>
    <message>
        <source>Save score</source>
        <translation>&amp;Gem score</translation>
    </message>
    <message>
        <source>Choose the score from 0 (no support need) to 4 (complete).</source>
        <translation>Vælg scoren i listen (0-4).</translation>
    </message>
</context>
<context>
    <name>mestring::ui::GoalTableModel</name>
    <message>
        <source>%1
Measure: %2</source>
        <translation>%1
Måles ved: %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Udgangspunkt</translation>
    </message>
    <message>
        <source>Latest score</source>
        <translation>Seneste score</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Målscore</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>mestring::ui::GoalsTab</name>
    <message>
        <source>New goal</source>
        <translation>Nyt mål</translation>
    </message>
    <message>
        <source>Add a goal to the course&apos;s plan</source>
        <translation>Tilføj et mål til forløbets plan</translation>
    </message>
    <message>
        <source>Change goal</source>
        <translation>Ret mål</translation>
    </message>
    <message>
        <source>Change or close the chosen goal</source>
        <translation>Ret eller luk det valgte mål</translation>
    </message>
    <message>
        <source>Status score</source>
        <translation>Statusscore</translation>
    </message>
    <message>
        <source>Record a status score for the chosen goal</source>
        <translation>Registrér en statusscore for det valgte mål</translation>
    </message>
    <message>
        <source>New sub-goal</source>
        <translation>Nyt delmål</translation>
    </message>
    <message>
        <source>Add a sub-goal to the chosen goal</source>
        <translation>Tilføj et delmål til det valgte mål</translation>
    </message>
    <message>
        <source>Mark done today</source>
        <translation>Markér udført i dag</translation>
    </message>
    <message>
        <source>Mark the chosen sub-goal done today</source>
        <translation>Markér det valgte delmål som udført i dag</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Forløb</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Course:</source>
        <translation>Forløb:</translation>
    </message>
    <message>
        <source>Sub-goals</source>
        <translation>Delmål</translation>
    </message>
    <message>
        <source>The client has no course yet.</source>
        <translation>Borgeren har endnu intet forløb.</translation>
    </message>
    <message>
        <source>%1 of 3 active goals</source>
        <translation>%1 af 3 aktive mål</translation>
    </message>
    <message>
        <source>No goals on this course yet. Press Ctrl+N to add the first.</source>
        <translation>Ingen mål på dette forløb endnu. Tryk Ctrl+N for at tilføje det første.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Measure: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Måles ved: %2</translation>
    </message>
    <message>
        <source>Choose a sub-goal in the list first.</source>
        <translation>Vælg først et delmål i listen.</translation>
    </message>
    <message>
        <source>This sub-goal is already done.</source>
        <translation>Dette delmål er allerede udført.</translation>
    </message>
    <message>
        <source>Sub-goal marked done on %1.</source>
        <translation>Delmålet er markeret som udført %1.</translation>
    </message>
    <message>
        <source>No goals on this course yet.</source>
        <translation>Ingen mål på forløbet endnu.</translation>
    </message>
</context>
<context>
    <name>mestring::ui::GroupDetailsWidget</name>
    <message>
        <source>Member</source>
        <translation>Deltager</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Født</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Sidste dag</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Fremmøde</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Asked on</source>
        <translation>Spurgt den</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Emne</translation>
    </message>
    <message>
        <source>Attendance register</source>
        <translation>Fremmøderegister</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Deltagere</translation>
    </message>
    <message>
        <source>&amp;Waiting list</source>
        <translation>&amp;Venteliste</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>Sess&amp;ioner</translation>
    </message>
    <message>
        <source>&amp;Attendance register</source>
        <translation>&amp;Fremmøde</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>no sessions yet</source>
        <translation>ingen sessioner endnu</translation>
    </message>
    <message>
        <source>%1 of %2 attended</source>
        <translation>%1 af %2 mødt</translation>
    </message>
    <message>
        <source>&amp;Members (%1)</source>
        <translation>&amp;Deltagere (%1)</translation>
    </message>
    <message>
        <source>&amp;Waiting list (%1)</source>
        <translation>&amp;Venteliste (%1)</translation>
    </message>
    <message>
        <source>&amp;Sessions (%1)</source>
        <translation>Sess&amp;ioner (%1)</translation>
    </message>
    <message>
        <source>Keys: F attended, U no-show, A cancelled by the client. The cursor moves down to the next member.</source>
        <translation>Taster: F fremmødt, U udeblevet, A afbud. Markøren flytter ned til næste deltager.</translation>
    </message>
    <message>
        <source>Keys: %1. The cursor then moves down to the next member; grey: not a member that day. R: FIT (ORS and SRS) of the cell&apos;s member.</source>
        <translation>Taster: %1. Markøren går så ned til næste deltager; gråt: ikke deltager den dag. R: FIT (ORS og SRS) for cellens deltager.</translation>
    </message>
    <message>
        <source>FIT… (R)</source>
        <translation>FIT… (R)</translation>
    </message>
    <message>
        <source>R: the member&apos;s ORS and SRS of the session (FIT).</source>
        <translation>R: deltagerens ORS og SRS for gangen (FIT).</translation>
    </message>
    <message>
        <source>%1, %2 %3</source>
        <translation>%1, %2 %3</translation>
    </message>
    <message>
        <source>FIT saved for %1: %2</source>
        <translation>FIT gemt for %1: %2</translation>
    </message>
</context>
<context>
    <name>mestring::ui::GroupDialog</name>
    <message>
        <source>Rolling enrolment: new members may join along the way</source>
        <translation>Lø&amp;bende optag: nye deltagere kan starte undervejs</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Ny gruppe</translation>
    </message>
    <message>
        <source>Change group %1</source>
        <translation>Ret gruppen %1</translation>
    </message>
    <message>
        <source>e.g. BASIS spring</source>
        <translation>f.eks. BASIS forår</translation>
    </message>
    <message>
        <source>Tick the staff who lead the group</source>
        <translation>Sæt flueben ved de medarbejdere, der leder gruppen</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Ingen grænse</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Navn</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;Leaders</source>
        <translation>L&amp;edere</translation>
    </message>
    <message>
        <source>&amp;Capacity</source>
        <translation>&amp;Pladser</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>Sess&amp;ioner</translation>
    </message>
    <message>
        <source>The sessions follow every week on the first session&apos;s weekday. Type each session&apos;s topic in the table; single sessions can be added later.</source>
        <translation>Sessionerne følger hver uge på første gangs ugedag. Skriv emnet for hver session i tabellen; enkelte sessioner kan tilføjes senere.</translation>
    </message>
    <message>
        <source>Give the group a name.</source>
        <translation>Giv gruppen et navn.</translation>
    </message>
    <message>
        <source>The first session&apos;s date or the start time is not valid. Type the date as dd-mm-yyyy and the time as 13:00.</source>
        <translation>Første gangs dato eller starttidspunktet er ikke gyldigt. Skriv datoen som dd-mm-åååå og tidspunktet som 13:00.</translation>
    </message>
</context>
<context>
    <name>mestring::ui::GroupLeaveDialog</name>
    <message>
        <source>Leave the waiting list</source>
        <translation>Af ventelisten</translation>
    </message>
    <message>
        <source>%1 is taken off the waiting list.</source>
        <translation>%1 tages af ventelisten.</translation>
    </message>
    <message>
        <source>&amp;Take off the list</source>
        <translation>&amp;Tag af listen</translation>
    </message>
    <message>
        <source>Leave the group</source>
        <translation>Meld ud af gruppen</translation>
    </message>
    <message>
        <source>%1 leaves the group. The first on the waiting list gets the place from the day after the last day.</source>
        <translation>%1 meldes ud af gruppen. Den første på ventelisten får pladsen fra dagen efter sidste dag.</translation>
    </message>
    <message>
        <source>&amp;Last day</source>
        <translation>&amp;Sidste dag</translation>
    </message>
    <message>
        <source>&amp;Leave</source>
        <translation>&amp;Meld ud</translation>
    </message>
    <message>
        <source>Type the last day as dd-mm-yyyy.</source>
        <translation>Skriv sidste dag som dd-mm-åååå.</translation>
    </message>
</context>
<context>
    <name>mestring::ui::GroupRegisterModel</name>
    <message>
        <source>not registered</source>
        <translation>ikke registreret</translation>
    </message>
    <message>
        <source>not a member that day</source>
        <translation>ikke deltager den dag</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>%1 %2
%3</source>
        <translation>%1 %2
%3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>mestring::ui::GroupSessionDialog</name>
    <message>
        <source>Add a session</source>
        <translation>Tilføj en session</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Dato</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>T&amp;opic</source>
        <translation>E&amp;mne</translation>
    </message>
    <message>
        <source>Type the session&apos;s date as dd-mm-yyyy.</source>
        <translation>Skriv sessionens dato som dd-mm-åååå.</translation>
    </message>
    <message>
        <source>Type the start time as 13:00, 13.00 or 1300.</source>
        <translation>Skriv starttidspunktet som 13:00, 13.00 eller 1300.</translation>
    </message>
</context>
<context>
    <name>mestring::ui::GroupTableModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 af %2</translation>
    </message>
    <message>
        <source>none planned</source>
        <translation>ingen planlagt</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>Rolling enrolment: members join along the way</source>
        <translation>Løbende optag: deltagere kan starte undervejs</translation>
    </message>
    <message>
        <source>Closed group: members join before the start</source>
        <translation>Lukket gruppe: deltagerne starter fra begyndelsen</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Leaders</source>
        <translation>Ledere</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Deltagere</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Venter</translation>
    </message>
    <message>
        <source>Next session</source>
        <translation>Næste gang</translation>
    </message>
</context>
<context>
    <name>mestring::ui::GroupsPage</name>
    <message>
        <source>Groups</source>
        <translation>Grupper</translation>
    </message>
    <message>
        <source>Group courses</source>
        <translation>Gruppeforløb</translation>
    </message>
    <message>
        <source>&amp;New group…</source>
        <translation>&amp;Ny gruppe…</translation>
    </message>
    <message>
        <source>Create a group with leaders, places and a series of sessions</source>
        <translation>Opret en gruppe med ledere, pladser og en række sessioner</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>R&amp;et…</translation>
    </message>
    <message>
        <source>Change the chosen group&apos;s name, type, leaders, capacity or enrolment</source>
        <translation>Ret den valgte gruppes navn, type, ledere, pladser eller optag</translation>
    </message>
    <message>
        <source>Add &amp;session…</source>
        <translation>Tilføj &amp;session…</translation>
    </message>
    <message>
        <source>Add one session to the chosen group</source>
        <translation>Tilføj en enkelt session til den valgte gruppe</translation>
    </message>
    <message>
        <source>&amp;Enrol…</source>
        <translation>&amp;Tilmeld…</translation>
    </message>
    <message>
        <source>Give a client&apos;s treatment course a place, or a place on the waiting list</source>
        <translation>Giv en borgers behandlingsforløb en plads eller en plads på ventelisten</translation>
    </message>
    <message>
        <source>&amp;Leave…</source>
        <translation>&amp;Meld ud…</translation>
    </message>
    <message>
        <source>The chosen member leaves the group, or the chosen client leaves the waiting list</source>
        <translation>Den valgte deltager meldes ud af gruppen, eller den valgte borger tages af ventelisten</translation>
    </message>
    <message>
        <source>&amp;Print attendance list…</source>
        <translation>Udskriv fremmøde&amp;liste…</translation>
    </message>
    <message>
        <source>The chosen session&apos;s attendance list for signatures, with a preview</source>
        <translation>Den valgte sessions fremmødeliste til underskrift, med forhåndsvisning</translation>
    </message>
    <message>
        <source>List as P&amp;DF…</source>
        <translation>Liste som &amp;PDF…</translation>
    </message>
    <message>
        <source>Save the chosen session&apos;s attendance list as a PDF file</source>
        <translation>Gem den valgte sessions fremmødeliste som PDF-fil</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Opdater</translation>
    </message>
    <message>
        <source>Read the groups again (F5)</source>
        <translation>Læs grupperne igen (F5)</translation>
    </message>
    <message>
        <source>Your role (%1) may read the groups but not change them.</source>
        <translation>Din rolle (%1) må læse grupperne, men ikke ændre dem.</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n gruppe</numerusform>
            <numerusform>%n grupper</numerusform>
        </translation>
    </message>
    <message>
        <source>a client</source>
        <translation>en borger</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Ny gruppe</translation>
    </message>
    <message>
        <source>The group %1 was created.</source>
        <translation>Gruppen %1 er oprettet.</translation>
    </message>
    <message>
        <source>Change group</source>
        <translation>Ret gruppe</translation>
    </message>
    <message>
        <source>The group %1 was changed.</source>
        <translation>Gruppen %1 er ændret.</translation>
    </message>
    <message>
        <source>The group %1 was changed. Moved up from the waiting list: %2.</source>
        <translation>Gruppen %1 er ændret. Rykket op fra ventelisten: %2.</translation>
    </message>
    <message>
        <source>The session was added.</source>
        <translation>Sessionen er tilføjet.</translation>
    </message>
    <message>
        <source>The group is full: %1 is on the waiting list as no. %2.</source>
        <translation>Gruppen er fuld: %1 er på venteliste som nr. %2.</translation>
    </message>
    <message>
        <source>%1 is now a member of the group.</source>
        <translation>%1 er nu deltager i gruppen.</translation>
    </message>
    <message>
        <source>Choose a member or a client on the waiting list first.</source>
        <translation>Vælg først en deltager eller en borger på ventelisten.</translation>
    </message>
    <message>
        <source>%1 has left.</source>
        <translation>%1 er meldt ud.</translation>
    </message>
    <message>
        <source>%1 has left. Moved up from the waiting list: %2.</source>
        <translation>%1 er meldt ud. Rykket op fra ventelisten: %2.</translation>
    </message>
    <message>
        <source>Attendance list</source>
        <translation>Fremmødeliste</translation>
    </message>
    <message>
        <source>attendance-list.pdf</source>
        <translation>fremmoedeliste.pdf</translation>
    </message>
</context>
<context>
    <name>mestring::ui::IntakePage</name>
    <message>
        <source>Intake</source>
        <translation>Visitation</translation>
    </message>
    <message>
        <source>Waiting lists for individual offers, and what to report to the national registers.</source>
        <translation>Ventelister til de individuelle tilbud, og hvad der skal indberettes til de nationale registre.</translation>
    </message>
    <message>
        <source>&amp;Waiting lists</source>
        <translation>&amp;Ventelister</translation>
    </message>
    <message>
        <source>&amp;Registry reporting</source>
        <translation>&amp;Indberetning</translation>
    </message>
</context>
<context>
    <name>mestring::ui::JournalTab</name>
    <message>
        <source>New note</source>
        <translation>Nyt notat</translation>
    </message>
    <message>
        <source>Write a journal note; it is signed when you save it</source>
        <translation>Skriv et journalnotat; det underskrives, når du gemmer</translation>
    </message>
    <message>
        <source>Addendum</source>
        <translation>Tillæg</translation>
    </message>
    <message>
        <source>Correct or add to the chosen note with a signed addendum</source>
        <translation>Ret eller supplér det valgte notat med et underskrevet tillæg</translation>
    </message>
    <message>
        <source>Change note</source>
        <translation>Ret notat</translation>
    </message>
    <message>
        <source>Signed notes cannot be changed</source>
        <translation>Underskrevne notater kan ikke ændres</translation>
    </message>
    <message>
        <source>Kind of note</source>
        <translation>Notattype</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>Alle typer</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Forløb</translation>
    </message>
    <message>
        <source>Every course</source>
        <translation>Alle forløb</translation>
    </message>
    <message>
        <source>Journal notes</source>
        <translation>Journalnotater</translation>
    </message>
    <message>
        <source>The chosen note</source>
        <translation>Det valgte notat</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Vis:</translation>
    </message>
    <message>
        <source>&lt;p&gt;No notes to show. Press Ctrl+N to write one.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ingen notater at vise. Tryk Ctrl+N for at skrive et.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>A signed note cannot be changed (journalføringsbekendtgørelsen). To correct or add to it, write an addendum (Ctrl+T): it is signed with your name and the time, and the original stays visible.</source>
        <translation>Et underskrevet notat kan ikke ændres (journalføringsbekendtgørelsen). Skriv et tillæg (Ctrl+T), hvis noget skal rettes eller tilføjes: det underskrives med dit navn og tidspunktet, og det oprindelige notat forbliver synligt.</translation>
    </message>
    <message>
        <source>The note is signed and saved.</source>
        <translation>Notatet er underskrevet og gemt.</translation>
    </message>
    <message>
        <source>The addendum is signed and saved.</source>
        <translation>Tillægget er underskrevet og gemt.</translation>
    </message>
    <message>
        <source>&lt;p&gt;No notes to show.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ingen notater at vise.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>mestring::ui::LockScreen</name>
    <message>
        <source>Log &amp;out</source>
        <translation>Log &amp;ud</translation>
    </message>
    <message>
        <source>Type your password and log out; another staff member can then log in at this PC.</source>
        <translation>Skriv din adgangskode og log ud; en anden medarbejder kan så logge ind på denne pc.</translation>
    </message>
    <message>
        <source>Mestring is locked</source>
        <translation>Mestring er låst</translation>
    </message>
    <message>
        <source>Log in as another staff member</source>
        <translation>Log ind som en anden medarbejder</translation>
    </message>
    <message>
        <source>The work of %1 stays locked and waits for them; nobody else sees it. You get a window of your own.</source>
        <translation>Arbejdet for %1 forbliver låst og venter; ingen andre ser det. Du får dit eget vindue.</translation>
    </message>
    <message>
        <source>%1 (%2) is logged in. Nothing typed is lost: type your password to go on.</source>
        <translation>%1 (%2) er logget ind. Intet af det skrevne går tabt: skriv din adgangskode for at fortsætte.</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Tilbage</translation>
    </message>
    <message>
        <source>&amp;Switch user</source>
        <translation>&amp;Skift bruger</translation>
    </message>
    <message>
        <source>Back to the lock of %1</source>
        <translation>Tilbage til låsen for %1</translation>
    </message>
    <message>
        <source>Another staff member logs in; this work waits locked</source>
        <translation>En anden medarbejder logger ind; dette arbejde venter låst</translation>
    </message>
    <message>
        <source>Also waiting on this PC: %1.</source>
        <translation>Venter også på denne pc: %1.</translation>
    </message>
    <message>
        <source>Save and &amp;go on</source>
        <translation>Gem og &amp;fortsæt</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Log ind</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Lås op</translation>
    </message>
</context>
<context>
    <name>mestring::ui::LoginDialog</name>
    <message>
        <source>Log in – Mestring</source>
        <translation>Log ind – Mestring</translation>
    </message>
    <message>
        <source>Mestring</source>
        <translation>Mestring</translation>
    </message>
    <message>
        <source>Log in with your username and password.</source>
        <translation>Log ind med dit brugernavn og din adgangskode.</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Log ind</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>A demo database with invented clients was created. Log in as %1 with the password %2.</source>
        <translation>Der er oprettet en demodatabase med opdigtede borgere. Log ind som %1 med adgangskoden %2.</translation>
    </message>
    <message>
        <source>Connect to &amp;server…</source>
        <translation>Forbind til &amp;server …</translation>
    </message>
    <message>
        <source>Save and log in</source>
        <translation>Gem og log ind</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annu&amp;ller</translation>
    </message>
</context>
<context>
    <name>mestring::ui::LoginForm</name>
    <message>
        <source>Password</source>
        <translation>Adgangskode</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Ny adgangskode</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Ny adgangskode igen</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Brugernavn</translation>
    </message>
    <message>
        <source>Your manager set this password for you. Choose your own now: at least %1 characters; a short sentence is easy to remember. Nobody else will know it.</source>
        <translation>Din leder har sat denne adgangskode for dig. Vælg din egen nu: mindst %1 tegn; en kort sætning er let at huske. Ingen andre vil kende den.</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Brugernavn</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Adgangskode</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>N&amp;y adgangskode</translation>
    </message>
    <message>
        <source>&amp;Repeat it</source>
        <translation>&amp;Gentag den</translation>
    </message>
    <message>
        <source>The two new passwords are not the same. Type the new password twice.</source>
        <translation>De to nye adgangskoder er ikke ens. Skriv den nye adgangskode to gange.</translation>
    </message>
</context>
<context>
    <name>mestring::ui::MainWindow</name>
    <message>
        <source>Mestring – %1 (%2)</source>
        <translation>Mestring – %1 (%2)</translation>
    </message>
    <message>
        <source>Mestring</source>
        <translation>Mestring</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>Your role (%1) does not give access to %2.</source>
        <translation>Din rolle (%1) giver ikke adgang til %2.</translation>
    </message>
    <message>
        <source>Logged in as %1 (%2)</source>
        <translation>Logget ind som %1 (%2)</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>About Mestring</source>
        <translation>Om Mestring</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Mestring %1&lt;/h3&gt;&lt;p&gt;Journal and effect measurement for municipal addiction treatment centres.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Mestring %1&lt;/h3&gt;&lt;p&gt;Journal og effektmåling for kommunale rusmiddelcentre.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overblik</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Borgere</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupper</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medicin</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Your password is changed.</source>
        <translation>Din adgangskode er skiftet.</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Visitation</translation>
    </message>
</context>
<context>
    <name>mestring::ui::MainWindowActions</name>
    <message>
        <source>&amp;Find client</source>
        <translation>&amp;Find borger</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>&amp;About Mestring</source>
        <translation>&amp;Om Mestring</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Om &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <source>&amp;New client</source>
        <translation>&amp;Ny borger</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lås</translation>
    </message>
    <message>
        <source>&amp;Switch user…</source>
        <translation>S&amp;kift bruger …</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>Log &amp;ud</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Skift a&amp;dgangskode …</translation>
    </message>
    <message>
        <source>Hide your work behind the lock screen until you type your password</source>
        <translation>Skjul dit arbejde bag låseskærmen, til du skriver din adgangskode</translation>
    </message>
    <message>
        <source>A colleague logs in at this PC; your work waits locked for you</source>
        <translation>En kollega logger ind på denne pc; dit arbejde venter låst på dig</translation>
    </message>
</context>
<context>
    <name>mestring::ui::MedicationPage</name>
    <message>
        <source>The dose was taken under supervision</source>
        <translation>Dosis er taget under overvågning</translation>
    </message>
    <message>
        <source>A take-home supply was handed out (asks for the days)</source>
        <translation>Medicin er udleveret til hjemmet (spørger om antal dage)</translation>
    </message>
    <message>
        <source>The client did not come for the dose</source>
        <translation>Borgeren kom ikke efter sin dosis</translation>
    </message>
    <message>
        <source>The client refused the dose</source>
        <translation>Borgeren nægtede at tage dosis</translation>
    </message>
    <message>
        <source>Staff withheld the dose, e.g. intoxicated (asks why)</source>
        <translation>Personalet tilbageholdt dosis, fx ved påvirkning (spørger om grunden)</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medicin</translation>
    </message>
    <message>
        <source>Dispensing list</source>
        <translation>Udleveringsliste</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Dag:</translation>
    </message>
    <message>
        <source>The day of the list (dd-mm-yyyy)</source>
        <translation>Listens dag (dd-mm-åååå)</translation>
    </message>
    <message>
        <source>T&amp;oday</source>
        <translation>I d&amp;ag</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Opdater</translation>
    </message>
    <message>
        <source>Read the list again (F5)</source>
        <translation>Læs listen igen (F5)</translation>
    </message>
    <message>
        <source>&amp;Print sheet...</source>
        <translation>&amp;Udskriv liste...</translation>
    </message>
    <message>
        <source>The day&apos;s dispensing sheet for signatures, with a preview</source>
        <translation>Dagens udleveringsliste til underskrift, med forhåndsvisning</translation>
    </message>
    <message>
        <source>Sheet as P&amp;DF...</source>
        <translation>Liste som P&amp;DF...</translation>
    </message>
    <message>
        <source>Save the day&apos;s dispensing sheet as a PDF file</source>
        <translation>Gem dagens udleveringsliste som PDF-fil</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (key %2)</source>
        <translation>%1 (tast %2)</translation>
    </message>
    <message>
        <source>Your role (%1) may read the list but not register dispensings.</source>
        <translation>Din rolle (%1) må se listen, men ikke registrere udleveringer.</translation>
    </message>
    <message>
        <source>Register for the chosen client:</source>
        <translation>Registrér for den valgte borger:</translation>
    </message>
    <message>
        <source>Dispensing list for %1 %2</source>
        <translation>Udleveringsliste for %1 %2</translation>
    </message>
    <message>
        <source>Dispensing sheet</source>
        <translation>Udleveringsliste</translation>
    </message>
    <message>
        <source>dispensing-sheet-%1.pdf</source>
        <translation>udleveringsliste-%1.pdf</translation>
    </message>
    <message>
        <source>&amp;Annul registration... (Ctrl+Z)</source>
        <translation>Annu&amp;llér registrering... (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Annul the chosen row&apos;s registration made in error, with a reason (your own today, or any as a doctor)</source>
        <translation>Annullér den valgte rækkes fejlregistrering med en begrundelse (din egen fra i dag, eller enhver som læge)</translation>
    </message>
    <message>
        <source>&amp;Find (Ctrl+F):</source>
        <translation>&amp;Find (Ctrl+F):</translation>
    </message>
    <message>
        <source>name or birth date</source>
        <translation>navn eller fødselsdato</translation>
    </message>
    <message>
        <source>Closed day: %1. The doses were handed out on the last open day before.</source>
        <translation>Lukkedag: %1. Doserne blev udleveret på den sidste åbne dag før.</translation>
    </message>
    <message>
        <source>A day still to come: nothing can be registered yet, and no dose counts as missed before its day is over.</source>
        <translation>En dag, der endnu ikke er kommet: intet kan registreres endnu, og ingen dosis tæller som udeblevet, før dagen er gået.</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) on the list: %1 still due, %2 registered, %3 blocked or awaiting a doctor. Keys: T taken, U handed out, M missed, N refused, W withheld, Ctrl+Z annul, Ctrl+F find, Enter opens the client.</source>
        <translation>
            <numerusform>%n borger på listen: %1 mangler, %2 registreret, %3 blokeret eller afventer læge. Taster: T taget, U udleveret, M udeblevet, N nægtet, W tilbageholdt, Ctrl+Z annullér, Ctrl+F find, Enter åbner borgeren.</numerusform>
            <numerusform>%n borgere på listen: %1 mangler, %2 registreret, %3 blokeret eller afventer læge. Taster: T taget, U udleveret, M udeblevet, N nægtet, W tilbageholdt, Ctrl+Z annullér, Ctrl+F find, Enter åbner borgeren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Annul a registration</source>
        <translation>Annullér en registrering</translation>
    </message>
    <message>
        <source>%1, born %2: &quot;%3&quot; on %4 is annulled. It stays in the history, struck through with your reason, and no longer counts. Register the right one afterwards.</source>
        <translation>%1, født %2: &quot;%3&quot; den %4 annulleres. Den bliver i historikken, overstreget med din begrundelse, og tæller ikke længere. Registrér den rigtige bagefter.</translation>
    </message>
    <message>
        <source>&amp;Annul the registration</source>
        <translation>&amp;Annullér registreringen</translation>
    </message>
    <message>
        <source>e.g. pressed the wrong key, wrong client</source>
        <translation>fx trykket på forkert tast, forkert borger</translation>
    </message>
    <message>
        <source>No one on the list matches &quot;%1&quot;: type part of a name, a birth date (ddmmyy) or a birth year. Esc in the find field shows everyone.</source>
        <translation>Ingen på listen matcher »%1«: skriv en del af et navn, en fødselsdato (ddmmåå) eller et fødselsår. Esc i søgefeltet viser alle.</translation>
    </message>
    <message numerus="yes">
        <source>Showing %n matching &quot;%1&quot;.</source>
        <translation>
            <numerusform>Viser %n, der matcher »%1«.</numerusform>
            <numerusform>Viser %n, der matcher »%1«.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mestring::ui::MedicationSettingsPanel</name>
    <message>
        <source>Your role (%1) may read the centre&apos;s medication settings; doctors, coordinators and managers change them.</source>
        <translation>Din rolle (%1) kan læse centrets medicinindstillinger; læger, faglige koordinatorer og ledere ændrer dem.</translation>
    </message>
    <message>
        <source>Closed days (no dispensing; the doses are handed out the last open day before)</source>
        <translation>Lukkedage (ingen udlevering; doserne udleveres den sidste åbne dag før)</translation>
    </message>
    <message>
        <source>e.g. Grundlovsdag</source>
        <translation>fx Grundlovsdag</translation>
    </message>
    <message>
        <source>&amp;Add closed day</source>
        <translation>&amp;Tilføj lukkedag</translation>
    </message>
    <message>
        <source>&amp;Remove the chosen day</source>
        <translation>Fje&amp;rn den valgte dag</translation>
    </message>
    <message>
        <source>Add the &amp;weekends of the year</source>
        <translation>Tilføj årets &amp;weekender</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;År:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>&amp;Begrundelse:</translation>
    </message>
    <message>
        <source>Dose limits and methadone</source>
        <translation>Dosisgrænser og metadon</translation>
    </message>
    <message>
        <source> mg</source>
        <translation> mg</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>ingen grænse</translation>
    </message>
    <message>
        <source> mg/ml</source>
        <translation> mg/ml</translation>
    </message>
    <message>
        <source>tablets (no ml shown)</source>
        <translation>tabletter (ingen ml vist)</translation>
    </message>
    <message>
        <source>Methadone oral solution</source>
        <translation>Metadon mikstur</translation>
    </message>
    <message>
        <source>Save the &amp;limits</source>
        <translation>Gem &amp;grænserne</translation>
    </message>
    <message>
        <source>A new dose above the limit, or more than 50 % from the previous dose, is saved only when the doctor confirms it with a reason.</source>
        <translation>En ny dosis over grænsen, eller mere end 50 % fra den forrige dosis, gemmes kun, når lægen bekræfter den med en begrundelse.</translation>
    </message>
    <message>
        <source>%1 is now a closed day.</source>
        <translation>%1 er nu en lukkedag.</translation>
    </message>
    <message>
        <source>The day is open again.</source>
        <translation>Dagen er åben igen.</translation>
    </message>
    <message numerus="yes">
        <source>%n weekend day(s) added as closed days.</source>
        <translation>
            <numerusform>%n weekenddag tilføjet som lukkedag.</numerusform>
            <numerusform>%n weekenddage tilføjet som lukkedage.</numerusform>
        </translation>
    </message>
    <message>
        <source>The dose limits and the methadone concentration are saved.</source>
        <translation>Dosisgrænserne og metadonkoncentrationen er gemt.</translation>
    </message>
</context>
<context>
    <name>mestring::ui::MedicationTab</name>
    <message>
        <source>&amp;New prescription...</source>
        <translation>&amp;Ny ordination...</translation>
    </message>
    <message>
        <source>C&amp;hange dose...</source>
        <translation>Æ&amp;ndr dosis...</translation>
    </message>
    <message>
        <source>&amp;Stop...</source>
        <translation>&amp;Stop...</translation>
    </message>
    <message>
        <source>Dispensings</source>
        <translation>Udleveringer</translation>
    </message>
    <message>
        <source>Prescriptions</source>
        <translation>Ordinationer</translation>
    </message>
    <message>
        <source>Only a doctor may prescribe, change a dose or stop a prescription.</source>
        <translation>Kun en læge må ordinere, ændre en dosis eller stoppe en ordination.</translation>
    </message>
    <message>
        <source>Choose a current prescription first.</source>
        <translation>Vælg først en aktuel ordination.</translation>
    </message>
    <message>
        <source>&amp;Print medication overview...</source>
        <translation>&amp;Udskriv medicinoversigt...</translation>
    </message>
    <message>
        <source>Overview as P&amp;DF...</source>
        <translation>Oversigt som P&amp;DF...</translation>
    </message>
    <message>
        <source>The client&apos;s medication overview for the doctor: prescriptions, dose changes, the last four weeks&apos; dispensings, any block and the medical review</source>
        <translation>Borgerens medicinoversigt til lægen: ordinationer, dosisændringer, de sidste fire ugers udleveringer, en eventuel blokering og den lægelige vurdering</translation>
    </message>
    <message>
        <source>Medication overview</source>
        <translation>Medicinoversigt</translation>
    </message>
    <message>
        <source>Annul pr&amp;escription...</source>
        <translation>Annullér &amp;ordination...</translation>
    </message>
    <message>
        <source>Con&amp;firm dose...</source>
        <translation>Be&amp;kræft dosis...</translation>
    </message>
    <message>
        <source>Ann&amp;ul dispensing...</source>
        <translation>&amp;Annullér udlevering...</translation>
    </message>
    <message>
        <source>Confirm &amp;late registration...</source>
        <translation>Bekræft &amp;efterregistrering...</translation>
    </message>
    <message>
        <source>Annul the chosen registration made in error, with a reason: your own on the day you made it, or any as a doctor. It stays visible, struck through.</source>
        <translation>Annullér den valgte fejlregistrering med en begrundelse: din egen samme dag, eller enhver som læge. Den forbliver synlig, overstreget.</translation>
    </message>
    <message>
        <source>Your role (%1) may read the medication but not correct it.</source>
        <translation>Din rolle (%1) kan læse medicinen, men ikke rette den.</translation>
    </message>
    <message>
        <source>A late registration counts for the missed-dose block only once a doctor confirms it. Choose a late registration first.</source>
        <translation>En efterregistrering tæller først for blokeringen ved udeblevne doser, når en læge har bekræftet den. Vælg først en efterregistrering.</translation>
    </message>
    <message>
        <source>Only a doctor confirms a late registration.</source>
        <translation>Kun en læge bekræfter en efterregistrering.</translation>
    </message>
    <message>
        <source>Annul a prescription entered in error, before its first dispensing, with a reason. It stays visible as annulled.</source>
        <translation>Annullér en fejlindtastet ordination før dens første udlevering, med en begrundelse. Den forbliver synlig som annulleret.</translation>
    </message>
    <message>
        <source>Confirm a dose above the centre&apos;s limit or changed by more than 50 %, with a reason, so it can be given.</source>
        <translation>Bekræft en dosis over centrets grænse eller ændret med mere end 50 %, med en begrundelse, så den kan gives.</translation>
    </message>
    <message>
        <source>Annul a prescription entered in error</source>
        <translation>Annullér en fejlindtastet ordination</translation>
    </message>
    <message>
        <source>%1 %2 from %3 is annulled: it is never in force and stays visible as annulled with your reason. Only a prescription with no dispensing yet can be annulled.</source>
        <translation>%1 %2 fra %3 annulleres: den træder aldrig i kraft og forbliver synlig som annulleret med din begrundelse. Kun en ordination uden udleveringer kan annulleres.</translation>
    </message>
    <message>
        <source>&amp;Annul the prescription</source>
        <translation>&amp;Annullér ordinationen</translation>
    </message>
    <message>
        <source>Confirm the dose</source>
        <translation>Bekræft dosis</translation>
    </message>
    <message>
        <source>%1 %2 from %3 is above the centre&apos;s limit or changes the dose by more than 50 %. Confirm it only when it is what you prescribe.</source>
        <translation>%1 %2 fra %3 er over centrets grænse eller ændrer dosis med mere end 50 %. Bekræft den kun, når det er det, du ordinerer.</translation>
    </message>
    <message>
        <source>&amp;Confirm the dose</source>
        <translation>Bekræft &amp;dosis</translation>
    </message>
    <message>
        <source>Annul a registration</source>
        <translation>Annullér en registrering</translation>
    </message>
    <message>
        <source>The registration of %1 on %2 is annulled. It stays in the history, struck through with your reason, and no longer counts. Register the right one afterwards.</source>
        <translation>Registreringen af %1 den %2 annulleres. Den bliver i historikken, overstreget med din begrundelse, og tæller ikke længere. Registrér den rigtige bagefter.</translation>
    </message>
    <message>
        <source>&amp;Annul the registration</source>
        <translation>&amp;Annullér registreringen</translation>
    </message>
    <message>
        <source>Confirm a late registration</source>
        <translation>Bekræft en efterregistrering</translation>
    </message>
    <message>
        <source>The registration of %1 on %2 was made late: &quot;%3&quot;. Once you confirm it, it counts for the missed-dose block.</source>
        <translation>Registreringen af %1 den %2 er en efterregistrering: &quot;%3&quot;. Når du bekræfter den, tæller den for blokeringen ved udeblevne doser.</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Bekræft</translation>
    </message>
</context>
<context>
    <name>mestring::ui::MemberListDialog</name>
    <message>
        <source>Behind the number: %1</source>
        <translation>Bag tallet: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n borger</numerusform>
            <numerusform>%n borgere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n course(s)</source>
        <translation>
            <numerusform>%n forløb</numerusform>
            <numerusform>%n forløb</numerusform>
        </translation>
    </message>
    <message>
        <source>numerator %1 of denominator %2</source>
        <translation>tæller %1 af nævner %2</translation>
    </message>
    <message>
        <source>Courses and clients behind the number</source>
        <translation>Forløb og borgere bag tallet</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message numerus="yes">
        <source>%n episode(s)</source>
        <translation>
            <numerusform>%n forløb</numerusform>
            <numerusform>%n forløb</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Udskriv …</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Eksportér …</translation>
    </message>
    <message>
        <source>Click a column heading to sort. Enter or a double-click opens the client&apos;s record. Opening the list is written to the access log.</source>
        <translation>Klik på en kolonneoverskrift for at sortere. Enter eller dobbeltklik åbner borgerens journal. At listen vises, skrives i adgangsloggen.</translation>
    </message>
    <message>
        <source>Printed %1 from Mestring</source>
        <translation>Udskrevet %1 fra Mestring</translation>
    </message>
    <message>
        <source>Behind the number – print preview</source>
        <translation>Bag tallet – vis udskrift</translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>Eksportér listen</translation>
    </message>
    <message>
        <source>Behind the number %1</source>
        <translation>Bag tallet %1</translation>
    </message>
</context>
<context>
    <name>mestring::ui::NoteDialog</name>
    <message>
        <source>New journal note</source>
        <translation>Nyt journalnotat</translation>
    </message>
    <message>
        <source>No particular course</source>
        <translation>Intet bestemt forløb</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;Course</source>
        <translation>&amp;Forløb</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>T&amp;ekst</translation>
    </message>
    <message>
        <source>The note is signed when you save it. It cannot be changed afterwards – corrections are written as addenda.</source>
        <translation>Notatet underskrives, når du gemmer. Det kan derefter ikke ændres – rettelser skrives som tillæg.</translation>
    </message>
    <message>
        <source>Addendum to a journal note</source>
        <translation>Tillæg til et journalnotat</translation>
    </message>
    <message>
        <source>What is corrected or added, and why</source>
        <translation>Hvad der rettes eller tilføjes, og hvorfor</translation>
    </message>
    <message>
        <source>The note as signed:</source>
        <translation>Notatet som underskrevet:</translation>
    </message>
    <message>
        <source>&amp;Addendum</source>
        <translation>&amp;Tillæg</translation>
    </message>
    <message>
        <source>The addendum is signed with your name and the time when you save it. The original note stays as it is and remains visible.</source>
        <translation>Tillægget underskrives med dit navn og tidspunktet, når du gemmer. Det oprindelige notat forbliver uændret og synligt.</translation>
    </message>
    <message>
        <source>Sign and save</source>
        <translation>&amp;Underskriv og gem</translation>
    </message>
    <message>
        <source>Write the note before you sign it.</source>
        <translation>Skriv notatet, før du underskriver det.</translation>
    </message>
</context>
<context>
    <name>mestring::ui::NoteTableModel</name>
    <message numerus="yes">
        <source>%n addenda</source>
        <translation>
            <numerusform>%n tillæg</numerusform>
            <numerusform>%n tillæg</numerusform>
        </translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Skrevet</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Forløb</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Underskrevet af</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notat</translation>
    </message>
    <message>
        <source>Addenda</source>
        <translation>Tillæg</translation>
    </message>
</context>
<context>
    <name>mestring::ui::OverviewPage</name>
    <message>
        <source>Good morning, %1</source>
        <translation>Godmorgen, %1</translation>
    </message>
    <message>
        <source>Good afternoon, %1</source>
        <translation>Goddag, %1</translation>
    </message>
    <message>
        <source>Good evening, %1</source>
        <translation>Godaften, %1</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overblik</translation>
    </message>
    <message>
        <source>%1. Today is %2 %3.</source>
        <translation>%1. I dag er det %2 den %3.</translation>
    </message>
    <message>
        <source>Caseload</source>
        <translation>Sagsstamme</translation>
    </message>
    <message>
        <source>&amp;Therapist:</source>
        <translation>&amp;Behandler:</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Vis:</translation>
    </message>
    <message>
        <source>Every course</source>
        <translation>Alle forløb</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Opdatér</translation>
    </message>
    <message>
        <source>Read the overview again (F5)</source>
        <translation>Hent overblikket igen (F5)</translation>
    </message>
    <message>
        <source>Every therapist</source>
        <translation>Alle behandlere</translation>
    </message>
    <message>
        <source>Every course (%1)</source>
        <translation>Alle forløb (%1)</translation>
    </message>
    <message>
        <source>Courses with something to do</source>
        <translation>Forløb med noget, der skal gøres</translation>
    </message>
    <message numerus="yes">
        <source>%n course(s) shown, %1 with something to do. Enter or a double click opens the client where it is done.</source>
        <translation>
            <numerusform>%n forløb vist, %1 med noget, der skal gøres. Enter eller dobbeltklik åbner borgeren dér, hvor det gøres.</numerusform>
            <numerusform>%n forløb vist, %1 med noget, der skal gøres. Enter eller dobbeltklik åbner borgeren dér, hvor det gøres.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Print follow-up…</source>
        <translation>&amp;Udskriv opfølgning …</translation>
    </message>
    <message>
        <source>Print the 8-weekly follow-up of %1&apos;s active courses, or save it as PDF</source>
        <translation>Udskriv 8-ugers-opfølgningen af %1s aktive forløb, eller gem den som PDF</translation>
    </message>
    <message>
        <source>Choose a therapist above to print their follow-up</source>
        <translation>Vælg en behandler ovenfor for at udskrive opfølgningen</translation>
    </message>
    <message>
        <source>Print follow-up</source>
        <translation>Udskriv opfølgning</translation>
    </message>
    <message>
        <source>Open the &amp;registry worklist</source>
        <translation>Åbn &amp;indberetningslisten</translation>
    </message>
    <message>
        <source>Registry reporting: %1 overdue, %2 due this week.</source>
        <translation>Indberetning: %1 forsinket, %2 med frist i denne uge.</translation>
    </message>
    <message>
        <source>Computing the overview …</source>
        <translation>Beregner overblikket …</translation>
    </message>
</context>
<context>
    <name>mestring::ui::PeriodSelector</name>
    <message>
        <source>This year so far</source>
        <translation>I år til dato</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Kvartal</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Måned</translation>
    </message>
    <message>
        <source>Custom period</source>
        <translation>Valgfri periode</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Quarter or month</source>
        <translation>Kvartal eller måned</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Første dag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Sidste dag</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>to</source>
        <translation>til</translation>
    </message>
    <message>
        <source>Quarter %1</source>
        <translation>%1. kvartal</translation>
    </message>
    <message>
        <source>%1 up to and including %2</source>
        <translation>%1 til og med %2</translation>
    </message>
    <message>
        <source>The year %1</source>
        <translation>Året %1</translation>
    </message>
    <message>
        <source>Quarter %1 %2</source>
        <translation>%1. kvartal %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>mestring::ui::PhaseDialog</name>
    <message>
        <source>Change phase</source>
        <translation>Skift fase</translation>
    </message>
    <message>
        <source>&amp;Phase</source>
        <translation>&amp;Fase</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>F&amp;ra</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notat</translation>
    </message>
    <message>
        <source>This is a step back to an earlier phase. Write a journal note saying why; it is signed and saved with the change.</source>
        <translation>Det er et skridt tilbage til en tidligere fase. Skriv et journalnotat om hvorfor; det underskrives og gemmes sammen med ændringen.</translation>
    </message>
    <message>
        <source>A note is only needed when the course goes back to an earlier phase.</source>
        <translation>Et notat er kun nødvendigt, når forløbet går tilbage til en tidligere fase.</translation>
    </message>
    <message>
        <source>Enter the day of the change as dd-mm-yyyy.</source>
        <translation>Skriv dagen for skiftet som dd-mm-åååå.</translation>
    </message>
</context>
<context>
    <name>mestring::ui::PhaseTimeline</name>
    <message>
        <source>Phase timeline</source>
        <translation>Tidslinje over faser</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Venter</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 fra %2</translation>
    </message>
    <message>
        <source>No dates registered yet.</source>
        <translation>Ingen datoer registreret endnu.</translation>
    </message>
    <message>
        <source>Guarantee %1</source>
        <translation>Garanti %1</translation>
    </message>
    <message>
        <source>Ended %1</source>
        <translation>Afsluttet %1</translation>
    </message>
</context>
<context>
    <name>mestring::ui::PrescriptionDialog</name>
    <message>
        <source>New prescription</source>
        <translation>Ny ordination</translation>
    </message>
    <message>
        <source>Change the dose</source>
        <translation>Ændr dosis</translation>
    </message>
    <message>
        <source> mg</source>
        <translation> mg</translation>
    </message>
    <message>
        <source> day(s)</source>
        <translation> dag(e)</translation>
    </message>
    <message>
        <source>&amp;Drug</source>
        <translation>&amp;Præparat</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Kategori</translation>
    </message>
    <message>
        <source>D&amp;ose</source>
        <translation>D&amp;osis</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>&amp;Doseringsplan</translation>
    </message>
    <message>
        <source>&amp;Mode</source>
        <translation>&amp;Udleveringsform</translation>
    </message>
    <message>
        <source>&amp;Take-home days</source>
        <translation>&amp;Hjemmedage</translation>
    </message>
    <message>
        <source>&amp;Last day of the old dose</source>
        <translation>&amp;Sidste dag med den gamle dosis</translation>
    </message>
    <message>
        <source>&amp;First day</source>
        <translation>&amp;Første dag</translation>
    </message>
    <message>
        <source>&amp;Last day</source>
        <translation>&amp;Sidste dag</translation>
    </message>
    <message>
        <source>L&amp;ast day of the new dose</source>
        <translation>S&amp;idste dag med den nye dosis</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Begrundelse</translation>
    </message>
    <message>
        <source>The current prescription ends on the day above and the new dose starts the day after. The history is kept.</source>
        <translation>Den nuværende ordination slutter på dagen ovenfor, og den nye dosis begynder dagen efter. Historikken bevares.</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Hver dag</translation>
    </message>
    <message>
        <source>On chosen weekdays</source>
        <translation>På valgte ugedage</translation>
    </message>
    <message>
        <source>Every N days (depot)</source>
        <translation>Hver N. dag (depot)</translation>
    </message>
    <message>
        <source>every </source>
        <translation>hver </translation>
    </message>
    <message>
        <source> days</source>
        <translation>. dag</translation>
    </message>
    <message>
        <source>Enter the day as dd-mm-yyyy.</source>
        <translation>Skriv dagen som dd-mm-åååå.</translation>
    </message>
    <message>
        <source>Choose the weekdays the dose is given on.</source>
        <translation>Vælg de ugedage, dosis gives på.</translation>
    </message>
    <message>
        <source>Why this dose is right (the dose is unusual)</source>
        <translation>Hvorfor denne dosis er rigtig (dosis er usædvanlig)</translation>
    </message>
    <message>
        <source>Con&amp;firm the dose, because</source>
        <translation>Bekr&amp;æft dosis, fordi</translation>
    </message>
    <message>
        <source>= %1 ml oral solution (%2 mg/ml)</source>
        <translation>= %1 ml mikstur (%2 mg/ml)</translation>
    </message>
    <message>
        <source>%1 is above the centre&apos;s limit of %2. Check the dose; if it is right, write why below to confirm it.</source>
        <translation>%1 er over centrets grænse på %2. Kontrollér dosis; er den rigtig, så skriv hvorfor nedenfor for at bekræfte den.</translation>
    </message>
    <message>
        <source>%1 changes the dose by more than 50 % from %2. Check the dose; if it is right, write why below to confirm it.</source>
        <translation>%1 ændrer dosis med mere end 50 % fra %2. Kontrollér dosis; er den rigtig, så skriv hvorfor nedenfor for at bekræfte den.</translation>
    </message>
</context>
<context>
    <name>mestring::ui::PrescriptionTableModel</name>
    <message>
        <source>Every day</source>
        <translation>Hver dag</translation>
    </message>
    <message>
        <source>Every %1 days</source>
        <translation>Hver %1. dag</translation>
    </message>
    <message numerus="yes">
        <source>Take-home, %n day(s)</source>
        <translation>
            <numerusform>Hjemmedosering, %n dag</numerusform>
            <numerusform>Hjemmedosering, %n dage</numerusform>
        </translation>
    </message>
    <message>
        <source>Drug</source>
        <translation>Præparat</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Doseringsplan</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Udleveringsform</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>Prescribed by</source>
        <translation>Ordineret af</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begrundelse</translation>
    </message>
    <message>
        <source>ANNULLED %1 by %2: %3</source>
        <translation>ANNULLERET %1 af %2: %3</translation>
    </message>
    <message>
        <source>The dose awaits a doctor&apos;s confirmation.</source>
        <translation>Dosis afventer lægens bekræftelse.</translation>
    </message>
    <message>
        <source>(dose confirmed: %1)</source>
        <translation>(dosis bekræftet: %1)</translation>
    </message>
</context>
<context>
    <name>mestring::ui::ReasonDialog</name>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Begrundelse</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>Write the reason: it stays with the record, so colleagues and the doctor can see why.</source>
        <translation>Skriv begrundelsen: den følger registreringen, så kolleger og lægen kan se hvorfor.</translation>
    </message>
</context>
<context>
    <name>mestring::ui::RecordDialog</name>
    <message>
        <source>You have changes that are not saved. Discard them?</source>
        <translation>Du har ændringer, der ikke er gemt. Vil du kassere dem?</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <source>Enter the date as dd-mm-yyyy.</source>
        <translation>Skriv datoen som dd-mm-åååå.</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Annu&amp;ller</translation>
    </message>
</context>
<context>
    <name>mestring::ui::RecordTab</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The database could not be read: %1</source>
        <translation>Databasen kunne ikke læses: %1</translation>
    </message>
</context>
<context>
    <name>mestring::ui::RegistryDateDialog</name>
    <message>
        <source>Mark reported</source>
        <translation>Markér indberettet</translation>
    </message>
    <message>
        <source>&amp;Reported on</source>
        <translation>&amp;Indberettet den</translation>
    </message>
    <message>
        <source>The day lies in the future. Enter the day it was reported.</source>
        <translation>Dagen ligger ude i fremtiden. Skriv den dag, det blev indberettet.</translation>
    </message>
</context>
<context>
    <name>mestring::ui::RegistryPanel</name>
    <message numerus="yes">
        <source>Show those reported in the last %n days</source>
        <translation>
            <numerusform>Vis dem, der er indberettet det seneste døgn</numerusform>
            <numerusform>Vis dem, der er indberettet de seneste %n dage</numerusform>
        </translation>
    </message>
    <message>
        <source>Registry worklist</source>
        <translation>Indberetningsliste</translation>
    </message>
    <message>
        <source>Mark reported today</source>
        <translation>Markér indberettet i dag</translation>
    </message>
    <message>
        <source>Mark reported on…</source>
        <translation>Markér indberettet den…</translation>
    </message>
    <message>
        <source>Undo the mark…</source>
        <translation>Fortryd markeringen…</translation>
    </message>
    <message>
        <source>Print the list…</source>
        <translation>Udskriv listen…</translation>
    </message>
    <message>
        <source>Deadlines: SEL § 101 15 days after the end of the month of the event; SUL § 142 one month after the start of treatment; alcohol (NAB) by the end of the following month. Anonymous courses are never reported. Enter opens the client.</source>
        <translation>Frister: SEL § 101 15 dage efter udgangen af hændelsens måned; SUL § 142 en måned efter behandlingsstart; alkohol (NAB) inden udgangen af den følgende måned. Anonyme forløb indberettes aldrig. Enter åbner borgeren.</translation>
    </message>
    <message>
        <source>%1 overdue, %2 due this week, %3 to report in all.</source>
        <translation>%1 forsinket, %2 med frist i denne uge, %3 at indberette i alt.</translation>
    </message>
    <message>
        <source>%1 of %2 marked reported. Ctrl+Z undoes a mistaken mark (tick &quot;Show&quot; to see it).</source>
        <translation>%1 for %2 er markeret indberettet. Ctrl+Z fortryder en fejlmarkering (sæt flueben i &quot;Vis&quot; for at se den).</translation>
    </message>
    <message>
        <source>Undo the mark</source>
        <translation>Fortryd markeringen</translation>
    </message>
    <message>
        <source>Remove the mark that %1 of %2 was reported on %3? Only do this when the mark was a mistake.</source>
        <translation>Fjern markeringen af, at %1 for %2 blev indberettet %3? Gør det kun, når markeringen var en fejl.</translation>
    </message>
    <message>
        <source>The mark is removed; the event is on the list again.</source>
        <translation>Markeringen er fjernet; hændelsen er på listen igen.</translation>
    </message>
</context>
<context>
    <name>mestring::ui::RegistryWorklistModel</name>
    <message>
        <source>%1 by %2</source>
        <translation>%1 af %2</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Hændelse</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Borger</translation>
    </message>
    <message>
        <source>CPR</source>
        <translation>CPR</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Lovgrundlag</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Indberettet</translation>
    </message>
</context>
<context>
    <name>mestring::ui::ReportTableModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 af %2</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Nået</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Ikke nået</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>Opdeling</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Faktisk</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Grundlag</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Target met</source>
        <translation>Mål nået</translation>
    </message>
    <message>
        <source>%1 (pro rata)</source>
        <translation>%1 (forholdsmæssigt)</translation>
    </message>
    <message>
        <source>%1%2 pp</source>
        <comment>percentage points</comment>
        <translation>%1%2 pct.-point</translation>
    </message>
    <message>
        <source>* Few cases: the denominator is under 10, so one client more or less moves the rate a lot.</source>
        <translation>* Få tilfælde: nævneren er under 10, så én borger mere eller mindre flytter andelen meget.</translation>
    </message>
    <message>
        <source>– No data: nothing to measure in the period (the denominator is 0). It is not 0 %.</source>
        <translation>– Ingen data: intet at måle i perioden (nævneren er 0). Det er ikke 0 %.</translation>
    </message>
    <message>
        <source>The yearly target %1 times the period&apos;s share of the year.</source>
        <translation>Årsmålet %1 gange periodens andel af året.</translation>
    </message>
    <message>
        <source>Compared</source>
        <translation>Sammenligning</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ændring</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Udgangspunkt</translation>
    </message>
</context>
<context>
    <name>mestring::ui::ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Udskriv …</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Gem som PDF …</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indikatorer</translation>
    </message>
    <message>
        <source>&amp;Indicators</source>
        <translation>&amp;Indikatorer</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>&amp;Grafer</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fremdrift</translation>
    </message>
    <message>
        <source>The report can only be computed from a database file.</source>
        <translation>Rapporten kan kun beregnes fra en databasefil. Åbn centrets databasefil, og prøv igen.</translation>
    </message>
    <message>
        <source>Computing the report for %1 …</source>
        <translation>Beregner rapporten for %1 …</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Effect goals %1 to %2.pdf</source>
        <translation>Effektmål %1 til %2.pdf</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Gem som PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumenter (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;Targets…</source>
        <translation>&amp;Mål …</translation>
    </message>
    <message>
        <source>&amp;Trend by quarter</source>
        <translation>Udvikling pr. &amp;kvartal</translation>
    </message>
    <message>
        <source>Enter or a double-click lists the courses or clients behind a number.</source>
        <translation>Enter eller dobbeltklik viser forløbene eller borgerne bag et tal.</translation>
    </message>
    <message>
        <source>Only staff who may read clients&apos; records see the clients behind a number.</source>
        <translation>Kun medarbejdere, der må læse borgernes journaler, kan se borgerne bag et tal.</translation>
    </message>
    <message>
        <source>Effect goals</source>
        <translation>Effektmål</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>&amp;Opdater</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Eksportér …</translation>
    </message>
    <message>
        <source>Choose one or more breakdowns under &quot;Break down by&quot; to see each group&apos;s numbers side by side.</source>
        <translation>Vælg en eller flere opdelinger under &quot;Opdel efter&quot; for at se gruppernes tal side om side.</translation>
    </message>
    <message>
        <source>&amp;Breakdowns</source>
        <translation>Op&amp;delinger</translation>
    </message>
    <message>
        <source>The computation was cancelled. The numbers shown are still those of %1; press Update to compute the period chosen.</source>
        <translation>Beregningen blev annulleret. Tallene, der vises, er stadig for %1; tryk Opdater for at beregne den valgte periode.</translation>
    </message>
    <message>
        <source>no period</source>
        <translation>ingen periode</translation>
    </message>
    <message>
        <source>Choose a period; the report is computed by itself.</source>
        <translation>Vælg en periode; rapporten beregnes af sig selv.</translation>
    </message>
    <message>
        <source>Co&amp;mpare with:</source>
        <translation>Sammen&amp;lign med:</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Intet</translation>
    </message>
    <message>
        <source>&amp;Break down by: nothing</source>
        <translation>Opdel e&amp;fter: intet</translation>
    </message>
    <message>
        <source>&amp;Break down by: %1</source>
        <translation>Opdel e&amp;fter: %1</translation>
    </message>
    <message>
        <source>, compared with %1 (%2)</source>
        <translation>, sammenlignet med %1 (%2)</translation>
    </message>
    <message>
        <source>Targets are those of %1. Green: target met; red: not met. * Few cases (a denominator under 10); – nothing to measure, not 0 %.</source>
        <translation>Målene er fra %1. Grøn: målet er nået; rød: ikke nået. * Få tilfælde (nævner under 10); – intet at måle, ikke 0 %.</translation>
    </message>
    <message>
        <source>Enter or a double-click lists the courses or clients behind a group&apos;s number.</source>
        <translation>Enter eller dobbeltklik viser forløbene eller borgerne bag en gruppes tal.</translation>
    </message>
    <message>
        <source>There is no report to export yet.</source>
        <translation>Der er endnu ingen rapport at eksportere.</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Eksportér rapporten</translation>
    </message>
    <message>
        <source>Effect goals %1 to %2</source>
        <translation>Effektmål %1 til %2</translation>
    </message>
    <message>
        <source>This row holds the target of %1 as a whole; the lists are behind the rows with numbers.</source>
        <translation>Rækken rummer målet for %1 som helhed; listerne ligger bag rækkerne med tal.</translation>
    </message>
</context>
<context>
    <name>mestring::ui::ResetPasswordDialog</name>
    <message>
        <source>New password for %1</source>
        <translation>Ny adgangskode til %1</translation>
    </message>
    <message>
        <source>%1 (%2) gets a temporary password. A lock after wrong passwords is lifted.</source>
        <translation>%1 (%2) får en midlertidig adgangskode. En lås efter forkerte adgangskoder ophæves.</translation>
    </message>
    <message>
        <source>Temporary &amp;password</source>
        <translation>Midlertidig &amp;adgangskode</translation>
    </message>
    <message>
        <source>R&amp;epeat it</source>
        <translation>G&amp;entag den</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Sæt adgangskode</translation>
    </message>
</context>
<context>
    <name>mestring::ui::ServerDialog</name>
    <message>
        <source>Connect to a server – Mestring</source>
        <translation>Forbind til server – Mestring</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Forbind</translation>
    </message>
    <message>
        <source>Use the &amp;file on this PC</source>
        <translation>Brug &amp;filen på denne pc</translation>
    </message>
    <message>
        <source>Server &amp;address</source>
        <translation>Server&amp;adresse</translation>
    </message>
    <message>
        <source>A server address starts with postgresql://. Ask your IT department for the address of the centre&apos;s server.</source>
        <translation>En serveradresse begynder med postgresql://. Bed din it-afdeling om adressen på centrets server.</translation>
    </message>
    <message>
        <source>A centre where many staff work on the same records keeps them on a database server. Type the address your IT department gave you, for example postgresql://server.kommune.dk/rusmiddelcenter. You then log in with your own user name and password.</source>
        <translation>Et center, hvor mange medarbejdere arbejder i de samme journaler, har dem på en databaseserver. Skriv den adresse, jeres it-afdeling har givet jer, for eksempel postgresql://server.kommune.dk/rusmiddelcenter. Derefter logger du ind med dit eget brugernavn og din egen adgangskode.</translation>
    </message>
</context>
<context>
    <name>mestring::ui::SessionManager</name>
    <message>
        <source>Log out</source>
        <translation>Log ud</translation>
    </message>
    <message>
        <source>%1 has not saved what was typed in: %2. If the session ends now, it is lost.</source>
        <translation>%1 har ikke gemt det, der er skrevet i: %2. Hvis sessionen slutter nu, går det tabt.</translation>
    </message>
    <message>
        <source>&amp;Discard and log out</source>
        <translation>&amp;Kassér og log ud</translation>
    </message>
    <message>
        <source>&amp;Go back and save</source>
        <translation>&amp;Gå tilbage og gem</translation>
    </message>
    <message>
        <source>Waiting locked on this PC: %1. Log in to go on where you left off.</source>
        <translation>Venter låst på denne pc: %1. Log ind, så fortsætter du, hvor du slap.</translation>
    </message>
    <message>
        <source>Quit Mestring</source>
        <translation>Afslut Mestring</translation>
    </message>
    <message>
        <source>Locked work of %1 holds text that was not saved. If Mestring ends now, it is lost. Ask them to log in and save it first.</source>
        <translation>Låst arbejde for %1 indeholder tekst, der ikke er gemt. Hvis Mestring afsluttes nu, går den tabt. Bed vedkommende logge ind og gemme først.</translation>
    </message>
    <message>
        <source>&amp;Quit anyway</source>
        <translation>&amp;Afslut alligevel</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>A&amp;nnuller</translation>
    </message>
</context>
<context>
    <name>mestring::ui::SessionSeriesEditor</name>
    <message>
        <source>The day of the first session (dd-mm-yyyy)</source>
        <translation>Dagen for første gang (dd-mm-åååå)</translation>
    </message>
    <message>
        <source>How many weekly sessions</source>
        <translation>Hvor mange ugentlige gange</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Emne</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessioner</translation>
    </message>
    <message>
        <source>&amp;First session:</source>
        <translation>&amp;Første gang:</translation>
    </message>
    <message>
        <source>at</source>
        <translation>kl.</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Antal:</translation>
    </message>
    <message>
        <source>every %1</source>
        <translation>hver %1</translation>
    </message>
    <message>
        <source>Type the date of the first session.</source>
        <translation>Skriv datoen for første gang.</translation>
    </message>
</context>
<context>
    <name>mestring::ui::StaffDialog</name>
    <message>
        <source>Change staff account</source>
        <translation>Ret medarbejderkonto</translation>
    </message>
    <message>
        <source>New staff member</source>
        <translation>Ny medarbejder</translation>
    </message>
    <message>
        <source>E.g. the first name: letters, digits, &apos;.&apos;, &apos;-&apos;, &apos;_&apos;</source>
        <translation>Fx fornavnet: bogstaver, cifre, &apos;.&apos;, &apos;-&apos;, &apos;_&apos;</translation>
    </message>
    <message>
        <source>E.g. Alkoholteam; empty when none</source>
        <translation>Fx Alkoholteam; tomt, hvis intet</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Navn</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Brugernavn</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rolle</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Opret</translation>
    </message>
    <message>
        <source>Temporary &amp;password</source>
        <translation>Midlertidig &amp;adgangskode</translation>
    </message>
    <message>
        <source>R&amp;epeat it</source>
        <translation>G&amp;entag den</translation>
    </message>
    <message>
        <source>Give a temporary password (or press Suggest), so the colleague can log in.</source>
        <translation>Angiv en midlertidig adgangskode (eller tryk Foreslå), så kollegaen kan logge ind.</translation>
    </message>
    <message>
        <source>Give a username to log in with, e.g. the first name.</source>
        <translation>Angiv et brugernavn at logge ind med, fx fornavnet.</translation>
    </message>
</context>
<context>
    <name>mestring::ui::StaffPanel</name>
    <message>
        <source>Deactivate account</source>
        <translation>Deaktivér konto</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Medarbejdere</translation>
    </message>
    <message>
        <source>&amp;New staff member…</source>
        <translation>&amp;Ny medarbejder …</translation>
    </message>
    <message>
        <source>Create an account with a temporary password</source>
        <translation>Opret en konto med en midlertidig adgangskode</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Ret …</translation>
    </message>
    <message>
        <source>Change name, username, role or team</source>
        <translation>Ret navn, brugernavn, rolle eller team</translation>
    </message>
    <message>
        <source>New &amp;password…</source>
        <translation>Ny &amp;adgangskode …</translation>
    </message>
    <message>
        <source>A temporary password the colleague replaces at the next login; lifts a lock</source>
        <translation>En midlertidig adgangskode, som kollegaen udskifter ved næste login; ophæver en lås</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Lås op</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deaktivér</translation>
    </message>
    <message>
        <source>The colleague can no longer log in; records keep their name</source>
        <translation>Kollegaen kan ikke længere logge ind; journaler og aftaler bevarer navnet</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Lift the lock after too many wrong passwords; the password stays</source>
        <translation>Ophæv låsen efter for mange forkerte adgangskoder; adgangskoden bliver</translation>
    </message>
    <message>
        <source>The chosen account is not locked.</source>
        <translation>Den valgte konto er ikke låst.</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>Gen&amp;aktivér</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account.</source>
        <translation>Du kan ikke deaktivere din egen konto.</translation>
    </message>
    <message>
        <source>The colleague can log in again with their password</source>
        <translation>Kollegaen kan logge ind igen med sin adgangskode</translation>
    </message>
    <message>
        <source>The account is created. Tell the colleague the username and the temporary password; they choose their own at the first login.</source>
        <translation>Kontoen er oprettet. Fortæl kollegaen brugernavnet og den midlertidige adgangskode; vedkommende vælger sin egen ved første login.</translation>
    </message>
    <message>
        <source>The account is changed.</source>
        <translation>Kontoen er ændret.</translation>
    </message>
    <message>
        <source>%1 has a temporary password and chooses their own at the next login.</source>
        <translation>%1 har en midlertidig adgangskode og vælger sin egen ved næste login.</translation>
    </message>
    <message>
        <source>%1 can log in again.</source>
        <translation>%1 kan logge ind igen.</translation>
    </message>
    <message>
        <source>The account of %1 was not locked.</source>
        <translation>Kontoen for %1 var ikke låst.</translation>
    </message>
    <message>
        <source>Deactivate %1? They can no longer log in. Nothing about them is deleted: journals, appointments and reports keep their name, and you can reactivate the account later.</source>
        <translation>Deaktivér %1? Vedkommende kan ikke længere logge ind. Intet om vedkommende slettes: journaler, aftaler og rapporter bevarer navnet, og du kan genaktivere kontoen senere.</translation>
    </message>
    <message>
        <source>%1 is deactivated.</source>
        <translation>%1 er deaktiveret.</translation>
    </message>
</context>
<context>
    <name>mestring::ui::StaffTableModel</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Brugernavn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deaktiveret</translation>
    </message>
    <message>
        <source>No password yet: cannot log in</source>
        <translation>Ingen adgangskode endnu: kan ikke logge ind</translation>
    </message>
    <message>
        <source>Locked until %1 after wrong passwords</source>
        <translation>Låst til kl. %1 efter forkerte adgangskoder</translation>
    </message>
    <message>
        <source>Chooses a new password at the next login</source>
        <translation>Vælger ny adgangskode ved næste login</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(intet)</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
</context>
<context>
    <name>mestring::ui::StopPrescriptionDialog</name>
    <message>
        <source>Stop the prescription</source>
        <translation>Stop ordinationen</translation>
    </message>
    <message>
        <source>%1 %2 from %3. The prescription is kept in the history.</source>
        <translation>%1 %2 fra %3. Ordinationen bevares i historikken.</translation>
    </message>
    <message>
        <source>&amp;Last day</source>
        <translation>&amp;Sidste dag</translation>
    </message>
    <message>
        <source>Enter the last day as dd-mm-yyyy.</source>
        <translation>Skriv sidste dag som dd-mm-åååå.</translation>
    </message>
    <message>
        <source>A prescription entered in error, with no dispensing yet, is annulled instead (Annul prescription).</source>
        <translation>En fejlindtastet ordination uden udleveringer annulleres i stedet (Annullér ordination).</translation>
    </message>
</context>
<context>
    <name>mestring::ui::SubGoalDialog</name>
    <message>
        <source>New sub-goal</source>
        <translation>Nyt delmål</translation>
    </message>
    <message>
        <source>A small, concrete step towards the goal</source>
        <translation>Et lille, konkret skridt mod målet</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>&amp;Sub-goal</source>
        <translation>&amp;Delmål</translation>
    </message>
    <message>
        <source>&amp;Deadline</source>
        <translation>&amp;Frist</translation>
    </message>
    <message>
        <source>Add sub-goal</source>
        <translation>&amp;Tilføj delmål</translation>
    </message>
    <message>
        <source>Write the sub-goal: a small, concrete step.</source>
        <translation>Skriv delmålet: et lille, konkret skridt.</translation>
    </message>
</context>
<context>
    <name>mestring::ui::SubGoalTableModel</name>
    <message>
        <source>%1 (past the deadline)</source>
        <translation>%1 (fristen er overskredet)</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>endnu ikke</translation>
    </message>
    <message>
        <source>Sub-goal</source>
        <translation>Delmål</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Udført</translation>
    </message>
</context>
<context>
    <name>mestring::ui::TakeOffDialog</name>
    <message>
        <source>Take off the waiting list</source>
        <translation>Tag af ventelisten</translation>
    </message>
    <message>
        <source>Choose why</source>
        <translation>Vælg hvorfor</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <source>&amp;Why</source>
        <translation>&amp;Hvorfor</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Dag</translation>
    </message>
    <message>
        <source>The entry stays on the list&apos;s history with the day and the reason.</source>
        <translation>Pladsen bliver i listens historik med dagen og grunden.</translation>
    </message>
    <message>
        <source>Take off the list</source>
        <translation>Tag af listen</translation>
    </message>
    <message>
        <source>Choose why the person leaves the list.</source>
        <translation>Vælg, hvorfor personen går af listen.</translation>
    </message>
</context>
<context>
    <name>mestring::ui::TargetDialog</name>
    <message>
        <source>&amp;Remove target</source>
        <translation>&amp;Fjern mål</translation>
    </message>
    <message>
        <source>Effect-goal target</source>
        <translation>Effektmål</translation>
    </message>
    <message>
        <source>&amp;Indicator</source>
        <translation>&amp;Indikator</translation>
    </message>
    <message>
        <source>&amp;Breakdown</source>
        <translation>&amp;Opdeling</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>Å&amp;r</translation>
    </message>
    <message>
        <source>Base&amp;line</source>
        <translation>&amp;Udgangspunkt</translation>
    </message>
    <message>
        <source>&amp;Target</source>
        <translation>&amp;Mål</translation>
    </message>
    <message>
        <source>Rates in percent (40 for 40 %), counts and days as numbers. The report compares a period with the targets of the year it ends in.</source>
        <translation>Andele skrives i procent (40 for 40 %), antal og dage som tal. Rapporten sammenligner en periode med målene for det år, perioden slutter i.</translation>
    </message>
    <message>
        <source>The indicator as a whole</source>
        <translation>Indikatoren samlet</translation>
    </message>
    <message>
        <source>percent, e.g. 40</source>
        <translation>procent, f.eks. 40</translation>
    </message>
    <message>
        <source>a number, e.g. 12</source>
        <translation>et tal, f.eks. 12</translation>
    </message>
    <message>
        <source>Type a percentage from 0 to 100, e.g. 40 or 37,5.</source>
        <translation>Skriv en procentsats fra 0 til 100, f.eks. 40 eller 37,5.</translation>
    </message>
    <message>
        <source>Type a number of 0 or more, e.g. 12.</source>
        <translation>Skriv et tal på 0 eller mere, f.eks. 12.</translation>
    </message>
</context>
<context>
    <name>mestring::ui::TimeField</name>
    <message>
        <source>hh:mm</source>
        <translation>tt:mm</translation>
    </message>
    <message>
        <source>Type the time as 13:00, 13.00 or 1300</source>
        <translation>Skriv tidspunktet som 13:00, 13.00 eller 1300</translation>
    </message>
</context>
<context>
    <name>mestring::ui::TrendPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fremdrift</translation>
    </message>
    <message>
        <source>Quarterly trend</source>
        <translation>Udvikling pr. kvartal</translation>
    </message>
    <message>
        <source>&amp;Rate:</source>
        <translation>&amp;Andel:</translation>
    </message>
    <message>
        <source>The trend was cancelled. Choose a rate to compute it again.</source>
        <translation>Udviklingen blev annulleret. Vælg en andel for at beregne den igen.</translation>
    </message>
    <message>
        <source>Computing the last 12 quarters …</source>
        <translation>Beregner de seneste 12 kvartaler …</translation>
    </message>
    <message>
        <source>%1 to %2, per quarter. The dashed line is the target of each year; a quarter without courses has no point.</source>
        <translation>%1 til %2, pr. kvartal. Den stiplede linje er målet for hvert år; et kvartal uden forløb har intet punkt.</translation>
    </message>
</context>
<context>
    <name>mestring::ui::WaitingEntryDialog</name>
    <message>
        <source>A &amp;person (name and phone)</source>
        <translation>En &amp;person (navn og telefon)</translation>
    </message>
    <message>
        <source>An existing &amp;client</source>
        <translation>En &amp;borger i systemet</translation>
    </message>
    <message>
        <source>Put on the waiting list: %1</source>
        <translation>Sæt på ventelisten: %1</translation>
    </message>
    <message>
        <source>Correct waiting-list entry</source>
        <translation>Ret plads på ventelisten</translation>
    </message>
    <message>
        <source>e.g. Inge Hansen (mother), 20 30 40 50</source>
        <translation>fx Inge Hansen (mor), 20 30 40 50</translation>
    </message>
    <message>
        <source>Who is waiting</source>
        <translation>Hvem venter</translation>
    </message>
    <message>
        <source>&amp;Name and phone</source>
        <translation>&amp;Navn og telefon</translation>
    </message>
    <message>
        <source>C&amp;lient</source>
        <translation>Bo&amp;rger</translation>
    </message>
    <message>
        <source>&amp;Asked on</source>
        <translation>&amp;Henvendte sig</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>N&amp;otat</translation>
    </message>
    <message>
        <source>People wait in the order they asked. Call them from the top of the list.</source>
        <translation>Man venter i den rækkefølge, man henvendte sig. Ring fra toppen af listen.</translation>
    </message>
    <message>
        <source>Put on the list</source>
        <translation>Sæt på listen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <source>Find the client by name or CPR number and choose them in the list.</source>
        <translation>Find borgeren ved navn eller CPR-nummer, og vælg vedkommende på listen.</translation>
    </message>
</context>
<context>
    <name>mestring::ui::WaitingListModel</name>
    <message>
        <source>%1 (client)</source>
        <translation>%1 (borger)</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dage</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <source>Client&apos;s phone</source>
        <translation>Borgerens telefon</translation>
    </message>
    <message>
        <source>Asked on</source>
        <translation>Henvendte sig</translation>
    </message>
    <message>
        <source>Waited</source>
        <translation>Ventet</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notat</translation>
    </message>
    <message>
        <source>Taken off</source>
        <translation>Taget af</translation>
    </message>
</context>
<context>
    <name>mestring::ui::WaitingListPanel</name>
    <message>
        <source>Show those taken &amp;off</source>
        <translation>Vis dem, der er taget &amp;af</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Tilbud</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Venteliste</translation>
    </message>
    <message>
        <source>Put on the list…</source>
        <translation>Sæt på listen…</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Ret…</translation>
    </message>
    <message>
        <source>Take off the list…</source>
        <translation>Tag af listen…</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n venter</numerusform>
            <numerusform>%n venter</numerusform>
        </translation>
    </message>
    <message>
        <source>paused</source>
        <translation>sat på pause</translation>
    </message>
    <message>
        <source>%1 is paused since %2: new people wait here until it opens.</source>
        <translation>%1 er sat på pause siden %2: nye venter her, til tilbuddet åbner.</translation>
    </message>
    <message>
        <source>%1 is open.</source>
        <translation>%1 er åbent.</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting; the longest for %1 day(s). Call from the top.</source>
        <translation>
            <numerusform>%n venter; længst i %1 dag(e). Ring fra toppen.</numerusform>
            <numerusform>%n venter; længst i %1 dag(e). Ring fra toppen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the offer</source>
        <translation>Åbn tilbuddet</translation>
    </message>
    <message>
        <source>Pause the offer</source>
        <translation>Sæt tilbuddet på pause</translation>
    </message>
    <message>
        <source>Put on the list.</source>
        <translation>Sat på listen.</translation>
    </message>
    <message>
        <source>Taken off the list; the entry is kept (Show those taken off).</source>
        <translation>Taget af listen; pladsen gemmes (Vis dem, der er taget af).</translation>
    </message>
</context>
<context>
    <name>mestring::ui::WorklistPanel</name>
    <message>
        <source>Doctor&apos;s worklist</source>
        <translation>Lægens arbejdsliste</translation>
    </message>
    <message>
        <source>Doctor&apos;s worklist: nothing to do today.</source>
        <translation>Lægens arbejdsliste: intet at gøre i dag.</translation>
    </message>
    <message numerus="yes">
        <source>Doctor&apos;s worklist: %n thing(s) only a doctor can resolve. Enter opens the client&apos;s medication.</source>
        <translation>
            <numerusform>Lægens arbejdsliste: %n ting kun en læge kan løse. Enter åbner borgerens medicin.</numerusform>
            <numerusform>Lægens arbejdsliste: %n ting kun en læge kan løse. Enter åbner borgerens medicin.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mestring::ui::WorklistTableModel</name>
    <message>
        <source>Blocked today</source>
        <translation>Blokeret i dag</translation>
    </message>
    <message>
        <source>Dose to confirm</source>
        <translation>Dosis skal bekræftes</translation>
    </message>
    <message>
        <source>Late registration to confirm</source>
        <translation>Efterregistrering skal bekræftes</translation>
    </message>
    <message>
        <source>Medical review overdue</source>
        <translation>Lægelig opfølgning overskredet</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: %n missed dose(s) in a row, the last on %3. Reassess the dose.</source>
        <translation>
            <numerusform>%1 %2: %n udeblevet dosis i træk, senest %3. Revurdér dosis.</numerusform>
            <numerusform>%1 %2: %n udeblevne doser i træk, senest %3. Revurdér dosis.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 from %3 is above the limit of %4.</source>
        <translation>%1 %2 fra %3 er over grænsen på %4.</translation>
    </message>
    <message>
        <source>%1 %2 from %3 changes the dose by more than 50 % from %4.</source>
        <translation>%1 %2 fra %3 ændrer dosis med mere end 50 % fra %4.</translation>
    </message>
    <message>
        <source>%1 %2 on %3 was registered late; it keeps the client blocked until you confirm it.</source>
        <translation>%1 %2 den %3 er efterregistreret; borgeren er blokeret, indtil du bekræfter den.</translation>
    </message>
    <message>
        <source>The last review was on %1 (more than 6 months ago).</source>
        <translation>Seneste opfølgning var %1 (mere end 6 måneder siden).</translation>
    </message>
    <message>
        <source>No medical review recorded.</source>
        <translation>Ingen lægelig opfølgning registreret.</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Opgave</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Borger</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Født</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
</context>
</TS>
