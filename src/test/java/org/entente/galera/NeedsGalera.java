package org.entente.galera;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips a Galera test, loudly, on a machine without the packages its cluster is built from (mariadb-server,
 * galera-4, mariadb-backup); .ci/run installs them, so on CI the tests always run.
 */
public class NeedsGalera implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (GaleraCluster.available()) {
            return ConditionEvaluationResult.enabled("galera-4, mariadb-backup and mariadbd are present");
        }
        String reason = "SKIPPED " + context.getDisplayName() + ": " + GaleraCluster.missing()
                + " missing (apt-get install mariadb-server galera-4 mariadb-backup), so this test cannot start its "
                + "Galera cluster";
        System.out.println("*** " + reason + " ***");
        return ConditionEvaluationResult.disabled(reason);
    }
}
