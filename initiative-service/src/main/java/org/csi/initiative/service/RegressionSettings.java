package org.csi.initiative.service;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import org.csi.initiative.domain.Objective;
import org.csi.platform.domain.InvalidException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * How a regression of an objective's KPI is judged: the objective's own {@code regressionWatch} settings, else the
 * service's defaults, each on its own ({@code csi.regression.consecutive-values}, {@code csi.regression.window}).
 */
@ApplicationScoped
public class RegressionSettings {

    /** The longest window an objective may set. */
    static final Duration MAX_WINDOW = Duration.ofDays(366);

    private final int defaultConsecutiveValues;
    private final Optional<Duration> defaultWindow;

    RegressionSettings(@ConfigProperty(name = "csi.regression.consecutive-values", defaultValue = "3") int consecutive,
            @ConfigProperty(name = "csi.regression.window") Optional<Duration> window) {
        this.defaultConsecutiveValues = consecutive;
        this.defaultWindow = window;
    }

    /** The settings in force for an objective, and whether they are its own or the defaults. */
    public record Effective(int consecutiveValues, Duration window, boolean objectiveOwn) {

        /** The window as ISO-8601 (e.g. P14D), null when there is none. */
        public String windowText() {
            return window == null ? null : text(window);
        }
    }

    public Effective of(Objective objective) {
        boolean own = objective.regressionConsecutiveValues != null || objective.regressionWindow != null;
        int consecutive = objective.regressionConsecutiveValues != null ? objective.regressionConsecutiveValues
                : defaultConsecutiveValues;
        Duration window = objective.regressionWindow != null ? Duration.parse(objective.regressionWindow)
                : defaultWindow.orElse(null);
        return new Effective(consecutive, window, own);
    }

    /** A window as given in a request: an ISO-8601 duration above zero and at most 366 days; 400 otherwise. */
    static String checkWindow(String field, String window) {
        if (window == null) {
            return null;
        }
        Duration parsed;
        try {
            parsed = Duration.parse(window);
        } catch (DateTimeParseException e) {
            throw new InvalidException(field, "must be an ISO-8601 duration such as P14D or PT12H");
        }
        if (parsed.isNegative() || parsed.isZero() || parsed.compareTo(MAX_WINDOW) > 0) {
            throw new InvalidException(field, "must be above zero and at most P366D");
        }
        return text(parsed);
    }

    /** Days as PnD when whole days, else java.time's PTnHnMnS. */
    static String text(Duration duration) {
        return duration.toSeconds() % 86_400 == 0 ? "P" + duration.toDays() + "D" : duration.toString();
    }
}
