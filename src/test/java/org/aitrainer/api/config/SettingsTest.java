package org.aitrainer.api.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.config.WithDefault;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The table of variables in docs/operations.md names every {@code AITRAINER_} setting with the default it really has: those of
 * {@link Settings}, and the few that set one of Quarkus's own keys in application.properties.
 */
class SettingsTest {

    private static final Pattern VARIABLE_ROW =
            Pattern.compile("^\\| `(AITRAINER_[A-Z_]+)` \\|[^|]*\\| `([^`]*)` \\|$", Pattern.MULTILINE);
    private static final Pattern QUARKUS_ALIAS = Pattern.compile("\\$\\{(AITRAINER_[A-Z_]+):([^}]*)}");

    @Test
    void theOperationsGuideListsEverySettingWithItsDefault() throws IOException {
        Map<String, String> declared = new TreeMap<>();
        collect(Settings.class, "AITRAINER", declared);
        Matcher alias = QUARKUS_ALIAS.matcher(Files.readString(Path.of("src/main/resources/application.properties")));
        while (alias.find()) {
            declared.put(alias.group(1), alias.group(2));
        }
        Map<String, String> documented = new TreeMap<>();
        Matcher row = VARIABLE_ROW.matcher(Files.readString(Path.of("docs/operations.md")));
        while (row.find()) {
            documented.put(row.group(1), row.group(2));
        }

        assertThat(declared).containsKeys("AITRAINER_HTTP_MAX_AGE", "AITRAINER_SHUTDOWN_TIMEOUT");
        assertThat(documented).isEqualTo(declared);
    }

    /** The environment variable and default of each setting of a mapping interface and its groups. */
    private static void collect(Class<?> mapping, String prefix, Map<String, String> into) {
        for (Method method : mapping.getDeclaredMethods()) {
            String variable = prefix + "_"
                    + method.getName().replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase();
            Class<?> type = method.getReturnType();
            if (type.getEnclosingClass() == Settings.class) {
                collect(type, variable, into);
            } else {
                WithDefault value = method.getAnnotation(WithDefault.class);
                assertThat(value).as("the default of " + variable).isNotNull();
                into.put(variable, value.value());
            }
        }
    }
}
