package org.aitrainer.api.shared;

import java.util.regex.Pattern;

/** GB/T 2260 administrative division codes, and CN for the nation: the same rule the database checks. */
public final class RegionCodes {

    public static final String PATTERN = "^(CN|[1-9][0-9]{5})$";
    public static final String NATION = "CN";
    private static final Pattern COMPILED = Pattern.compile(PATTERN);

    private RegionCodes() {}

    public static boolean isWellFormed(String code) {
        return code != null && COMPILED.matcher(code).matches();
    }
}
