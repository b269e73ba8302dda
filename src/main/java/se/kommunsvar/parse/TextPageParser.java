package se.kommunsvar.parse;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.kommunsvar.municipality.Municipality;
import se.kommunsvar.municipality.MunicipalityDirectory;

/**
 * Parses a plain-text page: header lines ({@code source:} first, then optionally {@code municipality:},
 * {@code title:}, {@code updated:}), then the page text as a text dump shows it. Paragraphs are separated
 * by blank lines; a lone short line without closing punctuation is a heading; bulleted and numbered lines are list
 * items; hard-wrapped lines are joined.
 */
public final class TextPageParser {

    private static final Pattern HEADER = Pattern.compile("^(source|municipality|title|updated|published|decided)\\s*:\\s*(.*)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[•·▪◦●\\*]|[-–](?=\\s))\\s*");
    /** A numbered line, as text dumps show an ordered list: "1. Att ge …", "2) En trygg omsorg …". */
    private static final Pattern NUMBERED = Pattern.compile("^\\s*\\d{1,2}[.)]\\s+(?=\\p{L})");
    /**
     * A line that names a person: "John-Erik Jansson (C), kommunstyrelsens ordförande", "Andreas Brorsson (S)",
     * "Anna Berg, kommundirektör" — a name of two or three capitalised words followed by a party tag or by a
     * comma and a role in lower case. Pages list office holders this way one to a line; such a line is content.
     */
    private static final Pattern PERSON_LINE = Pattern.compile(
            "^\\p{Lu}[\\p{L}'-]+(?:\\s+\\p{Lu}[\\p{L}'-]+){1,2}\\s*(?:\\([\\p{Lu}]{1,4}\\)|,\\s+\\p{Ll})");

    /**
     * Hours from one clock time to another ("Fredagar klockan 08.00–15.15", "Lördag 10:00 - 14:00"): a line that
     * gives opening hours states a fact, it does not name a section, however short it is.
     */
    private static final Pattern CLOCK_SPAN = Pattern.compile(
            "\\b(?:[01]?\\d|2[0-3])[.:][0-5]\\d\\s?[-–]\\s?(?:[01]?\\d|2[0-3])[.:][0-5]\\d\\b");

    /**
     * How much longer than a heading-like line the next line must be for the first to head it: a heading names a
     * section in a few words, the text under it is sentences (swequad-train: "Arbetsmiljö" 11 letters, the line
     * under it 80+).
     */
    private static final int HEADED_TEXT_FACTOR = 3;

    private final Boilerplate boilerplate;
    private final MunicipalityDirectory directory;
    private final TextPageTitle titles;

    public TextPageParser(MunicipalityDirectory directory) {
        this.boilerplate = Boilerplate.standard();
        this.directory = directory;
        this.titles = new TextPageTitle(directory);
    }

    /**
     * Parses the text of a page file.
     *
     * @throws PageFormatException when the first line is not {@code source: <address>}
     */
    public Page parse(String content) {
        String text = content.startsWith("\ufeff") ? content.substring(1) : content;
        List<String> lines = text.lines().toList();
        Map<String, String> headers = new LinkedHashMap<>();
        int i = 0;
        while (i < lines.size()) {
            Matcher m = HEADER.matcher(lines.get(i).strip());
            if (!m.matches() || headers.containsKey(m.group(1).toLowerCase(Locale.ROOT))) {
                break;
            }
            headers.put(m.group(1).toLowerCase(Locale.ROOT), m.group(2).strip());
            i++;
        }
        String url = headers.getOrDefault("source", "");
        if (url.isEmpty() || !url.matches("(?i)https?://\\S+")) {
            throw new PageFormatException("the first line must be 'source: <http(s) address>', found: "
                    + (lines.isEmpty() ? "an empty file" : abbreviate(lines.get(0))));
        }
        String body = String.join("\n", lines.subList(i, lines.size()));
        return build(url, headers, body);
    }

