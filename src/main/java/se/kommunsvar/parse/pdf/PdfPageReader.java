package se.kommunsvar.parse.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import se.kommunsvar.municipality.Municipality;
import se.kommunsvar.municipality.MunicipalityDirectory;
import se.kommunsvar.parse.Block;
import se.kommunsvar.parse.Contacts;
import se.kommunsvar.parse.Page;
import se.kommunsvar.parse.PageDates;
import se.kommunsvar.parse.PageFormatException;
import se.kommunsvar.parse.PageReader;
import se.kommunsvar.parse.SwedishDates;

/**
 * Reads a PDF document into a {@link Page} whose blocks keep the page they are printed on. A document that needs a
 * password, has no text layer (a scan) or cannot be parsed is refused whole with the reason as the exception's kind,
 * so nothing of it is half-indexed. Its date is the decision it reports; else the PDF's own date, unless that is
 * plainly not the document's (a file saved years after the year its title names).
 */
public final class PdfPageReader implements PageReader {

    public static final String ENCRYPTED = "pdf encrypted";
    public static final String NO_TEXT = "pdf without text";
    public static final String BROKEN = "pdf broken";
    public static final String TOO_LONG = "pdf too long";

    /**
     * Most pages read from one document. The longest municipal documents (an översiktsplan with its appendices, an
     * annual report of the whole group) run to a few hundred pages; ten times that is an archive, not a plan, and
     * would hold a crawl for minutes.
     */
    static final int MAX_PAGES = 3000;

    /**
     * Fewer letters than this per page on average means no text layer: a scan carries at most a stamped page number
     * or a few OCR-less labels, while a page of a plan has a thousand letters or more.
     */
    private static final int MIN_LETTERS_PER_PAGE = 40;
    /** "Mål och budget 2024", "Kommunplan 2024–2026": the years a title names. */
    private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d\\d\\b");
    /** A plan for a year is decided in the year before; a PDF saved later than the year after its last year is a re-export. */
    private static final int YEARS_AFTER_TITLE = 1;
    /** Writers' file-name titles ("Microsoft Word - plan.docx", "plan.indd") are not the document's title. */
    private static final Pattern FILE_TITLE = Pattern.compile(
            "(?i).*\\.(?:docx?|indd|pdf|odt|pptx?|xlsx?)$|microsoft word.*|untitled|namnlös.*");

    /** How far before the end the {@code %%EOF} marker may sit (after it, writers leave at most a line end or padding). */
    private static final int END_WINDOW = 1024;

    private final MunicipalityDirectory directory;
    private final int maxPages;
    private final long maxGlyphs;

    public PdfPageReader(MunicipalityDirectory directory) {
        this(directory, MAX_PAGES, GlyphRuns.MAX_GLYPHS);
    }

    /** A reader with other limits on the pages and characters of one document (tests). */
    PdfPageReader(MunicipalityDirectory directory, int maxPages, long maxGlyphs) {
        this.directory = directory;
        this.maxPages = maxPages;
        this.maxGlyphs = maxGlyphs;
    }

    @Override
    public Page read(byte[] bytes, String charset, String source) {
        if (!endsComplete(bytes)) {
            throw new PageFormatException(BROKEN, source + " is cut off: a PDF ends with %%EOF and this one does not");
        }
        try (PDDocument doc = Loader.loadPDF(bytes, "", null, null, IOUtils.createTempFileOnlyStreamCache())) {
            return read(doc, source);
        } catch (InvalidPasswordException e) {
            throw new PageFormatException(ENCRYPTED, source + " needs a password to be read");
        } catch (IOException e) {
            throw new PageFormatException(BROKEN, source + " is not a readable PDF: " + e.getMessage());
        } catch (GlyphRuns.TooMuchText e) {
            throw new PageFormatException(TOO_LONG, source + " holds " + e.getMessage());
        } catch (RuntimeException e) {
            if (e instanceof PageFormatException pfe) {
                throw pfe;
            }
            throw new PageFormatException(BROKEN, source + " could not be read as a PDF: " + e);
        }
    }

