package vn.pcitracker.scale.load;

/** The server answered what a browser would show as an error: a failed request, an app error, a lost session. */
public class VaadinProtocolException extends RuntimeException {

    public VaadinProtocolException(String message) {
        super(message);
    }

    public VaadinProtocolException(String message, Throwable cause) {
        super(message, cause);
    }
}
