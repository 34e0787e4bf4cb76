package org.imrarchive.eval.precedent;

import java.util.List;
import java.util.OptionalDouble;

/** The mean squared error of a probability against a yes/no outcome: 0 is perfect, 0.25 is always saying 0.5. */
public final class BrierScore {

    private BrierScore() {
    }

    public static OptionalDouble of(List<RocAuc.Scored> predictions) {
        return predictions.stream().mapToDouble(p -> {
            double error = p.score() - (p.positive() ? 1 : 0);
            return error * error;
        }).average();
    }
}
