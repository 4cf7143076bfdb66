package org.aitrainer.api.export;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The whole data set in both languages, as {@code GET /api/v1/export/dataset.json} writes it: the version it was read
 * at, the occupation, then one section per exported collection, each named and read as the collection's declaration
 * says ({@code snapshot.ExportSection}). Field names are those of the read API's views; every text is a pair of
 * languages instead of one. The sections' schemas in the API reference are added to this one's from the same
 * declarations.
 */
@Schema(
        name = "DatasetExport",
        description = "The whole data set in one document, every text in both languages. "
                + "Field names are those of the read API; deleted policies and benefits are left out.")
@JsonPropertyOrder({"version", "occupation"})
public final class DatasetExport {

    private final String version;
    private final OccupationExport occupation;

    @Schema(hidden = true)
    private final Map<String, List<?>> sections;

    /**
     * @param version the data-set version it was read at
     * @param occupation the occupation, with every statement about it
     * @param sections each exported collection's items, by the section's name, in the sections' order
     */
    DatasetExport(String version, OccupationExport occupation, Map<String, List<?>> sections) {
        this.version = version;
        this.occupation = occupation;
        this.sections = Collections.unmodifiableMap(sections);
    }

    @Schema(
            description = "The data-set version the document was read at: the id of the latest change in the audit "
                    + "log, 0 before the first write. Also sent as X-Data-Version.",
            examples = "0")
    public String getVersion() {
        return version;
    }

    @Schema(description = "The occupation, with every statement about it.")
    public OccupationExport getOccupation() {
        return occupation;
    }

    /** The exported collections' sections, written after the occupation in their order. */
    @JsonAnyGetter
    public Map<String, List<?>> getSections() {
        return sections;
    }
}
