package vn.pcitracker.shared;

/** A record that does not exist or that the current user may not see: both look the same to the caller. */
public class RecordNotFoundException extends RuntimeException {

    public RecordNotFoundException(String what, Object id) {
        super(what + " " + id + " not found");
    }
}
