package org.csi.sip.config;

import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of sip-service (prefix {@code csi.sip}). */
@ConfigMapping(prefix = "csi.sip")
public interface SipConfig {

    /**
     * A file with the drafting rules (priority weights, completion days, action templates) that replaces the built-in
     * {@code sip-templates/drafting.json}; re-read whenever it changes, so an operator can edit it without a rebuild.
     */
    Optional<String> templatesPath();

    /** The SLM owner of each service, e.g. {@code csi.sip.slm-owners."email"=mail-slm@example.com}. */
    Map<String, String> slmOwners();

    /** Owner of a drafted SIP when neither the initiative nor {@link #slmOwners()} names one. */
    @WithDefault("service-level-manager")
    String defaultOwner();

    /**
     * Four-eyes approval: the caller who submitted a SIP (directly or on behalf of someone) cannot approve it, and
     * neither can the person it was submitted for. On by default.
     */
    @WithDefault("true")
    boolean fourEyes();
}
