package se.kommunsvar.parse.pdf;

import java.io.IOException;
import java.io.Writer;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Collects the glyphs PDFBox finds on each page (overprinted duplicates removed by PDFBox) and groups them into
 * {@link Run}s: glyphs on one baseline, split where the gap between two glyphs is wider than a column gutter or a
 * table's cell spacing.
 */
final class GlyphRuns extends PDFTextStripper {

    /** Glyphs whose baselines differ by less than this share of the font size are on one line (sub/superscripts). */
    private static final float SAME_LINE = 0.4f;
    /** A gap wider than this share of the font size is a space between words (PDFs often draw no space glyph). */
    private static final float WORD_GAP = 0.2f;
    /**
     * A gap wider than this many font sizes separates runs: justified text stretches word spaces to about half an em,
     * while column gutters and table cell spacing are at least one and a half.
     */
    private static final float RUN_GAP = 1.5f;
    /** The weight from which a face is bold (CSS and the PDF font descriptor use the same 100–900 scale). */
    private static final float BOLD_WEIGHT = 600;

    /**
     * Most glyphs read from one document: a 300-page plan holds about a million; five times that is no plan, and reading
     * it would hold a crawl and its memory for minutes.
     */
    static final long MAX_GLYPHS = 5_000_000;

    private final List<PdfPageText> pages = new ArrayList<>();
    private final long maxGlyphs;
    private long glyphCount;

    private GlyphRuns(long maxGlyphs) {
        this.maxGlyphs = maxGlyphs;
        setSortByPosition(true);
        setSuppressDuplicateOverlappingText(true);
    }

    /** Thrown when a document holds more glyphs than the limit; reading stops there. */
    static final class TooMuchText extends RuntimeException {
        TooMuchText(long limit, long glyphs) {
            super("over " + limit + " characters (" + glyphs + " read so far)");
        }
    }

    /** The runs of every page of the document. */
    static List<PdfPageText> of(PDDocument document, long maxGlyphs) throws IOException {
        GlyphRuns runs = new GlyphRuns(maxGlyphs);
        runs.writeText(document, Writer.nullWriter());
        return List.copyOf(runs.pages);
    }

    @Override
    protected void writePage() {
        List<TextPosition> glyphs = new ArrayList<>();
        for (List<TextPosition> article : getCharactersByArticle()) {
            glyphs.addAll(article);
        }
        glyphCount += glyphs.size();
        if (glyphCount > maxGlyphs) {
            throw new TooMuchText(maxGlyphs, glyphCount);
        }
        PDRectangle box = getCurrentPage().getCropBox();
        pages.add(new PdfPageText(getCurrentPageNo(), box.getWidth(), box.getHeight(), runs(glyphs)));
    }

    private List<Run> runs(List<TextPosition> glyphs) {
        List<Run> out = new ArrayList<>();
        for (List<TextPosition> line : lines(glyphs)) {
            line.sort(Comparator.comparingDouble(TextPosition::getXDirAdj));
            List<TextPosition> run = new ArrayList<>();
            for (TextPosition g : line) {
                if (!run.isEmpty() && gap(run.get(run.size() - 1), g) > RUN_GAP * size(g)) {
                    addRun(run, out);
                    run = new ArrayList<>();
                }
                if (!run.isEmpty() || g.getUnicode() != null && !g.getUnicode().isBlank()) {
                    run.add(g);
                }
            }
            addRun(run, out);
        }
        return out;
    }

    /** Glyphs grouped by baseline, top to bottom. */
    private static List<List<TextPosition>> lines(List<TextPosition> glyphs) {
        List<TextPosition> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(TextPosition::getYDirAdj));
        List<List<TextPosition>> lines = new ArrayList<>();
        List<TextPosition> line = new ArrayList<>();
        float lineY = Float.NaN;
        for (TextPosition g : sorted) {
            if (!line.isEmpty() && Math.abs(g.getYDirAdj() - lineY) > SAME_LINE * size(g)) {
                lines.add(line);
                line = new ArrayList<>();
            }
            if (line.isEmpty()) {
                lineY = g.getYDirAdj();
            }
            line.add(g);
        }
        if (!line.isEmpty()) {
            lines.add(line);
        }
        return lines;
    }

    private void addRun(List<TextPosition> run, List<Run> out) {
        StringBuilder text = new StringBuilder();
        float size = 0;
        int boldLetters = 0;
        int letters = 0;
        TextPosition previous = null;
        for (TextPosition g : run) {
            if (previous != null && gap(previous, g) > WORD_GAP * size(g) && g.getUnicode() != null && !g.getUnicode().isBlank()
                    && text.length() > 0 && text.charAt(text.length() - 1) != ' ') {
                text.append(' ');
            }
            String unicode = g.getUnicode();
            if (unicode == null || unicode.isEmpty()) {
                continue;
            }
            text.append(unicode);
            size = Math.max(size, size(g));
            if (Character.isLetter(unicode.codePointAt(0))) {
                letters++;
                boldLetters += isBold(g.getFont()) ? 1 : 0;
            }
            previous = g;
        }
        String folded = unligatured(text.toString()).replaceAll("[\\s\u00A0\u2007\u2009\u202F]+", " ").strip();
        if (folded.isEmpty()) {
            return;
        }
        TextPosition first = run.get(0);
        TextPosition last = run.get(run.size() - 1);
        out.add(new Run(getCurrentPageNo(), first.getXDirAdj(), last.getXDirAdj() + last.getWidthDirAdj(),
                first.getYDirAdj(), size, letters > 0 && boldLetters * 2 > letters, folded));
    }

    /**
     * Typographic ligatures ("ﬁ", "ﬂ") and presentation forms written as the letters they stand for, as PDFBox's own
     * text output does (NFKC on U+FB00–U+FDFF and U+FE70–U+FEFF only), so "ﬁnansiering" is found by "finansiering".
     */
    static String unligatured(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean presentation = c >= '\uFB00' && c <= '\uFDFF' || c >= '\uFE70' && c <= '\uFEFF';
            out.append(presentation ? Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC) : String.valueOf(c));
        }
        return out.toString();
    }

    private static float gap(TextPosition before, TextPosition after) {
        return after.getXDirAdj() - (before.getXDirAdj() + before.getWidthDirAdj());
    }

    /** The glyph's font size in points; some writers scale a 1-point font by the text matrix, PDFBox folds that in. */
    private static float size(TextPosition g) {
        float size = g.getFontSizeInPt();
        return size > 0 ? size : Math.max(g.getHeightDir(), 1);
    }

    static boolean isBold(PDFont font) {
        if (font == null) {
            return false;
        }
        PDFontDescriptor descriptor = font.getFontDescriptor();
        if (descriptor != null && (descriptor.isForceBold() || descriptor.getFontWeight() >= BOLD_WEIGHT)) {
            return true;
        }
        String name = font.getName() == null ? "" : font.getName().toLowerCase(Locale.ROOT);
        return name.contains("bold") || name.contains("black") || name.contains("heavy") || name.contains("semibold");
    }
}
