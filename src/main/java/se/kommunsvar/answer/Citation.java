package se.kommunsvar.answer;

/** The page an answer quotes: address, title, municipality, the quoted passage and the page's date (ISO or empty). */
public record Citation(String url, String title, String municipality, String passage, String updated) {
}
