package vn.pcitracker.shared.importing;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Executor;
import java.util.stream.Stream;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutor;
import org.springframework.stereotype.Component;
import vn.pcitracker.shared.i18n.AppLocales;
import vn.pcitracker.shared.i18n.ModuleTranslationProvider;

/**
 * Opens uploaded files as {@link ImportSession}s for the signed-in user: a file header matches a template column by
 * its id or its Vietnamese or English label, after what the user chose for that header before. Also where an
 * import runs in the background, as the user who started it.
 */
@Component
public class ImportSessions {

    /** Prefix of the session's and wizard's message keys ({@code i18n/importing.properties}). */
    public static final String KEY = "importing.ImportSessions.";

    private final ModuleTranslationProvider translations;
    private final ImportMappingStore mappings;
    private final ExecutorService background = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("import-", 0).factory());

    ImportSessions(ModuleTranslationProvider translations, ImportMappingStore mappings) {
        this.translations = translations;
        this.mappings = mappings;
    }

    /** Reads the file (at most one byte beyond the limit) and proposes a mapping. */
    public ImportSession open(ImportDefinition definition, InputStream in, String fileName) throws IOException {
        return open(definition, in.readNBytes((int) ImportLimits.of(definition).maxBytes() + 1), fileName);
    }

    public ImportSession open(ImportDefinition definition, byte[] content, String fileName) {
        return ImportSession.open(definition, content, fileName, matcher(definition),
                mappings.remembered(definition.id()));
    }

    /** Remembers the session's mapping for the user when they changed the proposed one. */
    public void rememberMapping(ImportSession session) {
        if (session.mappingChanged()) {
            mappings.remember(session.definition().id(), session.mapping());
        }
    }

    /** Runs a task in the background with the security context of the thread that hands it over. */
    public Executor background() {
        return new DelegatingSecurityContextExecutor(background);
    }

    /** Matches headers by column id and by the Vietnamese and English labels. */
    public HeaderMatcher matcher(ImportDefinition definition) {
        return new HeaderMatcher(definition, key -> Stream.of(AppLocales.VIETNAMESE, AppLocales.ENGLISH)
                .map(locale -> translations.translations(locale).get(key)).filter(Objects::nonNull).toList());
    }

    @PreDestroy
    void stop() {
        background.shutdown();
    }
}
