package org.aitrainer.api.http;

import org.aitrainer.api.core.Language;

/**
 * A link of the API's entry point, {@code GET /api/v1}, declared by the resource it leads to.
 *
 * @param position where it stands in the index, lowest first
 * @param rel its relation name, such as {@code levels}
 * @param path where it leads
 * @param chinese its title in Chinese
 * @param english its title in English
 */
public record ApiLink(int position, String rel, String path, String chinese, String english) {

    /** Its title in a language. */
    public String title(Language language) {
        return language == Language.EN ? english : chinese;
    }
}
