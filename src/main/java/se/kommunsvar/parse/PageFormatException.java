package se.kommunsvar.parse;

/** A page file that cannot be read as a page; the message says what was wrong. */
public class PageFormatException extends RuntimeException {

    public PageFormatException(String message) {
        super(message);
    }
}
