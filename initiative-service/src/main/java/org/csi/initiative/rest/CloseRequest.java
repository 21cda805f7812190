package org.csi.initiative.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.constraints.Size;

@Schema(name = "CloseRequest", description = "Why the initiative is closed; the body may be left out.")
public record CloseRequest(
        @Size(max = 2000) @Schema(description = "Why it is closed, free text.", example = "All targets met for two cycles; handed over to operations.")
        String reason) {
}
