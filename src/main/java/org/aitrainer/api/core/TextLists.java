package org.aitrainer.api.core;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TextLists", description = "A list of texts in both languages: zh-CN and en, item by item.")
public record TextLists(
        @JsonProperty("zh-CN") @Schema(description = "Chinese texts.")
        List<String> zhCn,

        @JsonProperty("en") @Schema(description = "English texts.")
        List<String> en) {}
