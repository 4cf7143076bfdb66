package org.aitrainer.api.core;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A text held in both languages; entities embed it with their own column names. */
@Embeddable
public class LocalizedText {

    @Column(name = "zh")
    public String zh;

    @Column(name = "en")
    public String en;

    public String in(Language language) {
        return language == Language.EN ? en : zh;
    }

    /** For optional texts, where both columns are null together. */
    public static String in(LocalizedText text, Language language) {
        return text == null ? null : text.in(language);
    }
}
