package org.entente.fault;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips a fault test, loudly, on a machine without {@code /usr/sbin/mariadbd} (a laptop using the embedded
 * MariaDB); CI and the project's machines have it, so there the tests always run.
 */
public class NeedsMariadbd implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (PrivateMariaDb.available()) {
            return ConditionEvaluationResult.enabled(PrivateMariaDb.SERVER + " is present");
        }
        String reason = "SKIPPED " + context.getDisplayName() + ": " + PrivateMariaDb.SERVER
                + " is absent, so this fault test cannot start its own MariaDB server";
        System.out.println("*** " + reason + " ***");
        return ConditionEvaluationResult.disabled(reason);
    }
}
