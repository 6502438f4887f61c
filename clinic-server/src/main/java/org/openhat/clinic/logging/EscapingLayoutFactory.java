package org.openhat.clinic.logging;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.LayoutBase;
import ch.qos.logback.core.pattern.DynamicConverter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import io.dropwizard.logging.common.DropwizardLayout;
import io.dropwizard.logging.common.layout.DiscoverableLayoutFactory;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.function.Supplier;

/**
 * {@code layout: {type: escaped}} on a log appender: Dropwizard's layout (or {@code pattern}, in
 * logback's pattern syntax) with every message and exception message escaped by {@link LogText},
 * so one event is one line plus its stack trace, whatever text it carries. The one place log
 * output is made safe; set it on every appender in the configuration.
 */
@JsonTypeName("escaped")
public class EscapingLayoutFactory implements DiscoverableLayoutFactory<ILoggingEvent> {
    private static final List<String> MESSAGE_WORDS = List.of("m", "msg", "message");
    private static final List<String> THROWABLE_WORDS = List.of("ex", "exception", "throwable", "xEx", "xException",
            "xThrowable", "rEx", "rootException", "dwEx", "dwException", "dwThrowable", "dwREx", "dwRootException",
            "dwXEx", "dwXException", "dwXThrowable");

    private String pattern;

    @JsonProperty
    public String getPattern() {
        return pattern;
    }

    @JsonProperty
    public void setPattern(String pattern) {
        this.pattern = pattern;
    }

    @Override
    public LayoutBase<ILoggingEvent> build(LoggerContext context, TimeZone timeZone) {
        DropwizardLayout layout = new DropwizardLayout(context, timeZone);
        Map<String, Supplier<DynamicConverter>> converters = layout.getInstanceConverterMap();
        MESSAGE_WORDS.forEach(word -> converters.put(word, EscapedMessageConverter::new));
        THROWABLE_WORDS.forEach(word -> converters.put(word, EscapedThrowableConverter::new));
        if (pattern != null && !pattern.isBlank()) {
            layout.setPattern(pattern);
        }
        return layout;
    }
}
