package org.aitrainer.api.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The response language: lang first, then Accept-Language, then Chinese; never an error. */
class LanguageTest {

    @ParameterizedTest
    @CsvSource(
            nullValues = "NULL",
            value = {
                "en, NULL, EN",
                "EN-us, zh-CN, EN",
                "zh_TW, en, ZH_CN",
                "fr, en-GB;q=0.8, EN",
                "e, NULL, ZH_CN",
                "english, NULL, ZH_CN",
                "NULL, 'fr-CA, en;q=0.5', EN",
                "NULL, 'en;q=0, zh;q=0.1', ZH_CN",
                "NULL, de, ZH_CN",
                "NULL, ';;;', ZH_CN",
                "NULL, NULL, ZH_CN",
                "'  ', NULL, ZH_CN"
            })
    void negotiates(String lang, String acceptLanguage, Language expected) {
        assertThat(Language.negotiate(lang, acceptLanguage)).isEqualTo(expected);
    }
}
