package se.kommunsvar.answer;

/** A page an abstention suggests reading ("Sidor som kan handla om detta"): it is about the subject, not an answer. */
public record RelatedPage(String url, String title) {
}
