package org.aitrainer.api.snapshot;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.aitrainer.api.core.ApplicationClasses;

/**
 * Every collection the application declares: the constants of type {@link CollectionDeclaration} among its classes
 * ({@link ApplicationClasses}). The API reference's parameters are built from them, and a test holds them to the
 * collections the resources serve.
 */
public final class DeclaredCollections {

    private DeclaredCollections() {}

    /** Every collection declared in the application, by path. */
    public static List<CollectionDeclaration<?>> all() {
        List<CollectionDeclaration<?>> found = new ArrayList<>();
        for (Class<?> type : ApplicationClasses.all()) {
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) && field.getType() == CollectionDeclaration.class) {
                    found.add(read(field));
                }
            }
        }
        found.sort(Comparator.comparing(CollectionDeclaration::path));
        return found;
    }

    private static CollectionDeclaration<?> read(Field field) {
        try {
            field.setAccessible(true);
            return (CollectionDeclaration<?>) field.get(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read the collection " + field, e);
        }
    }
}
