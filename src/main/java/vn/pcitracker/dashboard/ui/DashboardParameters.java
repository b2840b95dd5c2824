package vn.pcitracker.dashboard.ui;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.pcitracker.dashboard.DashboardPeriod;
import vn.pcitracker.dashboard.DashboardPeriod.Preset;

/**
 * The dashboard's filters as URL query parameters and back, so that a dashboard can be bookmarked and sent:
 * {@code period} (a preset name), {@code from} and {@code to} (ISO dates, custom periods only) and {@code agency}.
 * A malformed value falls back to the default (the last 12 months, all agencies), never an error.
 */
record DashboardParameters(DashboardPeriod period, Long agencyId) {

    static final Preset DEFAULT = Preset.LAST_12_MONTHS;

    static DashboardParameters read(Map<String, List<String>> parameters, LocalDate today) {
        Preset preset = preset(first(parameters, "period"));
        DashboardPeriod period = DashboardPeriod.of(preset, today);
        if (preset == Preset.CUSTOM) {
            LocalDate from = date(first(parameters, "from"));
            LocalDate to = date(first(parameters, "to"));
            period = from != null && to != null && !to.isBefore(from) ? DashboardPeriod.custom(from, to)
                    : DashboardPeriod.of(DEFAULT, today);
        }
        return new DashboardParameters(period, id(first(parameters, "agency")));
    }

    Map<String, List<String>> write() {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        parameters.put("period", List.of(period.preset().name()));
        if (period.preset() == Preset.CUSTOM) {
            parameters.put("from", List.of(period.from().toString()));
            parameters.put("to", List.of(period.to().toString()));
        }
        if (agencyId != null) {
            parameters.put("agency", List.of(agencyId.toString()));
        }
        return parameters;
    }

    private static String first(Map<String, List<String>> parameters, String name) {
        return parameters.getOrDefault(name, List.of()).stream().filter(v -> v != null && !v.isBlank()).findFirst()
                .map(String::strip).orElse(null);
    }

    private static Preset preset(String value) {
        try {
            return value == null ? DEFAULT : Preset.valueOf(value);
        } catch (IllegalArgumentException unknown) {
            return DEFAULT;
        }
    }

    private static LocalDate date(String value) {
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException malformed) {
            return null;
        }
    }

    private static Long id(String value) {
        try {
            long id = value == null ? 0 : Long.parseLong(value);
            return id > 0 ? id : null;
        } catch (NumberFormatException malformed) {
            return null;
        }
    }
}
