package org.aitrainer.api.core;

import java.time.LocalDate;
import java.time.ZoneId;

/** Policies take effect on dates in China: "today" means today in Asia/Shanghai, wherever the server runs. */
public final class ShanghaiDate {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private ShanghaiDate() {}

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }
}
