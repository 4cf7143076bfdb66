package org.aitrainer.api.http.limits;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/** Money is written as plain numbers: 2400, never 2.4E+3. Bodies are read under {@link JsonInputRules}. */
@Singleton
class JsonSettings implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
        mapper.registerModule(JsonInputRules.module());
    }

    /** Applied last, so that the deserializers of JsonInputRules take precedence over the Java time module's. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }
}
