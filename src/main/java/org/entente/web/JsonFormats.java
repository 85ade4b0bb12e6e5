package org.entente.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import com.fasterxml.jackson.datatype.jsr310.ser.LocalTimeSerializer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/**
 * Writes times of day as {@code HH:mm} in JSON, as clients send them ("15:00", not "15:00:00"), and reads JSON
 * strictly: a key given twice, anything after the value, a fraction where a whole number belongs, and a date outside
 * {@link Parse#EARLIEST_DATE}..{@link Parse#LATEST_DATE} are refused (400 naming the field, see {@link ErrorMappers}).
 */
@Singleton
public class JsonFormats implements ObjectMapperCustomizer {

    /** Last: Jackson lets the module registered last decide, and Quarkus registers the jsr310 module itself. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        SimpleModule formats = new SimpleModule("entente-formats");
        formats.addSerializer(LocalTime.class, new LocalTimeSerializer(DateTimeFormatter.ofPattern("HH:mm")));
        formats.addDeserializer(LocalDate.class, new DateInRange());
        mapper.registerModule(formats);
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    }

    /**
     * ISO dates as jackson-datatype-jsr310 reads them, but only between the earliest and latest accepted day. It
     * delegates rather than extends: the jsr310 deserializer replaces itself with a plain copy when contextualised.
     */
    static final class DateInRange extends StdScalarDeserializer<LocalDate> {

        DateInRange() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            LocalDate date = LocalDateDeserializer.INSTANCE.deserialize(parser, context);
            if (date != null && !Parse.inRange(date)) {
                return (LocalDate) context.handleWeirdStringValue(LocalDate.class, parser.getText(),
                        Parse.DATE_RANGE_MESSAGE);
            }
            return date;
        }
    }
}
