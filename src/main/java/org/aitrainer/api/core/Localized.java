package org.aitrainer.api.core;

import java.util.function.Function;

/** One representation built in each language, so that a read only picks the one it was asked for. */
public record Localized<T>(T zh, T en) {

    public static <T> Localized<T> of(Function<Language, T> build) {
        return new Localized<>(build.apply(Language.ZH_CN), build.apply(Language.EN));
    }

    public T in(Language language) {
        return language == Language.EN ? en : zh;
    }

    public <R> Localized<R> map(Function<T, R> mapper) {
        return new Localized<>(mapper.apply(zh), mapper.apply(en));
    }
}
