package se.kommunsvar.store;

/** The embedded database could not do what was asked; the message names the folder and the cause. */
public final class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
