package vn.pcitracker.commitment;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Every {@link LiveSource} bean by key; two beans with one key would make a criterion ambiguous, so start fails. */
@Component
class LiveSources {

    private final Map<String, LiveSource> byKey;

    LiveSources(List<LiveSource> sources) {
        this.byKey = sources.stream().collect(Collectors.toUnmodifiableMap(LiveSource::key, Function.identity()));
        if (byKey.containsKey(CriterionForm.MANUAL)) {
            throw new IllegalStateException("A live source may not use the key " + CriterionForm.MANUAL);
        }
    }

    Optional<LiveSource> find(String key) {
        return Optional.ofNullable(key == null ? null : byKey.get(key));
    }

    List<LiveSourceInfo> all() {
        return byKey.values().stream().sorted(Comparator.comparing(LiveSource::key))
                .map(s -> new LiveSourceInfo(s.key(), s.labelKey(), s.unit(), s.formulaKey())).toList();
    }
}
