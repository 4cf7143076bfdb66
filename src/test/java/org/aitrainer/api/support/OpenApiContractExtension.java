package org.aitrainer.api.support;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Installs {@link OpenApiContract} before every test of the suite (registered through META-INF/services; Quarkus's
 * junit-platform.properties turns on the detection of extensions). A {@code @QuarkusTest} class is loaded by the application's class loader, with a
 * RestAssured of its own: the filter is installed in the RestAssured that the test class sees.
 */
public class OpenApiContractExtension implements BeforeEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) throws ReflectiveOperationException {
        ClassLoader loader = context.getRequiredTestClass().getClassLoader();
        Class.forName(OpenApiContract.class.getName(), true, loader)
                .getMethod("install")
                .invoke(null);
    }
}
