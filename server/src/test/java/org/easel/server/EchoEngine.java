package org.easel.server;

import java.util.List;
import org.easel.server.engines.JobControl;
import org.easel.server.planning.Plan;
import org.easel.server.session.EditEngine;
import org.easel.server.session.EditOutcome;
import org.easel.server.session.EditRequest;
import org.easel.server.session.ResultLayer;

/**
 * The no-op engine: hands the request's own pixels back as the result layer, without copying,
 * so what is measured or tested is the protocol and the job machinery alone.
 */
public final class EchoEngine implements EditEngine {
    @Override
    public EditOutcome run(EditRequest request, Plan plan, JobControl control) {
        control.checkCancelled();
        return new EditOutcome("Returned the layer unchanged.", List.of(new ResultLayer("Easel: echo", request.image())),
                request.canvasWidth(), request.canvasHeight());
    }
}
