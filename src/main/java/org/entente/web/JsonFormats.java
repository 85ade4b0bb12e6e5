package org.entente.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.ser.LocalTimeSerializer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/** Writes times of day as {@code HH:mm} in JSON, as clients send them ("15:00", not "15:00:00"). */
@Singleton
public class JsonFormats implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        SimpleModule times = new SimpleModule("entente-times");
        times.addSerializer(LocalTime.class, new LocalTimeSerializer(DateTimeFormatter.ofPattern("HH:mm")));
        mapper.registerModule(times);
    }
}
