package se.kommunsvar.parse.pdf;

import java.util.Arrays;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;

/**
 * PDFs in the layouts Swedish municipalities publish their plans in, made by the tests: a cover with the decision, a
 * contents page, a running header and footer, a two-column introduction with a word broken at a line end, and a
 * budget table with a header row of years. The municipality ("Exempelby") and its figures are invented.
 */
public final class PlanPdfs {

    public static final String HEADER = "Exempelby kommun – Mål och budget 2024";
    private static final float LEFT = 72;
    private static final float RIGHT_COLUMN = 313;

    private PlanPdfs() {
    }

    /** The five-page budget: cover, contents, two columns, budget table, investments. */
    public static byte[] budget() {
        return sketch().bytes();
    }

    public static PdfSketch sketch() {
        PdfSketch pdf = new PdfSketch()
                .page()
                .bold(LEFT, 260, 28, "Mål och budget 2024")
                .text(LEFT, 300, 16, "med plan för 2025–2026")
                .text(LEFT, 700, 11, "Beslutad av kommunfullmäktige 2023-11-27, § 112")
                .page()
                .bold(LEFT, 110, 18, "Innehåll")
                .text(LEFT, 150, 11, "Inledning").text(500, 150, 11, "3")
                .text(LEFT, 170, 11, "Ekonomiska förutsättningar").text(500, 170, 11, "4")
                .text(LEFT, 190, 11, "Budget och skattesats").text(500, 190, 11, "4")
                .text(LEFT, 210, 11, "Investeringar . . . . . . . . . . . . . . . . . . 5")
                .page()
                .bold(LEFT, 110, 18, "Inledning")
                .lines(LEFT, 150, 10, 14,
                        "Kommunens mål och budget anger vad",
                        "kommunen ska uppnå under året och hur",
                        "mycket pengar varje nämnd får. Budgeten",
                        "styr nämndernas verksam-",
                        "heter under hela planperioden.")
                .lines(RIGHT_COLUMN, 150, 10, 14,
                        "Fullmäktige följer upp målen två gånger",
                        "om året, i delårsrapporten och i års-",
                        "redovisningen. Både grund-",
                        "och gymnasieskolan har egna mål för",
                        "kunskapsresultaten.")
                .page()
                .bold(LEFT, 110, 18, "Ekonomiska förutsättningar")
                .lines(LEFT, 140, 10, 14,
                        "Skatteintäkterna ökar långsammare än kostnaderna under planperioden. Kommunen behöver",
                        "därför prioritera mellan verksamheterna och hålla nere investeringarna.")
                .bold(LEFT, 200, 14, "Budget och skattesats")
                .text(LEFT, 225, 10, "Tabellen visar de viktigaste budgetposterna, i miljoner kronor.")
                .bold(330, 255, 10, "2024").bold(400, 255, 10, "2025").bold(470, 255, 10, "2026")
                .text(LEFT, 275, 10, "Skattesats").text(330, 275, 10, "22,09")
                .text(400, 275, 10, "22,34").text(470, 275, 10, "22,34")
                .text(LEFT, 292, 10, "Skatteintäkter och bidrag").text(330, 292, 10, "1 234")
                .text(400, 292, 10, "1 270").text(470, 292, 10, "1 301")
                .text(LEFT, 309, 10, "Årets resultat").text(330, 309, 10, "25,4")
                .text(400, 309, 10, "18,2").text(470, 309, 10, "20,1")
                .page()
                .bold(LEFT, 110, 18, "Investeringar")
                .lines(LEFT, 140, 10, 14,
                        "Den största investeringen under 2024 är den nya förskolan i Norrby som ska vara klar",
                        "till hösten 2025. Investeringsbudgeten är 86 miljoner kronor.");
        return pdf.onEveryPageFrom(2, LEFT, 40, 9, HEADER.replace("%", "%%"))
                .onEveryPageFrom(2, 480, 810, 9, "Sida %d av %d")
                .modified(2023, 12, 4);
    }

    /** The budget, locked with a password. */
    public static byte[] encrypted() {
        return sketch().password("hemligt").bytes();
    }

    /** A scan: pages with only a drawn picture of text, no text layer. */
    public static byte[] scanned() {
        return new PdfSketch().page().page().write(doc -> doc.getPages().forEach(page -> {
            try (PDPageContentStream cs = new PDPageContentStream(doc, page, AppendMode.APPEND, true)) {
                for (int line = 0; line < 40; line++) {
                    cs.addRect(LEFT, 100 + line * 16, 400, 8);
                }
                cs.fill();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }));
    }

    /** A download cut off half-way: the header is there, the rest (and the cross-reference table) is not. */
    public static byte[] truncated() {
        byte[] whole = budget();
        return Arrays.copyOf(whole, whole.length / 3);
    }
}
