package org.aitrainer.api.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The application's own classes, loaded without being initialised, read where its code is: its classes directory, or
 * its jar. The OpenAPI document is completed from what they declare when it is built, before any bean exists.
 */
public final class ApplicationClasses {

    /** The package every class of the application is in. */
    private static final String ROOT = ApplicationClasses.class.getPackageName().replaceFirst("\\.core$", "");

    private ApplicationClasses() {}

    /** Every class of the application, by name. */
    public static List<Class<?>> all() {
        ClassLoader loader = ApplicationClasses.class.getClassLoader();
        return names().stream().<Class<?>>map(name -> load(name, loader)).toList();
    }

    private static Class<?> load(String name, ClassLoader loader) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalStateException("Cannot load " + name, e);
        }
    }

    private static List<String> names() {
        String prefix = ROOT.replace('.', '/') + "/";
        try {
            Path location = Path.of(ApplicationClasses.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            List<String> entries;
            if (Files.isDirectory(location)) {
                try (Stream<Path> files = Files.walk(location.resolve(prefix))) {
                    entries = files.map(
                                    file -> location.relativize(file).toString().replace('\\', '/'))
                            .toList();
                }
            } else {
                try (JarFile jar = new JarFile(location.toFile())) {
                    entries = jar.stream().map(JarEntry::getName).toList();
                }
            }
            return entries.stream()
                    .filter(entry -> entry.startsWith(prefix) && entry.endsWith(".class"))
                    .map(entry -> entry.substring(0, entry.length() - ".class".length())
                            .replace('/', '.'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
