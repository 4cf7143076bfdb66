package org.aitrainer.api.change;

import java.time.OffsetDateTime;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Change", description = "One committed change: what was written, and the record as it is after it.")
public record ChangeView(
        @Schema(
                description = "This change's position in the feed; pass it as since to read what follows.",
                examples = "42")
        String cursor,

        @Schema(
                description = "The data version this change was published in (X-Data-Version): every change of one "
                        + "write, such as the records of a batch, has the same; it is the cursor of the last of them.",
                examples = "42")
        long version,

        @Schema(description = "When the change was committed.")
        OffsetDateTime occurredAt,

        @Schema(
                description = "What kind of record changed. Work types and the occupation change only through data "
                        + "migrations.",
                enumeration = {
                    "policy",
                    "benefit",
                    "rule",
                    "salary-range",
                    "source",
                    "region",
                    "work-type",
                    "occupation"
                })
        String entityType,

        @Schema(
                description = "The record's public id: a slug, a region code, a UUID or the occupation code.",
                examples = "shenzhen-skill-certificate-subsidy")
        String entityId,

        @Schema(
                description = "CREATE, UPDATE or DELETE.",
                enumeration = {"CREATE", "UPDATE", "DELETE"})
        String action,

        @Schema(description = "True for a tombstone: the record was deleted and data is null.")
        boolean deleted,

        @Schema(
                nullable = true,
                description = "The record after the change, every text in both languages, in the "
                        + "shape the write API takes (with its id); a work type or the occupation in the shape of the data-set "
                        + "export (WorkTypeExport, OccupationExport); null for a deletion.")
        Map<String, Object> data) {}
