package se.kommunsvar.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import se.kommunsvar.municipality.Municipality;
import se.kommunsvar.municipality.MunicipalityDirectory;

/**
 * Parses a fetched or saved HTML page: decodes it ({@link Charsets}), reads what the page says about itself
 * ({@link PageMeta}), finds its main content ({@link MainContent}), reads that as blocks ({@link HtmlBlocks}) and
 * drops the boilerplate text Swedish municipal CMSes put there ({@link Boilerplate}). Contact facts are read from
 * the whole page, frame included: the footer or contact box is where a municipality gives its kontaktcenter.
 */
public final class HtmlPageParser {

    private final Boilerplate boilerplate = Boilerplate.standard();
    private final MunicipalityDirectory directory;

    public HtmlPageParser(MunicipalityDirectory directory) {
        this.directory = directory;
    }

    /**
     * Parses HTML bytes.
     *
     * @param bytes the page as fetched or saved
     * @param charset the charset the server declared, or empty to use the page's own {@code <meta>} (else UTF-8 when
     *                valid, else Windows-1252)
     * @param fetchedFrom where the bytes came from; used when the page names no canonical address
     * @throws PageFormatException when the bytes are not a text page (binary, empty) or over {@link Charsets#MAX_BYTES}
     */
    public Page parse(byte[] bytes, String charset, String fetchedFrom) {
        return parse(Charsets.decode(bytes, charset), fetchedFrom);
    }

    /**
     * Parses HTML that is already text.
     *
     * @throws PageFormatException when the page cannot be read (the walks keep their own stacks, so this is a last
     *                             guard: an error inside the parser fails this one page with a reason, not the crawl)
     */
    public Page parse(String html, String fetchedFrom) {
        try {
            return read(html, fetchedFrom);
        } catch (StackOverflowError e) {
            throw new PageFormatException("the page is nested too deeply to read");
        } catch (PageFormatException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new PageFormatException("the HTML cannot be read: " + e);
        }
    }

    private Page read(String html, String fetchedFrom) {
        Document doc = Jsoup.parse(html, fetchedFrom);
        MainContent.clean(doc);
        List<Block> frame = HtmlBlocks.of(doc.body());
        PageMeta meta = PageMeta.read(doc, text(frame), fetchedFrom);
        Optional<String> heading = PageMeta.headline(doc);
        String named = PageMeta.title(doc);
        MainContent.Found found = MainContent.find(doc, meta.url());
        List<Block> blocks = found.oneText() ? withoutEmptyHeadings(content(found.root())) : content(found.root());
        String title = title(blocks, heading, named);
        PageDates dates = new PageDates(meta.updated(), meta.published(), SwedishDates.decided(text(blocks)));
        String municipality = directory.fromUrl(meta.url()).map(Municipality::name).orElse("");
        return new Page(meta.url(), title, municipality, dates, contacts(blocks, frame), blocks);
    }

    /** The content blocks without boilerplate text and without repeats (sliders and mobile copies repeat). */
    private List<Block> content(Element root) {
        List<Block> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Block block : HtmlBlocks.of(root)) {
            String text = boilerplate.clean(block.text());
            if (text.isEmpty() || boilerplate.isBoilerplateLine(text) || boilerplate.isBoilerplateBlock(text)
                    || !block.isHeading() && !seen.add(text)) {
                continue;
            }
            out.add(new Block(block.kind(), text, block.level()));
        }
        return out;
    }

    /**
     * The blocks of one text without headings that head nothing: a heading followed by one of the same or a higher
     * rank, or by the end of the text (a board of teasers is made of such headings, so it keeps them) ("Related articles" whose list was cut as links, "Comments" with none).
     */
    static List<Block> withoutEmptyHeadings(List<Block> blocks) {
        List<Block> out = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.isHeading() && b.level() > 1 && headsNothing(blocks, i)) {
                continue;
            }
            out.add(b);
        }
        return out;
    }

    private static boolean headsNothing(List<Block> blocks, int i) {
        if (i + 1 >= blocks.size()) {
            return true;
        }
        Block next = blocks.get(i + 1);
        return next.isHeading() && next.level() <= blocks.get(i).level();
    }

    /**
     * The page's title: the one {@code h1} of its content; else the one {@code h1} of the page outside its header,
     * menus and footer (an article's headline stands above the text it heads); else the name the page gives itself
     * in its head, without the site's name. Never a logo's alt text (an image is not text) nor a menu line.
     */
    private static String title(List<Block> blocks, Optional<String> headline, String named) {
        List<String> h1 = blocks.stream().filter(b -> b.isHeading() && b.level() == 1).map(Block::text).toList();
        if (h1.size() == 1) {
            return h1.get(0);
        }
        return headline.orElse(named);
    }

    /** Contacts named in the content first, then those of the page frame (footer, contact box). */
    private static List<Contact> contacts(List<Block> content, List<Block> frame) {
        List<Contact> contacts = new ArrayList<>(Contacts.find(content));
        Contacts.find(frame).stream()
                .filter(c -> contacts.stream().noneMatch(k -> k.phone().equals(c.phone()) && k.email().equals(c.email())))
                .forEach(contacts::add);
        return contacts;
    }

    private static String text(List<Block> blocks) {
        StringBuilder out = new StringBuilder();
        for (Block b : blocks) {
            out.append(b.text()).append('\n');
        }
        return out.toString();
    }
}
