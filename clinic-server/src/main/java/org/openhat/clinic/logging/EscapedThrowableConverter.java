package org.openhat.clinic.logging;

import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import io.dropwizard.logging.common.PrefixedRootCauseFirstThrowableProxyConverter;

/**
 * A stack trace as Dropwizard prints it (root cause first, each line prefixed with "!"), still
 * one frame a line, but with the exception messages escaped: an exception can quote the input
 * that caused it, line breaks and all.
 */
public class EscapedThrowableConverter extends PrefixedRootCauseFirstThrowableProxyConverter {
    @Override
    protected String throwableProxyToString(IThrowableProxy throwable) {
        return super.throwableProxyToString(Escaped.of(throwable));
    }

    /** The same throwable, its messages (and its causes' and suppressed ones') escaped. */
    private record Escaped(IThrowableProxy original) implements IThrowableProxy {
        static IThrowableProxy of(IThrowableProxy throwable) {
            return throwable == null ? null : new Escaped(throwable);
        }

        @Override
        public String getMessage() {
            return LogText.escape(original.getMessage());
        }

        @Override
        public String getOverridingMessage() {
            return LogText.escape(original.getOverridingMessage());
        }

        @Override
        public String getClassName() {
            return original.getClassName();
        }

        @Override
        public StackTraceElementProxy[] getStackTraceElementProxyArray() {
            return original.getStackTraceElementProxyArray();
        }

        @Override
        public int getCommonFrames() {
            return original.getCommonFrames();
        }

        @Override
        public IThrowableProxy getCause() {
            return of(original.getCause());
        }

        @Override
        public IThrowableProxy[] getSuppressed() {
            IThrowableProxy[] suppressed = original.getSuppressed();
            if (suppressed == null) {
                return null;
            }
            IThrowableProxy[] escaped = new IThrowableProxy[suppressed.length];
            for (int i = 0; i < suppressed.length; i++) {
                escaped[i] = of(suppressed[i]);
            }
            return escaped;
        }

        @Override
        public boolean isCyclic() {
            return original.isCyclic();
        }
    }
}
