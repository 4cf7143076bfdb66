package org.aitrainer.api.core;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A text in both languages, as partners write it and as exports carry it. */
@Schema(name = "Texts", description = "A text in both languages: zh-CN (the source language) and en.")
public record Texts(
        @JsonProperty("zh-CN")
        @NotBlank
        @Size(max = 4000)
        @Schema(description = "Chinese text.", examples = "深圳市职业技能证书补贴")
        String zhCn,

        @JsonProperty("en")
        @NotBlank
        @Size(max = 4000)
        @Schema(description = "English text.", examples = "Shenzhen skill-certificate subsidy")
        String en) {

    /** Both languages of a stored text; null when the text is absent. */
    public static Texts of(LocalizedText text) {
        return text == null || text.zh == null ? null : new Texts(text.zh, text.en);
    }

    public LocalizedText toLocalized() {
        LocalizedText text = new LocalizedText();
        text.zh = zhCn;
        text.en = en;
        return text;
    }
}
