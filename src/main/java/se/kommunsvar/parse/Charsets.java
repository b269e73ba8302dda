package se.kommunsvar.parse;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the bytes of a fetched or saved page into text: the charset the server declared, else the one the page
 * declares in {@code <meta>}, else UTF-8 when the bytes are valid UTF-8, else Windows-1252 (what Swedish pages
 * without a declaration are written in). Refuses what is not a text page: binary content and oversized files.
 */
public final class Charsets {

    /** Pages larger than this are refused: no municipal page is this large, a dump or a binary file is. */
    public static final int MAX_BYTES = 5_000_000;

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int SNIFF_BYTES = 4096;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([\\w.:-]+)", Pattern.CASE_INSENSITIVE);

    private Charsets() {
    }

    /**
     * The page as text.
     *
     * @param bytes the page as fetched or saved
     * @param declared the charset the HTTP header declared, or empty
     * @throws PageFormatException when the bytes are empty, too many, or binary
     */
    public static String decode(byte[] bytes, String declared) {
        checkSize(bytes);
        if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            return new String(bytes, StandardCharsets.UTF_16);
        }
        checkText(bytes);
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        Charset charset = byName(declared).or(() -> declaredInPage(bytes)).orElseGet(() -> sniff(bytes));
        return new String(bytes, charset);
    }

    /** The charset the page's own {@code <meta charset>} or {@code http-equiv} names, if any and known. */
    static Optional<Charset> declaredInPage(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? byName(m.group(1)) : Optional.empty();
    }

    /** A known charset by name; ISO-8859-1 and ASCII are read as Windows-1252, their superset, as browsers do. */
    static Optional<Charset> byName(String name) {
        String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        if (n.isEmpty()) {
            return Optional.empty();
        }
        if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")) {
            return Optional.of(WINDOWS_1252);
        }
        try {
            return Optional.of(Charset.forName(n));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    private static Charset sniff(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            return WINDOWS_1252;
        }
    }

    private static void checkSize(byte[] bytes) {
        if (bytes.length == 0) {
            throw new PageFormatException("the page is empty (0 bytes)");
        }
        if (bytes.length > MAX_BYTES) {
            throw new PageFormatException("the page is " + bytes.length + " bytes, over the limit of " + MAX_BYTES);
        }
    }

    private static void checkText(byte[] bytes) {
        int control = 0;
        int sample = Math.min(bytes.length, SNIFF_BYTES * 4);
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                throw new PageFormatException("binary content, not a text page (NUL byte at offset " + i + ")");
            }
            if (i < sample && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                control++;
            }
        }
        if (control * 10 > sample) {
            throw new PageFormatException("binary content, not a text page (" + control + " control characters in the first "
                    + sample + " bytes)");
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
