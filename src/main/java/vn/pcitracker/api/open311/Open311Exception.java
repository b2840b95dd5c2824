package vn.pcitracker.api.open311;

import java.util.List;

/** A refusal in Open311's terms: the HTTP status and one or more descriptions (already translated). */
class Open311Exception extends RuntimeException {

    private final int status;
    private final List<String> descriptions;

    Open311Exception(int status, List<String> descriptions) {
        super(status + " " + descriptions);
        this.status = status;
        this.descriptions = List.copyOf(descriptions);
    }

    int status() {
        return status;
    }

    List<String> descriptions() {
        return descriptions;
    }
}
