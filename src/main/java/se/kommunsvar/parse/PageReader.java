package se.kommunsvar.parse;

/** Reads the bytes of one format into a {@link Page}. */
@FunctionalInterface
public interface PageReader {

    /**
     * Reads a page.
     *
     * @param bytes the page as fetched or stored
     * @param charset the charset a server declared, or empty
     * @param source where the bytes came from (the fetched address, or the file's URI); the page's address unless
     *               the page names its own
     * @throws PageFormatException when the bytes cannot be read as a page; the message says why
     */
    Page read(byte[] bytes, String charset, String source);
}
