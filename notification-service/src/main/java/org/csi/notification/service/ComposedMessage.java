package org.csi.notification.service;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** A message ready to send: a subject and the three sections every CSI communication has. */
public record ComposedMessage(String subject, String serviceImplications, String personnelImpact, String approach) {

    static final String SERVICE_IMPLICATIONS = "Service implications";
    static final String PERSONNEL_IMPACT = "Impact on personnel";
    static final String APPROACH = "Approach";
    private static final Set<String> HEADINGS = Set.of(SERVICE_IMPLICATIONS.toLowerCase(Locale.ROOT),
            PERSONNEL_IMPACT.toLowerCase(Locale.ROOT), APPROACH.toLowerCase(Locale.ROOT), "subject");
    private static final Pattern LINE = Pattern.compile("\\R");

    /**
     * Plain text for e-mail (the subject line is sent separately): each section under its heading. A line inside a
     * section that would read as a heading or a template marker (a stakeholder's vision with a line "Approach" or
     * "## subject") is quoted with "&gt; ", so only the three headings written here start a section.
     */
    public String asText() {
        return SERVICE_IMPLICATIONS + "\n" + neutralise(serviceImplications) + "\n\n" + PERSONNEL_IMPACT + "\n"
                + neutralise(personnelImpact) + "\n\n" + APPROACH + "\n" + neutralise(approach) + "\n";
    }

    static String neutralise(String section) {
        StringBuilder out = new StringBuilder(section.length() + 16);
        String[] lines = LINE.split(section, -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.append('\n');
            }
            out.append(looksLikeStructure(lines[i]) ? "> " + lines[i] : lines[i]);
        }
        return out.toString();
    }

    private static boolean looksLikeStructure(String line) {
        String t = line.strip();
        if (t.startsWith("#") || t.startsWith(">")) {
            return true;
        }
        String bare = t.replaceAll("[\\s:=*_\\-]+$", "").replaceAll("^[\\s=*_\\-]+", "").toLowerCase(Locale.ROOT);
        return HEADINGS.contains(bare);
    }
}
