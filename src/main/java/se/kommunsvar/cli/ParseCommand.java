package se.kommunsvar.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.kommunsvar.ingest.crawl.CrawlSettings;
import se.kommunsvar.ingest.crawl.FetchException;
import se.kommunsvar.ingest.crawl.FetchResult;
import se.kommunsvar.ingest.crawl.Fetcher;
import se.kommunsvar.municipality.MunicipalityDirectory;
import se.kommunsvar.parse.Block;
import se.kommunsvar.parse.Contact;
import se.kommunsvar.parse.Page;
import se.kommunsvar.parse.PageFormat;
import se.kommunsvar.parse.PageFormatException;
import se.kommunsvar.parse.PageReaders;
import se.kommunsvar.parse.Passage;
import se.kommunsvar.parse.Passages;

/**
 * Shows what the assistant reads from a page, so that an editor can see why a page answers as it does: the main
 * text (plain), or with {@code --json} the title, dates, municipality, contacts, headings and passages. Saved pages
 * may be gzipped; with {@code --out} each input gets its own file, so a benchmark of many pages runs in one JVM.
 */
@Command(name = "parse", description = "Print what the assistant reads from pages: their main text, or with --json "
        + "title, dates, municipality, headings and passages.")
final class ParseCommand implements Callable<Integer> {

    /** Suffixes taken off a file name to name its output ({@code 0a1b.html.gz} → {@code 0a1b}). */
    private static final List<String> SUFFIXES = List.of(".html", ".htm", ".pdf", ".txt");

    @Parameters(arity = "1..*", paramLabel = "FILE|URL", description = "saved pages (.html, .txt, .pdf, optionally .gz) or http(s) addresses")
    List<String> inputs;

    @Option(names = "--json", description = "print title, dates, municipality, contacts, headings and passages as JSON")
    boolean json;

    @Option(names = "--out", paramLabel = "DIR", description = "write DIR/<name>.txt (or .json) per input instead of printing")
    Path out;

    @Option(names = "--allow-private-hosts", description = "let addresses on loopback and private networks be fetched (tests only)")
    boolean allowPrivateHosts;

    private final MunicipalityDirectory directory = MunicipalityDirectory.standard();
    private final PageReaders readers = PageReaders.standard(directory);
    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** What {@code --json} prints for one page. */
    record ParsedPage(String url, String title, String municipality, String updated, String published, String decided,
                      List<Contact> contacts, List<String> headings, List<PassageView> passages, String text) {
    }

    /** A passage as indexed: its heading and its lines. */
    record PassageView(String heading, List<String> lines) {
    }

    /** A page as read from a file or the network, before parsing. */
    record Input(String name, String source, byte[] bytes, String charset, PageFormat format) {
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (out != null) {
            Files.createDirectories(out);
        }
        int failed = 0;
        try (Fetcher fetcher = new Fetcher(CrawlSettings.defaults(allowPrivateHosts))) {
            for (String input : inputs) {
                try {
                    Input page = isUrl(input) ? fetch(fetcher, input) : readFile(readers, Path.of(input));
                    emit(page.name(), render(read(page)));
                } catch (PageFormatException | IOException | FetchException e) {
                    System.err.println("error: " + input + ": " + e.getMessage());
                    failed++;
                }
            }
        }
        return failed == 0 ? 0 : 1;
    }

    /** The one place a page's bytes become a {@link Page}: the reader of its format, as ingest and the crawl use. */
    Page read(Input input) {
        return readers.read(input.format(), input.bytes(), input.charset(), input.source());
    }

    private static boolean isUrl(String input) {
        String lower = input.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    /**
     * A saved page, its format from its name without {@code .gz} (a name that says no format we read — a saved page
     * without an ending — is read as HTML, as a browser would).
     */
    private static Input readFile(PageReaders readers, Path file) throws IOException {
        String name = file.getFileName().toString();
        boolean gzip = name.toLowerCase(Locale.ROOT).endsWith(".gz");
        String base = gzip ? name.substring(0, name.length() - 3) : name;
        PageFormat format = readers.formatOfFile(base).orElse(PageFormat.HTML);
        byte[] bytes = gzip ? gunzip(file, format.maxBytes()) : readCapped(file, format.maxBytes());
        return new Input(outputName(base), file.toUri().toString(), bytes, "", format);
    }

    private Input fetch(Fetcher fetcher, String url) throws FetchException, InterruptedException {
        FetchResult r = fetcher.fetch(url);
        if (r.status() != 200) {
            throw new FetchException("http", "HTTP " + r.status() + " from " + r.finalUrl());
        }
        PageFormat format = readers.formatOf(r.mediaType(), r.body())
                .orElseThrow(() -> new FetchException("type", "not a page format we read: " + r.contentType()));
        String path = r.finalUrl().replaceFirst("^[a-zA-Z]+://", "").replaceFirst("[?#].*$", "").replaceAll("/+$", "");
        String last = path.substring(path.lastIndexOf('/') + 1);
        return new Input(outputName(last.replaceAll("[^\\p{L}\\p{N}._-]", "_")), r.finalUrl(), r.body(), r.charset(), format);
    }

    /** The file name without its page suffix: {@code a.html} → {@code a}. */
    static String outputName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        for (String suffix : SUFFIXES) {
            if (lower.endsWith(suffix) && lower.length() > suffix.length()) {
                return fileName.substring(0, fileName.length() - suffix.length());
            }
        }
        return fileName.isEmpty() ? "page" : fileName;
    }

    private static byte[] readCapped(Path file, long maxBytes) throws IOException {
        long size = Files.size(file);
        if (size > maxBytes) {
            throw new PageFormatException("the page is " + size + " bytes, over the limit of " + maxBytes);
        }
        return Files.readAllBytes(file);
    }

    /** Decompresses at most one byte over the page limit, so a gzip bomb is refused without filling memory. */
    private static byte[] gunzip(Path file, long maxBytes) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            byte[] chunk = new byte[64 * 1024];
            for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
                buffer.write(chunk, 0, n);
                if (buffer.size() > maxBytes) {
                    throw new PageFormatException("the page unpacks to over " + maxBytes + " bytes");
                }
            }
            return buffer.toByteArray();
        }
    }

    private String render(Page page) throws IOException {
        return json ? mapper.writeValueAsString(view(page)) + "\n" : mainText(page);
    }

    /** The main text below the page's title, one block a line: what the passages are cut from. */
    static String mainText(Page page) {
        StringBuilder text = new StringBuilder();
        List<Block> blocks = page.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (i == 0 && b.isHeading() && b.text().equals(page.title())) {
                continue;
            }
            text.append(b.text()).append('\n');
        }
        return text.toString();
    }

    private static ParsedPage view(Page page) {
        List<String> headings = page.blocks().stream().filter(Block::isHeading).map(Block::text).toList();
        List<PassageView> passages = new ArrayList<>();
        for (Passage p : Passages.of(page)) {
            passages.add(new PassageView(p.heading(), p.lines()));
        }
        return new ParsedPage(page.url(), page.title(), page.municipality(), iso(page.dates().updated()),
                iso(page.dates().published()), iso(page.dates().decided()), page.contacts(), headings, passages, mainText(page));
    }

    private static String iso(Optional<LocalDate> date) {
        return date.map(LocalDate::toString).orElse("");
    }

    private void emit(String name, String rendered) throws IOException {
        if (out == null) {
            PrintStream stdout = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            stdout.print(rendered);
            stdout.flush();
            return;
        }
        Files.writeString(out.resolve(name + (json ? ".json" : ".txt")), rendered, StandardCharsets.UTF_8);
    }
}
