package se.kommunsvar.parse;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import se.kommunsvar.municipality.MunicipalityDirectory;

/**
 * The title of a plain-text page: its first real heading. A text dump of a municipal page starts with the site's
 * frame — skip links ("Till innehållet", "Huvudinnehållet startar här"), the logo's alt text ("Eslövs kommun
 * logotyp"), the site's name ("Karlskoga kommun", "Fagersta.se"), contact and sharing boxes ("Kontakta Halmstads
 * kommun", "Dela sidan", "Mina sidor"), the breadcrumb's label ("Du är här") and date labels ("Publicerat:") — none
 * of which is what the page is about.
 *
 * <p>The strongest sign is the address: municipal CMSs (Sitevision, Episerver, WordPress) make a page's address
 * from its name, without diacritics and spaces ("Så styrs Timrå" → {@code sastyrstimra}, "Särskilt boende" →
 * {@code sarskilt-boende}). So the heading most like the address's last segment is the title; without one, the
 * first heading that is not site frame; without any heading, a first line that reads as a heading, or the words
 * of the text that spell the address ("hemtjanst" → "hemtjänst").
 */
final class TextPageTitle {

    /**
     * How much of the longer of a heading and the address's name their longest common run must cover for the
     * address to pick the heading. 0.6 keeps "Kommunfullmäktiges ordförande" (0.61) for {@code kommunfullmaktige}
     * and "Så styrs Timrå" (1.0) for {@code sastyrstimra}, but not the section heading "Vision" for
     * {@code vision-och-mal} (0.5): a heading that is only a part of the address is a section, not the page.
     */
    private static final double ADDRESS_MATCH = 0.6;
    /** Headings looked at: the frame and the title come first; past this, headings are sections. */
    private static final int MAX_CANDIDATES = 40;
    /**
     * An address segment with fewer letters ("4", "sv", "en") names no page; three ("mal" for "Mål") can, and
     * being short only matches a heading that is nearly the same.
     */
    private static final int MIN_SLUG_LETTERS = 3;
    /** A block longer than this is running text, not a page's name, whatever its last character. */
    private static final int MAX_NAME_LENGTH = 200;
    /** A digit run longer than a year's is an id, not part of the page's name. */
    private static final int YEAR_DIGITS = 4;
    /** Most words the text-spelled title may have: addresses of content pages are short names. */
    private static final int MAX_SPELLED_WORDS = 8;

    /** Skip links and menus: a title never talks about the page's own content or menu. */
    private static final Pattern NAVIGATION = Pattern.compile(
            "\\b(?:huvud)?innehall(?:et)?\\b|\\b\\p{L}*meny(?:n|er|erna)?\\b");
    /** A logo's or picture's alt text. */
    private static final Pattern PICTURE = Pattern.compile("\\blog(?:o|otyp|otypen|ga|gan|otype)\\b|^(?:illustration|bild|foto)\\b");
    /** The site's name as a host ("Fagersta.se", "www.timra.se"). */
    private static final Pattern HOST_NAME = Pattern.compile("^(?:www\\.)?[a-z0-9-]+\\.(?:se|nu|com|org)$");
    /**
     * What the frame of a municipal page says around the content: contact boxes, sharing and reading aids, e-service
     * log-ins, the breadcrumb's label, date labels, search. Each starts the line; a page about one of these (a
     * contact page) is still found by its address.
     */
    private static final List<String> FRAME_STARTS = List.of("kontakt", "dela ", "dela sidan", "lyssna", "skriv ut",
            "tipsa", "kommentera", "mina sidor", "du ar har", "sok ", "sok pa", "logga in", "publicerad", "publicerat",
            "artikeln publicerades", "senast uppdaterad", "sidan uppdaterad", "uppdaterad", "folj oss", "translate",
            "use google", "genvagar", "snabblankar", "hitta snabbt", "tillganglighet", "lattlast", "other languages",
            "telefon", "besoksadress", "postadress", "besokstid", "oppettider", "e-post", "epost", "pressmeddelande");
    /** Address segments that say where a page is, not what it is. */
    private static final Set<String> GENERIC_SEGMENTS = Set.of("index", "default", "start", "startsida", "sida",
            "page", "home", "homepage", "html", "aspx", "php");

    private final MunicipalityDirectory directory;

    TextPageTitle(MunicipalityDirectory directory) {
        this.directory = directory;
    }

    String of(List<Block> blocks, String url) {
        List<String> headings = blocks.stream().filter(Block::isHeading).map(Block::text).limit(MAX_CANDIDATES).toList();
        String slug = slug(url);
        return byAddress(nameLines(blocks), slug)
                .or(() -> headings.stream().filter(h -> !isFrame(h)).findFirst())
                .or(() -> firstLineHeading(blocks))
                .or(() -> spelledInText(blocks, slug))
                .orElse("");
    }

    /** True for a line of the site's frame rather than the page's own heading. */
    boolean isFrame(String heading) {
        String f = fold(heading).strip();
        if (NAVIGATION.matcher(f).find() || PICTURE.matcher(f).find() || HOST_NAME.matcher(f).matches()) {
            return true;
        }
        for (String start : FRAME_STARTS) {
            if (f.startsWith(start)) {
                return true;
            }
        }
        return isSiteName(heading);
    }

