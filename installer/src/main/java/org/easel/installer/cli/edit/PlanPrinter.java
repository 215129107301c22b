package org.easel.installer.cli.edit;

import java.io.PrintStream;
import org.easel.protocol.client.Accepted;
import org.easel.protocol.client.EditListener;
import org.easel.protocol.client.Progress;

/** Prints what Easel understood before it runs, then a progress bar while it runs. */
public final class PlanPrinter implements EditListener {
    private final PrintStream out;
    private final ProgressBar bar;

    public PlanPrinter(PrintStream out, ProgressBar bar) {
        this.out = out;
        this.bar = bar;
    }

    @Override
    public void accepted(Accepted accepted) {
        bar.finish();
        String engine = accepted.plan().getString("engine", "");
        out.println("Plan: " + (accepted.summary().isBlank() ? "(no summary)" : accepted.summary())
                + (engine.isBlank() ? "" : " [" + engine + "]")
                + (accepted.queuePosition() > 0 ? " (" + accepted.queuePosition() + " job(s) ahead)" : ""));
        out.flush();
    }

    @Override
    public void progress(Progress progress) {
        String stage = progress.stage().isBlank() ? "working" : progress.stage();
        if (progress.variations() > 1) {
            stage += " (version " + progress.variation() + " of " + progress.variations() + ")";
        }
        bar.show(progress.fraction(), stage);
    }
}
