package se.kommunsvar.parse.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.function.Consumer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Writes PDFs for tests with PDFBox, the way office programs lay out a municipal plan: text placed at points on A4
 * pages, in Helvetica and Helvetica Bold. Positions are given from the page's top, as one reads.
 */
public final class PdfSketch {

    /** A4 in points. */
    public static final float WIDTH = PDRectangle.A4.getWidth();
    public static final float HEIGHT = PDRectangle.A4.getHeight();

    private record Text(float x, float top, float size, boolean bold, String text) {
    }

    private final List<List<Text>> pages = new ArrayList<>();
    private String title = "";
    private Calendar modified;
    private String password = "";
    private String ownerPassword = "";

    /** Starts a new page; the texts that follow go on it. */
    public PdfSketch page() {
        pages.add(new ArrayList<>());
        return this;
    }

    public PdfSketch text(float x, float top, float size, String text) {
        return put(x, top, size, false, text);
    }

    public PdfSketch bold(float x, float top, float size, String text) {
        return put(x, top, size, true, text);
    }

    /** Lines of one paragraph, set {@code leading} points apart from {@code top} down. */
    public PdfSketch lines(float x, float top, float size, float leading, String... lines) {
        for (int i = 0; i < lines.length; i++) {
            put(x, top + i * leading, size, false, lines[i]);
        }
        return this;
    }

    /** The same text on every page so far, at the same place (a running header or footer); {@code %d} is the page. */
    public PdfSketch onEveryPageFrom(int first, float x, float top, float size, String format) {
        for (int i = first - 1; i < pages.size(); i++) {
            pages.get(i).add(new Text(x, top, size, false, String.format(format, i + 1, pages.size())));
        }
        return this;
    }

    public PdfSketch title(String value) {
        this.title = value;
        return this;
    }

    public PdfSketch modified(int year, int month, int day) {
        Calendar c = Calendar.getInstance();
        c.clear();
        c.set(year, month - 1, day, 12, 0);
        this.modified = c;
        return this;
    }

    /** Encrypts the document with a password a reader must give to open it. */
    public PdfSketch password(String value) {
        this.password = value;
        return this;
    }

    /** Restricts editing with an owner password only: anyone may open and read it, as with many published plans. */
    public PdfSketch ownerPassword(String value) {
        this.ownerPassword = value;
        return this;
    }

    private PdfSketch put(float x, float top, float size, boolean bold, String text) {
        pages.get(pages.size() - 1).add(new Text(x, top, size, bold, text));
        return this;
    }

    public byte[] bytes() {
        return write(doc -> { });
    }

    /** The document with something more done to it before it is saved (a test's own content). */
    public byte[] write(Consumer<PDDocument> more) {
        try (PDDocument doc = new PDDocument()) {
            PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            for (List<Text> texts : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    for (Text t : texts) {
                        cs.beginText();
                        cs.setFont(t.bold() ? bold : regular, t.size());
                        cs.newLineAtOffset(t.x(), HEIGHT - t.top());
                        cs.showText(t.text());
                        cs.endText();
                    }
                }
            }
            if (!title.isEmpty()) {
                doc.getDocumentInformation().setTitle(title);
            }
            if (modified != null) {
                doc.getDocumentInformation().setModificationDate(modified);
                doc.getDocumentInformation().setCreationDate(modified);
            }
            more.accept(doc);
            if (!password.isEmpty() || !ownerPassword.isEmpty()) {
                AccessPermission permissions = new AccessPermission();
                permissions.setCanModify(false);
                permissions.setCanExtractContent(ownerPassword.isEmpty());
                StandardProtectionPolicy policy = new StandardProtectionPolicy(
                        ownerPassword.isEmpty() ? "owner-" + password : ownerPassword, password, permissions);
                policy.setEncryptionKeyLength(128);
                doc.protect(policy);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
