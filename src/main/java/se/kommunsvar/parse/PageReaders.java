package se.kommunsvar.parse;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import se.kommunsvar.municipality.MunicipalityDirectory;
import se.kommunsvar.parse.pdf.PdfPageReader;

/**
 * The one seam every way in goes through (crawl, page files, an editor's re-index, a rebuild from the corpus): the
 * format of some bytes is decided here, and the reader of that format turns them into a {@link Page}. A format with
 * no reader is not a page.
 */
public final class PageReaders {

    private final Map<PageFormat, PageReader> readers;

    private PageReaders(Map<PageFormat, PageReader> readers) {
        this.readers = new EnumMap<>(readers);
    }

    /** The readers of every format we read, with the given parsers of text and HTML pages. */
    public static PageReaders of(TextPageParser text, HtmlPageParser html, MunicipalityDirectory directory) {
        Map<PageFormat, PageReader> readers = new EnumMap<>(PageFormat.class);
        readers.put(PageFormat.HTML, html::parse);
        readers.put(PageFormat.TEXT, (bytes, charset, source) -> text.parse(Charsets.decode(bytes, charset)));
        readers.put(PageFormat.PDF, new PdfPageReader(directory));
        return new PageReaders(readers);
    }

    /** The readers of every format we read, with the given HTML parser. */
    public static PageReaders standard(HtmlPageParser html, MunicipalityDirectory directory) {
        return of(new TextPageParser(directory), html, directory);
    }

    public static PageReaders standard(MunicipalityDirectory directory) {
        return standard(new HtmlPageParser(directory), directory);
    }

    public boolean reads(PageFormat format) {
        return readers.containsKey(format);
    }

    /**
     * The format of fetched or stored bytes from their media type; bytes labelled as nothing in particular (no type,
     * {@code application/octet-stream}) that start as a PDF are one. Bytes with no type are read as HTML, as browsers do.
     */
    public Optional<PageFormat> formatOf(String mediaType, byte[] bytes) {
        Optional<PageFormat> declared = PageFormat.ofMediaType(mediaType);
        if (declared.isPresent()) {
            return declared.filter(this::reads);
        }
        boolean unlabelled = mediaType.isBlank() || mediaType.equalsIgnoreCase("application/octet-stream");
        if (unlabelled && PageFormat.looksLikePdf(bytes) && reads(PageFormat.PDF)) {
            return Optional.of(PageFormat.PDF);
        }
        return mediaType.isBlank() ? Optional.of(PageFormat.HTML) : Optional.empty();
    }

    /** The format a file's name says, if we read it. */
    public Optional<PageFormat> formatOfFile(String fileName) {
        return PageFormat.ofFileName(fileName).filter(this::reads);
    }

    /**
     * Reads bytes of a known format.
     *
     * @throws PageFormatException when there is no reader for the format, the bytes are over its size limit, or they
     *                             cannot be read as a page
     */
    public Page read(PageFormat format, byte[] bytes, String charset, String source) {
        PageReader reader = readers.get(format);
        if (reader == null) {
            throw new PageFormatException("no reader for " + format + " pages");
        }
        if (bytes.length > format.maxBytes()) {
            throw new PageFormatException("the " + format + " file is " + bytes.length + " bytes, over the limit of "
                    + format.maxBytes());
        }
        return reader.read(bytes, charset, source);
    }
}
