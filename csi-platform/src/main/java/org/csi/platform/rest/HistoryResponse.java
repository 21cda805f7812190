package org.csi.platform.rest;

import java.time.Instant;
import java.util.UUID;

import org.csi.platform.domain.ResultPage;
import org.csi.platform.history.HistoryEntry;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One entry of an aggregate's history, as the history endpoints serve it. */
@Schema(name = "HistoryEntry", description = "One change: what changed, who did it (the authenticated caller, or a "
        + "system actor such as scheduler), on whose behalf, and when.")
public record HistoryResponse(
        @Schema(description = "The entry's id.", example = "5c1e2d3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f") UUID id,
        @Schema(description = "Kind of the changed aggregate.", example = "CHECKPOINT",
                enumeration = { "INITIATIVE", "OBJECTIVE", "CHECKPOINT", "CYCLE", "SIP", "SIP_ACTION" })
        String aggregateType,
        @Schema(description = "Id of the changed aggregate.", example = "8a1d5e3c-2f47-4b9a-a6c0-1e2f3d4c5b61")
        UUID aggregateId,
        @Schema(description = "What was done.", example = "REVIEWED") String action,
        @Schema(description = "Who did it: the caller's actor claim (csi.identity.actor-claim, else sub).",
                example = "maria.keller@example.com") String actor,
        @Schema(description = "Set when a csi-admin acted on behalf of someone: that person.",
                example = "jane.doe@example.com") String onBehalfOf,
        @Schema(description = "When.", example = "2026-06-30T09:15:00Z") Instant at,
        @Schema(description = "A short summary of the change.", example = "3 objectives judged: 2 achieved, 1 missed")
        String detail) {

    public static HistoryResponse of(HistoryEntry e) {
        return new HistoryResponse(e.id, e.aggregateType, e.aggregateId, e.action, e.actor, e.onBehalfOf, e.at,
                e.detail);
    }

    public static PageResponse<HistoryResponse> page(ResultPage<HistoryEntry> entries) {
        return PageResponse.of(entries, HistoryResponse::of);
    }
}
