package org.aitrainer.api.core;

/**
 * GB/T 2260 administrative division codes, and CN for the nation: the same rule the database checks, and the
 * OpenAPI document states as {@link #PATTERN}.
 */
public final class RegionCodes {

    public static final String PATTERN = "^(CN|[1-9][0-9]{5})$";
    public static final String NATION = "CN";

    private RegionCodes() {}

    public static boolean isWellFormed(String code) {
        if (code == null) {
            return false;
        }
        if (code.length() == 2) {
            return code.equals(NATION);
        }
        if (code.length() != 6 || code.charAt(0) < '1' || code.charAt(0) > '9') {
            return false;
        }
        for (int i = 1; i < 6; i++) {
            if (code.charAt(i) < '0' || code.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
