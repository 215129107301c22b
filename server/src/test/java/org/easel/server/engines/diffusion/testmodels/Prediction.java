package org.easel.server.engines.diffusion.testmodels;

/** What the UNet predicts, named as in diffusers' scheduler_config {@code prediction_type}. */
public enum Prediction {
    EPSILON("epsilon"),
    V_PREDICTION("v_prediction");

    /** The scheduler_config.json value. */
    public final String configValue;

    Prediction(String configValue) {
        this.configValue = configValue;
    }
}
