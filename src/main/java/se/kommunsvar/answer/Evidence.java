package se.kommunsvar.answer;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.kommunsvar.parse.Contacts;
import se.kommunsvar.parse.SwedishDates;

/**
 * Whether a sentence carries the kind of answer a question seeks: party names with a governing word, a
 * person's name, a rate, a figure, a date, a vision, an enumeration, a phone number. These are facts of how
 * Swedish municipal pages write, not of any one page.
 */
final class Evidence {

    private static final Pattern GOVERNING = Pattern.compile(
            "styr|styre|majoritet|koalition|samarbet|makten|bakom|tillsammans|gemensam|samverkan|regerar|"
                    + "\\bstyrande|överenskommelse", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * A person's name: two or three capitalised words ("Johan Skog", "Bengt-Eric Sandström"), each in lower case after
     * its first letter (docs/ANALYSIS.md, "Audit of hand-kept lists": the last word once admitted any capital, for one
     * page's typo).
     */
    private static final Pattern NAME = Pattern.compile(
            "\\b[A-ZÅÄÖÉ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?\\s+(?:[A-ZÅÄÖÉ][a-zåäöéü]+\\s+)?[A-ZÅÄÖÉ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäö]+)?\\b");
    private static final Pattern PARTY_TAG = Pattern.compile("\\([A-ZÅÄÖ]{1,4}\\)");
    private static final Pattern RATE = Pattern.compile(
            "\\d+\\s?[,.:]\\s?\\d{1,2}\\b|\\d+\\s*(?:kronor|kr\\b|öre|procent|%)|oförändrad|höj|sänk|samma nivå|"
                    + "\\bsänks|\\bhöjs", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern TAX_WORD = Pattern.compile("skatt|utdebitering", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * Words that name the rate itself, not tax money in general ("skatteintäkter", "skatter och bidrag"): also written
     * apart ("kommunal skatt"), and the rate's own unit, "per (intjänad) hundralapp" / "per 100 kronor", which only a
     * rate is given in.
     */
    private static final Pattern RATE_WORD = Pattern.compile(
            "skattesats|kommunalskatt|kommunala? skatt|landstingsskatt|regionskatt|utdebitering|"
                    + "skatten (?:är|blir|ligger|uppgår|höjs|sänks)|(?:landstingets|regionens|kommunens) skatt|"
                    + "per (?:intjänad )?hundralapp|per (?:intjänad )?100 (?:kronor|kr\\b)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * A tax rate as pages write it: "21,10", "20:20 kr", "22.76", "21 kronor och 21 öre", or a word of change. Rates
     * of the 1990s and tables of rates give a third decimal ("20,648", "18,501" with its footnote's figure).
     */
    private static final Pattern RATE_VALUE = Pattern.compile(
            "\\b[1-3]\\d\\s?[,.:]\\s?\\d{1,3}\\b|\\b[1-3]\\d kronor och \\d{1,2} öre|oförändrad|samma nivå|"
                    + "\\bhöj|\\bsänk", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** The figure of a rate ("21,10", "20:20", "21 kronor och 21 öre"), not a word of change. */
    private static final Pattern RATE_FIGURE = Pattern.compile(
            "\\b[1-3]\\d\\s?[,.:]\\s?\\d{1,3}\\b|\\b[1-3]\\d kronor och \\d{1,2} öre", Pattern.UNICODE_CASE);
    /** A tax question about what becomes of the rate ("Vad händer med skatten?", "Höjs skatten?"), not its figure. */
    private static final Pattern TAX_CHANGE = Pattern.compile(
            "h[aä]nder|h[aä]nde|\\bblir\\b|planen|planerna|\\bh[oö]j|\\bs[aä]nk|[aä]ndra|f[oö]r[aä]ndr",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * What a price is written as on municipal pages: an amount of money ("400 kronor", "1 250 kr/månad", "150:-",
     * "6 Mkr"), a share of the price base amount (fees for permits), or the word that it costs nothing.
     */
    private static final Pattern PRICE = Pattern.compile(
            "\\d[\\d  .,]*\\s*(?:kr\\b|kronor|:-|sek\\b|öre|mkr\\b|tkr\\b|miljon(?:er)? kronor|miljard(?:er)? kronor)|"
                    + "prisbasbelopp|\\bgratis\\b|kostnadsfri|avgiftsfri|utan kostnad|ingen avgift|kostar inget|"
                    + "inte kostar|ingen kostnad", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern ASKS_PHONE = Pattern.compile("telefon|nummer|ringa|\\bphone|\\bcall\\b", Pattern.UNICODE_CASE);
    /** A question after a number as such ("Vilket nummer har …", "… för nummer?"), which may be a form's or a line's. */
    private static final Pattern ASKS_NUMBER_OF = Pattern.compile("\\bnummer\\b", Pattern.UNICODE_CASE);
    /** Words that make the asked number a phone number. */
    private static final Pattern ASKS_CALL = Pattern.compile("telefon|\\bringa|\\bring\\b|mobil|\\bsms|\\bphone|\\bcall\\b|växel", Pattern.UNICODE_CASE);
    /** A number the text labels as such: "blankett nummer 242011B", "nummer 118031". */
    private static final Pattern LABELLED_NUMBER = Pattern.compile("\\bnummer\\s+\\d", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern ASKS_MAIL = Pattern.compile("e-?post|mejl|\\bmail|e-mail", Pattern.UNICODE_CASE);
    private static final Pattern PERCENT = Pattern.compile("\\d\\s?(?:%|procent)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern CAUSE = Pattern.compile(
            "\\beftersom\\b|\\bdärför\\b|på grund av|\\bberor på|\\bavgör|\\bpåverkar|\\bstyrs av|med anledning av|"
                    + "\\bi och med\\b|\\bsyftet?\\b|\\bför att\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** The vision named: "Vår vision är \"...\"", "Vår vision: Den goda kommunen", "Gävle sätter segel – vision 2025". */
    private static final Pattern NAMES_VISION = Pattern.compile(
            "vision(?:en)?(?:\\s+\\d{4})?\\s*(?:[:–-]|är|lyder|heter|kallas)\\s*[\"”“«]?(?-i:[A-ZÅÄÖ\\d])|"
                    + "^[^–:-]{3,60}\\s[–-]\\s*vision\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern QUOTED = Pattern.compile("^\\s*[\"”“«]");
    private static final Pattern YEARISH = Pattern.compile("(?:19|20)\\d{2}(?:\\s?[-–]\\s?(?:19|20)?\\d{2})?");
    /** A figure; not digits that are part of a name joined by a hyphen ("Covid-19", "E4-an", "SFS 2017-"). */
    private static final Pattern DIGITS = Pattern.compile("(?<![\\p{L}\\d]-)(?<![\\p{L}\\d])\\d[\\d  ,.]*");
    /** A question after an age ("Hur gammal måste man vara …", "Vilken ålder …"): answered by "18 år", not by any figure. */
    private static final Pattern ASKS_AGE = Pattern.compile("hur gammal|hur gamla|vilken [aå]lder|[aå]ldersgr[aä]ns",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern AGE = Pattern.compile("\\d+\\s*(?:år|års)\\b|\\bmyndig",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern NUMBER_WORD = Pattern.compile(
            "\\b(?:två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|tretton|fjorton|femton|sexton|sjutton|"
                    + "arton|nitton|tjugo|trettio|fyrtio|femtio|sextio|sjuttio|åttio|nittio|hundra|tusen|miljon\\w*|"
                    + "miljard\\w*|hälften|dubbelt)\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern MONTH = Pattern.compile(
            "\\b(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|"
                    + "våren|hösten|sommaren|vintern|årsskiftet|i höst|i vår)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d{2}\\b");
    /**
     * Hours from one clock time to another ("09.00 - 15.00", "8:00–16:30", "kl 10-19"): "När har biblioteket öppet?"
     * asks for a time of day as much as "När antogs planen?" asks for a date.
     */
    /** A day that is closed ("Söndag 03/03: Stängt"): "När har … öppet på söndagar?" is answered by that it is not. */
    private static final Pattern CLOSED_DAY = Pattern.compile(
            "(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag|helgdag|afton)\\p{L}*\\b.{0,40}\\bstängt?\\b|\\bstängd\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern CLOCK_SPAN = Pattern.compile(
            "\\b(?:[01]?\\d|2[0-3])[.:][0-5]\\d\\s?[-–]\\s?(?:[01]?\\d|2[0-3])[.:][0-5]\\d\\b|\\bkl(?:ockan|\\.)?\\s?\\d{1,2}\\s?[-–]\\s?\\d{1,2}\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * A question after how often or how long ("Hur ofta …", "Hur länge …", "Hur snabbt …", "Hur tidigt …"): answered
     * by a frequency or a duration ("en gång per mandatperiod", "inom sju dagar"), never by a year alone.
     */
    private static final Pattern ASKS_SPAN = Pattern.compile("hur (?:ofta|l[aä]nge|snabbt|tidigt)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** The number of a numbered list's item or heading ("5. Starkt ekonomiskt resultat"): it orders, it does not count. */
    private static final Pattern LIST_ORDINAL = Pattern.compile("\\s*\\d{1,2}\\.\\s+(?=\\p{Lu})", Pattern.UNICODE_CASE);
    private static final Pattern ASKS_LENGTH = Pattern.compile("\\bhur\\s+(?:l[aå]ng[at]?|l[aä]nge)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Units of time and length as pages write them ("8 veckor", "3 mån", "15 m", "2,5 km", "30 min"). */
    private static final Pattern LENGTH_UNIT = Pattern.compile(
            "\\s*(?:[-–]\\s*\\d+\\s*)?(?:sekund|minut|min\\b|timm|tim\\b|h\\b|dag|dygn|vecka|veckor|mån|år|"
                    + "meter|m\\b|km|kilometer|mil\\b|cm|centimeter)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** The day of a date ("Den 27 mars", "3 maj"): a figure that places, not one that counts or measures. */
    private static final Pattern MONTH_AFTER = Pattern.compile(
            "\\s*(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A question after a count: "Hur många ...", "Antal ...". A year is never the count asked for. */
    private static final Pattern COUNT = Pattern.compile("hur m[aå]nga|\\bantal", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * A figure that measures rather than counts things: "2 meter", "30 kvadratmeter", "400 kronor", "15 minuter".
     * "Hur många äldreboenden …" is not answered by "håll 2 meter avstånd"; "Hur många dagar …" is by "14 dagar".
     */
    private static final Pattern MEASURE_UNIT = Pattern.compile(
            "\\s*(meter|m|km|kilometer|mil|kvadratmeter|kvm|m2|kronor|kr|öre|procent|%|minuter|timmar|dagar|veckor|månader|år)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern ENUMERATION = Pattern.compile("[^,]+,[^,]+(?:,[^,]+)*\\boch\\b|:\\s*$|;");

    /**
     * A sentence that sends the reader elsewhere ("Här kan du läsa mer om …", "Läs mer om …", "På den här sidan hittar
     * du information om …") names its subject but states nothing about it.
     */
    private static final Pattern REFERS_ELSEWHERE = Pattern.compile(
            "^(?:här|på (?:den här|denna) sida\\p{L}*)\\s+(?:kan du (?:läsa|hitta|få veta|ta del)|hittar du|finns (?:mer )?information)"
                    + "|^läs mer\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private Evidence() {
    }

    /** How strongly a contact's text carries the channel a contact question asks for (0 none, 2 it does). */
    static int contactFits(Question q, String contactText) {
        return contact(q, contactText);
    }

    /** A question after which ones ("Vilka kärnvärden …", "vilka mål gällde …"). */
    private static final Pattern ASKS_WHICH = Pattern.compile("\\bvilk(?:a|en|et)\\s+(\\p{L}+)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * An enumeration of single common nouns: "vision, kärnvärden, uppdrag och mål". Capitalised items are names in
     * apposition ("Hedemoras stadssjöar, Hönsan och Munken"): they say which ones, so they are not matched.
     */
    private static final Pattern WORD_ENUMERATION = Pattern.compile(
            "\\p{Ll}+(?:\\s*,\\s*\\p{Ll}+)+\\s+(?:och|samt)\\s+\\p{Ll}+", Pattern.UNICODE_CASE);

    /**
     * Whether a sentence names the asked list as one item of an enumeration of such lists: "Grunden är
     * kommunfullmäktiges vision, kärnvärden, uppdrag och mål" says that there are kärnvärden, not which they are, so it
     * does not answer "Vilka kärnvärden har …?". The asked list is the word after "vilka/vilken/vilket".
     * (A question of any kind: "Vilka kärnvärden …" is read as a general question.)
     */
    static boolean namesListAsItem(Question q, String sentence) {
        Matcher which = ASKS_WHICH.matcher(q.text());
        if (!which.find()) {
            return false;
        }
        String asked = which.group(1).toLowerCase(Locale.ROOT);
        Matcher m = WORD_ENUMERATION.matcher(sentence);
        while (m.find()) {
            for (String item : m.group().split("\\s*,\\s*|\\s+(?:och|samt)\\s+")) {
                if (asked.equals(item.strip())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a sentence only counts the asked list: "Vilka mål …?" asks which, and "För att fullfölja uppdraget finns
     * fem mål formulerade" says how many (a figure or number word, perhaps an adjective, then the asked word) without
     * naming them (no enumeration, no announcing colon). Swedish names the items of a list after a colon or as "A, B
     * och C"; a sentence with neither has not named them.
     */
    static boolean countsListOnly(Question q, String sentence) {
        Matcher which = ASKS_WHICH.matcher(q.text());
        if (!which.find() || !which.group().toLowerCase(Locale.ROOT).startsWith("vilka") || ENUMERATION.matcher(sentence).find()
                || sentence.contains(":")) {
            return false;
        }
        String asked = Pattern.quote(which.group(1).toLowerCase(Locale.ROOT));
        return Pattern.compile("(?<![\\p{L}\\d])(?:\\d+|" + NUMBER_WORD.pattern().replace("\\b", "") + ")\\s+(?:\\p{L}+\\s+)?"
                + asked + "\\p{L}*(?![\\p{L}\\d])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(sentence).find();
    }

    /** True for a sentence that only points to where the answer is ({@link #REFERS_ELSEWHERE}). */
    static boolean refersElsewhere(String sentence) {
        return REFERS_ELSEWHERE.matcher(sentence.strip()).find();
    }

    /** How strongly the sentence (read with its heading) carries the answer kind: 0 none, 1 some, 2 strong. */
    static int of(Question q, String sentence, String heading, Vocabulary vocabulary) {
        return switch (q.kind()) {
            case PARTIES -> parties(sentence, vocabulary);
            case PERSON -> person(q, sentence, vocabulary);
            case PRICE -> PRICE.matcher(sentence).find() ? 2 : 0;
            case TAX -> tax(sentence, heading);
            case SHARE -> PERCENT.matcher(sentence).find() ? 2 : number(q, sentence) > 0 ? 1 : 0;
            case CAUSE -> CAUSE.matcher(sentence).find() || AnswerForm.causalDa(sentence) ? 2 : 0;
            case NUMBER -> ASKS_AGE.matcher(q.text()).find() ? (AGE.matcher(sentence).find() ? 2 : 0) : Math.min(number(q, sentence), PERCENT.matcher(sentence).find() && !figure(sentence) ? 1 : 2);
            case DATE -> date(q, sentence);
            case VISION -> vision(sentence, heading);
            case LIST -> ENUMERATION.matcher(sentence).find() ? 2 : 1;
            case CONTACT -> contact(q, sentence);
            case GENERAL -> 1;
        };
    }

    /**
     * The evidence an answering sentence must carry: a tax rate needs the rate itself (a rate word with a
     * value, not "skattepengar" with a percentage); other kinds that seek a fact need some of it; lists and
     * general questions need none beyond covering the subject.
     */
    static int required(Question q) {
        return switch (q.kind()) {
            case TAX -> 2;
            case PARTIES, NUMBER, SHARE, CAUSE, DATE, VISION, CONTACT, PRICE -> 1;
            case PERSON -> q.role() ? 1 : 0;
            case LIST, GENERAL -> 0;
        };
    }

    /**
     * A phone number or an e-mail address; a question that asks for one of them ("Vilket telefonnummer …", "Vilken
     * e-postadress …") needs that one: an e-mail address does not answer a resident who wants to call.
     */
    private static int contact(Question q, String sentence) {
        String asked = q.text().toLowerCase(Locale.ROOT);
        boolean phone = Contacts.PHONE.matcher(sentence).find();
        boolean mail = Contacts.EMAIL.matcher(sentence).find();
        boolean wantsPhone = ASKS_PHONE.matcher(asked).find();
        boolean wantsMail = ASKS_MAIL.matcher(asked).find();
        // "Vilket nummer har blanketten …?" asks for the thing's number, not a phone: a number labelled "nummer"
        if (ASKS_NUMBER_OF.matcher(asked).find() && !ASKS_CALL.matcher(asked).find() && LABELLED_NUMBER.matcher(sentence).find()) {
            return 2;
        }
        if (wantsPhone != wantsMail) {
            return (wantsPhone ? phone : mail) ? 2 : 0;
        }
        return phone || mail ? 2 : 0;
    }

    private static int parties(String sentence, Vocabulary vocabulary) {
        Matcher m = vocabulary.partyPattern().matcher(sentence);
        int count = 0;
        while (m.find()) {
            count++;
        }
        if (count == 0) {
            return 0;
        }
        return GOVERNING.matcher(sentence).find() ? (count >= 2 ? 2 : 1) : 0;
    }

    private static int person(Question q, String sentence, Vocabulary vocabulary) {
        Matcher m = NAME.matcher(sentence);
        boolean name = false;
        while (m.find()) {
            if (m.start() > 0 || PARTY_TAG.matcher(sentence).find() || sentence.contains(",")) {
                name = true;
                break;
            }
        }
        if (name && PARTY_TAG.matcher(sentence).find()) {
            return 2;
        }
        return name ? 1 : (q.role() ? 0 : 1);
    }

    /** 2 when the sentence names the vision or quotes it under a vision heading, 1 when it speaks of it. */
    private static int vision(String sentence, String heading) {
        boolean underHeading = contains(heading, "vision");
        if (NAMES_VISION.matcher(sentence).find() || underHeading && QUOTED.matcher(sentence).find()) {
            return 2;
        }
        return underHeading || contains(sentence, "vision") ? 1 : 0;
    }

    /**
     * 1 when a question after the tax rate itself is met by a sentence that gives its figure with a rate word:
     * "Kommunalskatten är 21,16 kronor" says more than "skattesatsen ska vara oförändrad" on the same page, though
     * both are evidence of the rate. A question about what becomes of the rate gets 0 (the change answers it).
     */
    static int rateFigure(Question q, String sentence) {
        boolean asksFigure = q.kind() == Kind.TAX && !TAX_CHANGE.matcher(q.text()).find();
        return asksFigure && RATE_FIGURE.matcher(sentence).find() && RATE_WORD.matcher(sentence).find() ? 1 : 0;
    }

    private static int tax(String sentence, String heading) {
        boolean value = RATE_VALUE.matcher(sentence).find();
        if (value && RATE_WORD.matcher(sentence).find()) {
            return 2;
        }
        boolean taxWord = TAX_WORD.matcher(sentence).find() || TAX_WORD.matcher(heading).find();
        return taxWord && (value || RATE.matcher(sentence).find()) ? 1 : 0;
    }

    /**
     * 2 for a figure that is not a year, 1 for a number word, or for a year unless the question asks for a count
     * ("fördelat mandaten för perioden 2022–2026" does not say how many mandates), else 0.
     */
    private static int number(Question q, String sentence) {
        Matcher m = DIGITS.matcher(sentence);
        Matcher ordinal = LIST_ORDINAL.matcher(sentence);
        if (ordinal.lookingAt()) {
            m.region(ordinal.end(), sentence.length());
        }
        boolean yearOnly = false;
        while (m.find()) {
            String n = m.group().strip();
            String digits = n.replaceAll("[^0-9]", "");
            if (n.isEmpty() || q.years().contains(digits)) {
                continue;
            }
            if (YEARISH.matcher(n.replaceAll("[,.]$", "")).matches() || isYearRange(sentence, m.start())) {
                yearOnly = true;
                continue;
            }
            if (measuresOther(q, sentence, m.end()) || notALength(q, sentence, m.end()) || MONTH_AFTER.matcher(sentence).region(m.end(), sentence.length()).lookingAt()) {
                continue;
            }
            return 2;
        }
        boolean yearCounts = yearOnly && !COUNT.matcher(q.text()).find() && !ASKS_SPAN.matcher(q.text()).find();
        return yearCounts || numberWord(q, sentence) ? 1 : 0;
    }

    /** A number word ("fyra", "tusen"); for a length question, one followed by a unit of time or length ("fyra år"). */
    private static boolean numberWord(Question q, String sentence) {
        Matcher w = NUMBER_WORD.matcher(sentence);
        while (w.find()) {
            if (!notALength(q, sentence, w.end())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Hur lång/långa/länge …" asks for a duration or a length: "8 veckor", "15 meter", "3 km", not "33 lägenheter".
     * A figure not followed by a unit of time or length does not answer it.
     */
    private static boolean notALength(Question q, String sentence, int end) {
        if (!ASKS_LENGTH.matcher(q.text()).find()) {
            return false;
        }
        return !LENGTH_UNIT.matcher(sentence).region(end, sentence.length()).lookingAt();
    }

    /** In a count question, a figure followed by a unit of measure the question does not name counts nothing asked. */
    private static boolean measuresOther(Question q, String sentence, int end) {
        if (!COUNT.matcher(q.text()).find()) {
            return false;
        }
        Matcher unit = MEASURE_UNIT.matcher(sentence).region(end, sentence.length());
        if (!unit.lookingAt()) {
            return false;
        }
        String word = unit.group(1).toLowerCase(Locale.ROOT);
        return !q.text().toLowerCase(Locale.ROOT).contains(word.length() > 2 ? word.substring(0, word.length() - 1) : word);
    }

    /** A figure that is not a percentage: "1 164,7 miljoner kronor", "13 000 invånare", "39 mandaten". */
    private static boolean figure(String sentence) {
        Matcher m = DIGITS.matcher(sentence.replaceAll("\\d[\\d  ,.]*\\s?(?:%|procent)", ""));
        while (m.find()) {
            String n = m.group().strip().replaceAll("[,.]$", "");
            if (!n.isEmpty() && !YEARISH.matcher(n).matches()) {
                return true;
            }
        }
        return false;
    }

    /** The second half of "2022–2026" or "2015-2018". */
    private static boolean isYearRange(String sentence, int start) {
        return start >= 5 && sentence.substring(start - 5, start).matches("(?:19|20)\\d{2}[-–]");
    }

    private static int date(Question q, String sentence) {
        if (!SwedishDates.all(sentence).isEmpty() || CLOCK_SPAN.matcher(sentence).find()) {
            return 2;
        }
        if (CLOSED_DAY.matcher(sentence).find()) {
            return 1;
        }
        if (MONTH.matcher(sentence).find()) {
            return 2;
        }
        Matcher y = YEAR.matcher(sentence);
        while (y.find()) {
            if (!q.years().contains(y.group())) {
                return 1;
            }
        }
        return 0;
    }

    private static boolean contains(String text, String word) {
        return text.toLowerCase(Locale.ROOT).contains(word);
    }
}