    private Page build(String url, Map<String, String> headers, String body) {
        List<Contact> blurbContacts = new ArrayList<>();
        List<Block> blocks = blocks(body, blurbContacts);
        String title = headers.getOrDefault("title", "");
        String pageTitle = title.isEmpty() ? titles.of(blocks, url) : title;
        String municipality = headers.containsKey("municipality")
                ? directory.byName(headers.get("municipality")).map(Municipality::name).orElse(headers.get("municipality"))
                : municipalityOf(url, pageTitle, blocks);
        PageDates dates = new PageDates(
                isoDate(headers.get("updated")).or(() -> SwedishDates.updated(body)),
                isoDate(headers.get("published")).or(() -> SwedishDates.published(body)),
                isoDate(headers.get("decided")).or(() -> SwedishDates.decided(contentText(blocks))));
        List<Contact> contacts = new ArrayList<>(Contacts.find(blocks));
        blurbContacts.stream().filter(c -> contacts.stream().noneMatch(k -> k.phone().equals(c.phone())
                && k.email().equals(c.email()))).forEach(contacts::add);
        return new Page(url, pageTitle, municipality, dates, contacts, titled(blocks, pageTitle));
    }

    /**
     * The blocks with the page's title as its one top heading, and without the frame's headings above it (skip
     * links, logo alt text, the site's name, contact-box labels): a passage under "Eslövs kommun logotyp" is not
     * about that. Contacts were read before, from every block.
     */
    private List<Block> titled(List<Block> blocks, String title) {
        int at = -1;
        for (int i = 0; i < blocks.size() && at < 0; i++) {
            if (blocks.get(i).isHeading() && blocks.get(i).text().equals(title)) {
                at = i;
            }
        }
        if (at < 0) {
            return blocks;
        }
        List<Block> out = new ArrayList<>(blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (i < at && b.isHeading() && titles.isFrame(b.text())) {
                continue;
            }
            out.add(b.isHeading() ? Block.heading(b.text(), i == at ? 1 : 2) : b);
        }
        return out;
    }

    /**
     * A text page's municipality: its address's host, else the kommun its address's path names (a newsroom, a joint
     * service's site), else the one its text names again and again; empty for a page of no municipality (an
     * authority's texts), which questions naming no municipality still reach.
     */
    private String municipalityOf(String url, String title, List<Block> blocks) {
        return directory.fromUrl(url)
                .or(() -> directory.namedInAddressPath(url))
                .or(() -> directory.mostNamed(title + "\n" + contentText(blocks)))
                .map(Municipality::name).orElse("");
    }

    /**
     * The page's blocks: the tables a dump flattened (see {@link TextTables}) as one row a line, the rest as
     * paragraphs, headings and list items.
     */
    private List<Block> blocks(String body, List<Contact> blurbContacts) {
        List<Block> blocks = new ArrayList<>();
        for (TextTables.Segment segment : TextTables.split(body)) {
            if (segment.table()) {
                if (!segment.caption().isEmpty()) {
                    blocks.add(Block.heading(segment.caption(), blocks.stream().anyMatch(Block::isHeading) ? 2 : 1));
                }
                segment.lines().forEach(row -> blocks.add(Block.tableRow(row)));
                if (!segment.after().isEmpty()) {
                    blocks.add(Block.paragraph(segment.after()));
                }
            } else {
                textBlocks(String.join("\n", segment.lines()), blurbContacts, blocks);
            }
        }
        return blocks;
    }

    private void textBlocks(String body, List<Contact> blurbContacts, List<Block> blocks) {
        for (String paragraph : body.split("\\n\\s*\\n")) {
            if (paragraph.isBlank()) {
                continue;
            }
            if (boilerplate.isBoilerplateBlock(paragraph)) {
                blurbContacts.addAll(Contacts.findInText(Text.fold(paragraph)));
                continue;
            }
            List<String> kept = new ArrayList<>();
            for (String line : paragraph.split("\\n")) {
                // a dump reads a table's caption twice (caption and label): "Öppettider vecka 9" "Öppettider vecka 9"
                boolean repeated = !kept.isEmpty() && kept.get(kept.size() - 1).strip().equals(line.strip());
                if (!line.isBlank() && !repeated && !boilerplate.isBoilerplateLine(line)) {
                    kept.add(line);
                }
            }
            addParagraph(kept, blocks);
        }
    }

