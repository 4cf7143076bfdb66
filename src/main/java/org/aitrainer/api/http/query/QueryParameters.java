package org.aitrainer.api.http.query;

import jakarta.ws.rs.core.UriInfo;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.aitrainer.api.core.IsoDates;
import org.aitrainer.api.core.Reference;
import org.aitrainer.api.core.RegionCodes;
import org.aitrainer.api.core.SearchText;
import org.aitrainer.api.core.Slugs;
import org.aitrainer.api.http.problem.InvalidParametersException;
import org.aitrainer.api.http.problem.Problem;

/**
 * Reads raw query parameters into typed values, collecting every problem so that one 400 response names all the
 * invalid parameters at once. Call {@link #validate()} after reading them.
 *
 * <p>Every query parameter of the API is read by name through {@link #raw}, which is where a parameter given more
 * than once is refused: with {@code ?level=3&level=5} the client meant something the API cannot answer, and taking
 * the first value would hide the mistake. Parameters that nothing reads are ignored, repeated or not.
 */
public final class QueryParameters {

    public static final int MAX_TEXT_LENGTH = 100;

    /** An optional minus sign and at most ten ASCII digits: Integer.parseInt alone also reads other scripts' digits. */
    private static final Pattern INTEGER = Pattern.compile("-?[0-9]{1,10}");

    private final List<Problem.FieldError> errors = new ArrayList<>();
    private final Function<String, List<String>> query;

    /** The query parameter every collection sorts by. */
    public static final String SORT = "sort";

    /** Reads only the raw values it is given. */
    public QueryParameters() {
        this(name -> null);
    }

    /**
     * Reads a request's query parameters by name, as a collection's query asks for them: once each, decoded.
     *
     * @param query the decoded values a parameter was given, or null when it was not
     */
    public QueryParameters(Function<String, List<String>> query) {
        this.query = query;
    }

    /** Reads a request's query parameters by name, decoded once. */
    public static QueryParameters of(UriInfo uri) {
        return new QueryParameters(uri.getQueryParameters()::get);
    }

    /** What a parameter given more than once is told: the client meant something the API cannot answer. */
    public static String givenMoreThanOnce(int times) {
        return "must be given once, not " + times + " times";
    }

    /** A parameter's value as sent, or null when it is absent; one given more than once is rejected. */
    public String raw(String name) {
        List<String> values = query.apply(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            reject(name, givenMoreThanOnce(values.size()));
            return null;
        }
        return values.get(0);
    }

    public void reject(String name, String message) {
        errors.add(new Problem.FieldError(name, message));
    }

    public void validate() {
        if (!errors.isEmpty()) {
            throw new InvalidParametersException(errors);
        }
    }

    /**
     * What a parameter's key names, or null: a key that names nothing is rejected like any invalid parameter; a
     * missing key (null) is not.
     */
    public <K, T> T references(String name, K key, Reference<K, T> reference) {
        return reference.resolve(name, key, this::reject);
    }

    /** What the slug a parameter gives names among the records a reference knows, or null; a malformed or unknown one is rejected. */
    public <T> T knownSlug(String name, Reference<String, T> reference) {
        return references(name, slug(name, raw(name)), reference);
    }

    /** What the region code a parameter gives names among the regions a reference knows, or null; a malformed or unknown one is rejected. */
    public <T> T knownRegion(String name, Reference<String, T> reference) {
        return references(name, regionCode(name, raw(name)), reference);
    }

    /** The text a parameter gives to search for, folded as {@link SearchText} compares it; null when absent. */
    public String searchText(String name) {
        String text = text(name, raw(name));
        return text == null ? null : SearchText.fold(text);
    }

    /** The skill level a parameter gives; null when absent. */
    public Integer level(String name) {
        return level(name, raw(name));
    }

    /** The date a parameter gives; null when absent. */
    public LocalDate date(String name) {
        return date(name, raw(name));
    }

    /** The constant of an enum a parameter names; null when absent. */
    public <E extends Enum<E>> E oneOf(String name, Class<E> type) {
        return oneOf(name, raw(name), type);
    }

    /** The order the {@code sort} parameter asks for, among the allowed fields; their default when absent. */
    public <T> SortOrder<T> sort(SortOrder.Fields<T> allowed) {
        return sort(raw(SORT), allowed);
    }

