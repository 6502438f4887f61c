package org.openhat.clinic.tasks;

import io.dropwizard.servlets.tasks.Task;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import org.openhat.clinic.service.register.checkpoint.AutomaticCheckpoints;

/** {@code POST /tasks/seal-register} on the admin port: seal every ledger that is due now rather than within the minute. */
public class SealRegisterTask extends Task {
    private final AutomaticCheckpoints checkpoints;

    public SealRegisterTask(AutomaticCheckpoints checkpoints) {
        super("seal-register");
        this.checkpoints = checkpoints;
    }

    @Override
    public void execute(Map<String, List<String>> parameters, PrintWriter output) {
        output.println(checkpoints.sealDue() + " ledger(s) sealed");
    }
}