    /** "Karlskoga kommun", "Sölvesborgs kommun", "Trollhättans Stad": the site's name, as in its header. */
    private boolean isSiteName(String heading) {
        String f = fold(heading).strip();
        if (!(f.endsWith(" kommun") || f.endsWith(" stad") || f.startsWith("region "))) {
            return false;
        }
        return directory.byName(heading).isPresent() && f.split(" ").length <= 3;
    }

    /**
     * The lines the address may name: headings, and the first short blocks that do not end with a full stop (a
     * news headline naming a person, "Jonas Bergman (M) blir …", is no heading by its shape; page names may be
     * questions or exclamations: "Varifrån kommer kommunens pengar?", "Välkommen till Gävle år 2030!").
     */
    private static List<String> nameLines(List<Block> blocks) {
        return blocks.stream().limit(MAX_CANDIDATES)
                .filter(b -> b.isHeading() || b.kind() == Block.Kind.PARAGRAPH && b.text().length() <= MAX_NAME_LENGTH
                        && !b.text().endsWith(".") && !b.text().endsWith(";"))
                .map(Block::text).toList();
    }

    private Optional<String> byAddress(List<String> headings, String slug) {
        if (slug.isEmpty()) {
            return Optional.empty();
        }
        String best = null;
        double bestScore = ADDRESS_MATCH;
        for (String h : headings) {
            double score = overlap(letters(h), slug);
            if (score > bestScore || best == null && score >= bestScore) {
                best = h;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    /** A page with no heading whose first block is a short line without a sentence's end: a dump without blank lines. */
    private static Optional<String> firstLineHeading(List<Block> blocks) {
        if (blocks.isEmpty() || blocks.get(0).kind() != Block.Kind.PARAGRAPH) {
            return Optional.empty();
        }
        String first = blocks.get(0).text();
        return TextPageParser.looksLikeHeading(first) ? Optional.of(first) : Optional.empty();
    }

    /** The words of the text that, folded and joined, are the address's name: "hemtjänst" for {@code hemtjanst}. */
    private static Optional<String> spelledInText(List<Block> blocks, String slug) {
        if (slug.isEmpty()) {
            return Optional.empty();
        }
        for (Block b : blocks) {
            String[] words = b.text().split("[^\\p{L}\\p{N}]+");
            for (int i = 0; i < words.length; i++) {
                StringBuilder joined = new StringBuilder();
                for (int j = i; j < words.length && j < i + MAX_SPELLED_WORDS && joined.length() < slug.length(); j++) {
                    joined.append(letters(words[j]));
                    if (joined.toString().equals(slug)) {
                        String phrase = String.join(" ", List.of(words).subList(i, j + 1));
                        return Optional.of(Character.toUpperCase(phrase.charAt(0)) + phrase.substring(1));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The address's last named segment as folded letters and digits: {@code sastyrstimra}, {@code sarskiltboende}. */
    static String slug(String url) {
        String path = url.replaceFirst("^[a-zA-Z]+://[^/]*", "");
        path = cutAt(cutAt(path, '?'), '#');
        String[] segments = path.split("/");
        for (int i = segments.length - 1; i >= 0; i--) {
            String s = letters(withoutIds(cutAt(segments[i], '.')));
            long letterCount = s.chars().filter(Character::isLetter).count();
            if (letterCount >= MIN_SLUG_LETTERS && !GENERIC_SEGMENTS.contains(s)) {
                return s;
            }
            if (!segments[i].isEmpty()) {
                return "";
            }
        }
        return "";
    }

    /** The segment without the numeric ids CMSs append ("alliansen-utvecklar-soederkoeping-3106897"); years stay. */
    private static String withoutIds(String segment) {
        StringBuilder out = new StringBuilder();
        for (String part : segment.split("[-_]")) {
            if (!(part.length() > YEAR_DIGITS && part.chars().allMatch(Character::isDigit))) {
                out.append(part).append('-');
            }
        }
        return out.toString();
    }

    /** The longest common run over the longer length: 1 for equal strings, 0 for nothing shared. */
    static double overlap(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int[] previous = new int[b.length() + 1];
        int longest = 0;
        for (int i = 1; i <= a.length(); i++) {
            int[] row = new int[b.length() + 1];
            for (int j = 1; j <= b.length(); j++) {
                if (a.charAt(i - 1) == b.charAt(j - 1)) {
                    row[j] = previous[j - 1] + 1;
                    longest = Math.max(longest, row[j]);
                }
            }
            previous = row;
        }
        return (double) longest / Math.max(a.length(), b.length());
    }

    private static String cutAt(String s, char stop) {
        int at = s.indexOf(stop);
        return at >= 0 ? s.substring(0, at) : s;
    }

    /** Lower case, diacritics and everything but letters and digits removed: "Så styrs Timrå" → "sastyrstimra". */
    static String letters(String s) {
        String f = fold(s);
        StringBuilder out = new StringBuilder(f.length());
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Lower case without diacritics (å→a, ö→o, é→e), spaces folded. */
    static String fold(String s) {
        String d = Normalizer.normalize(Text.fold(s).toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
