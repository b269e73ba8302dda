package se.kommunsvar.index;

/** The index folder cannot be opened (locked by another process, unreadable, unwritable). */
public class IndexUnavailableException extends RuntimeException {

    public IndexUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
