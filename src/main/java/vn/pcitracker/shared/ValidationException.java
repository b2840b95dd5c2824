package vn.pcitracker.shared;

import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Thrown by a service when input breaks a rule. Carries translation keys, not text, so every user reads
 * the problem in their own language; nothing has been saved when it is thrown.
 */
public class ValidationException extends RuntimeException {

    private final transient List<Violation> violations;

    public ValidationException(List<Violation> violations) {
        super(violations.toString());
        this.violations = List.copyOf(violations);
    }

    public ValidationException(String field, String messageKey, Object... args) {
        this(List.of(new Violation(field, messageKey, args)));
    }

    public List<Violation> violations() {
        return violations;
    }

    /** One broken rule: the field it concerns (or null for the whole record) and a translation key. */
    public record Violation(String field, String messageKey, Object... args) {

        /** The message in the reader's language; {@link TranslationKey} arguments are translated first. */
        public String translate(BiFunction<String, Object[], String> translator) {
            Object[] resolved = Arrays.stream(args)
                    .map(arg -> arg instanceof TranslationKey key ? translator.apply(key.key(), new Object[0]) : arg)
                    .toArray();
            return translator.apply(messageKey, resolved);
        }

        @Override
        public String toString() {
            return (field == null ? "" : field + ": ") + messageKey;
        }
    }
}
