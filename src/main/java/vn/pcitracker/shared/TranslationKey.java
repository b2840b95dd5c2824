package vn.pcitracker.shared;

/**
 * A message argument that is itself a translation key (an action or a state, say), so that the reader sees
 * it in their own language: {@link ValidationException.Violation#translate} resolves it.
 */
public record TranslationKey(String key) {
}
