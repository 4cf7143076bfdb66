package org.aitrainer.api.http.problem;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import io.quarkus.hibernate.validator.ValidatorFactoryCustomizer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.hibernate.validator.BaseHibernateValidatorConfiguration;
import org.hibernate.validator.spi.nodenameprovider.JavaBeanProperty;
import org.hibernate.validator.spi.nodenameprovider.Property;
import org.hibernate.validator.spi.nodenameprovider.PropertyNodeNameProvider;

/**
 * Names the properties of a validated body as its JSON spells them, so that a 400's {@code errors[].field} is the
 * path the client wrote ({@code title.zh-CN}), not the Java property behind it ({@code title.zhCn}). The names come
 * from the application's own object mapper: what it reads a property from is what the client is told.
 */
@ApplicationScoped
class JsonFieldNames implements ValidatorFactoryCustomizer {

    @Inject
    ObjectMapper json;

    @Override
    public void customize(BaseHibernateValidatorConfiguration<?> configuration) {
        configuration.propertyNodeNameProvider(new Names(json));
    }

    /** Each class's JSON names by Java property, read once. */
    private static final class Names implements PropertyNodeNameProvider {

        private final ObjectMapper json;
        private final ClassValue<Map<String, String>> names = new ClassValue<>() {
            @Override
            protected Map<String, String> computeValue(Class<?> type) {
                BeanDescription description = json.getDeserializationConfig().introspect(json.constructType(type));
                Map<String, String> byProperty = new HashMap<>();
                for (BeanPropertyDefinition property : description.findProperties()) {
                    byProperty.put(property.getInternalName(), property.getName());
                }
                return Map.copyOf(byProperty);
            }
        };

        private Names(ObjectMapper json) {
            this.json = json;
        }

        @Override
        public String getName(Property property) {
            if (property instanceof JavaBeanProperty bean) {
                return names.get(bean.getDeclaringClass()).getOrDefault(property.getName(), property.getName());
            }
            return property.getName();
        }
    }
}
