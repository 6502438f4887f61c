package org.openhat.clinic.logging;

import ch.qos.logback.access.jetty.RequestLogImpl;
import ch.qos.logback.core.status.Status;
import ch.qos.logback.core.status.StatusUtil;
import ch.qos.logback.core.util.StatusPrinter;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.component.LifeCycle;

/**
 * Keeps logback-access's start-up report off the console unless something in it is an error. In
 * the shaded jar every library's manifest is gone, so its version self-check always "finds"
 * mismatched versions and prints WARN lines at every start that mean nothing, and that teach
 * people to ignore the console.
 */
public final class QuietRequestLogStart implements LifeCycle.Listener {

    @Override
    public void lifeCycleStarting(LifeCycle event) {
        if (event instanceof Server server && server.getRequestLog() instanceof RequestLogImpl log) {
            log.setQuiet(true);
        }
    }

    @Override
    public void lifeCycleStarted(LifeCycle event) {
        if (event instanceof Server server && server.getRequestLog() instanceof RequestLogImpl log
                && new StatusUtil(log).getHighestLevel(0) >= Status.ERROR) {
            StatusPrinter.print(log.getStatusManager());
        }
    }
}
