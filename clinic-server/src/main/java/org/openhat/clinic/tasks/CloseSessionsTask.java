package org.openhat.clinic.tasks;

import io.dropwizard.servlets.tasks.Task;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import org.openhat.clinic.service.dispensing.SessionOutcomes;

/**
 * {@code POST /tasks/close-sessions} on the admin port, with the admin task secret: mark missed doses
 * now rather than within the minute.
 */
public class CloseSessionsTask extends Task {
    private final SessionOutcomes outcomes;

    public CloseSessionsTask(SessionOutcomes outcomes) {
        super("close-sessions");
        this.outcomes = outcomes;
    }

    @Override
    public void execute(Map<String, List<String>> parameters, PrintWriter output) {
        output.println(outcomes.closeEndedSessions() + " session(s) marked missed");
    }
}