    /**
     * Whether the file ends as a whole PDF does, with its {@code %%EOF} marker (writers may add a line end or a few
     * bytes after it). PDFBox repairs a cut-off file by reading the objects it finds, which would index half a plan.
     */
    static boolean endsComplete(byte[] bytes) {
        byte[] marker = "%%EOF".getBytes(StandardCharsets.US_ASCII);
        int from = Math.max(0, bytes.length - END_WINDOW);
        for (int i = bytes.length - marker.length; i >= from; i--) {
            if (Arrays.equals(bytes, i, i + marker.length, marker, 0, marker.length)) {
                return true;
            }
        }
        return false;
    }

    private Page read(PDDocument doc, String source) throws IOException {
        if (doc.getNumberOfPages() == 0) {
            throw new PageFormatException(BROKEN, source + " has no pages");
        }
        if (doc.getNumberOfPages() > maxPages) {
            throw new PageFormatException(TOO_LONG, source + " has " + doc.getNumberOfPages() + " pages, over the limit of "
                    + maxPages);
        }
        List<PdfPageText> pages = GlyphRuns.of(doc, maxGlyphs);
        long letters = pages.stream().flatMap(p -> p.runs().stream())
                .mapToLong(r -> r.text().chars().filter(Character::isLetter).count()).sum();
        if (letters < (long) MIN_LETTERS_PER_PAGE * pages.size()) {
            throw new PageFormatException(NO_TEXT, source + " has no text layer (" + letters + " letters on "
                    + pages.size() + " pages): a scanned document");
        }
        List<Block> blocks = PdfBlocks.of(PdfLayout.read(pages));
        String title = title(doc.getDocumentInformation(), pages);
        blocks = titled(blocks, title);
        String text = String.join("\n", blocks.stream().map(Block::text).toList());
        Optional<LocalDate> decided = SwedishDates.decided(text);
        Optional<LocalDate> own = ownDate(doc.getDocumentInformation()).filter(d -> fitsTitle(d, title));
        PageDates dates = new PageDates(decided.or(() -> own), Optional.empty(), decided);
        String municipality = directory.fromUrl(source).map(Municipality::name).orElse("");
        return new Page(source, title, municipality, dates, Contacts.find(blocks), blocks);
    }

    /** The title the PDF gives itself, unless a writer put a file name there; else the largest line of its first page. */
    private static String title(PDDocumentInformation info, List<PdfPageText> pages) {
        String meta = info == null || info.getTitle() == null ? "" : info.getTitle().strip();
        if (!meta.isEmpty() && !FILE_TITLE.matcher(meta).matches()) {
            return meta;
        }
        return pages.stream().filter(p -> !p.runs().isEmpty()).findFirst()
                .flatMap(p -> p.runs().stream().max(Comparator.comparingDouble(Run::size)))
                .map(Run::text).orElse("");
    }

    /** The heading that is the title becomes level 1, so passages do not repeat it as their heading. */
    private static List<Block> titled(List<Block> blocks, String title) {
        List<Block> out = new ArrayList<>(blocks.size());
        boolean done = false;
        for (Block b : blocks) {
            if (!done && b.isHeading() && b.text().equalsIgnoreCase(title)) {
                out.add(new Block(Block.Kind.HEADING, b.text(), 1, b.page()));
                done = true;
            } else {
                out.add(b);
            }
        }
        return out;
    }

    private static Optional<LocalDate> ownDate(PDDocumentInformation info) {
        if (info == null) {
            return Optional.empty();
        }
        Calendar date = info.getModificationDate() != null ? info.getModificationDate() : info.getCreationDate();
        return Optional.ofNullable(date).map(c -> c.toInstant().atZone(ZoneId.of("Europe/Stockholm")).toLocalDate());
    }

    /** A PDF date fits a title that names years when it is not later than the year after the last of them. */
    static boolean fitsTitle(LocalDate date, String title) {
        Matcher m = YEAR.matcher(title);
        int last = 0;
        while (m.find()) {
            last = Math.max(last, Integer.parseInt(m.group()));
        }
        return last == 0 || date.getYear() <= last + YEARS_AFTER_TITLE;
    }
}