    /** A skill level, 1 (highest) to 5 (lowest); null when absent. */
    public Integer level(String name, String raw) {
        return integer(name, raw, 1, 5, "must be an integer from 1 to 5");
    }

    public Integer integer(String name, String raw, int min, int max, String message) {
        if (isAbsent(raw)) {
            return null;
        }
        String digits = raw.strip();
        if (INTEGER.matcher(digits).matches()) {
            long value = Long.parseLong(digits);
            if (value >= min && value <= max) {
                return (int) value;
            }
        }
        reject(name, message);
        return null;
    }

    /** An ISO 8601 calendar date (YYYY-MM-DD) that exists; null when absent. */
    public LocalDate date(String name, String raw) {
        if (isAbsent(raw)) {
            return null;
        }
        try {
            return IsoDates.parse(raw.strip());
        } catch (DateTimeException notADate) {
            reject(name, "must be an existing date in the form YYYY-MM-DD");
            return null;
        }
    }

    /** One of an enum's constant names, exactly as written; null when absent. */
    public <E extends Enum<E>> E oneOf(String name, String raw, Class<E> type) {
        if (isAbsent(raw)) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(raw.strip())) {
                return constant;
            }
        }
        reject(
                name,
                "must be one of "
                        + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
        return null;
    }

    /** A search text of at most {@value #MAX_TEXT_LENGTH} characters; null when absent or blank. */
    public String text(String name, String raw) {
        if (isAbsent(raw)) {
            return null;
        }
        String text = raw.strip();
        if (text.length() > MAX_TEXT_LENGTH) {
            reject(name, "must be at most " + MAX_TEXT_LENGTH + " characters long");
            return null;
        }
        if (text.chars().anyMatch(Character::isISOControl)) {
            reject(name, "must not contain control characters");
            return null;
        }
        return text;
    }

    /** A lower-case slug such as {@code data-annotator}; null when absent. */
    public String slug(String name, String raw) {
        if (isAbsent(raw)) {
            return null;
        }
        String slug = raw.strip();
        if (!Slugs.isValid(slug)) {
            reject(name, "must be a slug of lower-case letters, digits and single hyphens, at most 80 characters");
            return null;
        }
        return slug;
    }

    /** A GB/T 2260 region code (six digits) or CN for the nation; null when absent. */
    public String regionCode(String name, String raw) {
        if (isAbsent(raw)) {
            return null;
        }
        String code = raw.strip();
        if (!RegionCodes.isWellFormed(code)) {
            reject(name, "must be a GB/T 2260 region code of six digits, or CN for the nation");
            return null;
        }
        return code;
    }

    public PageRequest page(String pageRaw, String sizeRaw) {
        Integer number = integer("page", pageRaw, 1, Integer.MAX_VALUE, "must be an integer of at least 1");
        Integer size = integer(
                "size", sizeRaw, 1, PageRequest.MAX_SIZE, "must be an integer from 1 to " + PageRequest.MAX_SIZE);
        return new PageRequest(number == null ? 1 : number, size == null ? PageRequest.DEFAULT_SIZE : size);
    }

    /** A comma-separated list of allowed fields, each optionally prefixed by '-' for descending order. */
    public <T> SortOrder<T> sort(String raw, SortOrder.Fields<T> allowed) {
        if (isAbsent(raw)) {
            return allowed.defaultOrder();
        }
        List<SortOrder.Key> keys = new ArrayList<>();
        for (String part : raw.split(",", -1)) {
            String token = part.strip();
            boolean descending = token.startsWith("-");
            String field = descending ? token.substring(1) : token;
            if (!allowed.keys().containsKey(field)
                    || keys.stream().anyMatch(k -> k.field().equals(field))) {
                reject(
                        "sort",
                        "must be a comma-separated list of distinct fields from " + describe(allowed.names(), f -> f)
                                + ", each optionally prefixed by - for descending order");
                return allowed.defaultOrder();
            }
            keys.add(new SortOrder.Key(field, descending));
        }
        return new SortOrder<>(keys, allowed);
    }

    private static String describe(List<String> names, Function<String, String> format) {
        return names.stream().map(format).collect(Collectors.joining(", "));
    }

    private static boolean isAbsent(String raw) {
        return raw == null || raw.isBlank();
    }
}
