package org.aitrainer.api.core;

import java.util.List;
import java.util.Locale;

/** The languages the data is written in. Chinese is the source language and the default. */
public enum Language {
    ZH_CN("zh-CN"),
    EN("en");

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    public String tag() {
        return tag;
    }

    /**
     * The language of a response: the {@code lang} query parameter when it names a supported language, otherwise
     * the best supported match of {@code Accept-Language}, otherwise Chinese. Never an error: an unsupported or
     * malformed preference falls back to the default.
     */
    public static Language negotiate(String lang, String acceptLanguage) {
        if (lang != null && !lang.isBlank()) {
            Language chosen = ofTag(lang.strip());
            if (chosen != null) {
                return chosen;
            }
        }
        if (acceptLanguage != null && !acceptLanguage.isBlank() && acceptLanguage.length() <= 512) {
            try {
                for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                    if (range.getWeight() <= 0) {
                        continue;
                    }
                    Language chosen = ofTag(range.getRange());
                    if (chosen != null) {
                        return chosen;
                    }
                }
            } catch (IllegalArgumentException malformed) {
                return ZH_CN;
            }
        }
        return ZH_CN;
    }

    /** Any Chinese tag reads the Chinese text and any English tag the English one; other tags match nothing. */
    static Language ofTag(String tag) {
        int end = 0;
        while (end < tag.length() && tag.charAt(end) != '-' && tag.charAt(end) != '_') {
            end++;
        }
        if (end != 2) {
            return null;
        }
        if (tag.regionMatches(true, 0, "zh", 0, 2)) {
            return ZH_CN;
        }
        return tag.regionMatches(true, 0, "en", 0, 2) ? EN : null;
    }

    public static List<String> tags() {
        return List.of(ZH_CN.tag, EN.tag);
    }
}
