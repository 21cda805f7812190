package org.csi.sip.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;

import org.csi.sip.domain.FocusArea;
import org.csi.sip.domain.Priority;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The editable drafting rules: priority weights and thresholds, days to complete per priority and action templates per
 * focus area and kind of gap. Built in as {@code sip-templates/drafting.json}; {@code csi.sip.templates-path} names a
 * file that replaces it and is re-read when it changes. A broken file fails the start, or keeps the last good rules
 * when it is edited into a broken state while running.
 */
@ApplicationScoped
@Startup
public class DraftingRules {

    static final String BUILT_IN = "sip-templates/drafting.json";
    private static final Logger LOG = Logger.getLogger(DraftingRules.class);

    private final ObjectMapper mapper;
    private final Path file;
    private volatile Rules rules;
    private volatile FileTime loadedVersion;

    DraftingRules(ObjectMapper mapper, SipConfig config) {
        this.mapper = mapper.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        this.file = config.templatesPath().map(Path::of).orElse(null);
        this.rules = load();
    }

    /** The current rules, re-read first when the configured file has changed. */
    public Rules current() {
        if (file != null) {
            try {
                FileTime modified = Files.getLastModifiedTime(file);
                if (!modified.equals(loadedVersion)) {
                    rules = load();
                }
            } catch (IOException | RuntimeException e) {
                LOG.errorf("Cannot re-read the drafting rules %s, keeping the last good ones: %s", file, e.toString());
            }
        }
        return rules;
    }

    private Rules load() {
        try {
            Rules loaded;
            if (file != null) {
                FileTime modified = Files.getLastModifiedTime(file);
                try (InputStream in = Files.newInputStream(file)) {
                    loaded = mapper.readValue(in, Rules.class);
                }
                loadedVersion = modified;
                LOG.infof("Drafting rules read from %s", file);
            } else {
                try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(BUILT_IN)) {
                    if (in == null) {
                        throw new IllegalStateException(BUILT_IN + " is missing from the class path");
                    }
                    loaded = mapper.readValue(in, Rules.class);
                }
            }
            loaded.check();
            return loaded;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the drafting rules " + (file != null ? file : BUILT_IN), e);
        }
    }

    /** The whole rule file. */
    public record Rules(PriorityRules priority, Map<Priority, Integer> completionDays, List<ActionTemplate> templates,
            ActionTemplate regression) {

        /** Without a regression template (REGRESSION SIPs then take the templates as any KPI gap). */
        public Rules(PriorityRules priority, Map<Priority, Integer> completionDays, List<ActionTemplate> templates) {
            this(priority, completionDays, templates, null);
        }

        void check() {
            if (priority == null || priority.focusAreaWeights() == null || completionDays == null || templates == null
                    || templates.isEmpty()) {
                throw new IllegalStateException("drafting rules need priority.focusAreaWeights, completionDays and "
                        + "at least one template");
            }
        }
    }

    /** Parameters of {@link org.csi.sip.domain.PriorityRule}. */
    public record PriorityRules(Map<FocusArea, BigDecimal> focusAreaWeights, BigDecimal defaultWeight,
            BigDecimal unmeasuredRelativeGap, BigDecimal criticalFrom, BigDecimal highFrom, BigDecimal mediumFrom) {
    }

    /**
     * Proposed actions for one focus area and kind of gap; {@code *} matches any. A template with a {@code gapNumber}
     * (1-5, the Service Gap model's gap) is for gap events that carry that number only, and wins over the others
     * for them; its {@code title} (optional) names the drafted SIP.
     */
    public record ActionTemplate(String focusArea, String gapKind, List<String> actions, String expectedBenefit,
            Integer gapNumber, String title) {

        /** A template without gap number or title, as before the Service Gap model's templates. */
        public ActionTemplate(String focusArea, String gapKind, List<String> actions, String expectedBenefit) {
            this(focusArea, gapKind, actions, expectedBenefit, null, null);
        }
    }
}