    private void addParagraph(List<String> lines, List<Block> blocks) {
        boolean listContext = lines.size() > 1 || followsList(blocks);
        if (lines.size() == 1 && itemStart(lines.get(0), listContext) < 0 && looksLikeHeading(lines.get(0))) {
            String heading = boilerplate.clean(lines.get(0));
            heading = heading.endsWith(":") ? heading.substring(0, heading.length() - 1).strip() : heading;
            blocks.add(Block.heading(heading, blocks.stream().anyMatch(Block::isHeading) ? 2 : 1));
            return;
        }
        StringBuilder current = null;
        boolean item = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int start = itemStart(line, listContext);
            if (start < 0 && headsText(lines, i, current)) {
                flush(current, item, blocks);
                current = null;
                item = false;
                String heading = boilerplate.clean(line);
                blocks.add(Block.heading(heading, blocks.stream().anyMatch(Block::isHeading) ? 2 : 1));
                continue;
            }
            if (current != null && start < 0 && continues(current, line)) {
                current.append(' ').append(line.strip());
                continue;
            }
            flush(current, item, blocks);
            item = start >= 0;
            current = new StringBuilder(line.substring(Math.max(start, 0)).strip());
        }
        flush(current, item, blocks);
    }

    /**
     * A line inside a paragraph that is a heading lost its blank lines: a dump that writes every block on one line
     * ("Arbetsuppgifter" then "Skötarens främsta uppgift är …"). It looks like a heading, does not continue the line
     * before, and the next line is running text at least {@link #HEADED_TEXT_FACTOR} times as long that does not
     * continue it. Short lines followed by short lines (a list without bullets, an address block) stay text.
     */
    private static boolean headsText(List<String> lines, int i, StringBuilder current) {
        if (i + 1 >= lines.size()) {
            return false;
        }
        String line = lines.get(i).strip();
        String next = lines.get(i + 1).strip();
        boolean continuesBefore = current != null && continues(current, line);
        return !continuesBefore && looksLikeHeading(line) && !line.endsWith(":")
                && Text.endsSentence(next) && next.length() >= HEADED_TEXT_FACTOR * line.length()
                && !continues(new StringBuilder(line), next);
    }

    /**
     * Where a list item's text starts after its marker, or -1 when the line is no list item. A bullet always
     * marks one; a number only among other lines or after a list or its introduction, as a lone "1. Inledning"
     * may be a numbered heading.
     */
    private static int itemStart(String line, boolean listContext) {
        Matcher bullet = BULLET.matcher(line);
        if (bullet.find()) {
            return bullet.end();
        }
        Matcher number = NUMBERED.matcher(line);
        return listContext && number.find() ? number.end() : -1;
    }

    /** The blocks so far end in a list item or in a paragraph that announces one ("Kommunen har fyra mål:"). */
    private static boolean followsList(List<Block> blocks) {
        if (blocks.isEmpty()) {
            return false;
        }
        Block last = blocks.get(blocks.size() - 1);
        return last.kind() == Block.Kind.LIST_ITEM || last.kind() == Block.Kind.PARAGRAPH && last.text().endsWith(":");
    }

    private void flush(StringBuilder current, boolean item, List<Block> blocks) {
        if (current != null) {
            String text = boilerplate.clean(current.toString());
            if (!text.isEmpty()) {
                blocks.add(item ? Block.listItem(text) : Block.paragraph(text));
            }
        }
    }

    /** A hard-wrapped line continues the one before when that one has not ended and this one starts in lower case. */
    private static boolean continues(StringBuilder previous, String line) {
        String s = line.strip();
        return !s.isEmpty() && !Text.endsSentence(previous.toString()) && (Character.isLowerCase(s.charAt(0))
                || previous.charAt(previous.length() - 1) == ',');
    }

    static boolean looksLikeHeading(String line) {
        String s = Text.fold(line);
        if (s.isEmpty() || s.length() > 100 || Text.endsSentence(s) || s.endsWith(",") || PERSON_LINE.matcher(s).find()) {
            return false;
        }
        if (!Character.isUpperCase(s.charAt(0)) && !Character.isDigit(s.charAt(0))) {
            return false;
        }
        if (s.endsWith(":") && s.split(" ").length > 6) {
            return false;
        }
        long letters = s.chars().filter(Character::isLetter).count();
        return letters >= 3 && !CLOCK_SPAN.matcher(s).find() && letters * 2 > s.length() && s.split(" ").length <= 14
                && !Contacts.PHONE.matcher(s).find() && !Contacts.EMAIL.matcher(s).find();
    }

    private static String contentText(List<Block> blocks) {
        StringBuilder out = new StringBuilder();
        for (Block b : blocks) {
            out.append(b.text()).append('\n');
        }
        return out.toString();
    }

    private static Optional<LocalDate> isoDate(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.strip()));
        } catch (DateTimeParseException e) {
            return SwedishDates.all(value).stream().findFirst();
        }
    }

    private static String abbreviate(String s) {
        String f = Text.fold(s);
        return f.length() > 80 ? f.substring(0, 80) + "…" : f;
    }
}
