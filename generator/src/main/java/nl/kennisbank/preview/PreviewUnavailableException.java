package nl.kennisbank.preview;

/** The preview cannot start (its port is taken or not allowed); the message is Dutch and says what to do. */
public final class PreviewUnavailableException extends Exception {

    public PreviewUnavailableException(String message) {
        super(message);
    }
}
