package org.csi.sip.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.csi.sip.domain.ActionProposals;
import org.csi.sip.domain.FocusArea;
import org.csi.sip.domain.GapKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The drafting rules are data: an operator's file replaces the built-in one and is re-read when it changes. */
class DraftingRulesTest {

    @TempDir
    Path dir;

    @Test
    void operatorFileReplacesTheBuiltInRulesAndIsReReadWhenEdited() throws IOException {
        Path file = dir.resolve("drafting.json");
        String builtIn;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(DraftingRules.BUILT_IN)) {
            builtIn = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Files.writeString(file, builtIn.replace("Analyse the incidents and events behind {kpiKey}",
                "Run a war room on {kpiKey}"));
        DraftingRules rules = new DraftingRules(new ObjectMapper(), config(file));
        assertEquals("Run a war room on incident.mttr.hours on email and find the main causes of the shortfall",
                firstAction(rules));

        Files.writeString(file, builtIn.replace("Analyse the incidents and events behind {kpiKey}",
                "Call the supplier about {kpiKey}"));
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));
        assertEquals("Call the supplier about incident.mttr.hours on email and find the main causes of the shortfall",
                firstAction(rules), "edited without a rebuild or restart");

        Files.writeString(file, "{ broken");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(10)));
        assertEquals("Call the supplier about incident.mttr.hours on email and find the main causes of the shortfall",
                firstAction(rules), "a broken edit keeps the last good rules");
    }

    @Test
    void aBrokenFileFailsTheStart() throws IOException {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\"templates\": []}");
        assertThrows(IllegalStateException.class, () -> new DraftingRules(new ObjectMapper(), config(file)));
    }

    private static String firstAction(DraftingRules rules) {
        return ActionProposals.propose(rules.current().templates(), List.of(FocusArea.SERVICE_QUALITY), GapKind.KPI,
                ActionProposals.values("email", "incident.mttr.hours", null, null, null, null, null, "hours"))
                .actions().get(0);
    }

    private static SipConfig config(Path file) {
        return new SipConfig() {
            @Override
            public Optional<String> templatesPath() {
                return Optional.of(file.toString());
            }

            @Override
            public Map<String, String> slmOwners() {
                return Map.of();
            }

            @Override
            public String defaultOwner() {
                return "service-level-manager";
            }

            @Override
            public boolean fourEyes() {
                return true;
            }
        };
    }
}
