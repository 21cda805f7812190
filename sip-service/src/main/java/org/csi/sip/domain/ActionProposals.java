package org.csi.sip.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.csi.sip.config.DraftingRules.ActionTemplate;

/**
 * Picks the proposed actions of a draft from the templates: for each focus area of the SIP the most specific template
 * (focus area and kind of gap both named, then the kind of gap, then the focus area, then {@code *}/{@code *}), actions
 * joined in focus-area order without repeats. The expected benefit comes from the first focus area's template.
 * <p>
 * A gap of the Service Gap model that carries its gap number is matched first against the templates of that number
 * (most specific focus area first); only when none of them matches the focus area do the others apply. A gap without
 * a number never matches a numbered template, so it drafts as before. The title comes from the first focus area's
 * numbered template that has one (null otherwise: the caller's own title).
 */
public final class ActionProposals {

    /** @param title the filled title of the numbered template, or null when none applied */
    public record Proposal(List<String> actions, String expectedBenefit, String title) {
    }

    private ActionProposals() {
    }

    public static Proposal propose(List<ActionTemplate> templates, List<FocusArea> focusAreas, GapKind gapKind,
            Map<String, String> values) {
        return propose(templates, focusAreas, gapKind, null, values);
    }

    /** @param gapNumber the Service Gap model's gap number of the triggering gap, null when it names none */
    public static Proposal propose(List<ActionTemplate> templates, List<FocusArea> focusAreas, GapKind gapKind,
            Integer gapNumber, Map<String, String> values) {
        List<String> areas = focusAreas.isEmpty() ? List.of("*") : focusAreas.stream().map(Enum::name).toList();
        Set<String> actions = new LinkedHashSet<>();
        String benefit = null;
        String title = null;
        boolean first = true;
        for (String area : areas) {
            Optional<ActionTemplate> numbered = gapNumber == null ? Optional.empty() : templates.stream()
                    .filter(t -> gapNumber.equals(t.gapNumber()) && matches(t.focusArea(), area))
                    .max(Comparator.comparingInt(t -> area.equals(t.focusArea()) ? 1 : 0));
            Optional<ActionTemplate> best = numbered.isPresent() ? numbered : templates.stream()
                    .filter(t -> t.gapNumber() == null && matches(t.focusArea(), area)
                            && matches(t.gapKind(), gapKind.name()))
                    .max(Comparator.comparingInt(t -> specificity(t, area, gapKind)));
            if (best.isPresent()) {
                best.get().actions().forEach(a -> actions.add(fill(a, values)));
                if (benefit == null && best.get().expectedBenefit() != null) {
                    benefit = fill(best.get().expectedBenefit(), values);
                }
                if (first && numbered.isPresent() && numbered.get().title() != null) {
                    title = fill(numbered.get().title(), values);
                }
            }
            first = false;
        }
        return new Proposal(new ArrayList<>(actions), benefit, title);
    }

    /** The placeholder values of a SIP's gap; absent ones become "n/a" so no template text shows a raw placeholder. */
    public static Map<String, String> values(String service, String kpiKey, String process, String dimension,
            BigDecimal target, BigDecimal actual, BigDecimal gap, String unit) {
        String subject = kpiKey != null ? kpiKey : process != null ? process : dimension;
        return Map.of("service", orNa(service), "subject", orNa(subject), "kpiKey", orNa(kpiKey),
                "process", orNa(process), "dimension", orNa(dimension), "target", number(target),
                "actual", number(actual), "gap", number(gap), "unit", unit == null ? "" : unit);
    }

    private static boolean matches(String pattern, String value) {
        return pattern == null || "*".equals(pattern) || pattern.equals(value);
    }

    private static int specificity(ActionTemplate t, String area, GapKind kind) {
        boolean areaNamed = area.equals(t.focusArea());
        boolean kindNamed = kind.name().equals(t.gapKind());
        return (areaNamed ? 1 : 0) + (kindNamed ? 2 : 0);
    }

    private static String fill(String text, Map<String, String> values) {
        String out = text;
        for (Map.Entry<String, String> e : values.entrySet()) {
            out = out.replace("{" + e.getKey() + "}", e.getValue());
        }
        return out.replaceAll("\\s+", " ").replace(" )", ")").replace(" ,", ",").strip();
    }

    private static String orNa(String value) {
        return value == null ? "n/a" : value;
    }

    private static String number(BigDecimal value) {
        return value == null ? "not measured" : value.stripTrailingZeros().toPlainString();
    }
}
